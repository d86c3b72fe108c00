"""``feedback add|list|resolve``: feedback (反馈: praise, complaints, ideas, review material)
without the window, as its “New feedback” dialog and “Resolve complaint…” take it."""

from __future__ import annotations

from shopowner.i18n import translate


def register(sub) -> None:
    from shopowner.cli.followup_log import list_options
    from shopowner.vocab.feedback_kinds import KINDS

    p = sub.add_parser("feedback", help=translate("Cli", "record feedback or a complaint, list "
                                                         "them, resolve a complaint"))
    fsub = p.add_subparsers(dest="feedback_command", required=True)
    a = fsub.add_parser("add", help=translate("Cli", "record what a customer said"))
    a.add_argument("--kind", choices=KINDS, required=True)
    a.add_argument("--text", default="", help=translate("Cli", "what the customer said"))
    a.add_argument("--customer", type=int, default=None, metavar="ID")
    a.add_argument("--rating", type=int, default=None, choices=range(1, 6), metavar="1-5")
    a.add_argument("--product", default="")
    a.add_argument("--screenshot", action="append", default=[], metavar="FILE",
                   help=translate("Cli", "a screenshot to keep with it (repeatable)"))
    a.add_argument("--consent", action="store_true",
                   help=translate("Cli", "the customer agrees that we quote this (anonymously)"))
    a.add_argument("--owner", default="", help=translate("Cli", "who looks after it"))
    a.set_defaults(handler=handle_add)
    ls = fsub.add_parser("list", help=translate("Cli", "the feedback, newest first"))
    ls.add_argument("--open", action="store_true", help=translate("Cli", "only open complaints"))
    list_options(ls, KINDS, translate("Cli", "text in the feedback, product, owner or customer"))
    ls.set_defaults(handler=handle_list)
    r = fsub.add_parser("resolve", help=translate("Cli", "close an open complaint, saying how"))
    r.add_argument("feedback_id", type=int, metavar="ID")
    r.add_argument("--resolution", required=True, metavar="TEXT",
                   help=translate("Cli", "how it was resolved, e.g. sent a new box"))
    r.add_argument("--if-version", type=int, metavar="N", help=translate(
        "Cli", "resolve only if the complaint is still at version N (feedback list --json): one "
               "resolved meanwhile elsewhere is not written over (exit 1)"))
    r.set_defaults(handler=handle_resolve)


def handle_add(args, ctx) -> int:
    from shopowner.followups.feedback import add_feedback

    feedback_id = add_feedback(ctx.db, ctx.data_dir, kind=args.kind, text=args.text,
                               customer_id=args.customer, product_text=args.product,
                               rating=args.rating, consent=args.consent, owner=args.owner,
                               screenshots=args.screenshot)
    print(translate("Cli", "Feedback {id} saved.").format(id=feedback_id))
    if args.kind == "complaint":
        print(translate("Cli", "The complaint is open until you resolve it: feedback resolve {id} "
                               "--resolution TEXT").format(id=feedback_id))
    return 0


def handle_list(args, ctx) -> int:
    from shopowner.cli.followup_log import print_list
    from shopowner.vocab.feedback_kinds import kind_label, status_label
    from shopowner.store.followups import feedback_rows

    def line(r: dict) -> str:
        who = f"{r['customer_name']} (#{r['customer_id']})" if r["customer_id"] else "—"
        what = " · ".join(x for x in (kind_label(r["kind"]), status_label(r["status"]),
                                      "★" * (r["rating"] or 0), r["product_text"]) if x)
        by = f"  [{r['staff_name']}]" if r["staff_name"] else ""
        return f"{r['id']}  {r['created_at'][:16]}{by}  {who}  {what}  {r['text']}"

    rows = feedback_rows(ctx.db, kind=args.kind, status="open" if args.open else "",
                         search=args.search, limit=args.limit)
    return print_list(rows, args.json, translate("Cli", "No feedback."), line)


def handle_resolve(args, ctx) -> int:
    import sys

    from shopowner.followups.feedback import resolve_complaint
    from shopowner.store.errors import RowChanged

    try:
        taken = resolve_complaint(ctx.db, args.feedback_id, args.resolution, expected_version=args.if_version)
    except RowChanged as exc:
        now = exc.current or {}
        print(translate("Cli", "Complaint {id} was saved by someone else since version {expected} (it is at "
                               "version {now} now; resolution: “{resolution}”), so nothing was saved.").format(
            id=args.feedback_id, expected=exc.expected, now=exc.current_version,
            resolution=now.get("resolution") or ""), file=sys.stderr)
        return 1
    print(translate("Cli", "Complaint {id} resolved after {time}.").format(id=args.feedback_id,
                                                                          time=taken))
    return 0
