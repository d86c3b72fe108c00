"""``products list|set``: the shop's products (商品) with what they sold, and the owner's print name,
private-only flag (私域特供), private price and cost for each."""

from __future__ import annotations

import sys

from shopowner.cli.row_versions import add_if_version, changed_meanwhile
from shopowner.i18n import translate
from shopowner.store.errors import RowChanged
from shopowner.vocab.money import yuan


def register(sub) -> None:
    p = sub.add_parser("products", help=translate("Cli", "the products you sold, with their print names, "
                                                         "private prices and costs"))
    psub = p.add_subparsers(dest="products_command", required=True)
    ls = psub.add_parser("list", help=translate("Cli", "the products, the most recently sold first"))
    ls.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    ls.add_argument("--private-only", action="store_true",
                    help=translate("Cli", "only the products sold only over WeChat (私域特供)"))
    ls.add_argument("--search", default="", help=translate("Cli", "words of the name, SKU or print name"))
    ls.set_defaults(handler=handle_list)
    s = psub.add_parser("set", help=translate("Cli", "change a product's print name, private-only flag, "
                                                     "private price or cost"))
    s.add_argument("id", type=int, help=translate("Cli", "the product's number, as “products list” shows it"))
    s.add_argument("--print-name", metavar="NAME",
                   help=translate("Cli", "the short name {商品} prints on a card (\"\": the automatic one)"))
    s.add_argument("--private-only", choices=["yes", "no"],
                   help=translate("Cli", "sold only over WeChat (私域特供)"))
    s.add_argument("--price", metavar="YUAN", help=translate("Cli", "the private price in yuan (\"\": none)"))
    s.add_argument("--cost", metavar="YUAN", help=translate("Cli", "the cost in yuan (\"\": none)"))
    s.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add_if_version(s)
    s.set_defaults(handler=handle_set)


def _money(fen: int | None) -> str:
    return "-" if fen is None else yuan(fen)


def _line(p) -> str:
    flag = translate("Cli", "private only") if p.private_only else ""
    return "\t".join((str(p.id), p.print_name, p.sku or "-", str(p.orders), str(p.units), yuan(p.revenue_fen),
                      p.last_sold or "-", _money(p.price_fen), _money(p.cost_fen), flag, p.name))


def handle_list(args, ctx) -> int:
    from shopowner.products.catalogue import list_products

    products = list_products(ctx.db, search=args.search, private_only=args.private_only)
    if args.json:
        from shopowner.cli import print_json

        print_json([p.as_json() for p in products])
        return 0
    if not products:
        if args.search or args.private_only:
            print(translate("Cli", "No product matches."))
        else:
            print(translate("Cli", "No products yet: import your orders first."))
        return 0
    print("\t".join((translate("Cli", "No."), translate("Cli", "Print name"), "SKU", translate("Cli", "Orders"),
                     translate("Cli", "Units"), translate("Cli", "Revenue"), translate("Cli", "Last sold"),
                     translate("Cli", "Private price"), translate("Cli", "Cost"), translate("Cli", "Private only"),
                     translate("Cli", "Name"))))
    for p in products:
        print(_line(p))
    return 0


def handle_set(args, ctx) -> int:
    from shopowner.products.catalogue import set_product

    if args.print_name is None and args.private_only is None and args.price is None and args.cost is None:
        print(translate("Cli", "Error: {message}").format(message=translate(
            "Cli", "say what to change: --print-name, --private-only, --price or --cost.")), file=sys.stderr)
        return 1
    private_only = None if args.private_only is None else args.private_only == "yes"
    try:
        product = set_product(ctx.db, args.id, print_name=args.print_name, private_only=private_only,
                              price=args.price, cost=args.cost, expected_version=args.if_version)
    except RowChanged as exc:
        return changed_meanwhile(translate("Cli", "Product {id}").format(id=args.id), exc)
    except (ValueError, LookupError) as exc:
        print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
        return 1
    if args.json:
        from shopowner.cli import print_json

        print_json(product.as_json())
        return 0
    print(translate("Cli", "Product {id} saved: prints as “{name}”, private price {price}, cost {cost}{flag}.").format(
        id=product.id, name=product.print_name, price=_money(product.price_fen), cost=_money(product.cost_fen),
        flag=translate("Cli", ", sold only over WeChat") if product.private_only else ""))
    return 0
