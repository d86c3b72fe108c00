"""The preview of a print run: the planned batch itself, drawn by the same code as the print.

The preview shows the very cards that print: the same reserved codes, letters, layout, start
position and copies (the skipped start positions are numbered blanks). A letter being edited and
not saved yet can be shown on the same parcels and codes (a *draft*), which the preview says.
When there are no parcels, a sample card is drawn only on its own and marked as a sample.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from shopowner.cards.batch import BatchPlan, card_art, content_for, render_plan
from shopowner.cards.layouts import Layout, PrintOptions
from shopowner.cards.letter import SAMPLE_SOURCE, fill
from shopowner.i18n import translate
from shopowner.progress import Progress
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting

if TYPE_CHECKING:  # reportlab is imported only when something is drawn (off the GUI thread)
    from shopowner.cards.render import CardContent, RenderResult


@dataclass
class Draft:
    """An unsaved letter: ``letter_id`` is the letter being edited (None: a new, unsaved one)."""

    letter_id: int | None
    body: str
    signature: str


def draft_contents(plan: BatchPlan, draft: Draft) -> tuple[list[CardContent], bool]:
    """The plan's cards with the draft letter on the cards that carry that letter (all cards when
    none does); returns (contents, whether the draft went onto cards of another letter)."""
    carrying = {i for i, c in enumerate(plan.cards) if c.letter_id == draft.letter_id}
    borrowed = not carrying
    version = {"body": draft.body, "signature": draft.signature}
    contents = []
    for i, card in enumerate(plan.cards):
        if (borrowed or i in carrying) and card.source is not None:
            content = content_for(card.source, version, card.content.code, plan.shop, plan.founder,
                                  reprint=card.content.reprint, names=plan.names)
        else:
            content = card.content
        contents.append(content)
    return contents, borrowed


PREVIEW_SHEETS = 25  # a big batch shows its first sheets; the rest print the same way


def preview_count(plan: BatchPlan, layout: Layout, options: PrintOptions) -> int:
    """How many of the plan's cards the preview draws (all of them up to PREVIEW_SHEETS sheets)."""
    cells = layout.per_page * PREVIEW_SHEETS - (options.start_position - 1)
    return min(len(plan.cards), max(1, cells // options.copies))


def render_batch_preview(plan: BatchPlan, layout: Layout, out: Path, options: PrintOptions | None = None,
                         draft: Draft | None = None, progress: Progress | None = None) -> tuple[RenderResult, bool]:
    """Draw the planned batch (with ``draft`` on its parcels), its first PREVIEW_SHEETS sheets at
    most; returns (result, draft borrowed)."""
    options = (options or PrintOptions()).validate(layout)
    contents, borrowed = draft_contents(plan, draft) if draft is not None else ([c.content for c in plan.cards], False)
    shown = contents[:preview_count(plan, layout, options)]
    return render_plan(plan, layout, out, options, progress, contents=shown, preview=True), borrowed


def render_sample(db, data_dir: Path | None, body: str, signature: str, layout: Layout, out: Path,
                  progress: Progress | None = None) -> RenderResult:
    """One sample card (no parcels to show): 王小明 and a sample code, titled as a sample."""
    from shopowner.cards.render import CardContent, render_cards

    shop, founder = get_setting(db, SHOP_NAME, "") or "", get_setting(db, FOUNDER_NAME, "") or ""
    values = SAMPLE_SOURCE.values() | {"店铺": shop or SAMPLE_SOURCE.shop, "创始人": founder or SAMPLE_SOURCE.founder}
    card = CardContent(code=values["暗号"], letter=fill(body, values), signature=fill(signature, values),
                       order_ref=translate("Cards", "SAMPLE · not a real order"))
    return render_cards([card], layout, out, card_art(db, data_dir, require_qr=False), PrintOptions(),
                        progress, title=translate("Cards", "Sample card"), allow_overflow=True)
