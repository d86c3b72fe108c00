"""``followups add|list``: the follow-up log (跟进记录) without the window — a chat, call or
meeting with a customer, with the chat text, files and the next contact date the window's
“New follow-up” dialog takes."""

from __future__ import annotations

import argparse
from datetime import date

from shopowner.i18n import translate


def day_arg(text: str) -> date:
    """An argparse type: a day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "“{value}” is not a day like 2024-05-01.").format(value=text)) from None


def register(sub) -> None:
    from shopowner.vocab.followup_kinds import DIRECTIONS, KINDS

    p = sub.add_parser("followups", help=translate("Cli", "log a follow-up with a customer, or list "
                                                          "them"))
    fsub = p.add_subparsers(dest="followups_command", required=True)
    a = fsub.add_parser("add", help=translate("Cli", "log a chat, call or meeting with a customer"))
    a.add_argument("--customer", type=int, required=True, metavar="ID")
    a.add_argument("--kind", choices=KINDS, default="wechat")
    a.add_argument("--text", default="", help=translate("Cli", "what it was about, in one line"))
    a.add_argument("--direction", choices=DIRECTIONS, default="out",
                   help=translate("Cli", "out: we contacted them; in: they contacted us"))
    a.add_argument("--at", default=None, metavar="\"YYYY-MM-DD HH:MM\"",
                   help=translate("Cli", "when it happened (default: now)"))
    a.add_argument("--staff", default="", help=translate("Cli", "who talked to them"))
    a.add_argument("--chat", default="", help=translate("Cli", "the chat text, pasted"))
    a.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help=translate("Cli", "a screenshot or file to keep with it (repeatable)"))
    a.add_argument("--remind", type=day_arg, default=None, metavar="YYYY-MM-DD",
                   help=translate("Cli", "remind me to contact them again on this day"))
    a.set_defaults(handler=handle_add)
    ls = fsub.add_parser("list", help=translate("Cli", "the follow-ups, newest first"))
    ls.add_argument("--customer", type=int, default=None, metavar="ID")
    list_options(ls, KINDS, translate("Cli", "text in the summary, chat, staff or customer"))
    ls.set_defaults(handler=handle_list)


def list_options(parser, kinds, search_help: str) -> None:
    """A list's filters, as the window's list tabs have them: a kind, a search, how many, JSON."""
    parser.add_argument("--kind", choices=kinds, default="")
    parser.add_argument("--search", default="", help=search_help)
    parser.add_argument("--limit", type=int, default=50, metavar="N")
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print them as JSON"))


def handle_add(args, ctx) -> int:
    from shopowner.followups.log import add_followup
    from shopowner.followups.reminders import set_next_contact

    followup_id = add_followup(ctx.db, ctx.data_dir, args.customer, kind=args.kind,
                               direction=args.direction, happened_at=args.at, staff=args.staff,
                               summary=args.text, chat_text=args.chat, attachments=args.attach)
    print(translate("Cli", "Follow-up {id} saved for customer {customer}.").format(
        id=followup_id, customer=args.customer))
    if args.remind is not None:
        set_next_contact(ctx.db, args.customer, args.remind)
        print(translate("Cli", "Next contact: {day}.").format(day=args.remind.isoformat()))
    return 0


def handle_list(args, ctx) -> int:
    from shopowner.vocab.followup_kinds import direction_label, kind_label
    from shopowner.store.followups import followup_rows

    def line(r: dict) -> str:
        who = " · ".join(x for x in (kind_label(r["kind"]), direction_label(r["direction"]),
                                     r["staff_name"]) if x)
        return (f"{r['id']}  {r['happened_at'][:16]}  {r['customer_name']} (#{r['customer_id']})  "
                f"{who}  {r['summary']}")

    rows = followup_rows(ctx.db, customer_id=args.customer, kind=args.kind, search=args.search,
                         limit=args.limit)
    return print_list(rows, args.json, translate("Cli", "No follow-ups."), line)


def print_list(rows: list[dict], as_json: bool, empty: str, line) -> int:
    """The rows as JSON, or one ``line(row)`` each (``empty`` when there are none)."""
    from shopowner.cli import print_json

    if as_json:
        print_json(rows)
        return 0
    if not rows:
        print(empty)
    for row in rows:
        print(line(row))
    return 0
