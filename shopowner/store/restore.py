"""Putting a backup back as the shop file, without losing the file it replaces.

1. The backup is verified: it opens, passes ``PRAGMA integrity_check``, is a ShopOwner file
   (its ``application_id``) and was not written by a newer version.
2. It is copied (SQLite's backup API) to a temporary name beside the shop file, checked, flushed.
3. The current shop file is set aside, renamed ``backups/shopowner-before-restore-DATE.db``
   together with its ``-wal`` and ``-shm`` side files (so the WAL it may still need goes with it,
   and no stale WAL is left to corrupt the restored file). Nothing is deleted.
4. The copy is renamed to ``shopowner.db`` and opened (migrated when it is older).

The caller must have closed its own connections to the shop file first; another program with the
file open (another window, a command still running: :mod:`shopowner.store.in_use`) refuses it.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from shopowner.clock import current
from shopowner.i18n import translate
from shopowner.paths import db_path
from shopowner.store.backup import (
    TEMP_SUFFIX, check_file, clean_stale_temp_files, discard, fsync_file, fsync_folder,
)
from shopowner.store.backups import BackupInfo, backups_dir, describe, read_counts
from shopowner.store.db import APPLICATION_ID, StoreError

SIDE_FILES = ("-wal", "-shm", "-journal")


class RestoreError(StoreError):
    pass


def _refuse(text: str, path: Path, **extra) -> RestoreError:
    """``text``: an already translated message with ``{path}`` (and ``extra``) in it."""
    return RestoreError(text.format(path=path, **extra))


def verify_backup(path: Path) -> BackupInfo:
    """The backup's description when it can be restored; :class:`RestoreError` says why not."""
    from shopowner.store.migrations import MIGRATION_SET, known_migrations

    path = Path(path)
    if not path.is_file():
        raise _refuse(translate("Store", "The backup {path} does not exist."), path)
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise _refuse(translate(
                "Store", "{path} is not a ShopOwner backup (it is not a database file). Choose a "
                         "file from the backups folder."), path)
    problems = check_file(path)
    if problems:
        raise _refuse(translate(
            "Store", "The backup {path} is damaged ({problem}); it cannot be restored. Choose an "
                     "older backup."), path, problem=problems[0])
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_steps = conn.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = "
                                 "'_sqlite_migrations')").fetchone()[0]
        steps = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])] \
            if has_steps else []
    finally:
        conn.close()
    if app_id != APPLICATION_ID or not steps:
        raise _refuse(translate(
            "Store", "{path} is a database of another program, not a ShopOwner backup. Choose a "
                     "file from the backups folder."), path)
    if set(steps) - set(known_migrations()):
        raise _refuse(translate(
            "Store", "The backup {path} was written by a newer version of ShopOwner. Install the "
                     "newest ShopOwner to restore it."), path)
    when, kind = describe(path)
    info = BackupInfo(path, when, kind, path.stat().st_size)
    counts = read_counts(path)
    if counts is not None:
        info.customers, info.orders = counts
    return info


def copy_backup(source: Path, target: Path) -> None:
    """``source`` copied to ``target`` with SQLite's backup API (read only)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def set_aside_path(data_dir: Path, now: datetime | None = None) -> Path:
    stamp = current(now).strftime("%Y%m%d-%H%M%S")
    return backups_dir(data_dir) / f"shopowner-before-restore-{stamp}.db"


def _free_aside_path(data_dir: Path, now: datetime | None) -> Path:
    """:func:`set_aside_path`, or a numbered one beside it when that is taken."""
    aside = first = set_aside_path(data_dir, now)
    aside.parent.mkdir(parents=True, exist_ok=True)
    n = 1
    while aside.exists():
        n += 1
        aside = first.with_name(first.stem + f"-{n}.db")
    return aside


def _set_aside(shop: Path, data_dir: Path, now: datetime | None) -> Path | None:
    """Rename the shop file and its side files out of the way; returns the new name."""
    if not shop.exists():
        for suffix in SIDE_FILES:  # side files of no file: keep them too, never reuse them
            side = Path(f"{shop}{suffix}")
            if side.exists():
                side.rename(Path(f"{set_aside_path(data_dir, now)}{suffix}"))
        return None
    aside = _free_aside_path(data_dir, now)
    shop.rename(aside)
    for suffix in SIDE_FILES:
        side = Path(f"{shop}{suffix}")
        if side.exists():
            side.rename(Path(f"{aside}{suffix}"))
    return aside


def _put_back(aside: Path | None, shop: Path) -> None:
    """After a failed restore: the set-aside file (and its side files) back in place."""
    if aside is None or shop.exists():
        return
    aside.rename(shop)
    for suffix in SIDE_FILES:
        side = Path(f"{aside}{suffix}")
        if side.exists():
            side.rename(Path(f"{shop}{suffix}"))


def restore_backup(data_dir: Path, backup: Path, now: datetime | None = None) -> dict:
    """Make ``backup`` the shop file of ``data_dir``; returns what was restored and where the old
    file went (``set_aside``), with the restored file's customer and order counts. In team mode
    the backup's book replaces the hub's, for every PC (:mod:`shopowner.store.pg.restore`)."""
    from shopowner.store import open_database
    from shopowner.store.health import forget_damaged

    from shopowner.store.in_use import others_using
    from shopowner.store.location import hub_url

    data_dir = Path(data_dir)
    info = verify_backup(backup)
    url = hub_url(data_dir)
    if url:
        from shopowner.store.pg.restore import restore_into_hub

        return restore_into_hub(url, data_dir, Path(backup), _free_aside_path(data_dir, now))
    others = others_using(data_dir)
    if others:
        raise _refuse(translate(
            "Store", "ShopOwner is open on this shop in another window or command (process {pids}). "
                     "Close it first, then restore: it would go on writing to the file being replaced, "
                     "and its work would be lost. Nothing was changed."), data_dir,
            pids=", ".join(map(str, others)))
    shop = db_path(data_dir)
    temp = data_dir / f".shopowner-restore.{os.getpid()}{TEMP_SUFFIX}"
    aside = None
    try:
        clean_stale_temp_files(data_dir)  # what a killed restore left
        temp.unlink(missing_ok=True)
        copy_backup(Path(backup), temp)
        problems = check_file(temp)
        if problems:
            raise _refuse(translate(
                "Store", "The copy of the backup {path} failed its check ({problem}); nothing "
                         "was changed."), Path(backup), problem=problems[0])
        fsync_file(temp)
        aside = _set_aside(shop, data_dir, now)
        os.replace(temp, shop)
        fsync_folder(data_dir)
    except OSError as exc:
        discard(temp)
        _put_back(aside, shop)
        raise _refuse(translate(
            "Store", "Cannot restore into {path} ({reason}). Free some disk space or check that "
                     "you may write to the data folder; the shop file was not changed."),
            data_dir, reason=exc) from exc
    except BaseException:
        discard(temp)
        _put_back(aside, shop)
        raise
    forget_damaged(shop)
    db = open_database(data_dir, check=True)
    try:
        customers = db.execute("SELECT count(*) FROM customers").fetchone()[0]
        orders = db.execute("SELECT count(*) FROM orders").fetchone()[0]
    finally:
        db.close()
    return {"backup": str(info.path), "set_aside": str(aside) if aside else None,
            "customers": customers, "orders": orders}
