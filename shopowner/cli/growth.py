"""``growth [--days N] [--json]``: the growth figures without the window."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from shopowner.i18n import translate
from shopowner.vocab.money import yuan_sign


def register(sub) -> None:
    p = sub.add_parser("growth", help=translate("Cli", "private-domain size, card conversion, repeat "
                                                       "rate and the pool's value"))
    p.add_argument("--days", type=int, metavar="N",
                   help=translate("Cli", "only the last N days (default: all time)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.add_argument("--charts", metavar="DIR", type=Path,
                   help=translate("Cli", "also write the window's charts as SVG files into DIR"))
    p.set_defaults(handler=handle)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value, width: int, left: bool) -> str:
    text = str(value)
    pad = " " * max(width - _width(text), 0)
    return text + pad if left else pad + text



def _print_private_vs_others(g) -> None:
    from shopowner.insights.card_rates import rate_text
    from shopowner.insights.repeat_value import yuan_range

    for key, who in (("private", translate("Cli", "On WeChat")), ("others", translate("Cli", "Not on WeChat"))):
        r, v = g.repeat[key], g.order_value[key]
        print(translate("Cli", "{who}: repeat rate {rate} of {buyers} buyers; average order {aov} "
                               "over {orders} paid orders").format(
            who=who, rate=rate_text(r["rate"], r["ci_low"], r["ci_high"]), buyers=r["buyers"],
            aov=yuan_range(v["mean_fen"], v["ci_low_fen"], v["ci_high_fen"]) if v["orders"] else "—",
            orders=v["orders"]))
    print(translate("Cli", "Revenue from private customers in the period: {revenue} (orders sold over "
                           "WeChat: {private_orders})").format(
        revenue=yuan_sign(g.private_revenue_fen, whole=True),
        private_orders=yuan_sign(g.private_orders_revenue_fen, whole=True)))


def _print_letters(g) -> None:
    from shopowner.insights.card_rates import rate_text

    if not g.by_letter_version:
        return
    print()
    print(translate("Cli", "Letters: add-rate with its 95% range"))
    for r in g.by_letter_version:
        print("  " + translate("Cli", "{letter} version {n}: {redeemed} of {printed}, {rate}").format(
            letter=r["letter"], n=r["version"], redeemed=r["redeemed"], printed=r["printed"],
            rate=rate_text(r["conversion"], r["ci_low"], r["ci_high"])))
    for verdict in g.ab_by_letter:
        print(f"  {verdict['letter']}: {verdict['verdict']}")


def handle(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.insights.card_rates import rate_text
    from shopowner.insights.figures import growth_figures
    from shopowner.vocab.platforms import platform_name

    if args.days is not None and args.days < 1:
        print(translate("Cli", "Error: {message}").format(
            message=translate("Cli", "--days must be 1 or more.")), file=sys.stderr)
        return 2
    g = growth_figures(ctx.db, args.days)
    charts = []
    if args.charts is not None:
        from shopowner.insights.charts import write_charts

        charts = [str(path) for path in write_charts(g, args.charts)]
    if args.json:
        print_json({**g.as_dict(), **({"charts": charts} if args.charts is not None else {})})
        return 0
    for path in charts:
        print(translate("Cli", "Chart written: {path}").format(path=path))
    if g.since:
        print(translate("Cli", "Period: since {since}").format(since=g.since))
    else:
        print(translate("Cli", "Period: all time"))
    print(translate("Cli", "Private customers: {n} of {total} ({share:.1%})").format(
        n=g.private_customers, total=g.customers, share=g.private_share))
    print(translate("Cli", "Card conversion: {redeemed} of {printed}: {rate}").format(
        redeemed=g.cards_redeemed, printed=g.cards_printed,
        rate=rate_text(g.card_conversion, *g.card_conversion_ci)))
    _print_private_vs_others(g)
    print(translate("Cli", "Value of the pool: ¥{value:,.0f} (average order ¥{aov:,.2f})").format(
        value=g.pool_value_fen / 100, aov=g.average_order_fen / 100))
    print()
    print(translate("Cli", "Platforms"))
    header = [translate("Cli", "Platform"), translate("Cli", "Buyers"),
              translate("Cli", "On WeChat"), translate("Cli", "Paid orders"),
              translate("Cli", "Revenue")]
    rows = [[platform_name(r["platform"]), r["buyers"], r["private"], r["orders"],
             yuan_sign(r["revenue_fen"], whole=True)] for r in g.by_platform]
    if rows:
        t = g.platform_total
        rows.append([translate("Cli", "All platforms"), t["buyers"], t["private"], t["orders"],
                     yuan_sign(t["revenue_fen"], whole=True)])
        widths = [max(_width(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
        for row in [header, *rows]:
            print("  " + "  ".join(_cell(v, widths[i], i == 0) for i, v in enumerate(row)))
    print("  " + g.platform_note)
    _print_letters(g)
    if g.channels:
        from shopowner.cli.channels import print_figures

        print()
        print(translate("Cli", "Channels"))
        print_figures(g.channels, indent="  ")
    if any(r["customers"] for r in g.rfm):
        print()
        print(translate("Cli", "Customer segments (RFM, against the shop's averages)"))
        for r in g.rfm:
            print(f"  {r['name']}  {r['customers']:,}  (--segment {r['key']})")
    print()
    print(translate("Cli", "By month: paid orders / cards printed / WeChat adds / private customers / "
                           "value of the pool"))
    for m, p in zip(g.monthly, g.pool_by_month, strict=True):
        print(f"  {m['month']}  {m['orders']:>6}  {m['cards']:>6}  {m['adds']:>6}  "
              f"{p['private_customers']:>6}  {yuan_sign(p['pool_value_fen'], whole=True):>10}")
    return 0
