"""A backup of the hub's book: a shop file, as every other backup.

The backup every PC makes, not only ``pg_dump`` (``dump.py``, where PostgreSQL's programs are: the
hub's own PC): a staff PC has the driver but no PostgreSQL programs, ``pg_dump`` must not be
older than the server, and its dump needs a server to be read again. A shop file opens on any
PC, even with the hub gone (``restore``, or ``hub move-in`` to start a hub again from it), and
the copy is checked table by table as a move is.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import psycopg

from shopowner.store.pg.hub import connect_hub, lost_hub


def write_hub_backup(url: str, temp: Path, *, progress=None) -> None:
    """Write the book of the hub at ``url`` as a new shop file at ``temp``: one consistent
    snapshot (REPEATABLE READ), every table compared with the hub after the copy."""
    with lost_hub(url), connect_hub(url) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        with conn.transaction():
            write_book_file(conn, temp, progress=progress)


class HubAddress:
    """A hub's book known by its address only: what a backup of it needs (``backup_to`` reads
    its ``url``), before the book is opened (a backup before its layout is updated)."""

    is_hub = True

    def __init__(self, url: str):
        self.url = url


def backup_before_update(url: str, data_dir: Path) -> Path:
    """A backup of the hub's book in ``data_dir``'s backups folder before this version updates its
    layout (``shopowner-DATE-migration.db``, as a shop file's before its migration)."""
    from typing import Any, cast

    from shopowner.store.backups import MIGRATION, make_backup

    return make_backup(cast(Any, HubAddress(url)), data_dir, MIGRATION)


def write_book_file(conn: psycopg.Connection, temp: Path, *, progress=None) -> None:
    """Write the book as ``conn``'s transaction reads it as a new shop file at ``temp``."""
    from shopowner.paths import db_path
    from shopowner.store.db import open_database

    from shopowner.store.pg.move import move_out

    # beside ``temp`` and named after it: what a killed backup leaves is removed with its temp file
    folder = Path(tempfile.mkdtemp(prefix=f"{temp.name}-", dir=temp.parent))
    try:
        db = open_database(folder, hub=False)
        try:
            move_out(conn, db, progress=progress)
            # one file, as a file's backup (VACUUM INTO) is: reading it leaves no -wal/-shm beside it
            db.execute("PRAGMA main.journal_mode = DELETE").fetchall()
        finally:
            db.close()
        os.replace(db_path(folder), temp)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
