"""Moving a shop's book from its SQLite file into the hub, and from the hub back into a file.

Each move is one transaction on the side written: every table of the book is copied (the hub's
own search index is built from the book, never copied), then both sides are read again and every
table must hold the same number of rows with the same contents (a digest of each row, in any
order) before the move commits. Anything else rolls the whole move back and says which table
and why: a move never leaves half a book behind.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from shopowner.clock import stamp
from shopowner.i18n import translate
from shopowner.store.db import Database
from shopowner.store.pg.hub import _SCHEMA_LOCK, HubError, book_tables, one
from shopowner.store.pg.search import index_all

Progress = Callable[[str, int], None]  # (table, rows copied so far)


@dataclass(frozen=True)
class MoveReport:
    """What a move copied: rows per table, the same on both sides and verified."""

    rows: dict[str, int]
    files: int = 0  # files the rows name (screenshots, Moments images) copied and checked
    missing_files: tuple[str, ...] = ()  # named by a row but missing (or changed) in the data folder

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _columns(conn: psycopg.Connection, table: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = %s ORDER BY ordinal_position", [table]).fetchall()]


def _value(v) -> str:
    if v is None:
        return "\x00"
    if isinstance(v, (bytes, bytearray, memoryview)):
        return "x" + bytes(v).hex()
    return str(v)


class _Digest:
    """The rows of one table, counted and hashed in any order (each row's hash, summed)."""

    def __init__(self) -> None:
        self.count = 0
        self.sum = 0

    def add(self, row: Iterable) -> None:
        text = "\x1f".join(_value(v) for v in row).encode("utf-8", "surrogatepass")
        self.count += 1
        self.sum = (self.sum + int.from_bytes(hashlib.blake2b(text, digest_size=16).digest(), "big")) % (1 << 128)

    def __eq__(self, other) -> bool:
        return isinstance(other, _Digest) and (self.count, self.sum) == (other.count, other.sum)

    __hash__ = None  # type: ignore[assignment]


def _sqlite_rows(db: Database, table: str, columns: list[str]):
    names = ", ".join(f'"{c}"' for c in columns)
    return db.execute(f'SELECT {names} FROM "{table}"')


def _digest_sqlite(db: Database, table: str, columns: list[str]) -> _Digest:
    digest = _Digest()
    for row in _sqlite_rows(db, table, columns):
        digest.add(row)
    return digest


def _digest_hub(conn: psycopg.Connection, table: str, columns: list[str]) -> _Digest:
    digest = _Digest()
    query = sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(map(sql.Identifier, columns)),
                                                sql.Identifier(table))
    with conn.cursor(name=f"digest_{table}") as cursor:  # read in batches, not all at once
        cursor.itersize = 5000
        cursor.execute(query)
        for row in cursor:
            digest.add(row)
    return digest


def _mismatch(table: str, hub: _Digest, file: _Digest) -> HubError:
    return HubError("move", translate(
        "Store", "After the move the table {table} differs: {file} rows in the file, {hub} on "
                 "the hub. Nothing was moved.").format(table=table, file=file.count, hub=hub.count))


def _compare_search(db: Database, conn: psycopg.Connection) -> None:
    """Both back ends' searches find the same customers for words taken from 25 customers
    (names, their first characters, phone tails and phones, order-number pieces, cities)."""
    from shopowner.store.customer_search import search_clause
    from shopowner.store.pg.search import sample_words, search_ids

    ids = [r[0] for r in db.execute("SELECT id FROM customers ORDER BY id")]
    rows = [db.execute(
        "SELECT c.name, (SELECT value FROM customer_identities WHERE customer_id = c.id AND kind = 'phone' "
        "AND masked = 0 ORDER BY id LIMIT 1), (SELECT platform_order_id FROM orders WHERE customer_id = c.id "
        "ORDER BY id LIMIT 1), c.city FROM customers c WHERE c.id = ?", [i]).fetchone()
        for i in random.Random(18).sample(ids, min(len(ids), 25))]
    for word in sample_words(rows):
        where, params = search_clause(word)
        in_file = [r[0] for r in db.execute(f"SELECT c.id FROM customers c WHERE {where} ORDER BY c.id", params)]
        if search_ids(conn, word) != in_file:
            raise HubError("move", translate(
                "Store", "After the move a search for “{word}” finds other customers on the hub than in the "
                         "file. Nothing was moved.").format(word=word))


def _verify(db: Database, conn: psycopg.Connection, tables: list[str]) -> None:
    """Both sides hold the same rows in every table and find the same customers (a move's last step)."""
    for table in tables:
        columns = _columns(conn, table)
        hub, file = _digest_hub(conn, table, columns), _digest_sqlite(db, table, columns)
        if hub != file:
            raise _mismatch(table, hub, file)
    _compare_search(db, conn)


def _check_hub_empty(conn: psycopg.Connection, tables: list[str]) -> None:
    full = [t for t in tables if one(conn, sql.SQL("SELECT EXISTS (SELECT 1 FROM {})").format(sql.Identifier(t)))[0]]
    moved = conn.execute("SELECT value FROM hub_meta WHERE key = 'moved_in_from'").fetchone()
    if moved and not full:  # a shop with nothing in it yet was moved in: it is the hub's book all the same
        raise HubError("not_empty", translate(
            "Store", "The hub already holds the book moved in from {file}. A shop moves "
                     "into an empty hub only.").format(file=moved[0]))
    if full:
        raise HubError("not_empty", translate(
            "Store", "The hub already holds a book ({tables}…). A shop moves into an "
                     "empty hub only.").format(tables=", ".join(full[:3])))


def move_in(db: Database, conn: psycopg.Connection, *, data_dir: Path | None = None, source: str = "",
            progress: Progress | None = None) -> MoveReport:
    """Copy the book in the SQLite file ``db`` into the hub behind ``conn`` (prepared, and empty),
    with the files its rows name from ``data_dir``; ``source`` names the file in the hub's records."""
    from shopowner.store.pg.files import files_in

    rows: dict[str, int] = {}
    # the file read as one snapshot, its writers (the window, an import) waiting meanwhile
    with conn.transaction(), db.atomic():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_SCHEMA_LOCK])
        tables = book_tables(conn)
        _check_hub_empty(conn, tables)
        # the rows arrive as they are (kept columns included); the search is indexed once, after the copy
        conn.execute("SET LOCAL shopowner.bulk_load = 'on'")
        conn.execute("SET LOCAL statement_timeout = 0")  # a big book's copy and index take minutes
        for table in tables:
            columns = _columns(conn, table)
            copy_sql = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
            count = 0
            try:
                with conn.cursor().copy(copy_sql) as copy:
                    for row in _sqlite_rows(db, table, columns):
                        copy.write_row(row)
                        count += 1
                        if progress is not None and count % 10000 == 0:
                            progress(table, count)
            except psycopg.DataError as exc:
                raise HubError("move", translate(
                    "Store", "The table {table} could not be moved: {error}. Nothing was moved."
                             ).format(table=table, error=str(exc).splitlines()[0])) from exc
            rows[table] = count
            if progress is not None:
                progress(table, count)
            if "id" in columns:  # the next new row gets the next number, as in the file
                conn.execute(sql.SQL("SELECT setval(pg_get_serial_sequence({t}, 'id'), "
                                     "coalesce(max(id), 0) + 1, false) FROM {i}").format(
                    t=sql.Literal(table), i=sql.Identifier(table)))
        conn.execute("SET LOCAL shopowner.bulk_load = 'off'")
        index_all(conn)
        _verify(db, conn, tables)
        files, missing = files_in(db, conn, data_dir) if data_dir is not None else (0, [])
        conn.execute("INSERT INTO hub_meta (key, value) VALUES ('moved_in_from', %s), ('moved_in_at', %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [source, stamp()])
    return MoveReport(rows, files, tuple(missing))


def move_out(conn: psycopg.Connection, db: Database, *, progress: Progress | None = None) -> MoveReport:
    """Copy the hub's book into ``db``, a new SQLite shop file (what its migrations seeded is
    replaced), with its search index rebuilt. The hub is read in the caller's transaction: one
    snapshot when the connection reads at REPEATABLE READ (see :func:`move_out_to_folder`)."""
    from shopowner.store.customer_search import paused_search_index, rebuild_search_index

    rows: dict[str, int] = {}
    tables = book_tables(conn)
    conn.execute("SET LOCAL statement_timeout = 0")  # a big book is read in minutes
    with db.atomic(), paused_search_index(db):
        for table in reversed(tables):
            db.execute(f'DELETE FROM "{table}"')
        for table in tables:
            columns = _columns(conn, table)
            names = ", ".join(f'"{c}"' for c in columns)
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
            count = 0
            query = sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(map(sql.Identifier, columns)),
                                                        sql.Identifier(table))
            with conn.cursor(name=f"out_{table}") as cursor:
                cursor.itersize = 5000
                cursor.execute(query)
                while batch := cursor.fetchmany(5000):
                    db.conn.executemany(insert, batch)
                    count += len(batch)
                    if progress is not None:
                        progress(table, count)
            rows[table] = count
        rebuild_search_index(db)
        _verify(db, conn, tables)
    return MoveReport(rows)


def move_out_to_folder(conn: psycopg.Connection, data_dir: Path, *,
                       progress: Progress | None = None) -> MoveReport:
    """Write the hub's book as a new shop file in ``data_dir`` (which has none); a move that fails
    leaves no file behind."""
    from shopowner.paths import db_path
    from shopowner.store.db import open_database

    from shopowner.store.pg.files import files_out

    path = db_path(data_dir)
    db = open_database(data_dir, hub=False)  # the new shop file, also when this PC works on a hub
    written: list[Path] = []
    conn.rollback()
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ  # the book and its files as of one moment
    try:
        report = move_out(conn, db, progress=progress)
        files_out(conn, data_dir, written)
        conn.rollback()
    except BaseException:
        conn.rollback()
        db.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), *written):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        conn.isolation_level = None
    db.close()
    return MoveReport(report.rows, len(written))
