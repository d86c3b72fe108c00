"""Secondary indexes set aside while a big file is loaded, and built again once after it.

Inserting rows into a table keeps every index current row by row, each a random B-tree insert;
building an index afterwards sorts once. For a load that at least doubles a table this is the
cheaper way, and the result is the same index. Unique indexes (and the automatic ones behind
``UNIQUE``/``PRIMARY KEY``) always stay: they enforce constraints and answer the loader's own
lookups. Everything happens inside the caller's transaction, so a failed load gets its indexes
back with the rollback.

Not on the hub: dropping an index there locks its table against every other PC's reads until
the load commits, so a big import keeps the indexes and pays the row-by-row upkeep. What the
hub needs instead is current planner statistics: PostgreSQL plans a statement from what it last
sampled of a table, and a table that was small then (an empty book filling with its first big
export) gets plans that read all of it for each lookup, which grows with the square of the file.
So on the hub :meth:`BulkIndexes.loaded` samples the tables again (``ANALYZE``, which counts the
load's own uncommitted rows) each time the load has doubled them.
"""

from __future__ import annotations

from contextlib import contextmanager

from sqlite_utils import Database

from shopowner.store.db import is_hub


# rows a load writes before the hub samples its tables the first time
SAMPLE_AFTER_ROWS = 2000


class BulkIndexes:
    def __init__(self, db: Database, tables: tuple[str, ...]):
        self.db, self.tables = db, tables
        self.saved: dict[str, list[tuple[str, str]]] = {}
        self._sampled_at: int | None = None  # rows loaded when the hub last sampled the tables
        self._base = 0  # and the rows its first table held then

    def loaded(self, rows: int) -> None:
        """``rows`` rows are loaded into the first table so far: on the hub, sample the tables
        again once the load has doubled what they held when they were last sampled."""
        if not is_hub(self.db):
            return
        if self._sampled_at is None:
            self._sampled_at = 0
            self._base = self.db.execute(f"SELECT count(*) FROM {self.tables[0]}").fetchone()[0]
        if rows - self._sampled_at >= max(SAMPLE_AFTER_ROWS, self._base + self._sampled_at):
            self.db.execute(f"ANALYZE {', '.join(self.tables)}")
            self._sampled_at = rows

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
