"""The import history: every completed import's report, read back for the window and the CLI.

Each import stores its counts in ``imports`` and the rest of its report (skipped rows, warnings,
duplicates, the DetailList it was joined with) as JSON; a rejected or cancelled file was rolled
back and so never appears here.
"""

from __future__ import annotations

import json

from shopowner.imports.run import FileReport
from shopowner.store.orders import finished_imports


def import_history(db, limit: int = 200) -> list[FileReport]:
    """Completed imports, newest first, as the :class:`FileReport` they produced."""
    reports = []
    for row in finished_imports(db, limit):
        try:
            stored = json.loads(row["report"] or "{}")
        except ValueError:
            stored = {}
        if not isinstance(stored, dict):
            stored = {}
        reports.append(FileReport(
            file=stored.get("file") or row["file_name"], platform=row["platform"],
            kind=stored.get("kind", ""), rows=row["rows"], orders=stored.get("orders", 0),
            new_orders=row["new_orders"], updated_orders=row["updated_orders"],
            new_customers=row["new_customers"], matched_customers=row["matched_customers"],
            duplicates=stored.get("duplicates", 0), skipped=list(stored.get("skipped", [])),
            warnings=list(stored.get("warnings", [])),
            joined_with=stored.get("joined_with", ""), import_id=row["id"],
            finished_at=row["finished_at"]))
    return reports
