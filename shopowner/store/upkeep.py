"""What runs quietly after the window shows: is the file sound, the day's backup, the weekly check.

On a worker with its own connection (1.2 s of ``quick_check``, a backup and a full check can take
seconds on a big shop). A damaged file is reported, not written to, and not backed up.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from shopowner.store.backup import BackupError
from shopowner.store.backups import DAILY, daily_backup_due, make_backup
from shopowner.store.hub_dumps import daily_dump
from shopowner.store.health import full_check, full_check_due, quick_check, record_full_check


def first_check(db: Database, progress=None) -> str | None:
    """What ``quick_check`` finds wrong (the first line), or None."""
    problems = quick_check(db)
    return problems[0] if problems else None


def start_of_day_upkeep(db: Database, data_dir: Path, *, now: datetime | None = None,
                        checked: bool = False, daily_backup: bool = True, progress=None) -> dict:
    """``problem``: what damage was found (or None); ``backup``: the daily backup made now;
    ``backup_error``: why it could not be made; ``dump``, ``dump_error``: the same for the day's
    dump of the hub's book, on the hub's own PC only (``store/hub_dumps.py``), written after the
    shop-file backup, which its failure never stops; ``full_check``: a full check ran and passed.
    ``checked``: the quick check passed already (:func:`first_check`). ``daily_backup``: this PC
    keeps the daily backups (on the hub, one PC does: ``ui/backups/watch.py``)."""
    result: dict = {"problem": None, "backup": None, "backup_error": None, "dump": None, "dump_error": None,
                    "full_check": False}
    if not checked:
        result["problem"] = first_check(db)
        if result["problem"]:
            return result
    if progress is not None:
        progress.check()
    if daily_backup and daily_backup_due(data_dir, now):
        try:
            result["backup"] = str(make_backup(db, data_dir, DAILY, now))
        except BackupError as exc:
            result["backup_error"] = str(exc)
    if daily_backup:
        result["dump"], result["dump_error"] = daily_dump(db, data_dir, now)
    if progress is not None:
        progress.check()
    if full_check_due(db, now):
        if result["backup"] is None:  # a backup is checked whole: it counts as the full check
            problems = full_check(db)
            if problems:
                result["problem"] = problems[0]
                return result
        record_full_check(db, now)
        result["full_check"] = True
    return result
