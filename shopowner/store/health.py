"""Is the shop file sound? ``PRAGMA quick_check`` when it opens, a full ``integrity_check`` weekly.

A damaged file is never written to again by this process: :func:`mark_damaged` records it, and
from then on every connection to it (:func:`shopowner.store.db.connect`, so every worker's too)
opens it read only (a ``mode=ro`` URI plus ``PRAGMA query_only``). The owner can still look at
what is readable, and restores a good backup (:mod:`shopowner.store.restore`).

Measured on a 200,000-customer shop (400 MB): ``quick_check`` 1.2 s, ``integrity_check`` 7.5 s.
The CLI checks just before a command's first write (:class:`WriteGuard`, so reading costs nothing);
the window opens first and checks on a worker as its first frame shows.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from shopowner.clock import current, parse_stamp, stamp
from shopowner.i18n import translate

FULL_CHECK_SETTING = "integrity_checked_at"  # when the last full integrity_check passed
FULL_CHECK_EVERY = timedelta(days=7)

_damaged: set[str] = set()


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def mark_damaged(path: Path) -> None:
    """From now on, every connection to ``path`` in this process is read only."""
    _damaged.add(_key(path))


def forget_damaged(path: Path) -> None:
    """``path`` now holds another file (a restored backup): open it normally again."""
    _damaged.discard(_key(path))


def is_damaged(path: Path) -> bool:
    return _key(path) in _damaged


def _check(conn: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed" and friends
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def quick_check(db: Database) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong ([] when the file is sound). The hub's pages are
    its server's to check (checksums, its own recovery): nothing to do there."""
    from shopowner.store.db import is_hub

    if is_hub(db):
        return []
    return _check(db.conn, "quick_check")


def full_check(db: Database) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong ([] when the file is sound); slow on big shops.
    Nothing on the hub (see :func:`quick_check`)."""
    from shopowner.store.db import is_hub

    if is_hub(db):
        return []
    return _check(db.conn, "integrity_check")


def open_read_only(path: Path, factory=sqlite3.Connection) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (nor checkpoint its WAL into it)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10,
                           factory=factory)
    conn.execute("PRAGMA query_only = ON")
    return conn


def switch_to_read_only(db: Database, path: Path) -> bool:
    """From now on ``db`` (a long-lived connection: the window's) only reads ``path``, which was
    found damaged. The read-only connection is opened before the old one closes, so closing it
    checkpoints nothing into the damaged file. False when ``db`` is already closed."""
    from shopowner.store.db import connect

    mark_damaged(path)
    try:
        writable = not db.conn.execute("PRAGMA query_only").fetchone()[0]
    except sqlite3.ProgrammingError:  # closed (the window is closing)
        return False
    if writable:
        read_only = connect(path)
        old, db.conn = db.conn, read_only.conn
        old.close()
    return True


def full_check_due(db: Database, now: datetime | None = None) -> bool:
    """True when the last full check that passed is a week old (or there was none)."""
    last = parse_stamp(_setting(db, FULL_CHECK_SETTING))
    return last is None or current(now) - last >= FULL_CHECK_EVERY


def record_full_check(db: Database, now: datetime | None = None) -> None:
    from shopowner.store.settings import set_setting

    set_setting(db, FULL_CHECK_SETTING, stamp(now))


def _setting(db: Database, key: str):
    from shopowner.store.settings import get_setting

    try:
        return get_setting(db, key)
    except sqlite3.DatabaseError:
        return None


def restore_command(data_dir: Path, backup: Path | None) -> str:
    target = f'"{backup}"' if backup else translate("Store", "BACKUP-FILE")
    return f'python main.py --data-dir "{data_dir}" restore {target}'


def damaged_message(path: Path, problem: str = "") -> str:
    """What the owner reads when the shop file is damaged: it is read only, and how to restore."""
    from shopowner.store.backups import latest_backup

    data_dir = Path(path).parent
    latest = latest_backup(data_dir)
    text = translate(
        "Store", "The shop file {path} is damaged{problem}. Nothing is written to it. Restore "
                 "the latest good backup in the window (File → Backups and restore) or with this "
                 "command:\n  {command}").format(
        path=path, problem=f" ({problem})" if problem else "",
        command=restore_command(data_dir, latest.path if latest else None))
    if latest is None:
        text += "\n" + translate(
            "Store", "There is no backup in {folder}. Copy the whole data folder somewhere safe "
                     "before trying anything else.").format(folder=data_dir / "backups")
    return text


_WRITES = {getattr(sqlite3, f"SQLITE_{name}") for name in (
    "INSERT", "UPDATE", "DELETE", "CREATE_TABLE", "CREATE_INDEX", "CREATE_TRIGGER", "CREATE_VIEW",
    "CREATE_VTABLE", "DROP_TABLE", "DROP_INDEX", "DROP_TRIGGER", "DROP_VIEW", "DROP_VTABLE",
    "ALTER_TABLE", "REINDEX", "ANALYZE")}


class WriteGuard:
    """Checks the shop file (``quick_check``, on a connection of its own) just before the first
    statement that would write to it, and refuses every write to a damaged file.

    Installed as the connection's SQLite authorizer by :func:`guard_writes`: a command that only
    reads never pays for the check (1.2 s on a 200,000-customer shop). A refused statement raises
    ``sqlite3.DatabaseError`` ("not authorized"); :attr:`problem` then says what is damaged.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.sound: bool | None = None  # None: not checked yet
        self.problem = ""

    def __call__(self, action, arg1, arg2, dbname, trigger) -> int:
        if self.sound is True or action not in _WRITES or dbname == "temp":
            return sqlite3.SQLITE_OK
        if self.sound is None:
            self.check()
        return sqlite3.SQLITE_OK if self.sound else sqlite3.SQLITE_DENY

    def check(self) -> bool:
        try:
            conn = open_read_only(self.path)
        except sqlite3.Error as exc:
            problems = [str(exc)]
        else:
            try:
                problems = _check(conn, "quick_check")
            finally:
                conn.close()
        self.sound = not problems
        if problems:
            self.problem = problems[0]
            mark_damaged(self.path)
        return self.sound


def guard_writes(db: Database, path: Path) -> WriteGuard:
    """Check ``path`` before ``db``'s first write to it, and refuse writes if it is damaged."""
    guard = WriteGuard(path)
    db.conn.set_authorizer(guard)
    return guard


def is_damage(exc: BaseException) -> bool:
    """Is this SQLite error the file's damage showing ("database disk image is malformed")?"""
    return isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc)
