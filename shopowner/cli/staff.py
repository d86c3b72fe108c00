"""``staff add|list|edit|remove|activity``: the shop's people (team mode's "who did what").

Once the book has staff, every command says who runs it with the global ``--staff NAME`` (or
``$SHOPOWNER_STAFF``; a PIN through ``$SHOPOWNER_PIN``), and only a founder manages staff. The
first person added needs no ``--staff``: they become the founder.
"""

from __future__ import annotations

from shopowner.i18n import translate


def _allowances(text: str) -> list[str]:
    import argparse

    from shopowner.vocab.staff import ALLOWANCES

    keys = [k.strip() for k in (text or "").split(",") if k.strip()]
    wrong = [k for k in keys if k not in ALLOWANCES]
    if wrong:
        raise argparse.ArgumentTypeError(translate("Cli", "“{value}” is not one of: {keys}.").format(
            value=",".join(wrong), keys=", ".join(ALLOWANCES)))
    return keys


def register(sub) -> None:
    from shopowner.vocab.staff import ROLES

    p = sub.add_parser("staff", help=translate("Cli", "the people who sign in (team mode): add, list, "
                                                      "change, remove; who did what"))
    ssub = p.add_subparsers(dest="staff_command", required=True)
    allow_help = translate("Cli", "what a staff member may do besides the everyday work, comma-separated: "
                                  "export (the book), erase (customers), phones (see full numbers)")
    a = ssub.add_parser("add", help=translate("Cli", "add a person (the first one added is the founder)"))
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", choices=ROLES, default="staff")
    a.add_argument("--allow", type=_allowances, default=[], metavar="WHAT", help=allow_help)
    a.add_argument("--pin", default="", metavar="DIGITS",
                   help=translate("Cli", "a PIN of 4 to 12 digits asked at sign-in (optional)"))
    a.set_defaults(handler=handle_add)
    ls = ssub.add_parser("list", help=translate("Cli", "everyone on the staff list"))
    ls.add_argument("--json", action="store_true", help=translate("Cli", "print them as JSON"))
    ls.set_defaults(handler=handle_list)
    e = ssub.add_parser("edit", help=translate("Cli", "change a person's name, role, allowances or PIN"))
    e.add_argument("name", metavar="NAME")
    e.add_argument("--rename", metavar="NEW")
    e.add_argument("--role", choices=ROLES)
    e.add_argument("--allow", type=_allowances, default=[], metavar="WHAT", help=allow_help)
    e.add_argument("--deny", type=_allowances, default=[], metavar="WHAT",
                   help=translate("Cli", "take these allowances away (same words as --allow)"))
    e.add_argument("--pin", metavar="DIGITS", help=translate("Cli", "a new PIN; \"\" removes it"))
    e.add_argument("--active", action="store_true",
                   help=translate("Cli", "put a person taken off the list back on it"))
    e.set_defaults(handler=handle_edit)
    r = ssub.add_parser("remove", help=translate("Cli", "take a person off the list (what they did keeps "
                                                        "their name)"))
    r.add_argument("name", metavar="NAME")
    r.set_defaults(handler=handle_remove)
    w = ssub.add_parser("activity", help=translate("Cli", "who did what, newest first: follow-ups, "
                                                          "feedback, WeChat adds, card prints, imports"))
    w.add_argument("--name", default=None, metavar="NAME", help=translate("Cli", "only this person"))
    w.add_argument("--limit", type=int, default=50, metavar="N")
    w.add_argument("--json", action="store_true", help=translate("Cli", "print them as JSON"))
    w.set_defaults(handler=handle_activity)


def _line(p: dict) -> str:
    from shopowner.vocab.staff import allowance_label, role_label

    what = [role_label(p["role"])]
    if p["role"] != "founder" and p["allowed"]:
        what.append(translate("Cli", "may: {what}").format(what="、".join(allowance_label(k) for k in p["allowed"])))
    if p["has_pin"]:
        what.append(translate("Cli", "PIN"))
    if not p["active"]:
        what.append(translate("Cli", "taken off the list"))
    return f"{p['name']}  " + " · ".join(what)


def handle_add(args, ctx) -> int:
    from shopowner.staff.people import add_person

    person = add_person(ctx.db, args.name, role=args.role, allow=args.allow, pin=args.pin)
    print(translate("Cli", "Added: {line}").format(line=_line(person)))
    if person["role"] == "founder" and args.role != "founder":
        print(translate("Cli", "The first person added is the founder: from now on every command says "
                               "who runs it (--staff NAME or $SHOPOWNER_STAFF)."))
    return 0


def handle_list(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.staff.people import people

    rows = people(ctx.db)
    if args.json:
        print_json(rows)
    elif not rows:
        print(translate("Cli", "No staff: this book works without signing in. Add the founder first: "
                               "staff add NAME"))
    for row in [] if args.json else rows:
        print(_line(row))
    return 0


def handle_edit(args, ctx) -> int:
    from shopowner.staff.people import edit_person

    allow = {**dict.fromkeys(args.allow, True), **dict.fromkeys(args.deny, False)}
    person = edit_person(ctx.db, args.name, new_name=args.rename, role=args.role, allow=allow or None,
                         pin=args.pin, active=True if args.active else None)
    print(translate("Cli", "Saved: {line}").format(line=_line(person)))
    return 0


def handle_remove(args, ctx) -> int:
    from shopowner.staff.people import remove_person

    person = remove_person(ctx.db, args.name)
    print(translate("Cli", "{name} can no longer sign in; what they did still shows their name.").format(
        name=person["name"]))
    return 0


def handle_activity(args, ctx) -> int:
    from shopowner.cli.followup_log import print_list
    from shopowner.staff.activity import activity

    rows = activity(ctx.db, name=args.name, limit=max(args.limit, 1))
    return print_list(rows, args.json, translate("Cli", "Nothing recorded with a name yet."),
                      lambda r: f"{r['at'][:16]}  {r['who']}  {r['what']}  {r['details']}")
