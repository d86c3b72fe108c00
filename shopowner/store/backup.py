"""Backups of the shop file that are consistent even while the app writes (``VACUUM INTO``).

Copying ``shopowner.db`` alone would miss what still sits in the WAL side file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from shopowner.i18n import translate


class BackupError(Exception):
    pass


def default_backup_path(data_dir: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return Path(data_dir) / "backups" / f"shopowner-{stamp}.db"


def backup_to(db: Database, target: Path, progress=None) -> Path:
    """Write a complete, compacted copy of the shop file to ``target`` (which must not exist)."""
    target = Path(target)
    if target.exists():
        raise BackupError(translate("Store", "{path} already exists; choose a new file name for the "
                                            "backup.").format(path=target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        db.execute("VACUUM INTO ?", [str(target)])
    except OSError as exc:
        raise BackupError(translate("Store", "Cannot write the backup to {path} ({reason}). Choose "
                                            "another folder.").format(path=target, reason=exc)) from exc
    return target
