"""The import history: every completed import's report, read back for the window and the CLI.

Each import stores its counts in ``imports`` and the rest of its report (skipped rows, warnings,
duplicates, the DetailList it was joined with) as JSON; a rejected or cancelled file was rolled
back and so never appears here.
"""

from __future__ import annotations

import json

from shopowner.imports.run import FileReport
from shopowner.store.orders import finished_import, finished_imports


def import_history(db, limit: int = 200, *, details: bool = True) -> list[FileReport]:
    """Completed imports, newest first, as the :class:`FileReport` they produced.

    ``details=False`` leaves out the skipped rows and warnings (``skipped_total`` still counts
    them), for a list of imports: :func:`import_report` then reads the chosen one in full."""
    if not details:
        return [_report(row, row) for row in finished_imports(db, limit, reports=False)]
    return [_report(row, _stored(row["report"])) for row in finished_imports(db, limit)]


def import_report(db, import_id: int) -> FileReport | None:
    """One completed import's full report (None when there is no such import)."""
    row = finished_import(db, import_id)
    return None if row is None else _report(row, _stored(row["report"]))


def _stored(text: str | None) -> dict:
    try:
        stored = json.loads(text or "{}")
    except ValueError:
        return {}
    return stored if isinstance(stored, dict) else {}


def _report(row: dict, stored: dict) -> FileReport:
    skipped = stored.get("skipped")
    skipped = list(skipped) if isinstance(skipped, list) else []
    count = stored.get("skipped_count")
    return FileReport(
        file=stored.get("file") or row["file_name"], platform=row["platform"],
        kind=stored.get("kind") or "", rows=row["rows"], orders=stored.get("orders") or 0,
        new_orders=row["new_orders"], updated_orders=row["updated_orders"],
        new_customers=row["new_customers"], matched_customers=row["matched_customers"],
        duplicates=stored.get("duplicates") or 0, skipped=skipped,
        warnings=list(stored.get("warnings") or []), joined_with=stored.get("joined_with") or "",
        import_id=row["id"], finished_at=row["finished_at"], staff_name=row.get("staff_name") or "",
        skipped_count=count if isinstance(count, int) else len(skipped))
