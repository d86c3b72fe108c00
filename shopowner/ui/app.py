"""The GUI's start: fonts, the shop file, the main window, and clear messages when the file is bad."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from shopowner.i18n import translate
from shopowner.paths import font_path
from shopowner.store import open_database
from shopowner.store.db import wait_for_writers
from shopowner.ui.services import Dialogs
from shopowner.window_start import StartFacts, start_facts


def make_application(argv: list[str]) -> QApplication:
    """The widgets application (the CLI gets a windowless QCoreApplication instead)."""
    return cast(QApplication, QApplication.instance()) or QApplication(argv)  # instance(): typed the core one


def register_fonts(app: QApplication) -> str:
    """Register the bundled Chinese font and keep it as the UI font's fallback.

    Machines without a CJK font (and offscreen tests) then still show real Chinese.
    """
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), families[0]])
        app.setFont(font)
        return families[0]
    return ""


def open_or_explain(data_dir: Path, dialogs: Dialogs):
    """The shop file (or the hub's book) and what the window needs before its first frame, as
    ``(db, facts)``; or ``None`` after telling the owner, in Chinese, what is wrong and what to
    do. A hub that does not answer is asked again as long as the owner wants.

    The book is opened, brought up to date and read on a worker first (:func:`_opened_on_worker`:
    reaching the hub can take seconds, migrating a big file longer); only then does the GUI
    thread open its own connection, a quick step once the worker has succeeded."""
    from shopowner import faults
    from shopowner.store.db import DamagedDatabase, StoreError, open_read_only

    faults.set_log_folder(data_dir)
    from shopowner.ui.team.autostart import start_hub_at_open

    start_hub_at_open(data_dir, dialogs)  # this PC is the hub: its server first, on a worker
    while True:
        try:
            facts = _opened_on_worker(data_dir)
            return _window_connection(data_dir, open_database), facts
        except DamagedDatabase:  # opened read only; the window's banner says what to do
            facts = _opened_on_worker(data_dir, opener=open_read_only)
            return _window_connection(data_dir, open_read_only), facts
        except StoreError as exc:
            if getattr(exc, "kind", None) != "unreachable":
                _cannot_open(dialogs, exc)
                return None
            # team mode, the hub away (its PC not on yet): try again when the owner says so
            if not dialogs.confirm(None, translate("App", "Cannot reach the shop's hub"), translate(
                    "App", "{reason}\n\nTry again now? (No closes ShopOwner. To work on this PC's "
                           "own shop file instead: python main.py hub leave)").format(reason=exc)):
                return None
        except Exception as exc:  # noqa: BLE001 - damaged, foreign, newer, a full disk: words
            _cannot_open(dialogs, exc)
            return None


def _window_connection(data_dir: Path, opener):
    """The window's own connection, opened on the GUI thread (a sqlite3 connection belongs to
    the thread that opened it) once a worker has opened, migrated and read the same book: a
    quick step then. tests/gui_db_guard.py allows this one by its name."""
    return opener(data_dir)


def _open_and_read(data_dir: Path, read=None, opener=None, progress=None):
    """On the worker: open (and migrate) the book with ``opener`` (``open_database``) and
    ``read(db)`` (the start facts when not given); an error is returned as it is, for
    :func:`open_or_explain` to tell apart."""
    try:
        db = (opener or open_database)(data_dir)
    except Exception as exc:  # noqa: BLE001 - handed back as it is
        return exc
    try:
        return (read or start_facts)(db)
    except Exception as exc:  # noqa: BLE001
        return exc
    finally:
        db.close()


def _opened_on_worker(data_dir: Path, read=None, opener=None):
    """:func:`_open_and_read` on a worker while the event loop runs; after half a second a small
    window says what is happening (reaching the hub, bringing the shop file up to date)."""
    from PySide6.QtCore import QEventLoop, QObject
    from PySide6.QtWidgets import QProgressDialog

    from shopowner import tasks
    from shopowner.store.location import hub_url

    owner = QObject()
    outcome: list = []
    loop = QEventLoop()
    task = tasks.start(_open_and_read, data_dir, read, opener, owner=owner)
    def ended(got) -> None:
        outcome.append(getattr(got, "original", got))  # a failure: the error itself, to tell apart
        loop.quit()

    task.signals.succeeded.connect(ended)
    task.signals.failed.connect(ended)
    waiting = QProgressDialog(translate("App", "Connecting to the shop's hub…") if hub_url(data_dir)
                              else translate("App", "Opening the shop…"), "", 0, 0)
    waiting.setObjectName("openingShop")
    waiting.setWindowTitle(translate("App", "ShopOwner"))
    waiting.setCancelButton(None)
    waiting.setMinimumDuration(500)  # shown only when it takes longer
    waiting.setValue(0)
    if not outcome:
        loop.exec()
    waiting.reset()
    waiting.deleteLater()
    owner.deleteLater()
    got = outcome[0]
    if isinstance(got, BaseException):
        raise got
    return got


def _signed_in_facts(data_dir: Path, facts: StartFacts) -> StartFacts:
    """After a sign-in at start, what the person may do is theirs: read again on a worker."""
    if not facts.session.people:
        return facts
    from dataclasses import replace

    from shopowner.staff.permissions import session_facts

    return replace(facts, session=_opened_on_worker(data_dir, session_facts))


def _cannot_open(dialogs: Dialogs, exc: BaseException) -> None:
    from shopowner import faults

    dialogs.critical(None, translate("App", "ShopOwner cannot open its data"),
                     faults.handle(exc).message)


GUI_BUSY_TIMEOUT_MS = 3000


def run_gui(app: QApplication, data_dir: Path, dialogs: Dialogs | None = None, *,
            staff: str = "") -> int:
    """The window on the shop in ``data_dir``. ``staff`` (``--staff NAME``, $SHOPOWNER_STAFF):
    who works at this PC when the book has staff, signed in at once when they have no PIN, else
    chosen already in the sign-in dialog."""
    from shopowner.ui.main_window import MainWindow

    dialogs = dialogs or Dialogs()
    register_fonts(app)
    opened = open_or_explain(data_dir, dialogs)
    if opened is None:
        return 3
    db, facts = opened
    # the window's own writes wait at most 3 s for a background job's write (not the workers'
    # 10 s): longer, and the window would freeze; the error hook then says what happened
    wait_for_writers(db, GUI_BUSY_TIMEOUT_MS)
    from shopowner.ui.staff import sign_in_at_start

    if not sign_in_at_start(data_dir, facts.session, dialogs, preselect=staff):  # cancelled: no window
        db.close()
        return 0
    from shopowner.ui.cards.preview import clean_stale_scratch

    clean_stale_scratch()  # preview PDFs (buyers' names) a crashed or killed run left in the temp folder
    window = MainWindow(db, data_dir, dialogs, facts=_signed_in_facts(data_dir, facts))
    from shopowner.ui.error_hook import install_error_hook

    hook = install_error_hook(window, data_dir)
    window.show()
    import gc

    gc.freeze()  # what start-up made lives as long as the window: full collections skip it
    try:
        code = app.exec()
    finally:
        hook.uninstall()
    from shopowner import tasks

    tasks.shut_down()  # no worker still reading (or signalling) as the process ends
    db.close()
    return code
