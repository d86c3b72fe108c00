"""``redeem`` (register a card code the buyer sent when adding WeChat) and ``review`` (the founder's
daily review) without the window."""

from __future__ import annotations

import sys
from datetime import date

from shopowner import clock
from shopowner.i18n import translate


def register(sub) -> None:
    r = sub.add_parser("redeem", help=translate("Cli", "register a card code sent by a buyer who "
                                                       "added WeChat"))
    r.add_argument("text", help=translate("Cli", "the friend-request text or the code, e.g. "
                                                 "\"K7F2X 张三 买的龙井\""))
    r.add_argument("--wechat-name", default="", help=translate("Cli", "the buyer's WeChat name"))
    r.add_argument("--remark", default="", help=translate("Cli", "the remark set on WeChat"))
    r.add_argument("--account", default="", help=translate("Cli", "which WeChat account they added "
                                                                  "(founder or staff name)"))
    r.add_argument("--customer", type=int, metavar="ID",
                   help=translate("Cli", "for a channel's code: the customer who sent it (else the one with "
                                         "the WeChat name, else a new customer under it)"))
    r.add_argument("--check", action="store_true",
                   help=translate("Cli", "only show the matching card; change nothing"))
    r.add_argument("--json", action="store_true", help=translate("Cli", "print the result as JSON"))
    r.set_defaults(handler=handle_redeem)
    v = sub.add_parser("review", help=translate("Cli", "print the founder's daily review"))
    v.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help=translate("Cli", "the day to review (default: today)"))
    v.add_argument("--json", action="store_true", help=translate("Cli", "print the review as JSON"))
    v.set_defaults(handler=handle_review)


def handle_redeem(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.followups.paste import wechat_name_in
    from shopowner.followups.channel_redeem import find_channel_code
    from shopowner.followups.redeem import RedeemError, find_card, redeem

    wechat_name = args.wechat_name.strip() or wechat_name_in(args.text)
    try:
        channel = find_channel_code(ctx.db, args.text)
        if channel is not None:
            return _redeem_channel(args, ctx, channel, wechat_name)
        if args.check:
            match = find_card(ctx.db, args.text)
        else:
            match = redeem(ctx.db, args.text, wechat_name=wechat_name, remark=args.remark,
                           account=args.account)
    except RedeemError as exc:
        if args.json:
            print_json({"error": str(exc), "redeemed": False,
                        "suggestions": [s.as_dict() for s in exc.suggestions]})
        print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
        for suggestion in exc.suggestions:
            print(translate("Cli", "To use {code}: redeem \"{text}\"").format(
                code=suggestion.code, text=suggestion.fixed_text(args.text)), file=sys.stderr)
        return 1
    if args.json:
        print_json({**match.as_dict(), "wechat_name": wechat_name, "redeemed": not args.check})
        return 0
    order = match.platform_order_id or translate("Cli", "no order")
    if match.platform:
        order = translate("Cli", "{order} on {platform}").format(order=order,
                                                                  platform=match.platform_name)
    print(translate("Cli", "Code {code}: order {order}, customer #{customer} {name}, "
                           "letter {letter}.")
          .format(code=match.code, order=order, customer=match.customer_id, name=match.customer_name,
                  letter=match.letter_version))
    if not args.check:
        print(translate("Cli", "Marked as added on WeChat."))
        if wechat_name:
            print(translate("Cli", "WeChat name: {name}").format(name=wechat_name))
    return 0


def _redeem_channel(args, ctx, channel, wechat_name: str) -> int:
    """A channel's code (from its poster): the customer marked added through that channel."""
    from shopowner.cli import print_json
    from shopowner.followups.channel_redeem import redeem_channel

    if args.check:
        if args.json:
            print_json({"channel": channel.name, "channel_id": channel.channel_id, "code": channel.code,
                        "redeemed": False})
        else:
            print(translate("Cli", "Code {code}: channel {name}.").format(code=channel.code, name=channel.name))
        return 0
    added = redeem_channel(ctx.db, args.text, customer_id=args.customer, wechat_name=wechat_name,
                           remark=args.remark, account=args.account)  # a RedeemError: the caller's
    if args.json:
        print_json({**added.as_dict(), "redeemed": True})
        return 0
    text = (translate("Cli", "Code {code}: channel {channel}. New customer #{customer} {name}, added on WeChat.")
            if added.created else
            translate("Cli", "Code {code}: channel {channel}. Customer #{customer} {name} marked added on WeChat."))
    print(text.format(code=channel.code, channel=channel.name, customer=added.customer_id, name=added.customer_name))
    return 0


def handle_review(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.followups.review import review_of_day
    from shopowner.followups.review_page import page_text, review_page

    review = review_of_day(ctx.db, args.date or clock.today())
    page = review_page(review)
    if args.json:
        print_json({**review, "page": page})
        return 0
    for line in page_text(page):
        print(line)
    return 0
