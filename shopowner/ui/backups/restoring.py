"""Restoring a backup from the window: confirm, close the shop file, restore on a worker, reopen.

The window keeps its ``db`` object (every area holds it); only the connection inside it is closed
before the restore and replaced by one to the restored file after, then every area redraws.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from shopowner import tasks
from shopowner.changes import Change
from shopowner.i18n import translate
from shopowner.paths import db_path
from shopowner.store.db import close_file, is_hub, reopen
from shopowner.ui.task_bar import TaskBar


def _restore(data_dir, backup, progress=None):
    from shopowner.store.location import hub_url
    from shopowner.store.restore import restore_backup

    if hub_url(data_dir):  # over everyone's book: the founder only
        from shopowner.staff.permissions import require_founder_to_replace
        from shopowner.store import own_connection

        with own_connection(data_dir) as db:
            require_founder_to_replace(db)
    return restore_backup(data_dir, backup)


def restore_in_window(window, backup: Path, description: str):
    """Ask, then make ``backup`` the shop file (in team mode: the hub's book, for every PC);
    returns the running task (or None)."""
    on_hub = is_hub(window.db)
    if on_hub:
        question = translate(
            "Backups",
            "The hub's book will be replaced by the backup of {backup}, for every PC of the shop. "
            "Whatever anyone entered after that backup will no longer be in the shop. The book as it "
            "is now is kept in this PC's backups folder (shopowner-before-restore-….db), never "
            "deleted. Restore now?")
    else:
        question = translate(
            "Backups",
            "The shop file will be replaced by the backup of {backup}. Whatever was entered after "
            "that backup will no longer be in the shop. The current file is kept in the backups "
            "folder (shopowner-before-restore-….db), never deleted. Restore now?")
    if not window.dialogs.confirm(window, translate("Backups", "Restore this backup?"),
                                  question.format(backup=description)):
        return None
    # no background job may be using the shop file; a short read just ending is waited for,
    # briefly: this runs on the GUI thread, which must not stand still longer than ~100 ms
    if not tasks.idle(50):
        window.dialogs.warning(window, translate("Backups", "Restore later"), translate(
            "Backups",
            "ShopOwner is still working in the background (an import, printing or a backup). "
            "Wait until it has finished, then restore again."))
        return None
    if not on_hub:  # the hub's book is replaced in a transaction of its own: the window's connection stays
        close_file(window.db)
    task = tasks.start(_restore, window.data_dir, Path(backup), owner=window)
    waiting = _Restoring(window, task)
    waiting.show()
    task.signals.succeeded.connect(lambda result: _restored(window, result))
    task.signals.failed.connect(lambda exc: _failed(window, exc))
    task.signals.finished.connect(waiting.close)
    window.restore_task = task
    return task


class _Restoring(QDialog):
    """The window-modal "Restoring…" note with the job's bar; no Cancel (a restore half done is
    not a state to leave the shop file in), and Esc does not close it."""

    def __init__(self, window, task: tasks.Task):
        super().__init__(window)
        self.setObjectName("restoreProgress")
        self.setWindowTitle(translate("Backups", "Restoring the backup…"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Backups", "Restoring the backup…")))
        self.taskbar = TaskBar(self, cancellable=False)
        layout.addWidget(self.taskbar)
        self.taskbar.attach(task)

    def reject(self) -> None:
        pass


def _reopen(window) -> None:
    from shopowner.ui.app import GUI_BUSY_TIMEOUT_MS

    if is_hub(window.db):
        return
    reopen(window.db, db_path(window.data_dir), GUI_BUSY_TIMEOUT_MS)


def _restored(window, result: dict) -> None:
    _reopen(window)
    window.banner.hide()
    window.announce(Change.everything(source="restore"))
    window.statusBar().showMessage(translate(
        "Backups", "Backup restored: the shop holds %n customer(s).", "", result["customers"]), 10000)
    if is_hub(window.db):
        text = translate("Backups", "The hub's book is now the backup {backup}, for every PC. The book as "
                                    "it was is kept as {aside}.")
    else:
        text = translate("Backups", "The shop file is now the backup {backup}. The previous file was kept "
                                    "as {aside}.")
    window.dialogs.information(window, translate("Backups", "Backup restored"), text.format(
        backup=Path(result["backup"]).name,
        aside=result["set_aside"] or translate("Backups", "(there was none)")))
    dialog = getattr(window, "backups_dialog", None)
    if dialog is not None:
        dialog.reload()


def _failed(window, exc: Exception) -> None:
    _reopen(window)  # the shop file as it was: a failed restore puts it back
    window.dialogs.warning(window, translate("Backups", "The backup was not restored"), str(exc))
