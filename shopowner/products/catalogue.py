"""The shop's products (商品), one set of functions for the window's products area and the
``products`` command.

Products are made by the import (:func:`shopowner.store.products.link_items`): items with the same
SKU (商家编码) are one product, items without one are merged by their cleaned title. Each product
shows its print name — what ``{商品}`` prints on a card, kept by the print names' own table
(:mod:`shopowner.cards.print_names`), so the card and this list always agree — and the owner sets
its cost (成本), private price (私域价) and whether it is sold only over WeChat (私域特供).
Money is stored in fen and typed in yuan.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation

from shopowner.cards.product_names import auto_print_name, check_print_name, title_key
from shopowner.i18n import translate
from shopowner.store import print_names as names_store
from shopowner.store import products as store

MAX_YUAN = Decimal(10_000_000)  # a price above ten million yuan is a typing mistake


@dataclass(frozen=True)
class Product:
    id: int
    name: str            # the cleaned title of its newest listing
    sku: str             # 商家编码 ("" when merged by title)
    print_name: str      # what {商品} prints: the owner's name, else the automatic one
    own_print_name: str  # the owner's print name ("" when the automatic one is used)
    private_only: bool   # 私域特供: sold only over WeChat
    price_fen: int | None  # private price (私域价)
    cost_fen: int | None   # cost (成本)
    orders: int          # paid orders that had it (closed and refunded ones not counted)
    units: int
    revenue_fen: int
    last_sold: str       # the newest of those orders' dates ("" when never sold)
    version: int = 1     # one more at each save (m0021): an edit saves only over the one it read

    def as_json(self) -> dict:
        return asdict(self)


def _product(row: dict) -> Product:
    own = row["own_print_name"]
    return Product(row["id"], row["name"], row["sku"], own or auto_print_name(row["name"]), own,
                   bool(row["private_only"]), row["price_fen"], row["cost_fen"], row["orders"],
                   row["units"], row["revenue_fen"], (row["last_sold"] or "")[:10], row["version"])


def list_products(db, *, search: str = "", private_only: bool = False, limit: int | None = None,
                  offset: int = 0) -> list[Product]:
    """Products whose name, SKU or print name holds ``search``, the most recently sold first (all
    of them unless ``limit``). What they sold is counted over every order line in one pass
    (about 0.4-0.5 s for 320,000 lines), so a list is best read whole rather than in pages."""
    return [_product(r) for r in store.product_rows(db, search=search, private_only=private_only,
                                                    limit=-1 if limit is None else limit, offset=offset)]


def count_products(db, *, search: str = "", private_only: bool = False) -> int:
    return store.product_count(db, search=search, private_only=private_only)


def has_products(db) -> bool:
    return store.has_products(db)


def get_product(db, product_id: int) -> Product | None:
    rows = store.product_rows(db, ids=[product_id], limit=1)
    return _product(rows[0]) if rows else None


def parse_yuan(text: str, what: str) -> int | None:
    """Fen of an amount typed in yuan (``"12.5"``, ``"¥1,280"``); None for an empty text (no
    amount). Raises ValueError with a message for the owner (``what``: the amount's name)."""
    cleaned = re.sub(r"[\s,，¥￥元]", "", str(text or ""))
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValueError(translate("Products", "{what} “{text}” is not an amount. Type it in yuan, such "
                                               "as 68 or 68.50.").format(what=what, text=text))
    if value < 0 or value > MAX_YUAN:
        raise ValueError(translate("Products", "{what} must be between 0 and 10,000,000 yuan.").format(what=what))
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(translate("Products", "{what} has more than two decimals: give it to the fen, "
                                               "such as 68.50.").format(what=what))
    return int(value * 100)


def price_label() -> str:
    return translate("Products", "The private price")


def cost_label() -> str:
    return translate("Products", "The cost")


def set_product(db, product_id: int, *, print_name: str | None = None, private_only: bool | None = None,
                price: str | None = None, cost: str | None = None,
                expected_version: int | None = None) -> Product:
    """Change what is given (None: left as it is). ``price`` and ``cost`` are typed in yuan (an
    empty text clears them); an empty ``print_name`` goes back to the automatic one. Everything is
    checked before anything is written, in one transaction; raises ValueError (a message for the
    owner) and LookupError when there is no such product. ``expected_version``: the version the
    change was made on; someone else's save since raises
    :class:`~shopowner.store.errors.RowChanged` and nothing is written."""
    product = get_product(db, product_id)
    if product is None:
        raise LookupError(translate("Products", "There is no product {id}. The products list shows "
                                                "each one's number.").format(id=product_id))
    fields: dict = {}
    if price is not None:
        fields["price_fen"] = parse_yuan(price, price_label())
    if cost is not None:
        fields["cost_fen"] = parse_yuan(cost, cost_label())
    if private_only is not None:
        fields["private_only"] = int(private_only)
    name = None
    if print_name is not None and print_name.strip():
        name = check_print_name(print_name)
    with db.atomic():
        if fields or print_name is not None:  # a print name is the product's too: its version moves
            store.update_product(db, product_id, fields, expected_version=expected_version)
        if print_name is not None:
            # every listing title the product was sold under prints the same name on a card
            for key in {title_key(t) for t in store.item_titles(db, product_id)} | {product.name}:
                if not key:
                    continue
                if name is None:
                    names_store.reset_print_name(db, key)
                else:
                    names_store.set_print_name(db, key, name)
    changed = get_product(db, product_id)
    assert changed is not None
    return changed


def add_product(db, name: str, *, sku: str = "", price: str | None = None, private_only: bool = False,
                cost: str | None = None) -> Product:
    """A product the shop has not sold on a platform yet (a private-only one, 私域特供, made for
    WeChat), found by its SKU or name as an imported item would be: when such a product exists,
    it is that one, with the price, cost and flag given. Raises ValueError (a message)."""
    if not (name or "").strip():
        raise ValueError(translate("Products", "Give the product a name."))
    fields: dict = {"private_only": int(private_only)}
    if price is not None:
        fields["price_fen"] = parse_yuan(price, price_label())
    if cost is not None:
        fields["cost_fen"] = parse_yuan(cost, cost_label())
    with db.atomic():
        (product_id,) = store.product_ids(db, [(sku, name)])
        assert product_id is not None  # a name always makes a product
        store.update_product(db, product_id, fields)
    added = get_product(db, product_id)
    assert added is not None
    return added
