"""Waiting for the window's background work in tests: a dialog's save, a search, a look-up (each
runs off the GUI thread and ends through the event loop)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

TIMEOUT = 5000


def accepted(qtbot, dialog, timeout: int = TIMEOUT) -> bool:
    """The dialog's save (started by ``accept()``) went through and it closed accepted."""
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=timeout)
    return True


def save_ended(qtbot, dialog, button=None, timeout: int = TIMEOUT) -> None:
    """The save started by ``accept()`` has ended: refused (its button usable again) or accepted."""
    button = button or dialog.save_button
    qtbot.waitUntil(lambda: button.isEnabled() or dialog.result() == QDialog.DialogCode.Accepted,
                    timeout=timeout)


def searched(qtbot, search, text: str, timeout: int = TIMEOUT) -> None:
    """Type ``text`` in a customer search and wait for its results."""
    search.query.setText(text)
    search.search()
    qtbot.waitUntil(lambda: not search.searching, timeout=timeout)


def looked_up(qtbot, box, timeout: int = TIMEOUT) -> None:
    """The quick redeem box looked up what is pasted in it now."""
    box.look_up()
    qtbot.waitUntil(lambda: not box.looking, timeout=timeout)
