"""文件 → 备份与恢复: the backups dialog, restoring in the window, the read-only banner of a
damaged shop file, and the checks and daily backup that run after the window shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def backups_action_text() -> str:
    return QCoreApplication.translate("Backups", "&Backups and restore…")


def open_backups(window, select=None):
    """Show the backups dialog (one at a time); ``select``: a backup path to preselect."""
    from shopowner.ui.backups.dialog import BackupsDialog
    from shopowner.ui.services import show_once

    dialog = show_once(window, "backups_dialog", lambda: BackupsDialog(window))
    if select is not None:
        dialog.select_when_loaded(select)
    return dialog
