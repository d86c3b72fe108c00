"""``init-demo``: fill a data folder with the demo shop."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("init-demo", help=translate("Cli", "fill the data folder with a demo shop"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print the counts as JSON"))
    p.set_defaults(handler=handle)


def handle(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.demo import fill_demo_shop, shop_is_empty

    if not shop_is_empty(ctx.db):
        print(translate("Cli", "The data folder {path} already holds a shop; the demo is only "
                               "added to an empty one.").format(path=ctx.data_dir), file=sys.stderr)
        return 1
    counts = fill_demo_shop(ctx.db)
    if args.json:
        print_json(counts)
    else:
        print(translate("Cli", "Demo shop created in {path}: {customers} customers, {orders} orders from "
                               "the platforms and {private} sold over WeChat, {moments} Moments posts.")
              .format(path=ctx.data_dir, private=counts.get("private_orders", 0), moments=counts.get("moments", 0),
                      customers=counts["customers"], orders=counts["orders"]))
    return 0
