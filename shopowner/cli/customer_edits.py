"""``customers tag|untag|stage|merge|unmerge|delete``: the customer book's writes the window
offers on a selection or in the detail pane, through the same core functions."""

from __future__ import annotations

import sys

from shopowner.i18n import translate

AUTO = "auto"  # ``--stage auto``: back to the stage rules (the window's “Automatic”)


def register(csub) -> None:
    from shopowner.customers.actions import PICK_FIELDS
    from shopowner.store.customers import STAGES

    t = csub.add_parser("tag", help=translate("Cli", "tag customers (the tag is made when new)"))
    t.add_argument("customer_ids", nargs="+", type=int, metavar="ID")
    t.add_argument("--tag", required=True, metavar="NAME")
    t.add_argument("--colour", "--color", dest="colour", metavar="#RRGGBB",
                   help=translate("Cli", "the tag's colour, e.g. #27ae60"))
    t.set_defaults(handler=handle_tag)
    u = csub.add_parser("untag", help=translate("Cli", "take a tag off a customer"))
    u.add_argument("customer_id", type=int, metavar="ID")
    u.add_argument("--tag", required=True, metavar="NAME")
    u.set_defaults(handler=handle_untag)
    s = csub.add_parser("stage", help=translate("Cli", "set customers' stage by hand (auto: by "
                                                       "the rules again)"))
    s.add_argument("customer_ids", nargs="+", type=int, metavar="ID")
    s.add_argument("--stage", required=True, choices=[*STAGES, AUTO])
    s.set_defaults(handler=handle_stage)
    m = csub.add_parser("merge", help=translate("Cli", "merge the second customer into the first "
                                                       "(can be undone)"))
    m.add_argument("keep_id", type=int, metavar="KEEP")
    m.add_argument("other_id", type=int, metavar="OTHER")
    m.add_argument("--take", action="append", default=[], choices=PICK_FIELDS, metavar="FIELD",
                   help=translate("Cli", "keep OTHER's value of this field (repeatable): {fields}")
                   .format(fields=", ".join(PICK_FIELDS)))
    m.set_defaults(handler=handle_merge)
    un = csub.add_parser("unmerge", help=translate("Cli", "undo the latest merge into a customer"))
    un.add_argument("customer_id", type=int, metavar="ID")
    un.set_defaults(handler=handle_unmerge)
    f = csub.add_parser("field", help=translate("Cli", "set one of a customer's own fields (尺码, 生日…), "
                                                       "as the detail pane's 自定义字段; no value removes it"))
    f.add_argument("customer_id", type=int, metavar="ID")
    f.add_argument("key", metavar="FIELD")
    f.add_argument("value", nargs="?", default="", metavar="VALUE")
    f.set_defaults(handler=handle_field)
    ds = csub.add_parser("distinct", help=translate("Cli", "remember that two customers are not the same "
                                                           "person (never proposed as duplicates again)"))
    ds.add_argument("customer_ids", nargs=2, type=int, metavar="ID")
    ds.set_defaults(handler=handle_distinct)
    d = csub.add_parser("delete", help=translate("Cli", "delete a customer with their orders, "
                                                        "follow-ups and tags"))
    d.add_argument("customer_id", type=int, metavar="ID")
    d.add_argument("--yes", action="store_true",
                   help=translate("Cli", "confirm: this cannot be undone"))
    d.set_defaults(handler=handle_delete)


def listed_customers(ctx, ids) -> list[dict] | None:
    """The customers with these numbers, as the book lists them; ``None`` after saying on stderr
    which number is not there (unknown, or merged into another)."""
    from shopowner.cli.customers import no_customer
    from shopowner.store.customers import get_customer

    found = []
    for cid in dict.fromkeys(ids):
        customer = get_customer(ctx.db, cid)
        if customer is None:
            print(no_customer(cid), file=sys.stderr)
            return None
        if customer["merged_into"]:
            print(translate("Cli", "Customer {id} was merged into customer {kept}. Use {kept}, or "
                                   "undo that merge with “customers unmerge {kept}”.")
                  .format(id=cid, kept=customer["merged_into"]), file=sys.stderr)
            return None
        found.append(customer)
    return found


def handle_tag(args, ctx) -> int:
    from shopowner.customers.book import tag_customers_by_name

    found = listed_customers(ctx, args.customer_ids)
    if found is None:
        return 1
    tag_customers_by_name(ctx.db, [c["id"] for c in found], args.tag, args.colour)
    print(translate("Cli", "Tag “{tag}” added to %n customer(s).", "", len(found))
          .format(tag=args.tag.strip()))
    return 0


def handle_untag(args, ctx) -> int:
    from shopowner.customers.book import untag_customers_by_name

    if listed_customers(ctx, [args.customer_id]) is None:
        return 1
    if not untag_customers_by_name(ctx.db, [args.customer_id], args.tag):
        print(translate("Cli", "There is no tag “{tag}”.").format(tag=args.tag), file=sys.stderr)
        return 1
    print(translate("Cli", "Tag “{tag}” taken off customer {id}.").format(tag=args.tag.strip(),
                                                                         id=args.customer_id))
    return 0


def handle_stage(args, ctx) -> int:
    from shopowner.vocab.stages import stage_label
    from shopowner.store.customers import set_stage

    found = listed_customers(ctx, args.customer_ids)
    if found is None:
        return 1
    stage = None if args.stage == AUTO else args.stage
    set_stage(ctx.db, [c["id"] for c in found], stage)
    if stage is None:
        print(translate("Cli", "%n customer(s) staged by the rules again.", "", len(found)))
    else:
        print(translate("Cli", "%n customer(s) set to the stage “{stage}”.", "", len(found))
              .format(stage=stage_label(stage)))
    return 0


def _merge_refused(exc) -> int:
    from shopowner.customers.actions import merge_error_message

    print(translate("Cli", "Error: {message}").format(message=merge_error_message(exc)),
          file=sys.stderr)
    return 1


def handle_merge(args, ctx) -> int:
    from shopowner.customers.actions import merge_two
    from shopowner.store.customer_merge import MergeError

    if listed_customers(ctx, [args.keep_id, args.other_id]) is None:
        return 1
    try:
        merge_two(ctx.db, args.keep_id, args.other_id, {f: "merged" for f in args.take})
    except MergeError as exc:
        return _merge_refused(exc)
    print(translate("Cli", "Customer {other} was merged into customer {keep}. To undo: customers "
                           "unmerge {keep}").format(other=args.other_id, keep=args.keep_id))
    return 0


def handle_unmerge(args, ctx) -> int:
    from shopowner.customers.actions import undo_latest_merge
    from shopowner.store.customer_merge import MergeError

    if listed_customers(ctx, [args.customer_id]) is None:
        return 1
    try:
        kept, merged = undo_latest_merge(ctx.db, args.customer_id)
    except MergeError as exc:
        return _merge_refused(exc)
    print(translate("Cli", "The merge was undone: customers {kept} and {merged} are separate "
                           "again.").format(kept=kept, merged=merged))
    return 0


def handle_delete(args, ctx) -> int:
    from shopowner.customers.book import delete_customer_and_files

    found = listed_customers(ctx, [args.customer_id])
    if found is None:
        return 1
    if not args.yes:
        print(translate("Cli", "Deleting cannot be undone: customer {id} goes with their orders "
                               "(%n), follow-ups and tags. To keep the orders, use “customers "
                               "erase” instead. Run again with --yes to delete.", "",
                        found[0]["order_count"]).format(id=args.customer_id), file=sys.stderr)
        return 1
    result = delete_customer_and_files(ctx.db, ctx.data_dir, args.customer_id)
    print(translate("Cli", "Customer {id} was deleted with %n order(s).", "", result["orders"])
          .format(id=args.customer_id))
    return 0


def handle_field(args, ctx) -> int:
    """The detail pane's custom fields, one at a time (saved with the same function)."""
    from shopowner.store.customers import update_customer

    found = listed_customers(ctx, [args.customer_id])
    key = args.key.strip()
    if found is None:
        return 1
    if not key:
        print(translate("Cli", "Error: {message}").format(message=translate(
            "Cli", "Give the field a name, such as 尺码 or 生日.")), file=sys.stderr)
        return 2
    fields = dict(found[0]["custom_fields"] or {})
    if args.value.strip():
        fields[key] = args.value.strip()
    elif fields.pop(key, None) is None:
        print(translate("Cli", "Customer {id} has no field “{key}”; nothing changed.")
              .format(id=args.customer_id, key=key))
        return 0
    update_customer(ctx.db, args.customer_id, custom_fields=fields)
    if args.value.strip():
        print(translate("Cli", "Customer {id}: {key} = {value}.").format(id=args.customer_id, key=key,
                                                                       value=args.value.strip()))
    else:
        print(translate("Cli", "Customer {id}: field “{key}” removed.").format(id=args.customer_id, key=key))
    return 0


def handle_distinct(args, ctx) -> int:
    """The duplicates window's “not the same person”."""
    from shopowner.store.customer_duplicates import mark_distinct

    first, second = args.customer_ids
    if first == second:
        print(translate("Cli", "Error: {message}").format(message=translate(
            "Cli", "Give two different customers.")), file=sys.stderr)
        return 2
    if listed_customers(ctx, [first, second]) is None:
        return 1
    mark_distinct(ctx.db, first, second)
    print(translate("Cli", "Remembered: customers {a} and {b} are not the same person; they will not be "
                           "proposed as duplicates again.").format(a=first, b=second))
    return 0
