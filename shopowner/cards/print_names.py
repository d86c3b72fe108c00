"""The products a shop has sold, with the name each prints under on a card, and the owner's own
names: one set of functions for the print-names dialog and the ``print-names`` command.

The list is read from the newest orders backwards, a page at a time (a big shop's list opens at
once, "more" reads on); products whose titles differ only in promotion tags are one product.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shopowner.cards.product_names import auto_print_name, check_print_name, title_key
from shopowner.i18n import translate
from shopowner.store import print_names as store

PAGE = 200          # products per page
SCAN_ORDERS = 20_000  # orders read at most per page before handing back what was found


@dataclass(frozen=True)
class ProductName:
    key: str           # the listing title without promotion tags (what the owner's name is stored by)
    title: str         # the newest listing title seen for it
    last_ordered: str  # the newest order's date ("" when unknown)
    auto_name: str     # the automatic print name
    own_name: str = ""  # the owner's print name ("" when the automatic one is used)

    @property
    def name(self) -> str:
        return self.own_name or self.auto_name


@dataclass
class ProductPage:
    products: list[ProductName] = field(default_factory=list)
    cursor: tuple | None = None  # where the next page starts; None when every order was read


def list_products(db, limit: int = PAGE, cursor: tuple | None = None, seen: set[str] | None = None,
                  scan_orders: int = SCAN_ORDERS) -> ProductPage:
    """Up to ``limit`` products of the newest orders (after ``cursor``), skipping the keys in
    ``seen`` (the pages shown already; it is updated)."""
    seen = set() if seen is None else seen
    found: dict[str, tuple[str, str]] = {}
    scanned = 0
    while len(found) < limit and scanned < scan_orders:
        rows, next_cursor = store.recent_item_titles(db, cursor, orders=min(500, scan_orders - scanned))
        stop_at = None
        for title, at, order_id in rows:
            if stop_at is not None and order_id != stop_at[1]:
                break
            key = title_key(title)
            if key and key not in seen:
                seen.add(key)
                found[key] = (title, (at or "")[:10])
            if len(found) >= limit and stop_at is None:
                stop_at = (at, order_id)  # finish this order, then stop
        scanned += len({r[2] for r in rows})
        if stop_at is not None:
            cursor = stop_at
            break
        cursor = next_cursor
        if cursor is None:
            break
    own = store.print_names_for(db, found)
    products = [ProductName(key, title, at, auto_print_name(title), own.get(key, ""))
                for key, (title, at) in found.items()]
    return ProductPage(products, cursor)


def names_for_titles(db, titles) -> dict[str, str]:
    """The owner's print names for these listing titles (cleaned title → name), for
    :func:`shopowner.cards.letter.product_text`."""
    return store.print_names_for(db, {title_key(t) for t in titles})


def set_product_name(db, title: str, name: str) -> tuple[str, str]:
    """Give the product ``title`` (as listed, or already cleaned) the print name ``name``; returns
    (key, name) as stored. Raises ValueError with a message for the owner when ``name`` is unusable."""
    key = title_key(title)
    if not key:
        raise ValueError(translate("Cards", "The product title is empty. Give the title as the "
                                            "product list shows it."))
    name = check_print_name(name)
    store.set_print_name(db, key, name)
    return key, name


def reset_product_name(db, title: str) -> bool:
    """Go back to the automatic print name; False when the product had no name of the owner's."""
    return store.reset_print_name(db, title_key(title))



def apply_product_names(db, changes: dict[str, str | None]) -> int:
    """Save several print names at once (cleaned title → the owner's name, or None to go back to
    the automatic one), in one transaction; every name is checked first, so a bad one changes
    nothing. Returns how many were saved."""
    checked = {title_key(key): (check_print_name(name) if name else None) for key, name in changes.items()}
    with db.atomic():
        for key, name in checked.items():
            if name is None:
                store.reset_print_name(db, key)
            else:
                store.set_print_name(db, key, name)
    return len(checked)
