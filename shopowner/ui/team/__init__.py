"""Team mode in the window: the hub's banner and watch, and 文件 → 团队模式."""

from __future__ import annotations

from shopowner.i18n import translate


def team_action_text() -> str:
    """The 文件 menu's entry (its words live with the team catalogue, not the window's)."""
    return translate("Team", "&Team mode…")


def open_team_dialog(window):
    """文件 → 团队模式: one at a time, window-modal (a job may run in it: never ``exec()``-ed)."""
    from PySide6.QtCore import Qt

    from shopowner.ui.services import show_once
    from shopowner.ui.team.dialog import TeamDialog

    def make():
        dialog = TeamDialog(window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        return dialog

    return show_once(window, "_team_dialog", make)
