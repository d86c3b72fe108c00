"""``channels add|edit|cost|list|poster``: the shop's channels (渠道), their costs per period, their
figures, and the poster that carries each one's code."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from shopowner.cli.row_versions import add_if_version, changed_meanwhile
from shopowner.i18n import translate
from shopowner.store.errors import RowChanged
from shopowner.vocab.channel_kinds import CHANNEL_KINDS
from shopowner.vocab.money import yuan_sign


def register(sub) -> None:
    p = sub.add_parser("channels", help=translate("Cli", "where customers come from (渠道): costs, codes, "
                                                         "posters and figures"))
    psub = p.add_subparsers(dest="channels_command", required=True)
    add = psub.add_parser("add", help=translate("Cli", "add a channel (it gets its code)"))
    add.add_argument("name", help=translate("Cli", "the channel's name, such as 小红书投放"))
    add.add_argument("--kind", required=True, choices=CHANNEL_KINDS, help=translate("Cli", "what kind of channel"))
    add.add_argument("--notes", default="", help=translate("Cli", "a note for yourself"))
    _cost_arguments(add, required=False)
    add.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add.set_defaults(handler=handle_add)
    edit = psub.add_parser("edit", help=translate("Cli", "rename a channel, or change its kind or notes"))
    edit.add_argument("name", help=translate("Cli", "the channel's name or number"))
    edit.add_argument("--name", dest="new_name", metavar="NEW", help=translate("Cli", "its new name"))
    edit.add_argument("--kind", choices=CHANNEL_KINDS, help=translate("Cli", "what kind of channel"))
    edit.add_argument("--notes", help=translate("Cli", "a note for yourself"))
    add_if_version(edit)
    edit.set_defaults(handler=handle_edit)
    cost = psub.add_parser("cost", help=translate("Cli", "what a channel cost in a period"))
    cost.add_argument("name", help=translate("Cli", "the channel's name or number"))
    _cost_arguments(cost, required=True)
    cost.add_argument("--note", default="", help=translate("Cli", "what the cost was for"))
    cost.set_defaults(handler=handle_cost)
    ls = psub.add_parser("list", help=translate("Cli", "the channels with their figures"))
    ls.add_argument("--days", type=int, metavar="N", help=translate("Cli", "only the last N days (default: all time)"))
    ls.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    ls.set_defaults(handler=handle_list)
    poster = psub.add_parser("poster", help=translate("Cli", "an A4 poster PDF with the channel's code and your "
                                                            "WeChat QR"))
    poster.add_argument("name", help=translate("Cli", "the channel's name or number"))
    poster.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help=translate("Cli", "the PDF to write"))
    poster.set_defaults(handler=handle_poster)


def _cost_arguments(parser, required: bool) -> None:
    parser.add_argument("--cost", required=required, metavar="YUAN", help=translate("Cli", "the cost in yuan"))
    parser.add_argument("--from", dest="from_date", metavar="DATE",
                        help=translate("Cli", "the period's first day (2026-11-01) or month (2026-11); "
                                              "without --from and --to: this month"))
    parser.add_argument("--to", dest="to_date", metavar="DATE", help=translate("Cli", "the period's last day or month"))


def _error(message) -> int:
    print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
    return 1


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_figures(rows: list[dict], indent: str = "") -> None:
    """The channels' figures as an aligned table (``channels list`` and ``growth``)."""
    header = [translate("Cli", "Channel"), translate("Cli", "Kind"), translate("Cli", "Code"),
              translate("Cli", "Adds"), translate("Cli", "Cost"), translate("Cli", "Cost per add"),
              translate("Cli", "Private orders"), translate("Cli", "Revenue since added"),
              translate("Cli", "Cost per private order")]
    lines = [[r["name"], r["kind_name"], r["code"] or "—", str(r["adds"]), yuan_sign(r["cost_fen"]),
              yuan_sign(r["cost_per_add_fen"]), str(r["private_orders"]), yuan_sign(r["revenue_fen"]),
              yuan_sign(r["cost_per_private_order_fen"])] for r in rows]
    widths = [max(_width(row[i]) for row in [header, *lines]) for i in range(len(header))]
    for row in [header, *lines]:
        cells = [v + " " * (widths[i] - _width(v)) if i < 3 else " " * (widths[i] - _width(v)) + v
                 for i, v in enumerate(row)]
        print(indent + "  ".join(cells).rstrip())


def handle_add(args, ctx) -> int:
    from shopowner.channels.book import add_channel

    if args.cost is None and (args.from_date or args.to_date):
        return _error(translate("Cli", "--from and --to give the period of --cost: add --cost too."))
    try:
        channel = add_channel(ctx.db, args.name, args.kind, notes=args.notes, cost=args.cost,
                              from_date=args.from_date, to_date=args.to_date)
    except ValueError as exc:
        return _error(exc)
    if args.json:
        from shopowner.cli import print_json

        print_json(channel.as_json())
        return 0
    if channel.code:
        print(translate("Cli", "Channel {id} “{name}” added, code {code}. Make its poster with: "
                               "channels poster {name} --out poster.pdf").format(
            id=channel.id, name=channel.name, code=channel.code))
    else:
        print(translate("Cli", "Channel {id} “{name}” added: its adds are the redeemed cards.").format(
            id=channel.id, name=channel.name))
    return 0


def handle_edit(args, ctx) -> int:
    from shopowner.channels.book import edit_channel, find_channel

    if args.new_name is None and args.kind is None and args.notes is None:
        return _error(translate("Cli", "say what to change: --name, --kind or --notes."))
    try:
        channel = edit_channel(ctx.db, find_channel(ctx.db, args.name).id, name=args.new_name, kind=args.kind,
                               notes=args.notes, expected_version=args.if_version)
    except RowChanged as exc:
        return changed_meanwhile(translate("Cli", "Channel “{name}”").format(name=args.name), exc)
    except (ValueError, LookupError) as exc:
        return _error(exc)
    print(translate("Cli", "Channel {id} saved: “{name}”, {kind}.").format(id=channel.id, name=channel.name,
                                                                           kind=channel.kind_name))
    return 0


def handle_cost(args, ctx) -> int:
    from shopowner.channels.book import add_cost, find_channel

    try:
        channel = find_channel(ctx.db, args.name)
        cost = add_cost(ctx.db, channel.id, args.cost, args.from_date, args.to_date, args.note)
    except (ValueError, LookupError) as exc:
        return _error(exc)
    print(translate("Cli", "“{name}” cost {cost} from {first} to {last}.").format(
        name=channel.name, cost=yuan_sign(cost.cost_fen), first=cost.from_date, last=cost.to_date))
    return 0


def handle_list(args, ctx) -> int:
    from datetime import timedelta

    from shopowner import clock
    from shopowner.channels.book import list_channels
    from shopowner.channels.figures import channel_figures

    if args.days is not None and args.days < 1:
        return _error(translate("Cli", "--days must be 1 or more."))
    since = (clock.today() - timedelta(days=args.days - 1)).isoformat() if args.days else None
    rows = channel_figures(ctx.db, since)
    if args.json:
        from shopowner.cli import print_json

        costs = {c.id: [vars(p) for p in c.costs] for c in list_channels(ctx.db)}
        print_json([{**r, "costs": costs.get(r["id"], [])} for r in rows])
        return 0
    if not rows:
        print(translate("Cli", "No channels yet: add one with channels add NAME --kind KIND."))
        return 0
    print_figures(rows)
    return 0


def handle_poster(args, ctx) -> int:
    from shopowner.channels.book import find_channel
    from shopowner.channels.poster import make_poster

    try:
        channel = find_channel(ctx.db, args.name)
        out = make_poster(ctx.db, ctx.data_dir, channel, args.out)
    except (ValueError, LookupError) as exc:
        return _error(exc)
    print(translate("Cli", "Poster for “{name}” (code {code}) written to {path}").format(
        name=channel.name, code=channel.code, path=out))
    return 0
