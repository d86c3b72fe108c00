"""``growth [--days N] [--json]``: the growth figures without the window."""

from __future__ import annotations

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("growth", help=translate("Cli", "private-domain size, card conversion, repeat "
                                                       "rate and the pool's value"))
    p.add_argument("--days", type=int, metavar="N",
                   help=translate("Cli", "only the last N days (default: all time)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.set_defaults(handler=handle)


def handle(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.insights.figures import growth_figures

    g = growth_figures(ctx.db, args.days)
    if args.json:
        print_json(g.as_dict())
        return 0
    print(translate("Cli", "Private customers: {n} of {total} ({share:.1%})").format(
        n=g.private_customers, total=g.customers, share=g.private_share))
    print(translate("Cli", "Card conversion: {redeemed} of {printed} ({rate:.1%})").format(
        redeemed=g.cards_redeemed, printed=g.cards_printed, rate=g.card_conversion))
    print(translate("Cli", "Repeat rate: private {private:.1%}, others {public:.1%}").format(
        private=g.repeat_rate_private, public=g.repeat_rate_public))
    print(translate("Cli", "Value of the pool: ¥{value:,.0f} (average order ¥{aov:,.2f})").format(
        value=g.pool_value_fen / 100, aov=g.average_order_fen / 100))
    return 0
