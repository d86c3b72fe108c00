"""The longest value of every merge field among the parcels going out: what the letter checker
fits a letter with, so a letter that passes the check fits every card of the next batch (not just
a sample parcel with a short product name).

Reading the packing list costs a query per call; the result is kept until the shop file changes
(this connection's own writes or another's commit).
"""

from __future__ import annotations

import weakref

from shopowner.cards.codes import ALPHABET, DATA_LENGTH
from shopowner.cards.letter import SAMPLE_SOURCE, MergeSource, product_text
from shopowner.cards.print_names import names_for_titles
from shopowner.cards.typeset import measurer
from shopowner.store.cards import card_sources, to_ship_order_ids
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting

# when nothing is going out: a longish name and product, as a new shop's parcels might have
FALLBACK = {"称呼": "欧阳小明明", "商品": "福鼎白茶 白牡丹饼 357g 等 2 件"}

_cache: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # db → (state, values)


def longest_merge_values(db) -> dict[str, str]:
    """Per merge field, the widest value (as printed) among the to-ship parcels' cards."""
    key = _state(db)
    hit = _cache.get(db)
    if hit is not None and hit[0] == key:
        return dict(hit[1])
    values = _compute(db)
    _cache[db] = (key, values)
    return dict(values)


def _state(db) -> tuple:
    conn = db.conn
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


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
    widths = {field: -1.0 for field in best if field not in ("店铺", "创始人", "暗号")}
    for source in sources:
        values = MergeSource(name=source["name"], nickname=source["nickname"],
                             order_date=source["created_at"], purchase_no=source["purchase_no"],
                             city=source["city"] or "").values()
        values["商品"] = product_text(list(source["products"]), names)
        for field in widths:
            width = m.width(values[field], 1)
            if width > widths[field]:
                widths[field], best[field] = width, values[field]
    return best
