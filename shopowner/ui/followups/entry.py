"""Entry points other areas call: a new follow-up for a customer in as few keystrokes as possible."""

from __future__ import annotations

from shopowner.ui.followups.followup_dialog import FollowupDialog


def open_new_followup(window, customer_id: int | None, reminder_id: int | None = None) -> int | None:
    """Open the new-follow-up dialog for ``customer_id`` with the focus in the summary field.

    Returns the new follow-up's id, or ``None`` when cancelled. Emits ``window.data_changed``.
    """
    dialog = FollowupDialog(window, customer_id, reminder_id=reminder_id)
    if window.dialogs.exec_dialog(dialog) and dialog.saved_id is not None:
        window.data_changed.emit()
        return dialog.saved_id
    return None
