"""What the GUI and the CLI call for merges, erasing and deleting, with messages for the owner."""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.customer_merge import MergeError, merge_customers, merges_of, undo_merge
from shopowner.store.customers import get_customer

# the fields the owner picks per side when merging (the duplicates dialog, ``customers merge``)
PICK_FIELDS = ("name", "nickname", "gender", "province", "city", "district", "address",
               "wechat_name", "notes", "custom_fields")


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
        "nothing_to_undo": translate("Customers", "No other customer was merged into this one, "
                                                  "so there is no merge to undo."),
    }.get(error.code, str(error))


def _shown(customer: dict, field: str):
    return customer[field] or None  # an empty text or an empty dict of custom fields: nothing


def merge_values(kept: dict, merged: dict, picks: dict[str, str] | None = None) -> dict:
    """The field values a merge keeps: per field of :data:`PICK_FIELDS` the side ``picks`` names
    ("kept" or "merged"), by default the kept record's unless only the merged one has a value.
    Custom fields are both sides' (the chosen side winning on clashes); the WeChat status, time,
    remark and account follow the chosen WeChat name."""
    picks = picks or {}
    values, sides = {}, {}
    for field in PICK_FIELDS:
        if not _shown(kept, field) and not _shown(merged, field):
            continue
        default = "merged" if not _shown(kept, field) else "kept"
        sides[field] = picks.get(field, default)
        values[field] = (kept if sides[field] == "kept" else merged)[field]
    if "custom_fields" in values:
        chosen, other = (kept, merged) if sides["custom_fields"] == "kept" else (merged, kept)
        values["custom_fields"] = {**(other["custom_fields"] or {}),
                                   **(chosen["custom_fields"] or {})}
    if "wechat_name" in values:
        source = kept if sides["wechat_name"] == "kept" else merged
        values.update({k: source[k] for k in ("wechat_status", "wechat_added_at", "wechat_remark",
                                              "wechat_account")})
    return values


def merge_two(db: Database, kept_id: int, merged_id: int,
              picks: dict[str, str] | None = None) -> int:
    """Merge ``merged_id`` into ``kept_id`` with :func:`merge_values`; returns the merge's id.
    Raises :class:`MergeError` (words: :func:`merge_error_message`)."""
    kept, merged = get_customer(db, kept_id), get_customer(db, merged_id)
    if kept_id == merged_id:
        raise MergeError("same")
    if kept is None or merged is None:
        raise MergeError("missing")
    return merge_customers(db, kept_id, merged_id, merge_values(kept, merged, picks))


def undo_latest_merge(db: Database, customer_id: int) -> tuple[int, int]:
    """Undo the newest merge into this customer (the detail pane's “Undo merge”); returns
    (kept_id, merged_id)."""
    merges = merges_of(db, customer_id)
    if not merges:
        raise MergeError("nothing_to_undo")
    return undo_merge(db, merges[0]["id"])
