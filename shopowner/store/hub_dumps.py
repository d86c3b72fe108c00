"""The hub's dumps (``pg_dump``, ``store/pg/dump.py``) in the backups folder, beside the shop files.

Named as the shop-file backups are, with their own ending, so that the list of backups to restore
as a shop file (``backups.list_backups``, ``*.db``) never offers one:

- ``shopowner-YYYYMMDD-HHMMSS.pgdump``                  made by the owner (``hub dump``)
- ``shopowner-YYYYMMDD-HHMMSS-daily.pgdump``            the day's, on the hub's own PC
- ``shopowner-before-restore-YYYYMMDD-HHMMSS.pgdump``   the book as it was before ``hub restore-dump``

The daily dumps are thinned as the automatic backups are (``backups.backups_to_delete``: the newest
of each of the last 7 days, 4 weeks and 6 months), counted apart from the shop files; the
owner's own dumps and those set aside by a restore are never deleted. Only the hub's own PC (its
server in the data folder, ``hub init``) writes the daily one: it has PostgreSQL's programs, of
the server's own version.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from shopowner.clock import current
from shopowner.store.backup import clean_stale_temp_files
from shopowner.store.backups import (
    BEFORE_RESTORE, DAILY, MANUAL, BackupInfo, backups_dir, delete_unkept,
)
from shopowner.store.db import StoreError, is_hub

SUFFIX = ".pgdump"
_NAME = re.compile(r"^shopowner-(before-restore-)?(\d{8}-\d{6})(?:-(daily))?\.pgdump$")


def dump_path(data_dir: Path, when: datetime, kind: str = MANUAL) -> Path:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    if kind == BEFORE_RESTORE:
        return backups_dir(data_dir) / f"shopowner-before-restore-{stamp}{SUFFIX}"
    return backups_dir(data_dir) / f"shopowner-{stamp}{'' if kind == MANUAL else '-' + kind}{SUFFIX}"


def list_dumps(data_dir: Path) -> list[BackupInfo]:
    """The dumps in the backups folder that carry one of the names above, newest first."""
    found = []
    for path in backups_dir(data_dir).glob(f"*{SUFFIX}"):
        match = _NAME.match(path.name)
        if match is None:
            continue
        kind = BEFORE_RESTORE if match.group(1) else (match.group(3) or MANUAL)
        try:
            found.append(BackupInfo(path, datetime.strptime(match.group(2), "%Y%m%d-%H%M%S"), kind,
                                    path.stat().st_size))
        except OSError:
            continue
    return sorted(found, key=lambda b: (b.when, b.path.name), reverse=True)


def rotate_dumps(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Delete the daily dumps the retention no longer keeps; returns their paths."""
    return delete_unkept(list_dumps(data_dir), now)


def make_dump(url: str, data_dir: Path, kind: str = MANUAL, now: datetime | None = None, progress=None):
    """A new dump of the hub's book in the backups folder (then the daily ones are thinned); its
    ``DumpReport`` (``.path``, ``.contents``)."""
    from shopowner.store.pg.dump import dump_hub

    when = current(now)
    target = dump_path(data_dir, when, kind)
    while target.exists():  # two in the same second
        when += timedelta(seconds=1)
        target = dump_path(data_dir, when, kind)
    backups_dir(data_dir).mkdir(parents=True, exist_ok=True)
    clean_stale_temp_files(backups_dir(data_dir))  # what a killed dump left
    report = dump_hub(url, target, progress=progress)
    if kind == DAILY:
        rotate_dumps(data_dir, now)
    return report


def daily_dump_due(data_dir: Path, now: datetime | None = None) -> bool:
    """No dump of the day's yet (the owner's own counts)."""
    today = current(now).date()
    return not any(b.when.date() == today and b.kind in (DAILY, MANUAL) for b in list_dumps(data_dir))


def is_hubs_own_pc(db, data_dir: Path) -> bool:
    """The book is on a hub and this data folder holds the hub's server (``hub init``)."""
    from shopowner.store.pg.server import STATE, default_folder

    return is_hub(db) and (default_folder(data_dir) / STATE).exists()


def daily_dump(db, data_dir: Path, now: datetime | None = None) -> tuple[str | None, str | None]:
    """On the hub's own PC, the day's dump when none is made yet: (its path, or why it was not
    written); (None, None) elsewhere or when it is made already. Never raises for a dump refused."""
    if not is_hubs_own_pc(db, data_dir) or not daily_dump_due(data_dir, now):
        return None, None
    try:
        return str(make_dump(db.url, data_dir, DAILY, now).path), None
    except (StoreError, OSError) as exc:
        return None, str(exc)
