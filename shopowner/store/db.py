"""Open the shop's SQLite file safely: WAL, foreign keys, migrations, and refusal of bad files.

A ``sqlite3`` connection belongs to the thread that opened it, so every worker thread calls
:func:`connect` for its own :class:`sqlite_utils.Database`; WAL lets readers run beside the writer.
A file that cannot be opened is never replaced: the error says what to do and the file is untouched.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlite_utils import Database

from shopowner.i18n import translate
from shopowner.paths import db_path

APPLICATION_ID = 0x53484F50  # "SHOP": marks a file as ours
SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """A data file or folder problem the owner must act on; ``str()`` is the message to show."""


class DataDirNotWritable(StoreError):
    pass


class CorruptDatabase(StoreError):
    pass


class ForeignDatabase(StoreError):
    pass


class NewerDatabase(StoreError):
    pass


class DamagedDatabase(CorruptDatabase):
    """``PRAGMA quick_check`` found damage; the message says how to restore a backup."""


def _pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA synchronous = NORMAL")


class _ShopConnection(sqlite3.Connection):
    """Write transactions take the write lock when they begin (``BEGIN IMMEDIATE``).

    ``db.atomic()`` opens a deferred ``BEGIN``; one that reads and then writes while another
    thread (a background job) has committed fails at once with "database is locked", because
    WAL cannot upgrade a stale read snapshot and the busy timeout does not apply. Taking the
    lock up front makes such a transaction wait its turn instead.
    """

    on_wait: Callable[[float | None], None] | None = None  # see :func:`connect`

    def execute(self, sql, *args):
        if sql == "BEGIN":
            if self.on_wait is not None:
                return self._begin_waiting(self.on_wait)
            sql = "BEGIN IMMEDIATE"
        return super().execute(sql, *args)

    def _begin_waiting(self, on_wait: Callable[[float | None], None]):
        """``BEGIN IMMEDIATE``, waiting in short steps for as long as another connection writes
        and telling ``on_wait(seconds waited)`` after each (which may raise to stop waiting)."""
        timeout = super().execute("PRAGMA busy_timeout").fetchone()[0]
        super().execute(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
        started = time.monotonic()
        try:
            waited = False
            while True:
                try:
                    cursor = super().execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError as exc:
                    if not _is_busy(exc):
                        raise
                else:
                    if waited:
                        on_wait(None)
                    return cursor
                on_wait(time.monotonic() - started)
                waited = True
        finally:
            super().execute(f"PRAGMA busy_timeout = {int(timeout)}")


WAIT_STEP_MS = 250


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (5, 6) or "locked" in str(exc)  # SQLITE_BUSY, SQLITE_LOCKED


@contextmanager
def own_connection(data_dir, *, on_wait=None) -> Iterator[Database]:
    """A connection of the calling thread's own to the shop file in ``data_dir`` (already opened
    and migrated), closed after the block: what a job on a worker thread or in a child process
    works on. ``on_wait``: see :func:`connect` (a job passes
    :func:`shopowner.faults.progress_waiter` of its progress). In team mode: a connection of
    its own to the hub (:mod:`shopowner.store.location`)."""
    from shopowner.store.location import hub_url

    url = hub_url(data_dir)
    if url:
        from shopowner.store.pg.book import HubBook

        db: Database = cast(Database, HubBook.join(url, data_dir=Path(data_dir), on_wait=on_wait))
    else:
        db = connect(db_path(Path(data_dir)), on_wait=on_wait)
    try:
        yield db
    finally:
        db.close()


def is_hub(db) -> bool:
    """True when ``db`` is the team-mode hub's book (``store.pg.book.HubBook``), not the shop
    file: for the few SQLite-only steps (page cache, PRAGMAs) a store function skips there."""
    return getattr(db, "is_hub", False)


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid the INSERT ``cursor`` ran just made (``lastrowid`` is typed ``int | None``: None
    only on a cursor that never inserted)."""
    row_id = cursor.lastrowid
    if row_id is None:
        raise RuntimeError("the statement inserted no row")
    return row_id


def change_mark(db: Database) -> tuple[int, int]:
    """A value that differs after any write to the shop file, by this connection or another
    (for caches of figures read from it); on the hub, any write by any PC."""
    if is_hub(db):
        return cast(Any, db).change_mark()
    conn = db.conn
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


def wait_for_writers(db: Database, milliseconds: int) -> None:
    """How long this connection's writes wait for another connection's write before failing
    (10 s by default; the window waits less, so it never freezes long). On the hub: for another
    PC's lock (15 s by default)."""
    if is_hub(db):
        cast(Any, db).wait_for_locks(milliseconds)
        return
    db.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")


def close_file(db: Database) -> None:
    """Let go of the shop file (checkpointed unless it is damaged) while keeping ``db`` itself,
    which the window's areas hold, to :func:`reopen` once the file has been replaced."""
    db.conn.close()


def reopen(db: Database, path: Path, busy_timeout_ms: int) -> None:
    """Point ``db`` at the shop file at ``path`` again (after a restore put another file there)."""
    fresh = connect(path)
    wait_for_writers(fresh, busy_timeout_ms)
    db.conn = fresh.conn


def connect(path: Path, *, on_wait=None) -> Database:
    """A connection for the calling thread to an already opened (migrated) shop file; read only
    when the file was found damaged (:mod:`shopowner.store.health`).

    With ``on_wait``, its write transactions wait for another connection's write for as long as
    it lasts, calling ``on_wait(seconds)`` about every quarter second while they wait (to show
    progress; it raises — e.g. :class:`~shopowner.progress.Cancelled` — to stop waiting) and
    ``on_wait(None)`` once the wait is over. Without, they wait 10 s, then "database is locked".
    """
    from shopowner.store.health import is_damaged, open_read_only

    if is_damaged(path):
        conn = cast(_ShopConnection, open_read_only(path, factory=_ShopConnection))
    else:
        conn = sqlite3.connect(str(path), timeout=10, factory=_ShopConnection)
    conn.on_wait = on_wait
    _pragmas(conn)
    return Database(conn)


def ensure_writable_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=data_dir)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DataDirNotWritable(
            translate(
                "Store",
                "Cannot write to the data folder {path} ({reason}). Choose a folder you can write to "
                "(for example in Documents) with --data-dir, or ask whoever manages this computer "
                "for write access.",
            ).format(path=data_dir, reason=exc.strerror or exc)
        ) from exc


def _check_existing_file(path: Path) -> None:
    """Refuse anything that is not a SQLite database, without modifying it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptDatabase(
            translate(
                "Store",
                "The data file {path} is damaged or is not a ShopOwner database. It has been left "
                "untouched. Restore it from a backup, or move it away and start again.",
            ).format(path=path)
        )


def _check_identity(db: Database, path: Path) -> None:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        db.table_names()  # reads the schema: a damaged one fails here
    except sqlite3.DatabaseError as exc:  # not even its list of tables can be read
        from shopowner.store.health import damaged_message

        raise CorruptDatabase(damaged_message(path, str(exc))) from exc
    if app_id != APPLICATION_ID:  # also an empty database another program made
        raise ForeignDatabase(
            translate(
                "Store",
                "The file {path} is a SQLite database of another program, not ShopOwner's. It has "
                "been left untouched. Choose another data folder with --data-dir.",
            ).format(path=path)
        )


def _check_sound(db: Database, path: Path) -> None:
    from shopowner.store.health import damaged_message, mark_damaged, quick_check

    problems = quick_check(db)
    if problems:
        mark_damaged(path)
        raise DamagedDatabase(damaged_message(path, problems[0]))


def _damaged_text(path: Path) -> str:
    from shopowner.store.health import damaged_message

    return damaged_message(path)


def open_read_only(data_dir: Path) -> Database:
    """The damaged shop file of ``data_dir``, for reading only (after :class:`DamagedDatabase`)."""
    from shopowner.store.health import mark_damaged

    path = db_path(Path(data_dir))
    mark_damaged(path)
    return connect(path)


def open_database(data_dir: Path, *, migrate: bool = True, check: bool = False,
                  on_wait=None, hub: bool = True) -> Database:
    """Open (creating if absent) the shop file in ``data_dir`` for this thread, migrated to date
    (``on_wait``: see :func:`connect`).

    ``check``: run ``PRAGMA quick_check`` first (1.2 s on a 200,000-customer shop; the window
    checks on a worker after it shows instead). A file that needs migrating is always checked
    (and backed up) first. A damaged file raises :class:`DamagedDatabase`, is marked damaged
    and is not written to; :func:`open_read_only` then opens it for reading.

    In team mode (:mod:`shopowner.store.location`) the book is the hub's, set up or brought up to
    date as it opens; ``hub=False`` opens the data folder's shop file all the same (moving a
    shop between the two).
    """
    from shopowner.store.migrations import check_not_newer, has_pending, migrate as apply_migrations

    data_dir = Path(data_dir)
    ensure_writable_dir(data_dir)  # settings, logs and print files stay in the folder in team mode
    from shopowner.store.location import hub_url

    url = hub_url(data_dir) if hub else None
    if url:
        from shopowner.store.pg.book import HubBook

        return cast(Database, HubBook.open(url, data_dir=data_dir, on_wait=on_wait))
    path = db_path(data_dir)
    _check_existing_file(path)
    existed = path.exists() and path.stat().st_size > 0
    from shopowner.store.health import is_damaged

    if existed and is_damaged(path):
        raise DamagedDatabase(_damaged_text(path))
    try:
        db = connect(path, on_wait=on_wait)
    except sqlite3.DatabaseError as exc:  # pragma: no cover - sqlite rarely fails here
        raise CorruptDatabase(str(exc)) from exc
    try:
        if existed:
            _check_identity(db, path)
            check_not_newer(db, path)
            if check or (migrate and has_pending(db)):
                _check_sound(db, path)
        else:  # ours from its first byte: a start killed before the schema is not "foreign"
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if migrate:
            apply_migrations(db)
    except Exception:
        db.close()
        raise
    from shopowner.store.in_use import mark_in_use

    mark_in_use(data_dir)  # restoring a backup asks who has the file open
    return db
