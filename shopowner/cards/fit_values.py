"""The longest value of every merge field among the parcels going out: what the letter checker
fits a letter with, so a letter that passes the check fits every card of the next batch (not just
a sample parcel with a short product name).

Reading the packing list costs a query per call; the result is kept until the shop file changes
(this connection's own writes or another's commit).
"""

from __future__ import annotations

import weakref

from shopowner.cards.codes import ALPHABET, DATA_LENGTH
from shopowner.cards.letter import SAMPLE_SOURCE, city_text, date_text, product_text, salutation
from shopowner.cards.print_names import names_for_titles
from shopowner.cards.typeset import measurer
from shopowner.store.cards import card_sources, to_ship_order_ids
from shopowner.store.db import change_mark
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting

# when nothing is going out: a longish name and product, as a new shop's parcels might have
FALLBACK = {"称呼": "欧阳小明明", "商品": "福鼎白茶 白牡丹饼 357g 等 2 件"}

_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # db → (state, values)


def longest_merge_values(db) -> dict[str, str]:
    """Per merge field, the widest value (as printed) among the to-ship parcels' cards."""
    key = change_mark(db)
    hit = _cache.get(db)
    if hit is not None and hit[0] == key:
        return dict(hit[1])
    values = _compute(db)
    _cache[db] = (key, values)
    return dict(values)


def _compute(db) -> dict[str, str]:
    m = measurer()
    shop, founder = get_setting(db, SHOP_NAME, "") or "", get_setting(db, FOUNDER_NAME, "") or ""
    widest_char = max(ALPHABET, key=lambda ch: m.width(ch, 1))
    best = SAMPLE_SOURCE.values() | {"店铺": shop or SAMPLE_SOURCE.shop, "创始人": founder or SAMPLE_SOURCE.founder,
                                     "暗号": widest_char * (DATA_LENGTH + 1)}
    sources = card_sources(db, to_ship_order_ids(db))
    if not sources:
        return best | FALLBACK
    names = names_for_titles(db, [t for s in sources for t in s["products"]])
    candidates = {  # each field's distinct values (parcels repeat products, dates, cities…)
        "称呼": {salutation(s["name"], s["nickname"]) for s in sources},
        "商品": {product_text(list(p), names) for p in {tuple(s["products"]) for s in sources}},
        "下单日期": {date_text(s["created_at"]) for s in sources},
        "第几次购买": {str(max(1, int(s["purchase_no"] or 1))) for s in sources},
        "城市": {city_text(s["city"] or "") for s in sources},
    }
    for field, values in candidates.items():
        best[field] = max(values, key=lambda v: m.width(v, 1))
    return best
