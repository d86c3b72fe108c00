"""One backup of the shop file, written so that a crash or a full disk never leaves a half file.

The copy is made with ``VACUUM INTO`` (consistent even while the app writes, and it includes what
still sits in the WAL side file) to a temporary name in the target's folder, checked with
``PRAGMA integrity_check``, flushed to the disk, and only then renamed to its final name. A backup
killed half-way leaves only a temporary file (``.NAME.tmp``, never ``*.db``), removed by the next
backup into that folder (with the ``-journal`` SQLite may have left beside it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlite_utils import Database

from shopowner.paths import remove_old_files
from shopowner import clock
from shopowner.i18n import translate
from shopowner.store.db import is_hub

TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 15 * 60  # a live backup's temp file is written to (and so touched) sooner


class BackupError(Exception):
    """A backup not written: ``str()`` says why (its name exists, the copy failed its check, the
    disk refused — then the disk's error is its cause, and the CLI exits as for a disk fault)."""


def default_backup_path(data_dir: Path, now: datetime | None = None, kind: str = "") -> Path:
    """``backups/shopowner-YYYYMMDD-HHMMSS[-KIND].db`` in the data folder (see
    :mod:`shopowner.store.backups` for the kinds)."""
    stamp = (now or clock.current()).strftime("%Y%m%d-%H%M%S")
    tail = f"-{kind}" if kind else ""
    return Path(data_dir) / "backups" / f"shopowner-{stamp}{tail}.db"


def temp_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}{TEMP_SUFFIX}")


def clean_stale_temp_files(folder: Path, now: float | None = None) -> list[Path]:
    """Remove what killed backups left in ``folder`` (temporary files not written to for a while,
    and the hub's: a temporary folder whose files were not written to for a while)."""
    removed = remove_old_files(folder, [f".*{TEMP_SUFFIX}*"], STALE_TEMP_SECONDS, now)  # with its -journal
    now = time.time() if now is None else now
    for path in folder.glob(f".*{TEMP_SUFFIX}-*") if folder.is_dir() else []:
        try:
            if path.is_dir() and all(now - p.stat().st_mtime > STALE_TEMP_SECONDS for p in (path, *path.iterdir())):
                shutil.rmtree(path)
                removed.append(path)
        except OSError:
            continue
    return removed


def discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_file(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a closed shop file, read only; [] when it is sound."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def _cannot_write(target: Path, exc: Exception) -> BackupError:
    return BackupError(translate(
        "Store", "Cannot write the backup to {path} ({reason}). Free some disk space or choose "
                 "another folder; no backup file was left behind.").format(path=target, reason=exc))


def _damaged(problem: str) -> BackupError:
    return BackupError(translate(
        "Store", "The backup was not written: the copy of the shop file failed its check "
                 "({problem}). The shop file may be damaged: restore a good backup (File → Backups "
                 "and restore).").format(problem=problem))


def _place(temp: Path, target: Path) -> bool:
    """Give the finished copy its name unless another file already has it (two backups in the
    same second, by two programs): a hard link never replaces; False when the name is taken."""
    try:
        os.link(temp, target)
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links: check, then rename
        if target.exists():
            return False
        os.replace(temp, target)
        return True
    temp.unlink()
    return True


def backup_to(db: Database, target: Path, progress=None, *, next_name=None) -> Path:
    """Write a complete, checked, compacted copy of the shop file to ``target`` (which must not
    exist); nothing at ``target`` unless the whole copy is good. ``next_name(path)``: the name to
    try when ``path`` was taken meanwhile (otherwise a taken name refuses the backup)."""
    target = Path(target)
    if target.exists():
        raise BackupError(translate("Store", "{path} already exists; choose a new file name for the "
                                            "backup.").format(path=target))
    if progress is not None:
        progress.update(0, 0, translate("Store", "Backing up the shop file…"))
    temp = temp_path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_stale_temp_files(target.parent)
        temp.unlink(missing_ok=True)
        if is_hub(db):  # the hub's book, copied into a shop file (store/pg/backup.py says why)
            from shopowner.store.pg.backup import write_hub_backup

            write_hub_backup(cast(Any, db).url, temp)
        else:
            db.execute("VACUUM INTO ?", [str(temp)])
        problems = check_file(temp)
        if problems:
            raise _damaged(problems[0])
        fsync_file(temp)
        while not _place(temp, target):  # made meanwhile by someone else: never replace it
            if next_name is None:
                raise BackupError(translate("Store", "{path} already exists; choose a new file name "
                                                    "for the backup.").format(path=target))
            target = next_name(target)
        fsync_folder(target.parent)
    except (OSError, sqlite3.OperationalError) as exc:
        discard(temp)
        raise _cannot_write(target, exc) from exc
    except sqlite3.DatabaseError as exc:  # the shop file itself cannot be read whole
        discard(temp)
        raise _damaged(str(exc)) from exc
    except BaseException:
        discard(temp)
        raise
    return target
