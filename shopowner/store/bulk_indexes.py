"""Secondary indexes set aside while a big file is loaded, and built again once after it.

Inserting rows into a table keeps every index current row by row, each a random B-tree insert;
building an index afterwards sorts once. For a load that at least doubles a table this is the
cheaper way, and the result is the same index. Unique indexes (and the automatic ones behind
``UNIQUE``/``PRIMARY KEY``) always stay: they enforce constraints and answer the loader's own
lookups. Everything happens inside the caller's transaction, so a failed load gets its indexes
back with the rollback.

Not on the hub: dropping an index there locks its table against every other PC's reads until
the load commits, so a big import keeps the indexes and pays the row-by-row upkeep.
"""

from __future__ import annotations

from contextlib import contextmanager

from sqlite_utils import Database

from shopowner.store.db import is_hub


class BulkIndexes:
    def __init__(self, db: Database, tables: tuple[str, ...]):
        self.db, self.tables = db, tables
        self.saved: dict[str, list[tuple[str, str]]] = {}

    @property
    def dropped(self) -> bool:
        return bool(self.saved)

    def drop(self) -> None:
        """Drop the non-unique indexes of the tables (remembering how to build them again)."""
        if not self.db.conn.in_transaction:
            raise RuntimeError("indexes are only set aside inside a transaction")
        if is_hub(self.db):
            return
        for table in self.tables:
            rows = self.db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%'", [table]).fetchall()
            for name, _sql in rows:
                self.db.execute(f"DROP INDEX [{name}]")
            self.saved.setdefault(table, []).extend(rows)

    def restore(self, *tables: str) -> None:
        """Build the dropped indexes of these tables (all tables when none are named) again."""
        for table in tables or tuple(self.saved):
            for _name, sql in self.saved.pop(table, []):
                self.db.execute(sql)


@contextmanager
def bulk_indexes(db: Database, tables: tuple[str, ...]):
    """A :class:`BulkIndexes` whose dropped indexes are built again on leaving, at the latest.

    On an exception nothing is built: the caller's transaction rolls back, indexes included."""
    indexes = BulkIndexes(db, tables)
    yield indexes
    indexes.restore()
