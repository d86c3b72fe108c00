"""Restoring a backup in team mode: the backup's book replaces the hub's, for every PC.

As a file's restore sets the old file aside, the hub's book as it was is kept first, as a checked
shop file in this PC's backups folder (``shopowner-before-restore-DATE.db``). In one transaction
the book's tables are locked against writers (the other PCs read on, and wait to write), copied
out into that file, emptied and filled from the backup (checked table by table, as a move is): a
failure anywhere leaves the hub's book as it was. The backup is brought up to this version's
layout first (a copy of it, migrated). The files its rows name stay those the hub holds
(``hub_files`` is kept); one it lacks is taken from this PC's data folder when it is there.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from psycopg import sql

from shopowner.i18n import translate
from shopowner.paths import db_path
from shopowner.store.backup import TEMP_SUFFIX, check_file, discard, fsync_file, fsync_folder, temp_path
from shopowner.store.pg.backup import write_book_file
from shopowner.store.pg.files import missing_files_in
from shopowner.store.pg.hub import _SCHEMA_LOCK, book_tables, connect_hub, lost_hub, one
from shopowner.store.pg.move import move_in


def restore_into_hub(url: str, data_dir: Path, backup: Path, aside: Path) -> dict:
    """Make the (verified) ``backup`` the book of the hub at ``url``, the book as it was kept at
    ``aside``; returns what :func:`shopowner.store.restore.restore_backup` does, and the files
    the restored rows name that neither the hub nor this PC has (``missing_files``)."""
    from shopowner.store.db import open_database
    from shopowner.store.restore import copy_backup

    aside.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".shopowner-restore{TEMP_SUFFIX}-", dir=aside.parent))
    kept = False
    try:
        copy_backup(backup, db_path(work))
        db = open_database(work, hub=False)  # an older backup brought up to this version's layout
        try:
            with lost_hub(url), connect_hub(url) as conn, conn.transaction():
                conn.execute("SET LOCAL statement_timeout = 0")  # a big book is copied in minutes
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [_SCHEMA_LOCK])
                tables = book_tables(conn)
                names = sql.SQL(", ").join(map(sql.Identifier, tables))
                # no PC writes meanwhile (they wait, up to their lock time-out); reads go on
                conn.execute(sql.SQL("LOCK TABLE {} IN EXCLUSIVE MODE").format(names))
                _keep_aside(conn, aside)
                kept = True
                # with the search documents kept from them (hub_customer_docs…), made again after the copy
                conn.execute(sql.SQL("TRUNCATE {} CASCADE").format(names))
                conn.execute("DELETE FROM hub_meta WHERE key IN ('moved_in_from', 'moved_in_at')")
                move_in(db, conn, source=str(backup))
                _copied, missing = missing_files_in(conn, data_dir)
                customers, orders = (one(conn, f"SELECT count(*) FROM {t}")[0] for t in ("customers", "orders"))
        finally:
            db.close()
    except BaseException:
        if kept:  # the hub's book was not replaced: no file says it was set aside
            discard(aside)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"backup": str(backup), "set_aside": str(aside), "customers": customers, "orders": orders,
            "missing_files": missing}


def _keep_aside(conn, aside: Path) -> None:
    """The book as ``conn`` reads it, as a checked shop file at ``aside`` (temp name, then renamed)."""
    from shopowner.store.restore import RestoreError

    temp = temp_path(aside)
    try:
        write_book_file(conn, temp)
        problems = check_file(temp)
        if problems:
            raise RestoreError(translate(
                "Store", "The hub's book could not be kept aside: its copy failed its check ({problem}); "
                         "nothing was changed.").format(problem=problems[0]))
        fsync_file(temp)
        temp.replace(aside)
        fsync_folder(aside.parent)
    except BaseException:
        discard(temp)
        raise


