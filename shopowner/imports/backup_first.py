"""Before a big import: a backup of the shop file, so the import can be undone by a restore.

"Big" is more orders than a tenth of those the shop holds (``store.backups.import_needs_backup``).
A CSV file's rows are estimated from its size and its first 64 KB (reading every line first
would cost as much as a second pass); a spreadsheet knows its row count.
"""

from __future__ import annotations

from shopowner.imports.read import Table
from shopowner.store.backups import IMPORT, data_dir_of, import_needs_backup, make_backup

SAMPLE_BYTES = 64 * 1024


def expected_rows(table: Table) -> int:
    if table.kind != "csv":
        return table.total
    try:
        with open(table.path, "rb") as fh:
            sample = fh.read(SAMPLE_BYTES)
    except OSError:
        return 0
    lines = max(sample.count(b"\n"), 1)
    if len(sample) < SAMPLE_BYTES:
        return lines
    return int(table.total / (len(sample) / lines))


def back_up_before_import(db, tables: list[Table], progress=None):
    """Back up first when these files hold more than a tenth of the shop's orders; returns the
    backup's path (or None)."""
    rows = sum(expected_rows(t) for t in tables)
    if not rows or not import_needs_backup(db, rows):
        return None
    return make_backup(db, data_dir_of(db), IMPORT, progress=progress)
