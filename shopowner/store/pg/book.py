"""The shop's book on the hub, answering the calls the store makes of its SQLite ``Database``.

``HubBook`` has the part of sqlite-utils' ``Database`` the store uses — ``execute``, ``query``,
``atomic``, and on ``.conn`` ``executemany``, ``in_transaction`` and ``total_changes`` — so a
store function runs on either back end unchanged where its SQL is portable; each statement
goes through :func:`~shopowner.store.pg.dialect.to_pg`. Outside ``atomic()`` each statement
commits by itself, as on the shop file; ``atomic()`` is one transaction, a nested one a
savepoint. An ``INSERT`` into a table with an ``id`` returns it, so ``inserted_id`` (the
cursor's ``lastrowid``) reads the same on both.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.string import TextLoader

from shopowner.store.pg.dialect import inserts_into, limit_params, to_pg


def _no_negative_limit(sql: str, params: Any) -> Any:
    """The parameters with a negative ``LIMIT`` (SQLite's "no limit") made NULL, PostgreSQL's."""
    if not params:
        return None
    positions = limit_params(sql)
    if not positions:
        return params
    if isinstance(params, dict):
        return {k: (None if k in positions and isinstance(v, int) and v < 0 else v) for k, v in params.items()}
    return [None if i in positions and isinstance(v, int) and v < 0 else v for i, v in enumerate(params)]


class HubCursor:
    """A statement's results, read like ``sqlite3.Cursor``'s."""

    def __init__(self, cursor: psycopg.Cursor, returned_id: bool):
        self._cursor = cursor
        self.lastrowid: int | None = None
        if returned_id:
            row = cursor.fetchone()
            self.lastrowid = row[0] if row else None

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self):
        return self._cursor.description

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list:
        return self._cursor.fetchall() if self._cursor.description else []

    def fetchmany(self, size: int = 1) -> list:
        return self._cursor.fetchmany(size) if self._cursor.description else []

    def __iter__(self):
        return iter(self._cursor) if self._cursor.description else iter(())


class _Connection:
    """What the store reads of ``db.conn``."""

    def __init__(self, book: HubBook):
        self._book = book

    def executemany(self, sql: str, rows: Sequence) -> None:
        with self._book.atomic():
            cursor = self._book.pg.cursor()
            cursor.executemany(to_pg(sql), rows)
            self._book.changes += max(cursor.rowcount, 0)  # the rows all the statements changed

    @property
    def in_transaction(self) -> bool:
        return self._book.pg.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    @property
    def total_changes(self) -> int:
        return self._book.changes

    def execute(self, sql: str, params: Any = None):
        return self._book.execute(sql, params)

    def create_function(self, *args, **kwargs) -> None:
        raise NotImplementedError("the hub has its SQL functions in its schema (schema_p0001_compat)")

    def close(self) -> None:
        self._book.pg.close()


class HubBook:
    """One connection's view of the hub's book (autocommit: ``atomic()`` makes transactions)."""

    is_hub = True

    def __init__(self, pg: psycopg.Connection, id_tables: set[str]):
        pg.autocommit = True
        pg.execute("SET search_path = public, pg_catalog")  # SQLite's function names first
        for json_type in ("json", "jsonb"):  # JSON reads as its text, as SQLite's json functions give it
            pg.adapters.register_loader(json_type, TextLoader)
        self.pg = pg
        self.conn = _Connection(self)
        self.changes = 0
        self._id_tables = id_tables

    @classmethod
    def open(cls, url: str) -> HubBook:
        from shopowner.store.pg.hub import connect_hub, prepare_hub

        pg = connect_hub(url)
        prepare_hub(pg)
        ids = {r[0] for r in pg.execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND column_name = 'id' AND table_name NOT LIKE 'hub\\_%'").fetchall()}
        pg.commit()
        return cls(pg, ids)

    def execute(self, sql: str, params: Any = None) -> HubCursor:
        text = to_pg(sql)
        table = inserts_into(sql)
        returning = table in self._id_tables and "RETURNING" not in text.upper()
        if returning:
            text = text.rstrip().rstrip(";") + " RETURNING id"
        params = _no_negative_limit(sql, params)
        cursor = self.pg.execute(text, params)
        if (cursor.rowcount > 0 and cursor.description is None) or returning:
            self.changes += max(cursor.rowcount, 0)
        return HubCursor(cursor, returning)

    def query(self, sql: str, params: Any = None) -> Iterator[dict]:
        with self.pg.cursor(row_factory=dict_row) as cursor:
            cursor.execute(to_pg(sql), _no_negative_limit(sql, params))
            yield from cursor

    @contextmanager
    def atomic(self) -> Iterator[HubBook]:
        with self.pg.transaction():
            yield self

    def close(self) -> None:
        self.pg.close()
