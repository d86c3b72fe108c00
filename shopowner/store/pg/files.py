"""The files the book's rows name, on the hub: follow-up screenshots and Moments images.

In a SQLite shop they sit in the data folder (``attachments/``, ``moments/``) under the stored
name their row gives, with its size and SHA-256. On a hub they live in ``hub_files`` so every PC
sees them. A move copies each one and checks it against its row's SHA-256; a file missing from
the folder (or changed since it was stored) is not copied and is named in the move's report.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import psycopg

from shopowner.store.db import Database

# (the table whose rows name the files, the data folder's sub-folder holding them)
FILE_TABLES = (("attachments", "attachments"), ("moments_images", "moments"))


def files_in(db: Database, conn: psycopg.Connection, data_dir: Path) -> tuple[int, list[str]]:
    """Copy the files the book names from ``data_dir`` into the hub (inside the caller's
    transaction); returns how many were copied and the names of those missing or changed."""
    copied, missing = 0, []
    for table, folder in FILE_TABLES:
        for name, sha in db.execute(f'SELECT stored_name, sha256 FROM "{table}" ORDER BY id'):
            if _file_in(conn, data_dir, folder, name, sha):
                copied += 1
            else:
                missing.append(f"{folder}/{name}")
    return copied, missing


def _file_in(conn: psycopg.Connection, data_dir: Path, folder: str, name: str, sha: str) -> bool:
    """``data_dir``'s file ``folder/name`` into ``hub_files`` when it is there and matches ``sha``."""
    try:
        content = (Path(data_dir) / folder / name).read_bytes()
    except OSError:
        return False
    if hashlib.sha256(content).hexdigest() != sha:
        return False
    conn.execute("INSERT INTO hub_files (folder, name, sha256, content) VALUES (%s, %s, %s, %s)",
                 [folder, name, sha, content])
    return True


def files_out(conn: psycopg.Connection, data_dir: Path, written: list[Path]) -> None:
    """Write the hub's files into ``data_dir``'s folders, each checked against its SHA-256 and
    written whole (a temporary name, then renamed), adding each path to ``written`` as it is
    (so a caller can take them back if a later one fails)."""
    with conn.cursor(name="files_out") as cursor:
        cursor.itersize = 20  # a few files at a time: screenshots can be megabytes each
        cursor.execute("SELECT folder, name, sha256, content FROM hub_files ORDER BY folder, name")
        for folder, name, sha, content in cursor:
            content = bytes(content)
            if hashlib.sha256(content).hexdigest() != sha:
                raise ValueError(f"{folder}/{name} does not match its SHA-256 on the hub")
            target = Path(data_dir) / folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            part = target.with_name(target.name + ".part")
            part.write_bytes(content)
            os.replace(part, target)
            written.append(target)


def missing_files_in(conn: psycopg.Connection, data_dir: Path) -> tuple[int, list[str]]:
    """The files the hub's rows name that ``hub_files`` lacks (a restored backup's): copied in
    from ``data_dir`` where they are there and match their row's SHA-256 (inside the caller's
    transaction); returns how many were copied and the names of those still missing."""
    copied, missing = 0, []
    for table, folder in FILE_TABLES:
        rows = conn.execute(
            f'SELECT t.stored_name, t.sha256 FROM "{table}" t WHERE NOT EXISTS (SELECT 1 FROM hub_files f '
            "WHERE f.folder = %s AND f.name = t.stored_name) ORDER BY t.id", [folder]).fetchall()
        for name, sha in rows:
            if _file_in(conn, data_dir, folder, name, sha):
                copied += 1
            else:
                missing.append(f"{folder}/{name}")
    return copied, missing
