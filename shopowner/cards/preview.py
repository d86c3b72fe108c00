"""The live preview: a letter being edited, drawn by the same code as the printed cards.

It uses the next parcels on the packing list (or a sample parcel when there are none) and sample
codes; nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from shopowner.cards.batch import card_art, content_for
from shopowner.cards.codes import new_code
from shopowner.cards.layouts import Layout, PrintOptions
from shopowner.cards.letter import SAMPLE_SOURCE, fill
from shopowner.cards.render import CardContent, RenderResult, render_cards
from shopowner.progress import Progress
from shopowner.store import cards as store
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting


def preview_contents(db, body: str, signature: str, count: int) -> list[CardContent]:
    shop, founder = get_setting(db, SHOP_NAME, "") or "", get_setting(db, FOUNDER_NAME, "") or ""
    version = {"body": body, "signature": signature}
    sources = store.card_sources(db, store.to_ship_order_ids(db)[:count])
    cards = [content_for(s, version, new_code(lambda c: False), shop, founder) for s in sources]
    while len(cards) < count:
        values = SAMPLE_SOURCE.values() | {"店铺": shop or SAMPLE_SOURCE.shop,
                                           "创始人": founder or SAMPLE_SOURCE.founder}
        cards.append(CardContent(code=values["暗号"], letter=fill(body, values),
                                 signature=fill(signature, values), order_ref="淘宝 TB2026112000001"))
    return cards


def render_preview(db, data_dir: Path | None, body: str, signature: str, layout: Layout, out: Path,
                   options: PrintOptions | None = None, progress: Progress | None = None) -> RenderResult:
    """One sheet (one card on a roll) of the letter as it will print."""
    options = (options or PrintOptions()).validate(layout)
    free = layout.per_page - options.start_position + 1
    count = max(1, min(free // options.copies, 4 if layout.per_page <= 4 else layout.per_page))
    return render_cards(preview_contents(db, body, signature, count), layout, out,
                        card_art(db, data_dir, require_qr=False), options, progress, number_cells=True)
