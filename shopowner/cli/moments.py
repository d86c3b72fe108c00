"""朋友圈 on the command line: ``moments add|list|posted|react`` (the Moments planner), ``accounts
set|list`` (WeChat accounts' friend counts, with the 4,500-friend warning) and ``opinions
add|list|ask`` (new-product opinions, 新品意见). Each handler parses, calls one core function of
:mod:`shopowner.moments` and prints."""

from __future__ import annotations

import sys

from shopowner.cli.row_versions import add_if_version, changed_meanwhile
from shopowner.i18n import translate
from shopowner.store.errors import RowChanged


def _json_flag(parser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def register(sub) -> None:
    m = sub.add_parser("moments", help=translate("Cli", "the Moments planner (朋友圈): posts planned per day "
                                                        "and WeChat account"))
    msub = m.add_subparsers(dest="moments_command", required=True)
    add = msub.add_parser("add", help=translate("Cli", "plan a Moments post"))
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day to post"))
    add.add_argument("--account", required=True, help=translate("Cli", "the WeChat account to post from"))
    add.add_argument("--text", required=True, help=translate("Cli", "what the post says"))
    add.add_argument("--product", type=int, metavar="ID",
                     help=translate("Cli", "the private-only product it shows (its number in “products list”)"))
    add.add_argument("--image", action="append", default=[], metavar="FILE",
                     help=translate("Cli", "an image to post (copied into the data folder); may be repeated"))
    _json_flag(add)
    add.set_defaults(handler=handle_add)
    edit = msub.add_parser("edit", help=translate("Cli", "change a planned post: its day, account, text, "
                                                         "product or images"))
    edit.add_argument("id", type=int, help=translate("Cli", "the post's number, as “moments list” shows it"))
    edit.add_argument("--date", metavar="YYYY-MM-DD", help=translate("Cli", "the day to post"))
    edit.add_argument("--account", help=translate("Cli", "the WeChat account to post from"))
    edit.add_argument("--text", help=translate("Cli", "what the post says"))
    edit.add_argument("--product", type=int, metavar="ID",
                      help=translate("Cli", "the private-only product it shows (0: none)"))
    edit.add_argument("--image", action="append", default=[], metavar="FILE",
                      help=translate("Cli", "an image to add (copied into the data folder); may be repeated"))
    edit.add_argument("--remove-image", action="append", default=[], metavar="NAME",
                      help=translate("Cli", "an image to take off, by the name --json shows; may be repeated"))
    add_if_version(edit)
    _json_flag(edit)
    edit.set_defaults(handler=handle_edit)
    ls = msub.add_parser("list", help=translate("Cli", "the planned and posted posts, by day"))
    ls.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help=translate("Cli", "from this day"))
    ls.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help=translate("Cli", "up to this day"))
    _json_flag(ls)
    ls.set_defaults(handler=handle_list)
    posted = msub.add_parser("posted", help=translate("Cli", "mark a post posted (you posted it in WeChat)"))
    posted.add_argument("id", type=int, help=translate("Cli", "the post's number, as “moments list” shows it"))
    posted.add_argument("--undo", action="store_true", help=translate("Cli", "mark it planned again"))
    posted.set_defaults(handler=handle_posted)
    react = msub.add_parser("react", help=translate("Cli", "log a reply, opinion or order a post brought"))
    react.add_argument("id", type=int, help=translate("Cli", "the post's number, as “moments list” shows it"))
    react.add_argument("--customer", type=int, metavar="ID", help=translate("Cli", "the customer's number"))
    react.add_argument("--kind", required=True, choices=["reply", "opinion", "order"],
                       help=translate("Cli", "what they did"))
    react.add_argument("--text", default="", help=translate("Cli", "what they said or ordered"))
    react.set_defaults(handler=handle_react)

    a = sub.add_parser("accounts", help=translate("Cli", "WeChat accounts and their friend counts "
                                                         "(WeChat stops at 5,000)"))
    asub = a.add_subparsers(dest="accounts_command", required=True)
    aset = asub.add_parser("set", help=translate("Cli", "record how many friends an account has now"))
    aset.add_argument("name", help=translate("Cli", "the account's name"))
    aset.add_argument("--friends", type=int, required=True, metavar="N",
                      help=translate("Cli", "its friend count, as WeChat shows it"))
    aset.set_defaults(handler=handle_account_set)
    als = asub.add_parser("list", help=translate("Cli", "the accounts, their friend counts and which one new "
                                                        "cards should send buyers to"))
    _json_flag(als)
    als.set_defaults(handler=handle_account_list)

    o = sub.add_parser("opinions", help=translate("Cli", "new-product opinions (新品意见) asked of a segment "
                                                         "or a tag"))
    osub = o.add_subparsers(dest="opinions_command", required=True)
    ask = osub.add_parser("ask", help=translate("Cli", "the customers of a segment or tag to ask"))
    ask.add_argument("group", help=translate("Cli", "a segment (important_value, general_develop…) or "
                                                    "tag:NAME"))
    _json_flag(ask)
    ask.set_defaults(handler=handle_ask)
    oadd = osub.add_parser("add", help=translate("Cli", "log a customer's opinion of a product"))
    oadd.add_argument("--product", type=int, required=True, metavar="ID", help=translate("Cli", "the product"))
    oadd.add_argument("--customer", type=int, required=True, metavar="ID",
                      help=translate("Cli", "the customer's number"))
    oadd.add_argument("--opinion", required=True, choices=["like", "neutral", "dislike"],
                      help=translate("Cli", "what they think of it"))
    oadd.add_argument("--note", default="", help=translate("Cli", "what they said"))
    oadd.add_argument("--group", default="", help=translate("Cli", "the segment or tag:NAME they were asked in"))
    oadd.set_defaults(handler=handle_opinion_add)
    ols = osub.add_parser("list", help=translate("Cli", "the opinions per product (or one product's)"))
    ols.add_argument("--product", type=int, metavar="ID", help=translate("Cli", "only this product, each answer"))
    _json_flag(ols)
    ols.set_defaults(handler=handle_opinion_list)


def _fail(exc: BaseException) -> int:
    print(translate("Cli", "Error: {message}").format(message=exc), file=sys.stderr)
    return 1


def _print_json(data) -> None:
    from shopowner.cli import print_json

    print_json(data)


# moments -----------------------------------------------------------------------------------------
def _post_line(post) -> str:
    from shopowner.vocab.moments import status_label

    text = post.text.replace("\n", " ")
    return "\t".join((str(post.id), post.day, post.account, status_label(post.status),
                      post.product_name or "-", str(len(post.images)), str(post.reactions),
                      text if len(text) <= 40 else text[:39] + "…"))


def handle_add(args, ctx) -> int:
    from shopowner.followups.attachments import AttachmentError
    from shopowner.moments.planner import add_post

    try:
        post = add_post(ctx.db, ctx.data_dir, day=args.date, account=args.account, text=args.text,
                        product_id=args.product, images=args.image)
    except (ValueError, LookupError, AttachmentError) as exc:
        return _fail(exc)
    if args.json:
        _print_json(post.as_json())
    else:
        print(translate("Cli", "Post {id} planned for {day} on {account}.").format(
            id=post.id, day=post.day, account=post.account))
    return 0


def handle_edit(args, ctx) -> int:
    """What is not given stays as it is; ``--if-version``: only over the version read."""
    from shopowner.followups.attachments import AttachmentError
    from shopowner.moments.planner import edit_post, get_post

    post = get_post(ctx.db, args.id)
    if post is None:
        return _fail(LookupError(translate("Cli", "There is no post {id}: “moments list” shows their "
                                                  "numbers.").format(id=args.id)))
    product = post.product_id if args.product is None else (args.product or None)
    try:
        post = edit_post(ctx.db, ctx.data_dir, args.id, day=args.date or post.day,
                         account=args.account if args.account is not None else post.account,
                         text=args.text if args.text is not None else post.text, product_id=product,
                         add_images=args.image, remove_images=args.remove_image,
                         expected_version=args.if_version)
    except RowChanged as exc:
        return changed_meanwhile(translate("Cli", "Post {id}").format(id=args.id), exc)
    except (ValueError, LookupError, AttachmentError) as exc:
        return _fail(exc)
    if args.json:
        _print_json(post.as_json())
    else:
        print(translate("Cli", "Post {id} saved: {day} on {account}.").format(
            id=post.id, day=post.day, account=post.account))
    return 0


def handle_list(args, ctx) -> int:
    from shopowner.moments.planner import list_posts

    try:
        posts = list_posts(ctx.db, args.first, args.last)
    except ValueError as exc:
        return _fail(exc)
    if args.json:
        _print_json([p.as_json() for p in posts])
        return 0
    if not posts:
        print(translate("Cli", "No posts planned then. Plan one with “moments add”."))
        return 0
    print("\t".join((translate("Cli", "No."), translate("Cli", "Day"), translate("Cli", "Account"),
                     translate("Cli", "Status"), translate("Cli", "Product"), translate("Cli", "Images"),
                     translate("Cli", "Reactions"), translate("Cli", "Text"))))
    for post in posts:
        print(_post_line(post))
    return 0


def handle_posted(args, ctx) -> int:
    from shopowner.moments.planner import mark_posted

    try:
        post = mark_posted(ctx.db, args.id, not args.undo)
    except LookupError as exc:
        return _fail(exc)
    if post.status == "posted":
        print(translate("Cli", "Post {id} marked posted ({at}).").format(id=post.id, at=post.posted_at))
    else:
        print(translate("Cli", "Post {id} is planned again.").format(id=post.id))
    return 0


def handle_react(args, ctx) -> int:
    from shopowner.moments.planner import log_reaction
    from shopowner.vocab.moments import reaction_label

    try:
        reaction = log_reaction(ctx.db, args.id, kind=args.kind, text=args.text, customer_id=args.customer)
    except (ValueError, LookupError) as exc:
        return _fail(exc)
    print(translate("Cli", "{kind} logged against post {id}.").format(kind=reaction_label(reaction.kind),
                                                                     id=args.id))
    return 0


# accounts ----------------------------------------------------------------------------------------
def handle_account_set(args, ctx) -> int:
    from shopowner.moments.accounts import set_friends, warnings

    try:
        account = set_friends(ctx.db, args.name, args.friends)
    except ValueError as exc:
        return _fail(exc)
    print(translate("Cli", "{name}: {friends} friends.").format(name=account.name, friends=f"{account.friends:,}"))
    for line in warnings(ctx.db):
        print(line)
    return 0


def handle_account_list(args, ctx) -> int:
    from shopowner.moments.accounts import account_for_new_cards, list_accounts, warnings

    accounts = list_accounts(ctx.db)
    target = account_for_new_cards(ctx.db)
    notes = warnings(ctx.db)
    if args.json:
        _print_json({"accounts": [a.as_json() for a in accounts], "for_new_cards": target, "warnings": notes})
        return 0
    if not accounts:
        print(translate("Cli", "No friend counts yet: “accounts set NAME --friends N” records one."))
        return 0
    print("\t".join((translate("Cli", "Account"), translate("Cli", "Friends"), translate("Cli", "Room"),
                     translate("Cli", "Counted"))))
    for a in accounts:
        print("\t".join((a.name, f"{a.friends:,}", f"{a.room:,}", a.counted_at[:10])))
    for line in notes:
        print(line)
    print(translate("Cli", "New cards should send buyers to: {name}").format(name=target))
    return 0


# opinions ----------------------------------------------------------------------------------------
def handle_ask(args, ctx) -> int:
    from shopowner.moments.opinions import group_customers

    try:
        customers = group_customers(ctx.db, args.group)
    except ValueError as exc:
        return _fail(exc)
    if args.json:
        _print_json(customers)
    elif not customers:
        print(translate("Cli", "No customer in that group."))
    else:
        for c in customers:
            print(f"{c['id']}\t{c['name']}")
    return 0


def handle_opinion_add(args, ctx) -> int:
    from shopowner.moments.opinions import log_opinion
    from shopowner.vocab.moments import opinion_label

    try:
        opinion = log_opinion(ctx.db, args.product, args.customer, args.opinion, args.note, args.group)
    except (ValueError, LookupError) as exc:
        return _fail(exc)
    print(translate("Cli", "{customer}: {opinion} logged.").format(customer=opinion.customer,
                                                                   opinion=opinion_label(opinion.opinion)))
    return 0


def handle_opinion_list(args, ctx) -> int:
    from shopowner.moments.opinions import opinions_of, summaries
    from shopowner.vocab.moments import opinion_label

    if args.product is not None:
        opinions = opinions_of(ctx.db, args.product)
        if args.json:
            _print_json([o.as_json() for o in opinions])
        for o in [] if args.json else opinions:
            print("\t".join((str(o.customer_id), o.customer, opinion_label(o.opinion), o.note, o.logged_at[:10])))
        return 0
    rows = summaries(ctx.db)
    if args.json:
        _print_json([s.as_json() for s in rows])
        return 0
    if not rows:
        print(translate("Cli", "No opinions logged yet: “opinions add” logs one."))
    for s in rows:
        print(translate("Cli", "{id}\t{name}: {total} asked, {liked} like it, {neutral} neutral, {disliked} "
                               "dislike it").format(id=s.product_id, name=s.product_name, total=s.total,
                                                    liked=s.liked, neutral=s.neutral, disliked=s.disliked))
        for note in s.notes:
            print(f"\t· {note}")
    return 0
