"""``reminders list|done|snooze|rules|rule``: 今日待办 and the reminder rules without the window
(its “To do today” and “Reminder rules” tabs)."""

from __future__ import annotations


from shopowner import clock
from shopowner.i18n import translate


def register(sub) -> None:
    from shopowner.cli.followup_log import day_arg
    from shopowner.followups.reminders import DEFAULT_RULES

    p = sub.add_parser("reminders", help=translate("Cli", "what to do today; reminder rules"))
    rsub = p.add_subparsers(dest="reminders_command", required=True)
    ls = rsub.add_parser("list", help=translate("Cli", "the reminders due today (brought up to "
                                                       "date first)"))
    ls.add_argument("--rule", choices=[*DEFAULT_RULES, "next_contact", "manual"], default=None)
    ls.add_argument("--json", action="store_true", help=translate("Cli", "print them as JSON"))
    ls.set_defaults(handler=handle_list)
    d = rsub.add_parser("done", help=translate("Cli", "mark a reminder done"))
    d.add_argument("reminder_id", type=int, metavar="ID")
    d.set_defaults(handler=handle_done)
    s = rsub.add_parser("snooze", help=translate("Cli", "hide a reminder until a later day"))
    s.add_argument("reminder_id", type=int, metavar="ID")
    s.add_argument("--until", type=day_arg, required=True, metavar="YYYY-MM-DD")
    s.set_defaults(handler=handle_snooze)
    rs = rsub.add_parser("rules", help=translate("Cli", "the reminder rules, on or off, with their "
                                                        "days"))
    rs.add_argument("--json", action="store_true", help=translate("Cli", "print them as JSON"))
    rs.set_defaults(handler=handle_rules)
    r = rsub.add_parser("rule", help=translate("Cli", "switch a reminder rule on or off, or change "
                                                      "its days"))
    r.add_argument("key", choices=list(DEFAULT_RULES))
    switch = r.add_mutually_exclusive_group()
    switch.add_argument("--on", dest="enabled", action="store_true", default=None)
    switch.add_argument("--off", dest="enabled", action="store_false")
    r.add_argument("--days", metavar="N[,N]",
                   help=translate("Cli", "days; for the re-buy window several, separated by "
                                         "commas"))
    r.set_defaults(handler=handle_rule)


def handle_list(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.followups.reminders import todays_reminders

    today = clock.today()
    rows = todays_reminders(ctx.db, today, rule=args.rule)
    if args.json:
        print_json(rows)
        return 0
    print(translate("Cli", "To do today ({day}): {count}").format(day=today.isoformat(),
                                                                  count=len(rows)))
    for r in rows:
        reason = translate("Cli", "{label}: {value}").format(label=r["rule_label"], value=r["reason"]) \
            if r["reason"] else r["rule_label"]
        print(f"{r['id']}  {r['due_date'][:10]}  {r['customer_name']} (#{r['customer_id']})  "
              f"{reason}")
    return 0


def handle_done(args, ctx) -> int:
    from shopowner.followups.reminders import mark_done

    mark_done(ctx.db, args.reminder_id)
    print(translate("Cli", "Reminder {id} done.").format(id=args.reminder_id))
    return 0


def handle_snooze(args, ctx) -> int:
    from shopowner.followups.reminders import snooze

    snooze(ctx.db, args.reminder_id, args.until, clock.today())
    print(translate("Cli", "Reminder {id} hidden until {day}.").format(
        id=args.reminder_id, day=args.until.isoformat()))
    return 0


def _days_text(days) -> str:
    return ", ".join(map(str, days)) if isinstance(days, list) else str(days)


def handle_rules(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.followups.reminders import rule_label, rules

    stored = rules(ctx.db)
    if args.json:
        print_json(stored)
        return 0
    for key, rule in stored.items():
        print(_rule_line(key, rule, rule_label(key)))
    return 0


def _rule_line(key: str, rule: dict, label: str) -> str:
    state = translate("Cli", "on") if rule["enabled"] else translate("Cli", "off")
    return translate("Cli", "{key}  {state}  days: {days}  ({label})").format(
        key=key, state=state, days=_days_text(rule["params"]["days"]), label=label)


def handle_rule(args, ctx) -> int:
    from shopowner.followups.reminders import rule_days, rule_label, rules, save_rules

    params = {"days": rule_days(args.key, args.days)} if args.days is not None else {}
    save_rules(ctx.db, {args.key: {"enabled": args.enabled, "params": params}})
    print(_rule_line(args.key, rules(ctx.db)[args.key], rule_label(args.key)))
    return 0
