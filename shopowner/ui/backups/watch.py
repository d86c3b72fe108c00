"""After the window shows: the shop file's health, the day's backup, the weekly full check; and the
switch to read only (with the banner) when the file turns out to be damaged."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from shopowner import tasks
from shopowner.paths import db_path
from shopowner.store.backups import latest_backup
from shopowner.store.health import is_damaged, switch_to_read_only
from shopowner.store.upkeep import first_check, start_of_day_upkeep

# The day's backup and the weekly full check wait a little after the window shows: on a big shop
# they read the whole file for seconds, which should not compete with the owner's first clicks.
UPKEEP_DELAY_MS = 20_000
# The quick check (1.2 s of reading on a 200,000-customer shop, on a worker) starts with the first
# frame: the sooner a damaged file is known, the fewer writes can reach it. (The window's first
# read of the customer book is a 3.5 ms keyset page: it does not wait behind it.)
CHECK_DELAY_MS = 0


def _latest(data_dir, progress=None):
    return latest_backup(data_dir)


def backup_label(info) -> str:
    """"2026-12-01 09:00 (daily)": which backup, in the owner's words."""
    from shopowner.i18n import translate
    from shopowner.store.backups import kind_label

    return translate("Backups", "{date} ({kind})").format(date=f"{info.when:%Y-%m-%d %H:%M}",
                                                          kind=kind_label(info.kind))


class ShopFileWatch(QObject):
    """Owned by the main window; ``start()`` once the first frame is painted."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.latest = None  # the newest readable backup, once the banner has looked for it
        self.task = None
        self.upkeep_delay_ms = UPKEEP_DELAY_MS
        self.check_delay_ms = CHECK_DELAY_MS

    @property
    def path(self):
        return db_path(self.window.data_dir)

    def start(self) -> None:
        if is_damaged(self.path):
            self.show_banner()
            return
        QTimer.singleShot(self.check_delay_ms, self, self.check)

    def check(self) -> None:
        """``PRAGMA quick_check`` on a worker; damage switches the window to read only."""
        if is_damaged(self.path):
            self.enter_read_only()
            return
        self.task = tasks.start_with_db(self.window.data_dir, first_check, owner=self.window)
        self.task.signals.succeeded.connect(self._first_checked)

    def _first_checked(self, problem: str | None) -> None:
        if problem:
            self.enter_read_only()
        else:
            from shopowner.ui.followups.keeper import reminder_keeper

            reminder_keeper(self.window).ensure()  # the day's reminders, at the start of the day
            QTimer.singleShot(self.upkeep_delay_ms, self, self.upkeep)

    def upkeep(self) -> None:
        """The day's backup and the week's full check (on a worker)."""
        if is_damaged(self.path):
            return
        self.task = tasks.start_with_db(self.window.data_dir, start_of_day_upkeep,
                                        self.window.data_dir, checked=True,
                                        daily_backup=keeps_daily_backups(self.window), owner=self.window)
        self.task.signals.succeeded.connect(self._checked)

    def _checked(self, result: dict) -> None:
        bar = self.window.statusBar()
        if result["problem"]:
            self.enter_read_only()
        elif result["backup_error"]:
            bar.showMessage(self.tr("Today's automatic backup could not be written: {reason}")
                            .format(reason=result["backup_error"]), 20000)
        elif result.get("dump_error"):  # the shop-file backup went ahead all the same
            bar.showMessage(self.tr("Today's dump of the hub's book could not be written: {reason}")
                            .format(reason=result["dump_error"]), 20000)
        elif result["backup"]:
            bar.showMessage(self.tr("Today's automatic backup was written to the backups folder."),
                            6000)
        dialog = getattr(self.window, "backups_dialog", None)
        if result["backup"] and dialog is not None:
            dialog.reload()

    def enter_read_only(self) -> None:
        """From now on nothing is written to the shop file; the banner says what to do."""
        if switch_to_read_only(self.window.db, self.path):  # False: the window is closing
            self.show_banner()

    def show_banner(self) -> None:
        self.window.banner.show_damage(None)
        self.window.banner.restore_button.hide()
        task = tasks.start(_latest, self.window.data_dir, owner=self.window)
        task.signals.succeeded.connect(self._found_latest)

    def _found_latest(self, info) -> None:
        self.latest = info
        if is_damaged(self.path):
            self.window.banner.show_damage(backup_label(info) if info else None)


def keeps_daily_backups(window) -> bool:
    """Whether this PC makes the day's automatic backup. Its own shop file: always. On the hub,
    one PC keeps them, not every PC of the shop: the hub's own PC (its server in this data
    folder); with the hub elsewhere (a NAS), the founder's PC — or, in a shop without a staff
    list, where no PC can be told from another, each PC that opens the book."""
    from shopowner.store.db import is_hub
    from shopowner.team.hub_steps import has_own_hub

    if not is_hub(window.db) or has_own_hub(window.data_dir):
        return True
    session = getattr(window, "staff_session", None)
    if session is None or not session.has_staff:
        return True
    return session.person is not None and session.person.is_founder
