"""Work the cards area runs off the GUI thread.

The preview job plans the batch (reserving its codes) and draws it; the print job plans it again
(the same codes) and draws the PDF that prints: both run in the drawing process
(:mod:`shopowner.ui.cards.drawing`), so each opens its own connection there. Recording happens
once the job went out, on the window's runner (``tasks.start_with_db``: the job gets ``db``).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from shopowner import faults
from shopowner.cards.batch import (
    CardsDoNotFit, NoParcels, plan_batch, plan_reprint, record_plan, render_plan, save_plan_pdf,
)
from shopowner.cards.batch_files import recover_pdf_writes
from shopowner.cards.layouts import Layout, PrintOptions
from shopowner.cards.preview import Draft, render_batch_preview, render_sample
from shopowner.progress import Progress
from shopowner.store import own_connection
from shopowner.store.letters import list_letters


@dataclass(frozen=True)
class BatchRequest:
    """What the owner chose: which parcels, on which layout, how, and letters chosen per order."""

    selection: str
    layout: Layout
    options: PrintOptions
    letter_for: tuple[tuple[int, int], ...] = field(default=())
    reprint: str | None = None


def scratch_pdf(prefix: str) -> Path:
    with tempfile.NamedTemporaryFile(prefix=f"shopowner-{prefix}-", suffix=".pdf", delete=False) as handle:
        return Path(handle.name)


def _light(plan):
    """The plan as sent back to the window: without each order's raw merge data (only drafts,
    drawn here, need it), so unpickling it there stays short."""
    for card in plan.cards:
        card.source = None
    return plan


def printed_pages(cards: int, layout: Layout, options: PrintOptions) -> int:
    """Sheets (pages) the batch prints on."""
    cells = options.start_position - 1 + cards * options.copies
    return max(1, -(-cells // layout.per_page))


def _plan(db, data_dir: Path, request: BatchRequest, progress=None, require_qr: bool = True):
    if request.reprint:
        return plan_reprint(db, data_dir, request.reprint, request.layout)
    return plan_batch(db, data_dir, request.selection, layout=request.layout, letter_for=dict(request.letter_for),
                      require_qr=require_qr, progress=progress)


def preview_job(data_dir: Path, request: BatchRequest, draft: Draft | None, editor_text: tuple[str, str],
                progress: Progress | None = None) -> dict:
    """Plan the batch (codes reserved when every letter fits) and draw it as the preview.

    Returns ``kind``: ``batch`` (the planned batch; ``exact`` when it is what prints), or ``empty``
    (no parcels: a sample card, marked as such), plus the checker's warnings for the letter."""
    from shopowner.cards.checker import check_for_shop  # fontTools: off the GUI thread

    with own_connection(data_dir, on_wait=faults.progress_waiter(progress)) as db:
        recover_pdf_writes(db)
        body, signature = editor_text
        warnings = check_for_shop(db, body, request.layout, signature)  # LetterWarning: message and spans
        letters = list_letters(db)
        out = scratch_pdf("preview")
        try:
            plan = _plan(db, data_dir, request, progress, require_qr=False)
        except CardsDoNotFit as exc:
            plan = exc.plan
        except NoParcels as exc:
            result = render_sample(db, data_dir, body, signature, request.layout, out, progress)
            return {"kind": "empty", "path": out, "pages": result.pages, "message": str(exc), "warnings": warnings,
                    "letters": letters}
        result, borrowed = render_batch_preview(plan, request.layout, out, request.options, draft, progress)
        pages = printed_pages(len(plan.cards), request.layout, request.options)
        qr_set = bool(plan.art.qr_matrix or plan.art.qr_image)
        return {"kind": "batch", "path": out, "pages": pages, "shown_pages": result.pages, "plan": _light(plan),
                "draft": draft is not None,
                "borrowed": borrowed, "qr_set": qr_set,
                "exact": draft is None and plan.reserved and not plan.overflow and qr_set,
                "issues": [i.message for i in result.issues if i.kind != "too_long"], "warnings": warnings,
                "letters": letters}


def print_job(data_dir: Path, request: BatchRequest, progress: Progress | None = None) -> dict:
    """Plan the batch again (same reserved codes) and draw the PDF that goes to the printer.
    Raises :class:`CardsDoNotFit` before anything is drawn when a letter does not fit."""
    with own_connection(data_dir, on_wait=faults.progress_waiter(progress)) as db:
        plan = _plan(db, data_dir, request, progress)
        out = scratch_pdf("cards")
        try:
            result = render_plan(plan, request.layout, out, request.options, progress)
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        return {"plan": _light(plan), "path": out, "result": result}


def save_job(db, plan, layout: Layout, drawn: Path, out: Path, progress: Progress | None = None) -> int:
    """Put the drawn PDF at ``out`` (hidden part file, batch recorded, then renamed)."""
    _result, batch_id = save_plan_pdf(db, plan, layout, out, drawn=drawn, progress=progress)
    return batch_id


def record_job(db, plan, layout: Layout, where: str, progress: Progress | None = None) -> int:
    """The job went to the printer: mark the batch's cards printed (one transaction)."""
    return record_plan(db, plan, layout, where)
