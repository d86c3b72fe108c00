"""``print-names list|set|reset``: the names products print under on the cards (``{商品}``)."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("print-names", help=translate("Cli", "show or change the names products print "
                                                            "under on the cards"))
    psub = p.add_subparsers(dest="print_names_command", required=True)
    ls = psub.add_parser("list", help=translate("Cli", "the products of the newest orders with their "
                                                       "print names"))
    ls.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    ls.add_argument("--limit", type=int, default=50,
                    help=translate("Cli", "how many products (default 50)"))
    ls.set_defaults(handler=handle_list)
    s = psub.add_parser("set", help=translate("Cli", "give a product your own print name"))
    s.add_argument("title", help=translate("Cli", "the product's title, as listed or as “list” shows it"))
    s.add_argument("name", help=translate("Cli", "the short name to print"))
    s.set_defaults(handler=handle_set)
    r = psub.add_parser("reset", help=translate("Cli", "go back to the automatic print name"))
    r.add_argument("title")
    r.set_defaults(handler=handle_reset)


def handle_list(args, ctx) -> int:
    from shopowner.cards.print_names import list_products

    if args.limit < 1:
        print(translate("Cli", "--limit must be at least 1."), file=sys.stderr)
        return 1
    page = list_products(ctx.db, limit=args.limit)
    if args.json:
        from shopowner.cli import print_json

        print_json([{"title": p.title, "key": p.key, "last_ordered": p.last_ordered, "print_name": p.name,
                     "automatic_name": p.auto_name, "own_name": p.own_name} for p in page.products])
        return 0
    if not page.products:
        print(translate("Cli", "No products yet: import your orders first."))
        return 0
    own, auto = translate("Cli", "yours"), translate("Cli", "automatic")
    for p in page.products:
        print(f"{p.name}\t{own if p.own_name else auto}\t{p.last_ordered}\t{p.key}")
    return 0


def handle_set(args, ctx) -> int:
    from shopowner.cards.print_names import set_product_name

    try:
        key, name = set_product_name(ctx.db, args.title, args.name)
    except ValueError as exc:
        print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
        return 1
    print(translate("Cli", "“{key}” now prints as “{name}”.").format(key=key, name=name))
    return 0


def handle_reset(args, ctx) -> int:
    from shopowner.cards.print_names import reset_product_name
    from shopowner.cards.product_names import auto_print_name, title_key

    if not reset_product_name(ctx.db, args.title):
        print(translate("Cli", "“{key}” had no print name of yours; it prints as “{name}”.").format(
            key=title_key(args.title), name=auto_print_name(args.title)))
        return 0
    print(translate("Cli", "“{key}” prints as “{name}” again (automatic).").format(
        key=title_key(args.title), name=auto_print_name(args.title)))
    return 0
