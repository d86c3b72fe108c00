"""What the GUI and the CLI call for merges, erasing and deleting, with messages for the owner."""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.store.customer_merge import MergeError


def merge_error_message(error: MergeError) -> str:
    return {
        "same": translate("Customers", "A customer cannot be merged with itself. Pick two "
                                       "different customers."),
        "missing": translate("Customers", "One of the two customers no longer exists (deleted in "
                                          "the meantime). Refresh the list and try again."),
        "already_merged": translate("Customers", "One of the two customers was already merged "
                                                 "into another. Refresh the list and try again."),
        "already_undone": translate("Customers", "This merge was already undone."),
        "later_merge": translate("Customers", "Another customer was merged in after this one. "
                                              "Undo that later merge first, then this one."),
    }.get(error.code, str(error))
