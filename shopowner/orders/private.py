"""Private orders (私域订单): an order sold over WeChat, entered by the owner in seconds and kept
in the same ledger as the platforms' orders (platform ``private``), so it counts in the customer's
totals, gets a card like any parcel and shows in the customer's orders and timeline.

One set of functions for the window's dialog and ``orders add|list``:

- an item is typed ``NAME_OR_SKU*QTY@PRICE`` (``龙井*2@168``; ``*QTY`` and ``@PRICE`` may be
  left out: one, at the product's private price) and names a product by its SKU (商家编码) or
  name, private-only products (私域特供) first; a name no product has is sold as typed (and
  becomes a product, as an imported item would);
- the address starts as the customer's latest order's (:func:`address_for`) and can be changed;
- :func:`add_private_order` checks everything, then writes the order, its items and the
  customer's totals in one transaction; the window announces :func:`order_added`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime

from shopowner import clock
from shopowner.changes import CUSTOMERS, ORDERS, Change
from shopowner.i18n import translate
from shopowner.products.catalogue import parse_yuan
from shopowner.store import private_orders as store
from shopowner.store.customers import refresh_customer_totals
from shopowner.store.orders import add_order
from shopowner.store.products import product_ids
from shopowner.vocab.paid_via import PAID_VIA, paid_via_label

PLATFORM = store.PLATFORM
STATUSES = ("paid", "shipped", "completed", "unpaid")  # what an owner records (paid first: the usual)
MAX_QUANTITY = 9999
# the order's status in the shop's own words, kept as a platform keeps its own (status_text): Chinese,
# whatever the window's language, like the platforms' exports
STATUS_TEXT = {"unpaid": "待付款", "paid": "已付款，待发货", "shipped": "已发货", "completed": "交易成功",
               "closed": "交易关闭"}
_SPEC = re.compile(r"^(?P<name>.*?)(?:\s*[*×＊]\s*(?P<qty>[^*×＊@＠]*))?(?:\s*[@＠]\s*(?P<price>[^@＠]*))?$")


class OrderError(ValueError):
    """The order cannot be written as given; ``str()`` says what to change. Nothing was written."""


@dataclass(frozen=True)
class ItemSpec:
    """One item as typed: a product's SKU or name (or a new name), how many, at what price
    (None: the product's private price)."""

    name: str
    quantity: int = 1
    price_fen: int | None = None


@dataclass(frozen=True)
class Address:
    receiver_name: str = ""
    receiver_phone: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""

    def full(self) -> str:
        """The whole address on one line, as a courier label prints it."""
        return "".join(p for p in (self.province, self.city, self.district, self.address) if p)


@dataclass(frozen=True)
class PrivateOrder:
    id: int
    number: str
    customer_id: int
    status: str
    paid_via: str
    total_fen: int
    created_at: str
    note: str
    address: Address
    items: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        return asdict(self)


def item_format() -> str:
    return translate("Orders", "Write an item as NAME_OR_SKU*QTY@PRICE, such as 龙井*2@168.")


def parse_item(text: str) -> ItemSpec:
    """``NAME_OR_SKU*QTY@PRICE`` (full-width ＊ × ＠ too) as an :class:`ItemSpec`; raises
    :class:`OrderError` with the owner's words."""
    found = _SPEC.match(str(text or "").strip())
    name = found.group("name").strip() if found else ""
    if not name:
        raise OrderError(translate("Orders", "“{text}” names no product.").format(text=text) + " " + item_format())
    quantity = 1
    if found and found.group("qty") is not None:
        qty = found.group("qty").strip()
        if not qty.isdigit() or not 1 <= int(qty) <= MAX_QUANTITY:
            raise OrderError(translate("Orders", "The quantity in “{text}” must be a whole number from 1 to "
                                                 "{most}.").format(text=text, most=MAX_QUANTITY))
        quantity = int(qty)
    price = None
    if found and found.group("price") is not None:
        price = check_price(found.group("price"), text)
    return ItemSpec(name, quantity, price)


def check_price(typed: str, item: str) -> int:
    """Fen of a price typed in yuan for ``item``; an empty or wrong one raises :class:`OrderError`."""
    try:
        price = parse_yuan(typed, translate("Orders", "The price of “{item}”").format(item=item))
    except ValueError as exc:
        raise OrderError(str(exc)) from None
    if price is None:
        raise OrderError(translate("Orders", "“{item}” has no price after @.").format(item=item) + " "
                         + item_format())
    return price


def order_products(db) -> list[dict]:
    """What the dialog's product picker offers: private-only products first, then by name
    (id, name, sku, price_fen, private_only, print_name)."""
    return store.order_products(db)


def address_for(db, customer_id: int) -> Address:
    """Where a new order of the customer's goes: their latest order's receiver and address, else
    their own name, region and phone; an empty address for an unknown customer."""
    latest = store.latest_receiver(db, customer_id)
    if latest:
        return Address(**latest)
    customer = store.customer_for_order(db, customer_id)
    if customer is None:
        return Address()
    return Address(customer["name"], customer["phone"] or "", customer["province"], customer["city"],
                   customer["district"], customer["address"])


def customer_name(db, customer_id: int) -> str | None:
    """The customer's name (else nickname) as the order dialog shows it; None: no such customer."""
    customer = store.customer_for_order(db, customer_id)
    return None if customer is None else customer["name"]


def _check_customer(db, customer_id: int) -> None:
    customer = store.customer_for_order(db, customer_id)
    if customer is None:
        raise LookupError(translate("Orders", "There is no customer {id}. The customer book shows each "
                                              "one's number (customers list).").format(id=customer_id))
    if customer["merged_into"] is not None:
        raise OrderError(translate("Orders", "Customer {id} was merged into customer {into}: give the "
                                             "order to {into}.").format(id=customer_id, into=customer["merged_into"]))
    if customer["erased_at"] is not None:
        raise OrderError(translate("Orders", "Customer {id}'s personal data was erased: they cannot take "
                                             "an order.").format(id=customer_id))


def _lines(db, specs: list[ItemSpec]) -> list[dict]:
    lines = []
    for spec in specs:
        product = store.match_product(db, spec.name)
        price = spec.price_fen if spec.price_fen is not None else (product or {}).get("price_fen")
        if price is None:
            raise OrderError(translate("Orders", "“{name}” has no private price: give the price it sells "
                                                 "at.").format(name=spec.name))
        lines.append(dict(title=product["name"] if product else spec.name, sku=product["sku"] if product else "",
                          quantity=spec.quantity, price_fen=price, amount_fen=price * spec.quantity,
                          product_id=product["id"] if product else None))
    return lines


def _check(paid_via: str, status: str, address: Address, note: str) -> None:
    if paid_via not in PAID_VIA:
        raise OrderError(translate("Orders", "Say how the order was paid: {ways}.").format(
            ways=translate("Orders", ", ").join(f"{paid_via_label(k)} ({k})" for k in PAID_VIA)))
    if status not in STATUSES:
        raise OrderError(translate("Orders", "“{status}” is not a status a private order can have: use "
                                             "{statuses}.").format(status=status, statuses=", ".join(STATUSES)))
    if not address.receiver_name.strip() or not address.address.strip():
        raise OrderError(translate("Orders", "The order has no receiver or address to ship to. Give the "
                                             "receiver's name and the address."))
    if len(address.receiver_phone) > 30 or not re.fullmatch(r"[\d\s+()\-]*", address.receiver_phone):
        raise OrderError(translate("Orders", "The phone “{phone}” is not a phone number.").format(
            phone=address.receiver_phone))
    if len(note) > 500:
        raise OrderError(translate("Orders", "The note is longer than 500 characters."))


def add_private_order(db, customer_id: int, items: Sequence[ItemSpec | str], *, paid_via: str,
                      status: str = "paid", note: str = "", address: Address | None = None,
                      now: datetime | None = None) -> PrivateOrder:
    """Write a private order for the customer (items typed as text or given as :class:`ItemSpec`;
    ``address`` None: :func:`address_for`). Everything is checked first, then the order, its items
    (linked to their products) and the customer's totals are written in one transaction.
    Raises :class:`OrderError` (a message for the owner) or LookupError (no such customer)."""
    now = clock.current(now)
    _check_customer(db, customer_id)
    specs = [parse_item(i) if isinstance(i, str) else i for i in items]
    if not specs:
        raise OrderError(translate("Orders", "The order has no items.") + " " + item_format())
    address = address if address is not None else address_for(db, customer_id)
    address = Address(**{k: str(v).strip() for k, v in asdict(address).items()})
    _check(paid_via, status, address, note.strip())
    lines = _lines(db, specs)
    stamp = clock.stamp(now)
    total = sum(line["amount_fen"] for line in lines)
    with db.atomic():
        new = [n for n, line in enumerate(lines) if line["product_id"] is None]
        for n, product_id in zip(new, product_ids(db, [("", lines[n]["title"]) for n in new], now=now), strict=True):
            lines[n]["product_id"] = product_id  # a new name is a new product, as an import makes it
        number = store.next_number(db, now.strftime("%Y%m%d"))
        order_id = add_order(db, dict(
            platform=PLATFORM, platform_order_id=number, customer_id=customer_id, status=status,
            status_text=STATUS_TEXT[status],
            total_fen=total, paid_fen=0 if status == "unpaid" else total, created_at=stamp,
            paid_at=None if status == "unpaid" else stamp,
            shipped_at=stamp if status in ("shipped", "completed") else None,
            completed_at=stamp if status == "completed" else None, seller_note=note.strip(),
            paid_via=paid_via, **asdict(address)), lines, now=now)
        refresh_customer_totals(db, [customer_id], now=now)
    return PrivateOrder(order_id, number, customer_id, status, paid_via, total, stamp, note.strip(), address,
                        [{k: v for k, v in line.items()} for line in lines])


def order_added(order: PrivateOrder, source: str = "private order") -> Change:
    """What a new private order changed: the customer's orders and totals (the book, the detail
    pane, the cards' parcels going out, growth)."""
    return Change.of(ORDERS, CUSTOMERS, customer_ids=[order.customer_id], source=source)


def list_orders(db, platform: str = PLATFORM, *, limit: int = 100, offset: int = 0,
                to_ship: bool = False) -> list[dict]:
    """The platform's orders, newest first, with their items (``orders list``, the window's
    私域订单 tab; ``to_ship``: only those paid and not shipped yet)."""
    return store.orders_of_platform(db, platform, limit=limit, offset=offset, to_ship=to_ship)


def count_orders(db, platform: str = PLATFORM, *, to_ship: bool = False) -> int:
    return store.count_of_platform(db, platform, to_ship=to_ship)


def with_address(base: Address, /, **changes: str | None) -> Address:
    """The address with the given fields replaced (those given as None are kept)."""
    return replace(base, **{k: v for k, v in changes.items() if v is not None})


def can_ship(order: dict) -> bool:
    """A private order waiting to ship: paid and not gone out (the list, the pane and
    :func:`mark_shipped` share this rule)."""
    return order.get("platform", PLATFORM) == PLATFORM and order.get("status") == "paid" and not order.get("shipped_at")


def can_cancel(order: dict) -> bool:
    """A private order that may still be called off: not gone out, not ended (:func:`cancel_private_order`)."""
    return (order.get("platform", PLATFORM) == PLATFORM and order.get("status") in ("unpaid", "paid")
            and not order.get("shipped_at"))


def mark_shipped(db, numbers: Sequence[str] | None = None, *, now: datetime | None = None) -> list[dict]:
    """Mark private orders shipped (发货): those numbered ``numbers``, else every one paid and not
    shipped yet. An unknown number, or one not waiting to ship, refuses all (OrderError) and
    nothing is written; returns the orders marked (their ``id``, ``platform_order_id`` and
    ``customer_id``). They leave the shipping list and the cards' parcels going out."""
    rows = store.shipping_orders(db, numbers=list(numbers) if numbers is not None else None)
    if numbers is not None:
        waiting = {o["platform_order_id"] for o in rows if can_ship(o)}
        wrong = [n for n in numbers if n not in waiting]
        if wrong:
            raise OrderError(translate("Orders", "{numbers}: no private order with this number is waiting to "
                                                 "ship (paid, not shipped yet). Nothing was marked.")
                             .format(numbers=", ".join(wrong)))
    if not rows:
        raise OrderError(translate("Orders", "No private order is waiting to ship."))
    with db.atomic():
        store.set_shipped(db, [o["id"] for o in rows], clock.stamp(clock.current(now)), STATUS_TEXT["shipped"])
    return [{k: o[k] for k in ("id", "platform_order_id", "customer_id")} for o in rows]


def orders_shipped(marked: list[dict], source: str = "shipped") -> Change:
    """What marking orders shipped changed: those customers' orders (their parcels going out)."""
    return Change.of(ORDERS, customer_ids=sorted({o["customer_id"] for o in marked}), source=source)


def cancel_private_order(db, number: str, *, now: datetime | None = None) -> dict:
    """Cancel (close) a private order entered by mistake or called off, while it has not gone out
    (unpaid, or paid and not shipped): it stays in the ledger as 交易关闭, no longer counts in the
    customer's totals and leaves the parcels going out. Returns its ``id``, ``platform_order_id``
    and ``customer_id``; OrderError says why another cannot be cancelled (nothing is written)."""
    rows = store.shipping_orders(db, numbers=[number])
    if not rows:
        raise OrderError(translate("Orders", "No private order is numbered {numbers}.").format(numbers=number))
    order = rows[0]
    if not can_cancel(order):
        raise OrderError(translate("Orders", "Order {number} has gone out or ended already; only an order not "
                                             "shipped yet can be cancelled.").format(number=number))
    now = clock.current(now)
    with db.atomic():
        store.set_closed(db, order["id"], clock.stamp(now), STATUS_TEXT["closed"])
        refresh_customer_totals(db, [order["customer_id"]], now=now)
    return {k: order[k] for k in ("id", "platform_order_id", "customer_id")}


def order_cancelled(order: dict, source: str = "order cancelled") -> Change:
    """A cancelled order changes the customer's orders and totals."""
    return Change.of(ORDERS, CUSTOMERS, customer_ids=[order["customer_id"]], source=source)
