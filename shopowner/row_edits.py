"""An edit made on a row someone else saved meanwhile (another PC on the hub, a second window):
laid over the row as it is now, field by field, so no one's change is lost without asking.

- a field only the editor changed is written (the other side's changes to other fields stay);
- a field only the other side changed is left as they saved it;
- a field both changed, to different values, is a conflict: the front end shows "yours" and
  "now in the book", and the owner keeps theirs or takes the book's.

For products, channels and Moments posts, and for a customer's fields and each of its custom
fields (:mod:`shopowner.customers.versions` builds on this). Values compare as text, "" for
None. No Qt, no SQL here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldConflict:
    field: str
    mine: object
    now: object


def _same(a, b) -> bool:
    return ("" if a is None else str(a)) == ("" if b is None else str(b))


def edit_over(base: dict, mine: dict, now: dict) -> tuple[dict, list[FieldConflict]]:
    """The edit ``mine`` (field → value) made on ``base`` and laid over ``now``: the fields to
    write (those the editor changed) and the conflicts among them."""
    writes = {f: v for f, v in mine.items() if not _same(v, base.get(f))}
    conflicts = [FieldConflict(f, v, now.get(f)) for f, v in writes.items()
                 if not _same(now.get(f), base.get(f)) and not _same(now.get(f), v)]
    return writes, conflicts


def keep(writes: dict, conflicts: list[FieldConflict], mine: bool) -> dict:
    """What to write once the owner chose: everything of theirs (``mine``), or only the fields
    the other side did not change too."""
    if mine:
        return writes
    taken = {c.field for c in conflicts}
    return {f: v for f, v in writes.items() if f not in taken}
