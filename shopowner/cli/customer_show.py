"""``customers show ID [--json]``: what the window's detail pane shows for one customer — the
details, phones and platform IDs (masked unless ``--full-phones``), tags, notes and fields, merges
that can be undone, orders, and the follow-ups, feedback and WeChat adds."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def register(csub) -> None:
    s = csub.add_parser("show", help=translate("Cli", "show one customer: details, tags, orders "
                                                      "and follow-ups"))
    s.add_argument("customer_id", type=int, metavar="ID")
    s.add_argument("--full-phones", action="store_true",
                   help=translate("Cli", "show whole phone numbers (masked by default)"))
    s.add_argument("--limit", type=int, default=20, metavar="N",
                   help=translate("Cli", "at most N orders and N timeline lines (default 20)"))
    s.add_argument("--json", action="store_true", help=translate("Cli", "print the details as JSON"))
    s.set_defaults(handler=handle_show)


def _identities(detail: dict, full: bool) -> list[dict]:
    from shopowner.customers.labels import identity_text

    return [{**i, "value": identity_text(i["kind"], i["value"], full)} for i in detail["identities"]]


def handle_show(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.cli.customers import no_customer
    from shopowner.followups.timeline import customer_timeline
    from shopowner.store.customer_detail import detail_of

    detail = detail_of(ctx.db, args.customer_id)
    if detail is None:
        print(no_customer(args.customer_id), file=sys.stderr)
        return 1
    if args.full_phones:
        from shopowner.staff.permissions import PHONES, require

        require(ctx.db, PHONES)  # team mode: the founder, or staff allowed to see them
    detail["identities"] = _identities(detail, args.full_phones)
    if args.json:
        print_json(detail)
        return 0
    for line in _summary(detail):
        print(line)
    _orders(detail, args.limit)
    items = [i for i in customer_timeline(ctx.db, args.customer_id) if i["kind"] != "order"]
    if items:  # the timeline's own rows, as the detail pane shows them (orders are listed above)
        print(translate("Cli", "Follow-ups, feedback and WeChat adds (%n, newest first):", "",
                        len(items)))
        for item in items[:args.limit]:
            print(f"  {item['at']}  {item['what']}  {item['details']}".rstrip())
    return 0


def _summary(detail: dict) -> list[str]:
    from shopowner.customers.labels import identity_kind_label, wechat_label
    from shopowner.vocab.money import yuan
    from shopowner.vocab.names import title_of
    from shopowner.vocab.platforms import platform_name
    from shopowner.vocab.stages import stage_label

    c = detail["customer"]
    lines = [translate("Cli", "{name} (customer {id})").format(
        name=title_of(c), id=c["id"])]
    stage = stage_label(c["stage"])
    lines.append(translate("Cli", "Stage: {stage} (set by hand)").format(stage=stage)
                 if c["stage_manual"] else translate("Cli", "Stage: {stage}").format(stage=stage))
    lines.append(translate("Cli", "Orders: {n} · spent ¥{spent}").format(
        n=c["order_count"], spent=yuan(c["total_spent_fen"])))
    lines.append(translate("Cli", "WeChat: {status}").format(
        status=wechat_label(c["wechat_status"], c["wechat_name"])))
    place = "".join(c[k] or "" for k in ("province", "city", "district", "address"))
    if place:
        lines.append(translate("Cli", "Address: {place}").format(place=place))
    if c["erased_at"]:
        lines.append(translate("Cli", "Personal data erased on {when}").format(when=c["erased_at"]))
    if detail["open_complaints"]:
        lines.append(translate("Cli", "Open complaints: {n}").format(n=detail["open_complaints"]))
    for ident in detail["identities"]:
        kind = identity_kind_label(ident["kind"])
        if ident["platform"]:
            kind = translate("Cli", "{kind} ({platform})").format(
                kind=kind, platform=platform_name(ident["platform"]))
        lines.append(translate("Cli", "{label}: {value}").format(label=kind, value=ident["value"]))
    if detail["tags"]:
        lines.append(translate("Cli", "Tags: {tags}").format(
            tags="、".join(t["name"] for t in detail["tags"])))
    if c["notes"]:
        lines.append(translate("Cli", "Notes: {notes}").format(notes=c["notes"]))
    lines += [translate("Cli", "{label}: {value}").format(label=key, value=value)
              for key, value in (c["custom_fields"] or {}).items()]
    lines.append(translate("Cli", "Version: {n} (customers edit --if-version {n} saves only over this one)")
                 .format(n=c["version"]))
    for merge in detail["merges"]:
        lines.append(translate("Cli", "Customer {merged} ({name}) was merged in on {when}; to undo: "
                                      "customers unmerge {id}").format(
            merged=merge["merged_id"], name=merge["merged_name"] or "", when=merge["merged_at"],
            id=c["id"]))
    return lines


def _orders(detail: dict, limit: int) -> None:
    from shopowner.vocab.money import yuan
    from shopowner.vocab.platforms import platform_name

    orders = detail["orders"]
    if not orders:
        return
    print(translate("Cli", "Orders (%n, newest first):", "", detail["order_total"]))
    for o in orders[:limit]:
        print(f"  {(o['created_at'] or '')[:16]}  {platform_name(o['platform'])} "
              f"{o['platform_order_id']}  {o['status_text'] or o['status']}  "
              f"¥{yuan(o['paid_fen'] - o['refund_fen'])}  {o['items'] or ''}".rstrip())
