"""``orders add|list|shipping-list``: private orders (私域订单) sold over WeChat, entered from the
customer, listed with any platform's orders, and exported as a shipping list (发货单) for the
courier's software."""

from __future__ import annotations

import sys

from shopowner.i18n import translate
from shopowner.vocab.money import yuan
from shopowner.vocab.order_statuses import status_label
from shopowner.vocab.paid_via import PAID_VIA, paid_via_label
from shopowner.vocab.platforms import PLATFORM_KEYS, platform_name

ADDRESS_OPTIONS = (("receiver", "receiver_name"), ("phone", "receiver_phone"), ("province", "province"),
                   ("city", "city"), ("district", "district"), ("address", "address"))


def register(sub) -> None:
    p = sub.add_parser("orders", help=translate("Cli", "private orders sold over WeChat: add, list, shipping list"))
    osub = p.add_subparsers(dest="orders_command", required=True)
    add = osub.add_parser("add", help=translate("Cli", "record an order sold over WeChat (私域订单)"))
    add.add_argument("--customer", type=int, required=True, metavar="ID",
                     help=translate("Cli", "the customer's number, as “customers search” shows it"))
    add.add_argument("--item", action="append", required=True, metavar="NAME_OR_SKU*QTY@PRICE",
                     help=translate("Cli", "a product's SKU or name, how many and the price in yuan, such as "
                                           "龙井*2@168 (repeat for more items)"))
    add.add_argument("--paid-via", required=True, choices=PAID_VIA,
                     help=translate("Cli", "how the customer paid"))
    add.add_argument("--status", default="paid", choices=("paid", "shipped", "completed", "unpaid"),
                     help=translate("Cli", "paid (to ship; the default), shipped, completed or unpaid"))
    add.add_argument("--note", default="", help=translate("Cli", "a note for the packer"))
    add.add_argument("--receiver", metavar="NAME", help=translate("Cli", "the receiver's name (default: as on the "
                                                                        "customer's latest order, like the rest "
                                                                        "of the address)"))
    add.add_argument("--phone", metavar="PHONE", help=translate("Cli", "the receiver's phone"))
    add.add_argument("--province", metavar="TEXT", help=translate("Cli", "the province"))
    add.add_argument("--city", metavar="TEXT", help=translate("Cli", "the city"))
    add.add_argument("--district", metavar="TEXT", help=translate("Cli", "the district"))
    add.add_argument("--address", metavar="TEXT", help=translate("Cli", "the street address"))
    add.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add.set_defaults(handler=handle_add)
    ls = osub.add_parser("list", help=translate("Cli", "a platform's orders, newest first"))
    ls.add_argument("--platform", default="private", choices=PLATFORM_KEYS,
                    help=translate("Cli", "whose orders (private: sold over WeChat, the default)"))
    ls.add_argument("--limit", type=int, default=100, help=translate("Cli", "at most this many (100)"))
    ls.add_argument("--to-ship", action="store_true",
                    help=translate("Cli", "only those paid and not shipped yet (as the window's 私域订单 tab can)"))
    ls.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    ls.set_defaults(handler=handle_list)
    ship = osub.add_parser("shipping-list", help=translate(
        "Cli", "the private orders to ship as a CSV or XLSX file the courier's software imports"))
    ship.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx", help=translate("Cli", "the file to write"))
    which = ship.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true",
                       help=translate("Cli", "every private order, not only those paid and not shipped yet"))
    which.add_argument("--orders", metavar="SY…,SY…", help=translate("Cli", "these order numbers only"))
    ship.set_defaults(handler=handle_shipping_list)
    shipped = osub.add_parser("shipped", help=translate(
        "Cli", "mark private orders shipped (all those waiting to ship, or the numbers given)"))
    shipped.add_argument("--orders", metavar="SY…,SY…", help=translate("Cli", "these order numbers only"))
    shipped.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    shipped.set_defaults(handler=handle_shipped)
    cancel = osub.add_parser("cancel", help=translate(
        "Cli", "cancel a private order that has not been shipped (it stays listed as closed)"))
    cancel.add_argument("number", metavar="SY…")
    cancel.set_defaults(handler=handle_cancel)


def _error(message) -> int:
    print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
    return 1


def handle_add(args, ctx) -> int:
    from shopowner.orders.private import OrderError, add_private_order, address_for, with_address

    given = {field: getattr(args, option) for option, field in ADDRESS_OPTIONS}
    try:
        address = None
        if any(v is not None for v in given.values()):
            address = with_address(address_for(ctx.db, args.customer), **given)
        order = add_private_order(ctx.db, args.customer, args.item, paid_via=args.paid_via, status=args.status,
                                  note=args.note, address=address)
    except (OrderError, LookupError) as exc:
        return _error(exc)
    if args.json:
        from shopowner.cli import print_json

        print_json(order.as_json())
        return 0
    print(translate("Cli", "Private order {number} saved: {total} yuan paid by {way}, {status}; ships to {receiver}, "
                           "{address}.").format(number=order.number, total=yuan(order.total_fen),
                                                way=paid_via_label(order.paid_via), status=status_label(order.status),
                                                receiver=order.address.receiver_name, address=order.address.full()))
    return 0


def handle_list(args, ctx) -> int:
    from shopowner.orders.private import list_orders
    from shopowner.orders.shipping_list import items_text

    orders = list_orders(ctx.db, args.platform, limit=max(args.limit, 0), to_ship=args.to_ship)
    if args.json:
        from shopowner.cli import print_json

        print_json(orders)
        return 0
    if not orders and args.to_ship:
        print(translate("Cli", "Nothing is waiting to ship."))
        return 0
    if not orders:
        print(translate("Cli", "No private orders yet: record one with “orders add”.") if args.platform == "private"
              else translate("Cli", "No orders from {platform} yet.").format(platform=platform_name(args.platform)))
        return 0
    print("\t".join((translate("Cli", "Order"), translate("Cli", "Date"), translate("Cli", "Customer"),
                     translate("Cli", "Status"), translate("Cli", "Paid via"), translate("Cli", "Total"),
                     translate("Cli", "Items"))))
    for o in orders:
        print("\t".join((o["platform_order_id"], (o["created_at"] or "")[:16], o["customer_name"] or "-",
                         status_label(o["status"]), paid_via_label(o["paid_via"]) or "-", yuan(o["total_fen"]),
                         items_text(o["items"]))))
    return 0


def handle_shipping_list(args, ctx) -> int:
    from shopowner.orders.shipping_list import export_shipping_list

    numbers = [n.strip() for n in args.orders.split(",") if n.strip()] if args.orders else None
    try:
        n = len(export_shipping_list(ctx.db, args.out, numbers=numbers, everything=args.all))
    except (ValueError, LookupError) as exc:
        return _error(exc)
    print(translate("Cli", "%n order(s) in the shipping list {path}", "", n).format(path=args.out))
    return 0


def handle_shipped(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.orders.private import OrderError, mark_shipped

    numbers = [n.strip() for n in args.orders.split(",") if n.strip()] if args.orders else None
    try:
        marked = mark_shipped(ctx.db, numbers)
    except OrderError as exc:
        return _error(exc)
    if args.json:
        print_json([o["platform_order_id"] for o in marked])
    else:
        print(translate("Cli", "%n order(s) marked shipped: {numbers}", "", len(marked)).format(
            numbers=", ".join(o["platform_order_id"] for o in marked)))
    return 0


def handle_cancel(args, ctx) -> int:
    from shopowner.orders.private import OrderError, cancel_private_order

    try:
        cancel_private_order(ctx.db, args.number.strip())
    except OrderError as exc:
        return _error(exc)
    print(translate("Cli", "Order {number} cancelled: it no longer counts in the customer's totals.")
          .format(number=args.number.strip()))
    return 0
