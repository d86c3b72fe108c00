"""Which programs have a shop file open: each ShopOwner process that opens a data folder's shop
file keeps a lock file ``.in-use/<pid>.lock`` there until it ends (a window for its whole run, a
command for its own). Restoring a backup replaces the file under everyone, so it first asks who
else has it open; a process that ended, even killed, leaves a stale lock that ``QLockFile`` sees
is no longer held (its process id is gone) and removes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile

FOLDER = ".in-use"
_held: dict[Path, QLockFile] = {}  # data folder → this process's own lock (kept until it exits)


def _folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old the file
    return lock


def mark_in_use(data_dir: Path) -> None:
    """This process has the shop file of ``data_dir`` open (once per process and folder)."""
    folder = _folder(data_dir)
    key = folder.resolve()
    if key in _held:
        return
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return  # a read-only folder: nothing else can write the file there either
    lock = _lock(folder / f"{os.getpid()}.lock")
    if lock.tryLock(0):
        _held[key] = lock


def others_using(data_dir: Path) -> list[int]:
    """The process ids of other live programs that have this data folder's shop file open."""
    folder, own = _folder(data_dir), f"{os.getpid()}.lock"
    live = []
    for path in sorted(folder.glob("*.lock")) if folder.is_dir() else []:
        if path.name == own:
            continue
        probe = _lock(path)
        if probe.tryLock(0):
            probe.unlock()  # its process ended without removing it: removed now
        elif probe.error() == QLockFile.LockError.LockFailedError:
            try:
                live.append(int(path.stem))
            except ValueError:
                continue
    return live
