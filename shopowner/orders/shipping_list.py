"""The shipping list (发货单): private orders as a table the courier's software imports (快递管家,
菜鸟, 顺丰 and the like read a CSV or XLSX with a receiver, phone, address and goods per row).

The headers are Chinese whatever the window's language, as the courier software expects them;
one row per order: receiver, phone, province, city, district, street address, the full address,
the items (``品名×数量; …``), the total quantity, the note and the order number. Which orders:
those paid and not shipped yet, or every private order (``everything``), or the numbered ones.
"""

from __future__ import annotations

from pathlib import Path

from shopowner.i18n import translate
from shopowner.orders.private import Address
from shopowner.progress import Progress, maybe
from shopowner.store import private_orders as store
from shopowner.table_files import SUFFIXES, neutralise, write_table

HEADERS = ["收件人", "收件人手机", "省", "市", "区", "详细地址", "收件地址", "物品", "数量", "备注", "订单号"]
SHEET = "发货单"


class NothingToShip(ValueError):
    """No private order is waiting to ship (or none of the ones asked for)."""


def items_text(items: list[dict]) -> str:
    """``明前龙井 250g×2; 冷泡茶包×1``: what goes into the parcel."""
    return "; ".join(f"{i['title']}×{i['quantity']}" for i in items)


def row_of(order: dict) -> list:
    address = Address(*(order[f] for f in store.RECEIVER_FIELDS))
    return [neutralise(v) for v in (
        address.receiver_name, address.receiver_phone, address.province, address.city, address.district,
        address.address, address.full(), items_text(order["items"]), sum(i["quantity"] for i in order["items"]),
        order["seller_note"], order["platform_order_id"])]


def shipping_rows(db, *, numbers: list[str] | None = None, everything: bool = False) -> list[list]:
    return [row_of(o) for o in store.shipping_orders(db, numbers=numbers, everything=everything)]


def export_shipping_list(db, path: Path | str, *, numbers: list[str] | None = None,
                         everything: bool = False, progress: Progress | None = None) -> list[str]:
    """Write the shipping list to ``path`` (.csv or .xlsx by its suffix); returns the numbers of
    the orders it holds. Raises ValueError for another suffix, :class:`NothingToShip` when there is nothing
    to list (no file is written then), LookupError for an order number that is no private order."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ValueError(translate("Orders", "Export the shipping list to a file ending in .xlsx or .csv."))
    orders = store.shipping_orders(db, numbers=numbers, everything=everything)
    if numbers is not None:
        missing = sorted(set(numbers) - {o["platform_order_id"] for o in orders})
        if missing:
            raise LookupError(translate("Orders", "No private order is numbered {numbers}.").format(
                numbers=", ".join(missing)))
    if not orders:
        raise NothingToShip(translate("Orders", "No private order is waiting to ship: the shipping list "
                                                "would be empty. Nothing was written."))
    write_table(path, SHEET, HEADERS, [row_of(o) for o in orders])
    maybe(progress).update(len(orders), len(orders))
    return [o["platform_order_id"] for o in orders]
