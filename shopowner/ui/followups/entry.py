"""Entry points other areas call: a new follow-up for a customer in as few keystrokes as possible."""

from __future__ import annotations

from shopowner.changes import FOLLOWUPS, REMINDERS, Change
from shopowner.ui.followups.followup_dialog import FollowupDialog


def open_new_followup(window, customer_id: int | None, reminder_id: int | None = None) -> int | None:
    """Open the new-follow-up dialog for ``customer_id`` with the focus in the summary field.

    Returns the new follow-up's id, or ``None`` when cancelled. Announces the follow-up (and the
    reminder it closed or the next contact it set) for its customer.
    """
    dialog = FollowupDialog(window, customer_id, reminder_id=reminder_id)
    if window.dialogs.exec_dialog(dialog) and dialog.saved_id is not None \
            and dialog.saved_customer_id is not None:
        topics = (FOLLOWUPS, REMINDERS) if reminder_id is not None or dialog.next_on.isChecked() \
            else (FOLLOWUPS,)
        window.announce(Change.of(*topics, customer_ids=[dialog.saved_customer_id],
                                  source="followups"))
        return dialog.saved_id
    return None
