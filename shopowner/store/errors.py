"""The database errors the rest of the app may name, whatever back end runs the shop.

Outside ``shopowner.store`` nothing imports ``sqlite3``: it catches these names, and asks
:func:`failure_kind` what a database error means for the owner (busy, disk full, damaged…). Today
they are SQLite's own classes (the DB-API 2.0 hierarchy), so nothing is wrapped or re-raised; a
second back end (issue: team mode on PostgreSQL) maps its driver's errors onto the same names and
kinds.
"""

from __future__ import annotations

import sqlite3

from shopowner.i18n import translate
from shopowner.store.db import StoreError

# the DB-API 2.0 names: Error ⊃ DatabaseError ⊃ IntegrityError, OperationalError…
Error = sqlite3.Error                    # any error the database driver raises
DatabaseError = sqlite3.DatabaseError    # the database refused or could not read or write
IntegrityError = sqlite3.IntegrityError  # a unique key or a constraint refused a write

# SQLite primary result codes (the low byte of an extended code)
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def failure_kind(exc: BaseException) -> str | None:
    """What a database error means, as one of :mod:`shopowner.faults`' kinds — ``busy`` (another
    writer held the shop), ``full``, ``read_only``, ``damaged``, ``permission``, ``missing``,
    ``io`` — or ``None`` for any other error (or one that is not the database's). The hub's
    ``HubError`` of kind ``busy`` (another PC held the rows past the lock time-out) is ``busy``."""
    if isinstance(exc, StoreError) and getattr(exc, "kind", None) == "busy":
        return "busy"
    if not isinstance(exc, Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text or "is busy" in text:
        return "busy"
    if primary == _SQLITE_FULL or "disk is full" in text:
        return "full"
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return "read_only"
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return "damaged"
    if primary == _SQLITE_PERM:
        return "permission"
    if primary == _SQLITE_CANTOPEN or "unable to open" in text:
        return "missing"
    if primary == _SQLITE_IOERR or "disk i/o error" in text:
        return "io"
    return None


class RowChanged(StoreError):
    """A save made against a version of a row that is no longer the book's: someone else (another
    PC on the hub, a second window, the command line) saved the row in between, so nothing was
    written. ``current`` is the row as it is now (``None`` when it is gone), so a front end can
    show both versions and let the owner choose (:mod:`shopowner.store.versions`)."""

    def __init__(self, table: str, row_id: int, expected: int, current: dict | None):
        super().__init__(translate(
            "Store", "Someone else saved this record while you were editing it (on another PC or "
                     "in another window), so your change was not saved. Look at the record as it "
                     "is now, then save again."))
        self.table = table
        self.row_id = row_id
        self.expected = expected
        self.current = current

    @property
    def current_version(self) -> int | None:
        return None if self.current is None else self.current.get("version")
