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
    """The shop file (or the hub's book), or ``None`` after telling the owner, in Chinese, what is
    wrong and what to do. A hub that does not answer is asked again as long as the owner wants."""
    from shopowner import faults
    from shopowner.store.db import DamagedDatabase, StoreError, open_read_only

    faults.set_log_folder(data_dir)
    from shopowner.ui.team.autostart import start_hub_at_open

    start_hub_at_open(data_dir, dialogs)  # this PC is the hub: its server first, on a worker
    while True:
        try:
            return open_database(data_dir)
        except DamagedDatabase:  # opened read only; the window's banner says what to do
            return open_read_only(data_dir)
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


def _cannot_open(dialogs: Dialogs, exc: BaseException) -> None:
    from shopowner import faults

    dialogs.critical(None, translate("App", "ShopOwner cannot open its data"),
                     faults.handle(exc).message)


GUI_BUSY_TIMEOUT_MS = 3000


def run_gui(app: QApplication, data_dir: Path, dialogs: Dialogs | None = None) -> int:
    from shopowner.ui.main_window import MainWindow

    dialogs = dialogs or Dialogs()
    register_fonts(app)
    db = open_or_explain(data_dir, dialogs)
    if db is None:
        return 3
    # the window's own writes wait at most 3 s for a background job's write (not the workers'
    # 10 s): longer, and the window would freeze; the error hook then says what happened
    wait_for_writers(db, GUI_BUSY_TIMEOUT_MS)
    from shopowner.ui.staff import sign_in_at_start

    if not sign_in_at_start(db, dialogs):  # the book has staff and no one signed in: no window
        db.close()
        return 0
    from shopowner.ui.cards.preview import clean_stale_scratch

    clean_stale_scratch()  # preview PDFs (buyers' names) a crashed or killed run left in the temp folder
    window = MainWindow(db, data_dir, dialogs)
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
