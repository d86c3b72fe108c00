"""Saving a customer edit when someone else saved the customer meanwhile (another PC on the hub,
a second window, the command line): never over their change without asking.

An editor keeps the customer row it read (with its ``version``). Its save writes only the fields
the editor changed, at that version. When the store answers :class:`RowChanged` (the row moved on),
the edit is laid over the customer as it is now, field by field (:func:`edit_over`):

- a field only the editor changed is saved (the other change stays: a name typed on another PC
  and a note typed here are both kept);
- a field only the other side changed is left as they saved it (it is not written at all);
- a field both changed, to different values, is a conflict: the front end shows "yours" and "now
  in the book" and the owner keeps theirs (saved over the current version) or takes the book's.

A custom field (尺码, 生日…) counts as a field of its own. The stage compares the owner's choice
(a stage set by hand, or "automatic"), never the stage the rules gave: an import moving an
automatic customer from new to repeat is no edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from shopowner import row_edits
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.customers import set_stage, update_customer
from shopowner.store.errors import RowChanged

STAGE = "stage"  # the owner's choice: a stage key, or None for "by the rules"
_TEXT = ("name", "nickname", "province", "city", "district", "address", "wechat_name", "wechat_status",
         "notes")


@dataclass(frozen=True)
class Conflict:
    """A field both sides changed: ``key`` names a custom field (``field`` is then custom_fields)."""

    field: str
    key: str
    mine: object
    now: object


def editable_values(customer: dict) -> dict:
    """What a person edits of a customer row, as an edit compares it."""
    values: dict[str, object] = {k: customer.get(k) or "" for k in _TEXT}
    values["custom_fields"] = dict(customer.get("custom_fields") or {})
    values[STAGE] = customer["stage"] if customer.get("stage_manual") else None
    return values


def edit_over(base: dict, mine: dict, now: dict) -> tuple[dict, list[Conflict]]:
    """The edit ``mine`` (field → value; ``custom_fields`` a dict) made on ``base`` and laid over
    ``now`` (both :func:`editable_values`): the fields to write, and the conflicts. The fields
    follow :func:`shopowner.row_edits.edit_over`, and so does each custom field within them."""
    writes, clashes = row_edits.edit_over(base, {f: v for f, v in mine.items() if f != "custom_fields"}, now)
    conflicts = [Conflict(c.field, "", c.mine, c.now) for c in clashes]
    if "custom_fields" in mine:
        was, ours, theirs = base.get("custom_fields") or {}, mine["custom_fields"] or {}, now.get("custom_fields") or {}
        keys = [*was, *(k for k in ours if k not in was)]  # a field emptied here is a change too
        changed, clashes = row_edits.edit_over(was, {k: ours.get(k, "") for k in keys}, theirs)
        if changed:
            merged = dict(theirs)
            for key, value in changed.items():
                if value:
                    merged[key] = value
                else:
                    merged.pop(key, None)
            writes["custom_fields"] = merged
        conflicts += [Conflict("custom_fields", c.field, c.mine, c.now or "") for c in clashes]
    return writes, conflicts


def _write(db: Database, customer_id: int, writes: dict, version: int | None) -> int | None:
    if STAGE in writes:
        if len(writes) > 1:
            raise ValueError("the stage is saved on its own")
        return set_stage(db, [customer_id], writes[STAGE], expected_version=version)
    return update_customer(db, customer_id, expected_version=version, **writes)


Ask = Callable[[list[Conflict], dict], bool]  # (conflicts, the customer now) → keep mine?


def save_edit(db: Database, customer_id: int, read: dict, mine: dict, ask: Ask) -> dict | None:
    """Save the edit ``mine`` made on the customer row ``read``; ``ask(conflicts, now)`` decides a
    conflict (True: keep mine, written over the current version; False: take the book's, nothing
    written). Returns the customer row as the save left it (the row it was written over, with what
    was written and the new ``version``: the next edit's ``read``), or ``None`` when the owner
    took the book's. A customer deleted meanwhile raises :class:`RowChanged` (``current`` None)."""
    base = editable_values(read)
    now, current = base, read
    while True:
        writes, conflicts = edit_over(base, mine, now)
        if conflicts and not ask(conflicts, current):
            return None
        if not writes:
            return current
        try:
            version = _write(db, customer_id, writes, current.get("version"))
        except RowChanged as exc:
            if exc.current is None:
                raise
            current = exc.current
            now = editable_values(current)
            continue
        return _after(current, writes, version)


def _after(row: dict, writes: dict, version: int | None) -> dict:
    after = {**row, **writes, "version": version}
    if STAGE in writes:  # an automatic stage is the rules': the row read next says which
        after["stage_manual"] = int(writes[STAGE] is not None)
        after[STAGE] = writes[STAGE] or row[STAGE]
    return after


# words --------------------------------------------------------------------------------------
def field_label(conflict: Conflict) -> str:
    if conflict.field == "custom_fields":
        return conflict.key
    return {
        "name": translate("Customers", "Name"), "nickname": translate("Customers", "Nickname"),
        "province": translate("Customers", "Province"), "city": translate("Customers", "City"),
        "district": translate("Customers", "District"), "address": translate("Customers", "Address"),
        "wechat_name": translate("Customers", "WeChat name"),
        "wechat_status": translate("Customers", "WeChat"), "notes": translate("Customers", "Notes"),
        STAGE: translate("Customers", "Stage"),
    }.get(conflict.field, conflict.field)


def value_text(field: str, value) -> str:
    from shopowner.customers.labels import wechat_label
    from shopowner.vocab.stages import stage_label

    if field == STAGE:
        return stage_label(value) if value else translate("Customers", "Automatic (by the rules)")
    if field == "wechat_status":
        return wechat_label(value or "")
    return str(value) if value not in (None, "") else translate("Customers", "(empty)")


def conflict_rows(conflicts: list[Conflict]) -> list[tuple[str, str, str]]:
    """(what, yours, now in the book) per conflict, worded for the owner."""
    return [(field_label(c), value_text(c.field, c.mine), value_text(c.field, c.now)) for c in conflicts]
