"""Team mode in the window: the hub's banner and watch, and 文件 → 团队模式."""

from __future__ import annotations

from shopowner.i18n import translate


def team_action_text() -> str:
    """The 文件 menu's entry (its words live with the team catalogue, not the window's)."""
    return translate("Team", "&Team mode…")


_warming: list = []  # the one thread that loads the hub's driver ahead of 文件 → 团队模式


def warm_up_driver() -> None:
    """Load the PostgreSQL driver (about 0.2 s of imports) on a thread of its own, once: called as
    the 文件 menu opens, so that 团队模式… does not load it on the GUI thread when clicked."""
    import sys
    import threading

    if _warming or "psycopg" in sys.modules:
        return

    def load() -> None:
        import contextlib

        with contextlib.suppress(ImportError):  # no driver: the dialog says what to install
            import shopowner.store.pg.hub  # noqa: F401

    thread = threading.Thread(target=load, name="hub-driver", daemon=True)
    _warming.append(thread)
    thread.start()


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
