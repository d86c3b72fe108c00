"""``customers search|timeline|export|find-duplicates|add|edit|erase``: the customer book without
the window (``show``: :mod:`.customer_show`; tag, stage, merge, delete: :mod:`.customer_edits`)."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("customers", help=translate("Cli", "search, show, edit, tag, merge, export "
                                                          "or erase customers"))
    csub = p.add_subparsers(dest="customers_command", required=True)
    s = csub.add_parser("search", help=translate("Cli", "list customers matching a search"))
    s.add_argument("text", nargs="?", default="")
    s.add_argument("--platform")
    s.add_argument("--stage")
    _segment_option(s)
    s.add_argument("--limit", type=int, default=50)
    s.set_defaults(handler=handle_search)
    t = csub.add_parser("timeline", help=translate("Cli", "one customer's orders, cards, WeChat adds, "
                                                          "follow-ups and feedback, newest first"))
    t.add_argument("customer_id", type=int)
    t.add_argument("--json", action="store_true", help=translate("Cli", "print the rows as JSON"))
    t.set_defaults(handler=handle_timeline)
    e = csub.add_parser("export", help=translate("Cli", "export customers with order totals to "
                                                        ".xlsx or .csv"))
    e.add_argument("path")
    e.add_argument("--search", default="")
    e.add_argument("--platform")
    e.add_argument("--stage")
    _segment_option(e)
    e.add_argument("--for-wechat", action="store_true",
                   help=translate("Cli", "the columns for tagging in WeChat: WeChat name and remark, "
                                         "tags and a suggested remark"))
    e.add_argument("--full-phones", action="store_true",
                   help=translate("Cli", "write whole phone numbers (masked by default)"))
    e.set_defaults(handler=handle_export)
    d = csub.add_parser("find-duplicates", help=translate("Cli", "queue likely duplicate customers"))
    d.set_defaults(handler=handle_duplicates)
    r = csub.add_parser("erase", help=translate("Cli", "erase one customer's personal data (PIPL)"))
    r.add_argument("customer_id", type=int)
    r.add_argument("--yes", action="store_true",
                   help=translate("Cli", "confirm: this cannot be undone"))
    r.add_argument("--purge-backups", action="store_true",
                   help=translate("Cli", "also erase this person from the backups in the data "
                                         "folder (each backup is rewritten)"))
    r.set_defaults(handler=handle_erase)
    a = csub.add_parser("add", help=translate("Cli", "add a customer by hand"))
    _person_options(a)
    a.set_defaults(handler=handle_add)
    ed = csub.add_parser("edit", help=translate("Cli", "change a customer's details"))
    ed.add_argument("customer_id", type=int)
    _person_options(ed, phone=False)
    ed.add_argument("--if-version", type=int, metavar="N", help=translate(
        "Cli", "save only if the customer is still at version N (see “customers show”): a change "
               "saved meanwhile elsewhere is not written over (exit 1)"))
    ed.set_defaults(handler=handle_edit)
    from shopowner.cli import customer_edits, customer_show

    customer_show.register(csub)
    customer_edits.register(csub)


def no_customer(customer_id: int) -> str:
    return translate("Cli", "There is no customer {id}. Find the number with "
                            "“customers search”.").format(id=customer_id)


_PERSON = ("name", "nickname", "phone", "province", "city", "district", "address", "wechat_name",
           "notes")


def _person_options(parser, *, phone: bool = True) -> None:
    for field in _PERSON:
        if field == "phone" and not phone:
            continue
        parser.add_argument("--" + field.replace("_", "-"), dest=field)
    parser.add_argument("--yes", action="store_true",
                        help=translate("Cli", "store the details even if this person asked to be "
                                              "erased"))


def _given(args) -> dict:
    return {f: getattr(args, f) for f in _PERSON if getattr(args, f, None) is not None}


def _may_store(args, ctx, values: dict, customer_id: int | None = None) -> bool:
    """Warn and ask (or, without a terminal, refuse unless --yes) before storing an erased
    person again."""
    from shopowner.customers.book import asked_to_be_erased, erased_warning

    if args.yes or not asked_to_be_erased(ctx.db, values, customer_id):
        return True
    print(erased_warning(), file=sys.stderr)
    if sys.stdin is not None and sys.stdin.isatty():
        answer = input(translate("Cli", "Store this person again? [y/N] "))
        return answer.strip().lower() in ("y", "yes", "是", "好")
    print(translate("Cli", "Nothing was stored. Run again with --yes to store them anyway."),
          file=sys.stderr)
    return False


def handle_add(args, ctx) -> int:
    from shopowner.customers.book import add_customer_by_hand

    values = _given(args)
    if not _may_store(args, ctx, values):
        return 1
    try:
        cid = add_customer_by_hand(ctx.db, values)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(translate("Cli", "Customer {id} added.").format(id=cid))
    return 0


def handle_edit(args, ctx) -> int:
    from shopowner.customers.book import edit_customer
    from shopowner.store.customers import get_customer
    from shopowner.store.errors import RowChanged

    if get_customer(ctx.db, args.customer_id) is None:
        print(no_customer(args.customer_id), file=sys.stderr)
        return 1
    values = _given(args)
    if not _may_store(args, ctx, values, args.customer_id):
        return 1
    try:
        edit_customer(ctx.db, args.customer_id, values, expected_version=args.if_version)
    except RowChanged as exc:
        return _changed_meanwhile(args, values, exc)
    print(translate("Cli", "Customer {id} saved.").format(id=args.customer_id))
    return 0


def _changed_meanwhile(args, values: dict, exc) -> int:
    """``--if-version`` found the customer saved since: say so, with the given values that differ
    from the customer's now (nothing was written)."""
    from shopowner.customers.book import edit_fields
    from shopowner.customers.versions import Conflict, conflict_rows, editable_values

    if exc.current is None:
        print(no_customer(args.customer_id), file=sys.stderr)
        return 1
    now = editable_values(exc.current)
    print(translate("Cli", "Customer {id} was saved by someone else since version {expected} (it is at "
                           "version {now} now), so nothing was saved. Look at it with “customers show "
                           "{id}”, then edit again with --if-version {now}.").format(
        id=args.customer_id, expected=exc.expected, now=exc.current_version), file=sys.stderr)
    differ = [Conflict(f, "", v, now.get(f)) for f, v in edit_fields(values).items() if (now.get(f) or "") != v]
    for label, yours, theirs in conflict_rows(differ):
        print(translate("Cli", "  {field}: yours “{yours}”, now in the book “{now}”").format(
            field=label, yours=yours, now=theirs), file=sys.stderr)
    return 1


def _segment_option(parser) -> None:
    from shopowner.vocab.rfm_segments import SEGMENTS

    parser.add_argument("--segment", choices=list(SEGMENTS),
                        help=translate("Cli", "only the customers of this RFM segment (see growth --json)"))


def _filters(args) -> dict:
    return {k: v for k, v in (("platform", args.platform), ("stage", args.stage),
                              ("segment", args.segment)) if v}


def handle_search(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.store.customer_query import fetch_page

    print_json(fetch_page(ctx.db, _filters(args), args.text, limit=args.limit))
    return 0


def handle_timeline(args, ctx) -> int:
    """The customer's timeline, the rows the window's detail pane shows."""
    from shopowner.cli import print_json
    from shopowner.followups.timeline import customer_timeline
    from shopowner.store.customers import get_customer
    from shopowner.vocab.names import title_of

    customer = get_customer(ctx.db, args.customer_id)
    if customer is None:
        print(translate("Cli", "There is no customer {id}. Find the number with "
                               "“customers search”.").format(id=args.customer_id), file=sys.stderr)
        return 1
    rows = customer_timeline(ctx.db, args.customer_id)
    if args.json:
        print_json({"customer_id": args.customer_id, "name": title_of(customer), "timeline": rows})
        return 0
    print(title_of(customer))
    for row in rows:
        print(f"{row['at'] or '—':16}  {row['what']}  {row['details']}")
    if not rows:
        print(translate("Cli", "Nothing recorded for this customer yet."))
    return 0


def handle_export(args, ctx) -> int:
    from shopowner.customers.export import export_matching

    try:
        n = export_matching(ctx.db, args.path, _filters(args), args.search,
                            mask_phones=not args.full_phones, for_wechat=args.for_wechat)
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
    from shopowner.cli.progress import terminal_progress
    from shopowner.customers.book import erase_personal_data
    from shopowner.store.customers import get_customer

    if not args.yes:
        print(translate("Cli", "Erasing cannot be undone. Run again with --yes to erase customer "
                               "{id}.").format(id=args.customer_id), file=sys.stderr)
        return 1
    if get_customer(ctx.db, args.customer_id) is None:
        print(no_customer(args.customer_id), file=sys.stderr)
        return 1
    with terminal_progress() as progress:
        erased = erase_personal_data(ctx.db, ctx.data_dir, args.customer_id,
                                     purge_backups=args.purge_backups, progress=progress)
    print(translate("Cli", "The personal data of customer {id} was erased; orders and totals "
                           "stay.").format(id=args.customer_id))
    if not erased["clean"]:
        print(translate("Cli", "Another program is still reading the shop file: the erased text "
                               "stays in the file until that program closes. Close other "
                               "ShopOwner windows and database tools now."), file=sys.stderr)
    if args.purge_backups:
        purged = erased["backups"]
        print(translate("Cli", "%n backup(s) rewritten without this person.", "",
                        purged["files"]))
        for failed in purged["failed"]:
            print(translate("Cli", "Could not clean a backup, left as it was: {reason}").format(
                reason=failed), file=sys.stderr)
        if purged["cancelled"]:
            print(translate("Cli", "Stopped: the backups not rewritten yet still hold this "
                                   "person."), file=sys.stderr)
        return 1 if purged["failed"] or purged["cancelled"] else 0
    from shopowner.store.customer_privacy import backup_files

    if backup_files(ctx.data_dir):
        print(translate("Cli", "The backups in the data folder still hold this person. Run "
                               "again with --purge-backups to erase them there too."))
    return 0
