"""Reaching the hub: one connection to the shop's PostgreSQL database, checked and brought up to date.

A hub is a PostgreSQL database holding one shop's book. Connecting gives up after a few seconds
(connect timeout), a statement after 30 s, a dead network is noticed by TCP keep-alives, and
nothing is ever queued: a PC that cannot reach the hub is told so at once. The database must use
UTF-8 with a UTF-8 character type, or ``pg_trgm`` (the hub's Chinese search) indexes no Chinese.
``hub_meta`` says the database is a ShopOwner book and which shop; ``hub_migrations`` lists the
numbered p-migrations applied, as ``_sqlite_migrations`` does in the SQLite file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg

from shopowner.clock import stamp
from shopowner.i18n import translate
from shopowner.store.db import StoreError
from shopowner.store.pg import (
    schema_p0001, schema_p0001_compat, schema_p0001_search, schema_p0001_triggers, schema_p0002,
    schema_p0003, schema_p0004, schema_p0005, schema_p0006,
)

APPLICATION = "ShopOwner"
CONNECT_TIMEOUT_S = 5
PROBE_TIMEOUT_S = 3  # the window's "is the hub there?" (libpq waits at least 2 s)
TCP_USER_TIMEOUT_MS = 10_000  # a statement whose data the network stops carrying fails after this
# one lock number for schema changes and moves, so two PCs never migrate or move in at once
_SCHEMA_LOCK = 0x53484F50  # "SHOP"

MIGRATIONS = [("p0001_book", schema_p0001.TABLES + schema_p0001_triggers.TRIGGERS + schema_p0001_search.SEARCH
                + schema_p0001_compat.COMPAT),
              ("p0002_row_versions", schema_p0002.ROW_VERSIONS),
              ("p0003_staff", schema_p0003.STAFF),
              ("p0004_sorts_nulls_first", schema_p0004.SORTS_NULLS_FIRST),
              ("p0005_more_row_versions", schema_p0005.MORE_ROW_VERSIONS),
              ("p0006_dates_nulls_first", schema_p0006.DATES_NULLS_FIRST)]

_META = """
CREATE TABLE hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE hub_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
"""


class HubError(StoreError):
    """The hub cannot be used, and why: ``kind`` is one of ``unreachable``, ``busy`` (timed out),
    ``sign_in``,
    ``missing`` (no such database), ``locale``, ``foreign`` (a database holding other things),
    ``newer`` (made by a newer ShopOwner), ``not_empty`` or ``move`` (a move was refused); for this
    PC's own hub (``server.py``): ``not_installed`` (no PostgreSQL), ``exists``, ``no_hub``, ``server``."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def connect_hub(url: str) -> psycopg.Connection:
    """A connection to the hub at ``url`` (``postgresql://user:password@host:port/database``)."""
    try:
        conn = psycopg.connect(
            url, connect_timeout=CONNECT_TIMEOUT_S, application_name=APPLICATION,
            keepalives=1, keepalives_idle=10, keepalives_interval=3, keepalives_count=3,
            tcp_user_timeout=TCP_USER_TIMEOUT_MS,  # data unanswered this long: the hub is gone
            options="-c statement_timeout=30000 -c lock_timeout=15000 "
                    "-c idle_in_transaction_session_timeout=120000")
    except psycopg.OperationalError as exc:
        raise _connect_error(exc, url) from exc
    except psycopg.ProgrammingError as exc:  # a malformed address
        raise HubError("unreachable", translate(
            "Store", "“{url}” is not a hub address: it looks like "
                     "postgresql://user:password@host:5432/shop.").format(
            url=_hidden(url))) from exc
    try:
        _check_locale(conn)
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def lost_hub(url: str) -> Iterator[None]:
    """A connection that breaks mid-work (the hub's PC went off, the network dropped) ends as a
    HubError saying so; the transaction it was in is rolled back by the server."""
    try:
        yield
    except psycopg.OperationalError as exc:
        raise hub_fault(exc, url) from exc


def hub_fault(exc: psycopg.OperationalError, url: str) -> HubError:
    """What a driver's failure mid-work means for the owner: the hub lost, or too slow to answer
    (a statement or lock time-out); either way the server rolled the transaction back."""
    if isinstance(exc, (psycopg.errors.QueryCanceled, psycopg.errors.LockNotAvailable,
                        psycopg.errors.TransactionRollback)):  # a deadlock, a serialisation
        return HubError("busy", translate(
            "Store", "The shop's hub took too long to answer (another PC may be holding the same "
                     "records, or the hub is overloaded), so this was not done; nothing was "
                     "half-written. Try again in a moment."))
    return HubError("unreachable", translate(
        "Store", "The connection to the shop's hub ({url}) was lost, so this was not "
                 "done; nothing was half-written. Check the hub's PC and the network, "
                 "then try again.").format(url=_hidden(url)))


def probe_hub(url: str, progress=None) -> str:
    """Whether the hub answers now (the window asks every few seconds in team mode): a fresh
    connection and one statement, given up after :data:`PROBE_TIMEOUT_S`; returns the server's
    version, raises a :class:`HubError` saying why not."""
    try:
        with psycopg.connect(url, connect_timeout=PROBE_TIMEOUT_S, application_name=APPLICATION,
                             options=f"-c statement_timeout={PROBE_TIMEOUT_S * 1000}") as conn:
            return str(one(conn, "SHOW server_version")[0])
    except psycopg.OperationalError as exc:
        raise _connect_error(exc, url) from exc


def driver_version() -> str:
    """psycopg's version and the libpq it loaded, e.g. "psycopg 3.3.9 (binary), libpq 17.5"."""
    number = psycopg.pq.version()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {number // 10000}.{number % 10000}"


def _hidden(url: str) -> str:
    """The address with its password replaced by ***."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password:
        parts = parts._replace(netloc=parts.netloc.replace(":" + parts.password + "@", ":***@", 1))
    return urlunsplit(parts)


def _connect_error(exc: psycopg.OperationalError, url: str) -> HubError:
    text = str(exc)
    if "password authentication failed" in text or "no password supplied" in text:
        return HubError("sign_in", translate(
            "Store", "The hub refused the shop password. Check the password the hub's PC "
                     "shows under 文件 → 团队模式."))
    if "does not exist" in text and "database" in text:
        return HubError("missing", translate(
            "Store", "The hub has no shop database by that name. Check the address "
                     "({url}).").format(url=_hidden(url)))
    return HubError("unreachable", translate(
        "Store", "Cannot reach the shop's hub ({url}). Check that the hub's PC is on "
                 "and on the same network, then try again.").format(url=_hidden(url)))


def _check_locale(conn: psycopg.Connection) -> None:
    encoding, ctype = one(conn, "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
                                "WHERE datname = current_database()")
    conn.rollback()
    if encoding != "UTF8" or "UTF8" not in ctype.upper().replace("-", ""):  # C.UTF-8, zh_CN.utf8…
        raise HubError("locale", translate(
            "Store", "The hub's database uses the {encoding}/{ctype} locale, in which "
                     "Chinese cannot be searched. Create it with a UTF-8 locale, such as "
                     "C.UTF-8 (CREATE DATABASE … LOCALE 'C.UTF-8' TEMPLATE template0)."
                                    ).format(encoding=encoding, ctype=ctype))


def one(conn: psycopg.Connection, query, params=()) -> tuple:
    """The one row a query returns (a count, a setting that exists)."""
    row = conn.execute(query, params).fetchone()
    assert row is not None, query
    return row


def _public_tables(conn: psycopg.Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'").fetchall()}


def prepare_hub(conn: psycopg.Connection, *, before_update: Callable[[], object] | None = None) -> str:
    """Make the database a ShopOwner book if it is empty, apply the p-migrations it lacks, and
    return the shop's id. Refuses a database holding other tables or made by a newer ShopOwner.
    ``before_update()`` runs first when a book already there is to be updated (one PC at a time:
    the others wait, then find it done): the window and the CLI back it up then."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_SCHEMA_LOCK])
        tables = _public_tables(conn)
        if "hub_meta" not in tables:
            if tables:
                raise HubError("foreign", translate(
                    "Store", "That database already holds other tables ({names}). Give "
                             "the shop an empty database of its own.").format(
                    names=", ".join(sorted(tables)[:5])))
            conn.execute(_META)
            conn.execute("INSERT INTO hub_meta (key, value) VALUES ('application', %s), ('shop_id', %s), "
                         "('created_at', %s)", [APPLICATION, str(uuid.uuid4()), stamp()])
        meta: dict[str, str] = dict(conn.execute("SELECT key, value FROM hub_meta").fetchall())
        if meta.get("application") != APPLICATION:
            raise HubError("foreign", translate("Store", "That database is not a ShopOwner book."))
        applied = {r[0] for r in conn.execute("SELECT name FROM hub_migrations").fetchall()}
        known = [name for name, _ in MIGRATIONS]
        if applied - set(known):
            raise HubError("newer", translate(
                "Store", "The hub's book was set up by a newer ShopOwner. Install the newest "
                         "ShopOwner on this PC to join it."))
        if before_update is not None and applied and set(known) - applied:
            conn.execute("SET LOCAL idle_in_transaction_session_timeout = 0")  # a big book's backup: minutes
            before_update()
        for name, ddl in MIGRATIONS:
            if name not in applied:
                conn.execute(ddl)
                conn.execute("INSERT INTO hub_migrations (name, applied_at) VALUES (%s, %s)", [name, stamp()])
        return meta["shop_id"]


@dataclass(frozen=True)
class HubStatus:
    """What ``hub status`` shows."""

    server: str          # e.g. "PostgreSQL 15.18"
    locale: str          # e.g. "UTF8 / C.UTF-8"
    shop_id: str
    migrations: list[str]
    counts: dict[str, int]  # rows per table of the book
    meta: dict[str, str]


def book_tables(conn: psycopg.Connection) -> list[str]:
    """The book's tables on the hub in the order they were created, but each one after the tables
    it references (``staff``, made by p0003, is named by tables made long before it): a move
    copies them in this order and empties them in the reverse one."""
    created = [r[0] for r in conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'hub\\_%' "
        "ORDER BY c.oid").fetchall()]
    needs: dict[str, set[str]] = {t: set() for t in created}
    for table, named in conn.execute(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
            "WHERE c.contype = 'f' AND c.conrelid <> c.confrelid").fetchall():
        if table in needs and named in needs:
            needs[table].add(named)
    ordered: list[str] = []
    while len(ordered) < len(created):
        ready = next((t for t in created if t not in ordered and needs[t] <= set(ordered)), None)
        # a cycle of references (none in the book): the rest in the order they were made
        ordered += [ready] if ready is not None else [t for t in created if t not in ordered]
    return ordered


def hub_status(conn: psycopg.Connection) -> HubStatus:
    version = one(conn, "SHOW server_version")[0].split()[0]
    encoding, ctype = one(conn, "SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
                                "WHERE datname = current_database()")
    meta: dict[str, str] = dict(conn.execute("SELECT key, value FROM hub_meta").fetchall())
    migrations = [r[0] for r in conn.execute("SELECT name FROM hub_migrations ORDER BY name").fetchall()]
    counts = {t: one(conn, f'SELECT count(*) FROM "{t}"')[0] for t in book_tables(conn)}
    conn.rollback()
    return HubStatus(f"PostgreSQL {version}", f"{encoding} / {ctype}", meta.get("shop_id", ""),
                     migrations, counts, meta)
