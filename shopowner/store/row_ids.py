"""Ids a bulk write chooses itself (an import numbers its new customers and orders as it goes).

On the shop file the writer holds the only write lock, so "after the highest id" is free. On the
hub several PCs write: the table is locked against other writers until the caller's transaction
ends (reads go on), the first free id also counts the ids the hub's sequence handed out, and
:func:`ids_taken` moves the sequence past the new rows, so a row added by hand afterwards —
here or on another PC — never gets one of them.
"""

from __future__ import annotations

from typing import Any, cast

from sqlite_utils import Database

from shopowner.store.db import is_hub

IMPORT_LOCK_WAIT = "10min"  # another PC's import of the same table may take minutes


def first_free_id(db: Database, table: str) -> int:  # table: customers or orders
    """The first id after every row's; call inside the transaction that inserts the rows."""
    if is_hub(db):
        db.execute(f"SET LOCAL lock_timeout = '{IMPORT_LOCK_WAIT}'")
        # both tables an import numbers, always in this order: two imports never deadlock
        # waiting for another PC's import says so, and can be cancelled (as on the shop file)
        cast(Any, db).lock_waiting("LOCK TABLE customers, orders IN SHARE ROW EXCLUSIVE MODE")
        return db.execute(
            f"SELECT greatest(coalesce(max(id), 0), coalesce(pg_sequence_last_value("
            f"pg_get_serial_sequence('{table}', 'id')::regclass), 0)) + 1 FROM {table}").fetchone()[0]
    return db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def ids_taken(db: Database, table: str) -> None:
    """After rows were inserted with ids from :func:`first_free_id`: the hub's next id follows them."""
    if is_hub(db):
        db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} "
                   "HAVING max(id) IS NOT NULL")
