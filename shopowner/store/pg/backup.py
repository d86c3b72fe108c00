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
    from shopowner.paths import db_path
    from shopowner.store.db import open_database

    from shopowner.store.pg.move import move_out

    folder = Path(tempfile.mkdtemp(prefix=".hub-backup-", dir=temp.parent))
    try:
        with lost_hub(url), connect_hub(url) as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            db = open_database(folder, hub=False)
            try:
                with conn.transaction():
                    move_out(conn, db, progress=progress)
            finally:
                db.close()
        os.replace(db_path(folder), temp)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
