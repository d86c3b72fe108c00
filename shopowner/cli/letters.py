"""``letters list|show|versions|set|restore``: the founder's letters without the window, so a
shop can be set up and tested headless. The same functions as the letter editor and its
versions window (:mod:`shopowner.cards.letter_versions`)."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def register(sub) -> None:
    from shopowner.cards.letter_versions import AUDIENCES, LETTER_PLATFORMS

    p = sub.add_parser("letters", help=translate("Cli", "list, show, write and restore the founder's letters"))
    lsub = p.add_subparsers(dest="letters_command", required=True, metavar=translate("Cli", "ACTION"))

    ls = lsub.add_parser("list", help=translate("Cli", "every letter with its rules, current version, "
                                                       "cards printed and WeChat adds"))
    _json_option(ls)
    ls.set_defaults(handler=handle_list)

    show = lsub.add_parser("show", help=translate("Cli", "a letter's text and signature"))
    show.add_argument("name", metavar="NAME")
    show.add_argument("--version", type=int, metavar="N",
                      help=translate("Cli", "an older version (default: the current one)"))
    _json_option(show)
    show.set_defaults(handler=handle_show)

    versions = lsub.add_parser("versions", help=translate("Cli", "a letter's versions, newest first, each "
                                                                 "with cards printed, adds and add-rate"))
    versions.add_argument("name", metavar="NAME")
    versions.add_argument("--limit", type=int, default=50, metavar="N",
                          help=translate("Cli", "show at most N versions (default 50)"))
    _json_option(versions)
    versions.set_defaults(handler=handle_versions)

    s = lsub.add_parser("set", help=translate("Cli", "write a letter from a text file (created if new; "
                                                     "a new version when its words change)"))
    s.add_argument("name", metavar="NAME")
    s.add_argument("--text-file", required=True, metavar="FILE",
                   help=translate("Cli", "the letter's text (UTF-8 or GBK), with merge fields such as "
                                         "{称呼}; - reads it from standard input"))
    s.add_argument("--signature", metavar="TEXT",
                   help=translate("Cli", "the signature, e.g. {创始人} (default: keep it; empty for a new letter)"))
    s.add_argument("--audience", choices=AUDIENCES,
                   help=translate("Cli", "who gets it: any, first (first order) or returning"))
    s.add_argument("--platform", choices=("any", *LETTER_PLATFORMS),
                   help=translate("Cli", "only for orders from this platform (any: every platform)"))
    s.add_argument("--priority", type=int, metavar="N",
                   help=translate("Cli", "higher wins when several letters fit a parcel"))
    state = s.add_mutually_exclusive_group()
    state.add_argument("--on", dest="active", action="store_true", default=None,
                       help=translate("Cli", "use the letter for printing"))
    state.add_argument("--off", dest="active", action="store_false",
                       help=translate("Cli", "keep the letter but do not use it"))
    s.add_argument("--layout", metavar="NAME",
                   help=translate("Cli", "check that the letter fits this card layout (default: the "
                                         "cards command's default layout)"))
    _json_option(s)
    s.set_defaults(handler=handle_set)

    r = lsub.add_parser("restore", help=translate("Cli", "make an old version's words the current ones "
                                                         "(as a new version; nothing is overwritten)"))
    r.add_argument("name", metavar="NAME")
    r.add_argument("--version", type=int, required=True, metavar="N", help=translate("Cli", "the version to restore"))
    _json_option(r)
    r.set_defaults(handler=handle_restore)


def _json_option(parser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print the result as JSON"))


def _error(message) -> int:
    print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
    return 1


def _prepare(ctx):
    """The shop's letters as the window shows them (the starter letters on a new shop)."""
    from shopowner.cards.batch import ensure_starter_letters

    ensure_starter_letters(ctx.db)
    return ctx.db


def _figures(row: dict) -> dict:
    from shopowner.cards.letter_versions import add_rate

    rate = add_rate(row["redeemed"], row["printed"])
    return {"printed": row["printed"], "adds": row["redeemed"],
            "add_rate": None if rate is None else round(rate, 4)}


def _version_json(letter: dict, version: dict, current_no: int) -> dict:
    return {"name": letter["name"], "version": version["version_no"],
            "current": version["version_no"] == current_no, "written_at": version["created_at"],
            "restored_from": version["restored_from"], "body": version["body"],
            "signature": version["signature"], **_figures(version)}


def handle_list(args, ctx) -> int:
    from shopowner.cards.letter_versions import audience_label, platform_label, rate_text
    from shopowner.cli import print_json
    from shopowner.store.letters import letter_summaries

    rows = letter_summaries(_prepare(ctx))
    if args.json:
        print_json([{"name": r["name"], "audience": r["audience"], "platform": r["platform"] or "any",
                     "priority": r["priority"], "active": bool(r["active"]), "version": r["version_no"],
                     "versions": r["versions"], **_figures(r)} for r in rows])
        return 0
    if not rows:
        print(translate("Cli", "No letters yet. Write one: letters set NAME --text-file FILE"))
    for r in rows:
        state = translate("Cli", "in use") if r["active"] else translate("Cli", "switched off")
        print(translate("Cli", "{name} — {audience} · {platform} · priority {priority} · {state}").format(
            name=r["name"], audience=audience_label(r["audience"]), platform=platform_label(r["platform"]),
            priority=r["priority"], state=state))
        print("    " + translate("Cli", "version {n} of {count} · %n card(s) printed · "
                                        "WeChat adds: {rate}", "", r["printed"]).format(
            n=r["version_no"], count=r["versions"],
            rate=rate_text(r["redeemed"], r["printed"])))
    return 0


def handle_show(args, ctx) -> int:
    from shopowner.cards.letter_versions import LetterError, find_letter, find_version, rate_text
    from shopowner.cli import print_json

    db = _prepare(ctx)
    try:
        letter = find_letter(db, args.name)
        current = find_version(db, letter)
        version = find_version(db, letter, args.version) if args.version is not None else current
    except LetterError as exc:
        return _error(exc)
    if args.json:
        print_json(_version_json(letter, version, current["version_no"]))
        return 0
    head = translate("Cli", "{name} — version {n} of {count}, written {when}").format(
        name=letter["name"], n=version["version_no"], count=current["version_no"],
        when=version["created_at"][:16])
    if version["version_no"] == current["version_no"]:
        head += translate("Cli", " (current)")
    print(head)
    print(translate("Cli", "%n card(s) printed with it · WeChat adds: {rate}", "", version["printed"]).format(
        rate=rate_text(version["redeemed"], version["printed"])))
    print()
    print(version["body"])
    print()
    print(translate("Cli", "Signature: {signature}").format(signature=version["signature"]))
    return 0


def handle_versions(args, ctx) -> int:
    from shopowner.cards.letter_versions import LetterError, find_letter, rate_text
    from shopowner.cli import print_json
    from shopowner.store.letters import version_page

    db = _prepare(ctx)
    try:
        letter = find_letter(db, args.name)
    except LetterError as exc:
        return _error(exc)
    if args.limit < 1:
        return _error(translate("Cli", "--limit must be 1 or more."))
    rows = version_page(db, letter["id"], limit=args.limit)
    current_no = rows[0]["version_no"] if rows else 0
    if args.json:
        print_json([{k: v for k, v in _version_json(letter, r, current_no).items() if k not in ("body", "signature")}
                    for r in rows])
        return 0
    for r in rows:
        line = translate("Cli", "version {n} · written {when} · %n card(s) printed · WeChat adds: {rate}", "",
                         r["printed"]).format(
            n=r["version_no"], when=r["created_at"][:16],
            rate=rate_text(r["redeemed"], r["printed"]))
        if r["restored_from"]:
            line += translate("Cli", " · restored from version {n}").format(n=r["restored_from"])
        if r["version_no"] == current_no:
            line += translate("Cli", " (current)")
        print(line)
    return 0


def handle_set(args, ctx) -> int:
    from shopowner.cards.layouts import LayoutError, get_layout
    from shopowner.cards.letter_versions import LetterError, read_text_file, set_letter
    from shopowner.cli import print_json

    db = _prepare(ctx)
    try:
        layout = get_layout(args.layout, ctx.data_dir)
        body = _read_stdin() if args.text_file == "-" else read_text_file(args.text_file)
        platform = None if args.platform is None else ("" if args.platform == "any" else args.platform)
        result = set_letter(db, args.name, body, args.signature, audience=args.audience, platform=platform,
                            priority=args.priority, active=args.active, layout=layout)
    except (LetterError, LayoutError) as exc:
        return _error(exc)
    n = result.version["version_no"]
    if args.json:
        print_json({"name": result.letter["name"], "created": result.created,
                    "new_version": result.new_version, "version": n,
                    "warnings": [{"kind": w.kind, "message": w.message, "spans": [list(s) for s in w.spans]}
                                 for w in result.warnings]})
    elif result.created:
        print(translate("Cli", "Letter “{name}” created (version {n}).").format(name=result.letter["name"], n=n))
    elif result.new_version:
        print(translate("Cli", "Letter “{name}” saved as version {n}; the earlier versions are kept.").format(
            name=result.letter["name"], n=n))
    else:
        print(translate("Cli", "Letter “{name}” unchanged: version {n} already has these words.").format(
            name=result.letter["name"], n=n))
    for warning in result.warnings:
        print(translate("Cli", "Warning: {message}").format(message=warning.message), file=sys.stderr)
    return 0


def _read_stdin() -> str:
    from shopowner.cards.letter_versions import letter_text

    return letter_text(sys.stdin.buffer.read(), translate("Cli", "standard input"))


def handle_restore(args, ctx) -> int:
    from shopowner.cards.letter_versions import LetterError, find_letter, restore, restore_message
    from shopowner.cli import print_json

    db = _prepare(ctx)
    try:
        letter = find_letter(db, args.name)
        result = restore(db, letter, args.version)
    except LetterError as exc:
        return _error(exc)
    if args.json:
        print_json({"name": letter["name"], "restored": args.version, "created": result["created"],
                    "version": result["version"]["version_no"],
                    "previous_version": result["previous"]["version_no"]})
    else:
        print(restore_message(letter, args.version, result))
    return 0
