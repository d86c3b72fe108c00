"""Loading many generated rows at once (the scale shop for tests and benchmarks).

Rows go in with ``executemany`` while the search-index triggers are paused and the secondary
indexes are set aside; on leaving, the indexes are built once and the whole search index is
rebuilt from the tables (:mod:`shopowner.store.customer_search`). Everything runs in the
caller's ``db.atomic()`` block, so a failed load leaves nothing behind.
"""

from __future__ import annotations

from contextlib import contextmanager
from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from shopowner.store.bulk_indexes import bulk_indexes
from shopowner.store.customer_search import paused_search_index, rebuild_search_index

LOADED_TABLES = ("customers", "customer_identities", "customer_tags", "orders", "order_items",
                 "cards", "wechat_adds", "followups", "feedback")


def insert_rows(db: Database, table: str, columns: Sequence[str], rows: Iterable[Sequence], *,
                skip_duplicates: bool = False) -> None:
    """Insert tuples of ``columns`` into ``table`` in one ``executemany`` (``skip_duplicates``:
    a row breaking a unique constraint is left out, e.g. a masked phone two buyers share)."""
    if table not in (*LOADED_TABLES, "tags", "card_batches", "letters", "letter_versions", "channels"):
        raise ValueError(f"not a table to bulk-load: {table}")
    db.conn.executemany(
        f"INSERT {'OR IGNORE ' if skip_duplicates else ''}INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})",
        rows)


def row_count(db: Database, table: str) -> int:
    """How many rows one of the loaded tables holds (e.g. ``customer_tags``: tag links made)."""
    if table not in LOADED_TABLES:
        raise ValueError(f"not a loaded table: {table}")
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@contextmanager
def bulk_load(db: Database):
    """Pause the search triggers and set the secondary indexes aside for the block (call it
    inside ``db.atomic()``); then build the indexes and the search index once."""
    if not db.conn.in_transaction:
        raise RuntimeError("bulk_load runs inside db.atomic()")
    with paused_search_index(db), bulk_indexes(db, LOADED_TABLES) as indexes:
        indexes.drop()
        yield
    rebuild_search_index(db)


@contextmanager
def unjournaled(db: Database):
    """Write a new file without a journal and without syncing, with a big page cache (a scale
    shop for tests): the file goes back to WAL afterwards. Only for a file that can be thrown
    away if the process dies half-way."""
    # ``main.``: an unnamed journal_mode pragma also switches the temp database, and a temp database
    # in WAL mode then makes every later checkpoint fail with "database table is locked"
    db.execute("PRAGMA main.journal_mode = DELETE").fetchall()
    db.execute("PRAGMA main.journal_mode = OFF").fetchall()
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA foreign_keys = OFF")  # the loader writes consistent ids itself
    db.execute("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        db.execute("PRAGMA cache_size = -2000")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA main.journal_mode = WAL").fetchall()


def finish_load(db: Database) -> None:
    """A checkpointed file (safe to copy as a template). No ``ANALYZE``: a seller's file has no
    planner statistics either, and the queries must be fast without them."""
    db.execute("PRAGMA main.wal_checkpoint(TRUNCATE)").fetchall()
