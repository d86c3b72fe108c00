"""Row versions: no silent overwrites when several PCs (or two windows) edit one book.

The rows people edit carry a ``version`` (m0019 / p0002): ``customers`` and ``feedback``. A save
made from what an editor read passes the version it read (``expected_version``); the UPDATE
writes only while the row still has that version and bumps it by one, in the same statement, so
two saves can never both pass (SQLite's write lock; PostgreSQL re-reads a row another transaction
just changed before it checks the condition). When the row changed meanwhile nothing is written
and :class:`~shopowner.store.errors.RowChanged` carries the row as it is now.

Which writes bump the version — the rule is **a change to what a person edits, and only that**:

- bumped: the edits themselves (``update_customer``, ``set_stage`` by hand, a complaint
  resolved), and every other write that changes a field a person edits: WeChat details from a
  redeemed card code, the next contact date, the channel, blank names/address/notes filled in by
  an import (``fill_customer_blanks``), a merge and its undo, an erase. Bulk edits (staging or
  tagging a selection) bump too, but check nothing: they were chosen over many rows at once.
- not bumped: what the book derives from other rows — the order totals, platforms and first and
  last order an import refreshes (``refresh_customer_totals``), the automatic stage the rules
  give (``refresh_stages``, the WeChat trigger), the list's sort keys. An import that only
  brought new orders must not make a note being edited on another PC conflict.

Front ends then compare field by field (:mod:`shopowner.customers.versions`): a version that
moved only for fields the editor did not change is saved over without asking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from shopowner.store import Database
from shopowner.store.errors import RowChanged

BUMP = "version = version + 1"


def customer_bump() -> str:
    """:data:`BUMP` for a customer, with who made the edit (``edited_by``, m0020): the person
    signed in, NULL in a shop without staff."""
    from shopowner.store.staff import edited_by_sql

    return f"{BUMP}, {edited_by_sql()}"


def versioned_update(db: Database, table: str, row_id: int, sets: str, params: Sequence,
                     expected_version: int | None, read_now: Callable[[Database, int], dict | None],
                     *, where: str = "") -> int | None:
    """``UPDATE table SET sets, version = version + 1 WHERE id = row_id [AND where]``, only while
    the row is at ``expected_version`` when one is given (else :class:`RowChanged`, with
    ``read_now(db, row_id)``). Returns the row's version after the write, ``None`` when no row
    was written (no such row, or ``where`` did not hold)."""
    condition = "id = ?" + (f" AND ({where})" if where else "")
    args = [*params, row_id]
    if expected_version is not None:
        condition += " AND version = ?"
        args.append(int(expected_version))
    bump = customer_bump() if table == "customers" else BUMP
    with db.atomic():
        written = db.execute(f"UPDATE {table} SET {sets}, {bump} WHERE {condition}", args).rowcount
        if written == 0:
            if expected_version is not None:
                now = read_now(db, row_id)
                if now is None or now.get("version") != expected_version:
                    raise RowChanged(table, row_id, int(expected_version), now)
            return None
        return db.execute(f"SELECT version FROM {table} WHERE id = ?", [row_id]).fetchone()[0]
