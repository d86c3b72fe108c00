"""``customers search|export|find-duplicates|erase``: the customer book without the window."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("customers", help=translate("Cli", "search, export, de-duplicate or erase "
                                                          "customers"))
    csub = p.add_subparsers(dest="customers_command", required=True)
    s = csub.add_parser("search", help=translate("Cli", "list customers matching a search"))
    s.add_argument("text", nargs="?", default="")
    s.add_argument("--platform")
    s.add_argument("--stage")
    s.add_argument("--limit", type=int, default=50)
    s.set_defaults(handler=handle_search)
    e = csub.add_parser("export", help=translate("Cli", "export customers with order totals to "
                                                        ".xlsx or .csv"))
    e.add_argument("path")
    e.add_argument("--search", default="")
    e.add_argument("--platform")
    e.add_argument("--stage")
    e.add_argument("--full-phones", action="store_true",
                   help=translate("Cli", "write whole phone numbers (masked by default)"))
    e.set_defaults(handler=handle_export)
    d = csub.add_parser("find-duplicates", help=translate("Cli", "queue likely duplicate customers"))
    d.set_defaults(handler=handle_duplicates)
    r = csub.add_parser("erase", help=translate("Cli", "erase one customer's personal data (PIPL)"))
    r.add_argument("customer_id", type=int)
    r.add_argument("--yes", action="store_true",
                   help=translate("Cli", "confirm: this cannot be undone"))
    r.set_defaults(handler=handle_erase)


def _filters(args) -> dict:
    return {k: v for k, v in (("platform", args.platform), ("stage", args.stage)) if v}


def handle_search(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.store.customer_query import fetch_page

    print_json(fetch_page(ctx.db, _filters(args), args.text, limit=args.limit))
    return 0


def handle_export(args, ctx) -> int:
    from shopowner.customers.export import export_matching

    try:
        n = export_matching(ctx.db, args.path, _filters(args), args.search,
                            mask_phones=not args.full_phones)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(translate("Cli", "%n customer(s) exported to {path}", "", n).format(path=args.path))
    return 0


def handle_duplicates(args, ctx) -> int:
    from shopowner.store.customer_duplicates import find_duplicates

    n = find_duplicates(ctx.db)
    print(translate("Cli", "%n new possible duplicate pair(s) queued.", "", n))
    return 0


def handle_erase(args, ctx) -> int:
    from shopowner.customers.book import erase_personal_data
    from shopowner.store.customers import get_customer

    if not args.yes:
        print(translate("Cli", "Erasing cannot be undone. Run again with --yes to erase customer "
                               "{id}.").format(id=args.customer_id), file=sys.stderr)
        return 1
    if get_customer(ctx.db, args.customer_id) is None:
        print(translate("Cli", "There is no customer {id}. Find the number with "
                               "“customers search”.").format(id=args.customer_id), file=sys.stderr)
        return 1
    erase_personal_data(ctx.db, ctx.data_dir, args.customer_id)
    print(translate("Cli", "The personal data of customer {id} was erased; orders and totals "
                           "stay.").format(id=args.customer_id))
    return 0
