"""Work the cards area runs off the GUI thread (``tasks.start``): each job opens its own connection.

Plans are returned to the GUI thread, which records them after the print job went out.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from shopowner.cards.batch import plan_batch, plan_reprint, render_plan
from shopowner.cards.layouts import Layout, PrintOptions
from shopowner.cards.preview import render_preview
from shopowner.paths import db_path
from shopowner.progress import Progress
from shopowner.store import connect


def scratch_pdf(prefix: str) -> Path:
    handle = tempfile.NamedTemporaryFile(prefix=f"shopowner-{prefix}-", suffix=".pdf", delete=False)
    handle.close()
    return Path(handle.name)


def preview_job(data_dir: Path, body: str, signature: str, layout: Layout, options: PrintOptions,
                progress: Progress | None = None) -> dict:
    db = connect(db_path(data_dir))
    try:
        out = scratch_pdf("preview")
        result = render_preview(db, data_dir, body, signature, layout, out, options)
        return {"path": out, "issues": [i.message for i in result.issues], "pages": result.pages}
    finally:
        db.close()


def batch_job(data_dir: Path, selection: str, layout: Layout, options: PrintOptions, out: Path | None = None,
              reprint: str | None = None, progress: Progress | None = None) -> dict:
    """Plan and draw a batch (or one reprint) into ``out`` (a scratch file when None)."""
    db = connect(db_path(data_dir))
    try:
        plan = plan_reprint(db, data_dir, reprint) if reprint else plan_batch(db, data_dir, selection,
                                                                              progress=progress)
        out = Path(out) if out else scratch_pdf("cards")
        result = render_plan(plan, layout, out, options, progress)
        return {"plan": plan, "path": out, "result": result}
    finally:
        db.close()
