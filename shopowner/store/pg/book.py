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

import contextlib
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.numeric import NumericLoader
from psycopg.types.string import TextLoader

from shopowner.store import errors
from shopowner.store.pg.hub import HubError, connect_hub, hub_fault, prepare_hub
from shopowner.store.pg.dialect import inserts_into, limit_params, to_pg


def _no_negative_limit(sql: str, params: Any) -> Any:
    """The parameters with a negative ``LIMIT`` (SQLite's "no limit") made NULL, PostgreSQL's.
    None becomes no parameters: the driver then still reads the ``%%`` the rewrite made of a
    literal ``%`` as one (with None it would send the text as it is)."""
    if not params:
        return ()
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

    def close(self) -> None:
        self._cursor.close()


class _Connection:
    """What the store reads of ``db.conn``."""

    def __init__(self, book: HubBook):
        self._book = book

    def executemany(self, sql: str, rows: Sequence) -> None:
        with self._book.atomic(), _driver_errors(self._book.url):
            cursor = self._book.pg.cursor()
            cursor.executemany(to_pg(sql, self._book.never_null), rows)
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


WAIT_STEP_MS = 250  # a wait for another PC's lock is told about this often (as the shop file's)

def _backing_up(url: str, data_dir: Path | None) -> Callable[[], object] | None:
    """Before an update of the book's layout: a backup in this PC's backups folder, as a shop file
    gets before its migration (none without a data folder)."""
    if data_dir is None:
        return None
    from shopowner.store.pg.backup import backup_before_update

    return lambda: backup_before_update(url, data_dir)


_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|MERGE)\b", re.IGNORECASE)


def _reads(sql: str) -> bool:
    """Only reads: a ``SELECT``, or a ``WITH`` naming no write."""
    start = sql.lstrip()[:6].upper()
    return start == "SELECT" or (start[:4] == "WITH" and not _WRITES.search(sql))


class _SqliteNumber(NumericLoader):
    """A ``numeric`` read as SQLite gives the same value: an int when whole, else a float (a
    ``sum`` of integers is numeric on PostgreSQL, and a ``Decimal`` breaks JSON output)."""

    def load(self, data):
        value = super().load(data)
        return int(value) if value == value.to_integral_value() else float(value)


@dataclass(frozen=True)
class _Schema:
    """What the statements' rewrite needs to know of the hub's tables."""

    id_tables: frozenset[str]  # the tables with an id (an INSERT returns it)
    never_null: frozenset[str]  # columns NOT NULL in every table that has one of that name

    @classmethod
    def read(cls, pg: psycopg.Connection) -> _Schema:
        columns = pg.execute(
            "SELECT table_name, column_name, is_nullable = 'NO' FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name NOT LIKE 'hub\\_%'").fetchall()
        nullable = {c for _t, c, not_null in columns if not not_null}
        return cls(frozenset(t for t, c, _n in columns if c == "id"),
                   frozenset(c for _t, c, _n in columns) - nullable)


_prepared: dict[str, _Schema] = {}  # per hub address, once prepared


@contextmanager
def _driver_errors(url: str) -> Iterator[None]:
    """The driver's errors under the names the store catches: a refused unique key or constraint
    as ``errors.IntegrityError`` (as SQLite's), a lost hub or a time-out as a ``HubError``."""
    try:
        yield
    except psycopg.IntegrityError as exc:
        raise errors.IntegrityError(str(exc)) from exc
    except psycopg.OperationalError as exc:
        raise hub_fault(exc, url) from exc


class HubBook:
    """One connection's view of the hub's book (autocommit: ``atomic()`` makes transactions).

    A connection the network broke is made again by the next statement outside a transaction
    (the one that broke fails with a ``HubError``: nothing of it was written)."""

    is_hub = True

    def __init__(self, pg: psycopg.Connection, schema: _Schema, url: str = "",
                 data_dir: Path | None = None, on_wait: Callable[[float | None], None] | None = None):
        self.url = url
        self.data_dir = data_dir  # this PC's data folder: its backups, logs, print files
        self.on_wait = on_wait  # how a wait for another PC's import shows (see lock_waiting)
        self.conn = _Connection(self)
        self.changes = 0
        self._atomic = 0  # how deep in atomic() blocks: a broken connection is not made again there
        self.lock_wait_ms: int | None = None  # the window's: its writes wait less for a lock
        self._id_tables = schema.id_tables
        self.never_null = schema.never_null
        self._use(pg)

    def _use(self, pg: psycopg.Connection) -> None:
        pg.autocommit = True
        pg.execute("SET search_path = public, pg_catalog")  # SQLite's function names first
        for json_type in ("json", "jsonb"):  # JSON reads as its text, as SQLite's json functions give it
            pg.adapters.register_loader(json_type, TextLoader)
        pg.adapters.register_loader("numeric", _SqliteNumber)  # sum() of integers: numeric there
        if getattr(self, "lock_wait_ms", None) is not None:  # kept when a connection is made again
            pg.execute(f"SET lock_timeout = {int(self.lock_wait_ms or 0)}")
        self.pg = pg

    @classmethod
    def open(cls, url: str, data_dir: Path | None = None, *,
             on_wait: Callable[[float | None], None] | None = None) -> HubBook:
        """The book at ``url``, set up or brought up to date first (:func:`prepare_hub`);
        ``on_wait``: see :meth:`lock_waiting`."""
        pg = connect_hub(url)
        try:
            with _driver_errors(url):
                prepare_hub(pg, before_update=_backing_up(url, data_dir))
                schema = _Schema.read(pg)
                pg.commit()
        except BaseException:
            pg.close()
            raise
        _prepared[url] = schema
        return cls(pg, schema, url, data_dir, on_wait)

    @classmethod
    def join(cls, url: str, data_dir: Path | None = None, *,
             on_wait: Callable[[float | None], None] | None = None) -> HubBook:
        """Another connection to a book this process has opened already (a job's own)."""
        if url not in _prepared:
            return cls.open(url, data_dir, on_wait=on_wait)
        return cls(connect_hub(url), _prepared[url], url, data_dir, on_wait)

    def _ready(self) -> None:
        """Connect again when the last connection broke and no transaction was under way."""
        if self._atomic:
            return
        if self.pg.closed or self.pg.broken:
            with contextlib.suppress(Exception):
                self.pg.close()
            self._use(connect_hub(self.url))

    def execute(self, sql: str, params: Any = None) -> HubCursor:
        text = to_pg(sql, self.never_null)
        table = inserts_into(sql)
        returning = table in self._id_tables and "RETURNING" not in text.upper()
        if returning:
            text = text.rstrip().rstrip(";") + " RETURNING id"
        params = _no_negative_limit(sql, params)
        cursor = self._run(lambda: self.pg.execute(text, params), _reads(sql))
        if (cursor.rowcount > 0 and cursor.description is None) or returning:
            self.changes += max(cursor.rowcount, 0)
        return HubCursor(cursor, returning)

    def _run(self, statement, read_only: bool):
        """``statement()`` on a working connection. A read the hub cut off before it answered
        (its PC restarted, the network came back) is asked once more on a new connection;
        a write is not: whether it reached the hub is not known, so it fails saying so."""
        self._ready()
        try:
            with _driver_errors(self.url):
                return statement()
        except HubError as exc:
            if not (read_only and exc.kind == "unreachable" and not self._atomic
                    and (self.pg.closed or self.pg.broken)):
                raise
        self._ready()
        with _driver_errors(self.url):
            return statement()

    def query(self, sql: str, params: Any = None) -> Iterator[dict]:
        cursor = self._run(lambda: self.pg.cursor(row_factory=dict_row).execute(
            to_pg(sql, self.never_null), _no_negative_limit(sql, params)), _reads(sql))
        with _driver_errors(self.url), cursor:
            yield from cursor

    @contextmanager
    def atomic(self) -> Iterator[HubBook]:
        self._ready()
        self._atomic += 1
        try:
            with _driver_errors(self.url), self.pg.transaction():
                yield self
        finally:
            self._atomic -= 1

    def wait_for_locks(self, milliseconds: int) -> None:
        """How long this connection's statements wait for another PC's lock (the window: less
        than the jobs' 15 s, so it never freezes long), as SQLite's busy time-out does."""
        self.lock_wait_ms = int(milliseconds)
        self.execute(f"SET lock_timeout = {self.lock_wait_ms}")

    def lock_waiting(self, statement: str) -> None:
        """Run ``statement`` (a ``LOCK TABLE`` in the caller's transaction: another PC's import
        may hold it for minutes). With ``on_wait`` it waits in short steps for as long as the lock
        is held, calling ``on_wait(seconds waited)`` after each (it raises — e.g. ``Cancelled``
        — to stop waiting) and ``on_wait(None)`` once it has the lock, as a wait for the shop
        file's write lock does (:func:`shopowner.store.db.connect`); without, up to the lock
        time-out the transaction has set."""
        on_wait = self.on_wait
        if on_wait is None:
            self.execute(statement)
            return
        timeout = self.execute("SHOW lock_timeout").fetchone()[0]
        started, waited = time.monotonic(), False
        while True:
            try:
                with self.atomic():  # a savepoint: a step that times out leaves the transaction as it was
                    self.execute(f"SET LOCAL lock_timeout = {WAIT_STEP_MS}")
                    self.execute(statement)
            except HubError as exc:
                if not isinstance(exc.__cause__, psycopg.errors.LockNotAvailable):
                    raise
            else:
                break
            on_wait(time.monotonic() - started)
            waited = True
        self.execute(f"SET LOCAL lock_timeout = '{timeout}'")  # the step's, kept by the savepoint, undone
        if waited:
            on_wait(None)

    def change_mark(self) -> tuple[int, int]:
        """Differs after any write to the hub, by any PC: the next transaction number the server
        will hand out moves on with every transaction that writes (SQLite's ``data_version``)."""
        with _driver_errors(self.url):
            row = self.pg.execute("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").fetchone()
        return self.changes, int(row[0]) if row else 0

    def close(self) -> None:
        self.pg.close()

    def __enter__(self) -> HubBook:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
