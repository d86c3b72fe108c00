"""The backups folder: what is in it, automatic backups, and which of them are kept.

Every backup is an ordinary shop file in ``DATA_DIR/backups/``, named by when it was made and why:

- ``shopowner-YYYYMMDD-HHMMSS.db``            made by the owner (back up now, ``backup``)
- ``shopowner-YYYYMMDD-HHMMSS-daily.db``      the first start of the day
- ``shopowner-YYYYMMDD-HHMMSS-migration.db``  before this version updated the file's layout
- ``shopowner-YYYYMMDD-HHMMSS-import.db``     before an import larger than a tenth of the orders
- ``shopowner-before-restore-YYYYMMDD-HHMMSS.db``  the shop file as it was before a restore

Automatic backups (daily, migration, import) are thinned after each new one: the newest of each
of the last 7 days, of the last 4 weeks and of the last 6 months are kept, and backups taken
before an import or an update are kept at least 7 days. The owner's own backups and the files set
aside by a restore are never deleted.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from shopowner.clock import current
from shopowner.store.backup import backup_to, default_backup_path
from shopowner.store.db import is_hub

MANUAL, DAILY, MIGRATION, IMPORT, BEFORE_RESTORE, OTHER = (
    "manual", "daily", "migration", "import", "before-restore", "other")
AUTOMATIC = (DAILY, MIGRATION, IMPORT)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
KEEP_BEFORE_CHANGES = timedelta(days=7)  # backups taken before an import or an update

_NAME = re.compile(r"^shopowner-(before-restore-)?(\d{8}-\d{6})(?:-(daily|migration|import))?\.db$")


@dataclass
class BackupInfo:
    path: Path
    when: datetime
    kind: str
    size: int
    customers: int | None = None  # None: the file could not be read as a shop file
    orders: int | None = None

    @property
    def readable(self) -> bool:
        return self.customers is not None


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "backups"


def data_dir_of(db: Database) -> Path:
    """The data folder of the shop file ``db`` is connected to (on the hub: of this PC)."""
    if is_hub(db):
        folder = getattr(db, "data_dir", None)
        if folder is None:
            raise ValueError("a hub book opened without a data folder")
        return Path(folder)
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file).parent
    raise ValueError("not a file database")


def describe(path: Path) -> tuple[datetime, str]:
    """When a backup was made and its kind, from its name (else its modification time)."""
    match = _NAME.match(path.name)
    if match is None:
        return datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0), OTHER
    when = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
    if match.group(1):
        return when, BEFORE_RESTORE
    return when, match.group(3) or MANUAL


def read_counts(path: Path) -> tuple[int, int] | None:
    """(customers, orders) in a closed backup file, without writing anything beside it."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        from shopowner.store.db import APPLICATION_ID

        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        orders = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
        return customers, orders
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_backups(data_dir: Path, *, counts: bool = True) -> list[BackupInfo]:
    """Every ``*.db`` in the backups folder, newest first (counts read from each when asked)."""
    found = []
    for path in backups_dir(data_dir).glob("*.db"):
        try:
            when, kind = describe(path)
            info = BackupInfo(path, when, kind, path.stat().st_size)
        except OSError:
            continue
        if counts:
            read = read_counts(path)
            if read is not None:
                info.customers, info.orders = read
        found.append(info)
    return sorted(found, key=lambda b: (b.when, b.path.name), reverse=True)


def latest_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that opens as a shop file (not a file set aside by a restore)."""
    for info in list_backups(data_dir, counts=False):
        if info.kind == BEFORE_RESTORE:
            continue
        read = read_counts(info.path)
        if read is not None:
            info.customers, info.orders = read
            return info
    return None


def backups_to_delete(backups: list[BackupInfo], now: datetime | None = None) -> list[BackupInfo]:
    """The automatic backups the rotation drops (7 daily + 4 weekly + 6 monthly are kept)."""
    now = current(now)
    automatic = sorted((b for b in backups if b.kind in AUTOMATIC), key=lambda b: b.when,
                       reverse=True)
    keep: set[Path] = set()
    for rule, count in ((lambda d: d.date(), KEEP_DAILY),
                        (lambda d: tuple(d.isocalendar())[:2], KEEP_WEEKLY),
                        (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        periods: set = set()
        for b in automatic:
            period = rule(b.when)
            if period in periods:
                continue
            if len(periods) == count:
                break
            periods.add(period)
            keep.add(b.path)
    for b in automatic:
        if b.kind != DAILY and now - b.when < KEEP_BEFORE_CHANGES:
            keep.add(b.path)
    return [b for b in automatic if b.path not in keep]


def rotate(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns their paths."""
    return delete_unkept(list_backups(data_dir, counts=False), now)


def delete_unkept(backups: list[BackupInfo], now: datetime | None = None) -> list[Path]:
    """Delete those of ``backups`` the rotation no longer keeps (:func:`backups_to_delete`);
    returns their paths (one that cannot be deleted stays, and is tried again next time)."""
    dropped = []
    for b in backups_to_delete(backups, now):
        try:
            b.path.unlink()
            dropped.append(b.path)
        except OSError:
            continue
    return dropped


def make_backup(db: Database, data_dir: Path, kind: str = MANUAL, now: datetime | None = None,
                progress=None) -> Path:
    """A new backup in the backups folder (then the automatic ones are thinned)."""
    when = current(now)
    label = "" if kind == MANUAL else kind

    def next_name(_taken: Path) -> Path:  # two in the same second (two programs at once)
        nonlocal when
        when += timedelta(seconds=1)
        return default_backup_path(data_dir, when, label)

    target = default_backup_path(data_dir, when, label)
    while target.exists():
        target = next_name(target)
    path = backup_to(db, target, progress=progress, next_name=next_name)
    if kind in AUTOMATIC:
        rotate(data_dir, now)
    return path


def daily_backup_due(data_dir: Path, now: datetime | None = None) -> bool:
    """True at the first start of a day: no backup of the day's yet."""
    today = current(now).date()
    return not any(b.when.date() == today and b.kind in (DAILY, MANUAL)
                   for b in list_backups(data_dir, counts=False))


def shop_is_empty(db: Database) -> bool:
    return not db.execute("SELECT EXISTS (SELECT 1 FROM orders) OR EXISTS "
                          "(SELECT 1 FROM customers)").fetchone()[0]


def import_needs_backup(db: Database, expected_orders: int) -> bool:
    """An import of more than a tenth of the shop's orders is backed up first (an empty shop has
    nothing to lose)."""
    if shop_is_empty(db):
        return False
    orders = db.execute("SELECT count(*) FROM orders").fetchone()[0]
    return expected_orders > orders / 10


def backup_before_migration(db: Database, now: datetime | None = None) -> Path | None:
    """A backup before this version changes the file's layout (not for a brand-new file)."""
    applied = db.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = "
                         "'_sqlite_migrations')").fetchone()[0]
    if not applied:
        return None
    return make_backup(db, data_dir_of(db), MIGRATION, now)


def kind_label(kind: str) -> str:
    """The owner's word for why a backup was made."""
    from shopowner.i18n import translate

    return {
        MANUAL: translate("Backups", "By you"),
        DAILY: translate("Backups", "Daily"),
        MIGRATION: translate("Backups", "Before an update"),
        IMPORT: translate("Backups", "Before an import"),
        BEFORE_RESTORE: translate("Backups", "Set aside by a restore"),
    }.get(kind, translate("Backups", "Other file"))


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
