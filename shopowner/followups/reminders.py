"""Reminders and the 今日待办 list: a next-contact date per customer plus built-in rules (editable,
switchable, kept in ``reminder_rules``) that turn the shop's data into things to do today.

Generation is idempotent (each reminder has a ``source_key``), and every function takes
``today``/``now`` so tests can freeze the clock.
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta
from pathlib import Path

from shopowner.clock import current, day_text, stamp
from shopowner.followups.log import add_followup
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store import Database
from shopowner.store import reminders as store
from shopowner.store.followups import customer_exists
from shopowner.vocab.names import shown_name

DEFAULT_RULES: dict[str, dict] = {
    "card_not_added": {"enabled": True, "params": {"days": 5, "within": 30}},
    "no_chat_after_add": {"enabled": True, "params": {"days": 14}},
    "rebuy_window": {"enabled": True, "params": {"days": [30, 60, 90], "grace": 7}},
    "complaint_open": {"enabled": True, "params": {"days": 2}},
}


WRITE_CHUNK = 2000

# the order reasons are listed in (the review's groups, the 今日待办 filter)
RULE_ORDER = ("complaint_open", "next_contact", "manual", "card_not_added", "no_chat_after_add",
              "rebuy_window")


def _rule_rank(rule: str) -> int:
    return RULE_ORDER.index(rule) if rule in RULE_ORDER else len(RULE_ORDER)


class ReminderError(ValueError):
    """A reminder action that cannot be done; ``str()`` says why and what to do."""


def rule_label(key: str) -> str:
    return {
        "card_not_added": translate("Reminders", "Card printed, buyer not added on WeChat"),
        "no_chat_after_add": translate("Reminders", "Added on WeChat, no chat since"),
        "rebuy_window": translate("Reminders", "Re-buy window after the last order"),
        "complaint_open": translate("Reminders", "Complaint still open"),
        "next_contact": translate("Reminders", "Next contact date"),
        "manual": translate("Reminders", "Manual"),
    }.get(key, key)


def rules(db: Database) -> dict[str, dict]:
    """Every built-in rule with its stored switch and parameters (defaults where not stored)."""
    stored = store.rule_rows(db)
    merged = copy.deepcopy(DEFAULT_RULES)
    for key, value in stored.items():
        if key in merged:
            merged[key]["enabled"] = value["enabled"]
            merged[key]["params"].update(value["params"])
    return merged


def set_rule(db: Database, key: str, *, enabled: bool | None = None, params: dict | None = None) -> None:
    """Switch a rule on/off or change its days; bad values are refused and nothing is stored."""
    if key not in DEFAULT_RULES:
        raise ReminderError(translate("Reminders", "There is no reminder rule “{key}”.").format(key=key))
    current = rules(db)[key]
    new_params = {**current["params"], **(params or {})}
    for value in new_params.values():
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, int) and 1 <= v <= 3650 for v in values):
            raise ReminderError(translate("Reminders", "Days must be whole numbers from 1 to 3650."))
    store.save_rule(db, key, current["enabled"] if enabled is None else bool(enabled), new_params)


def rule_days(key: str, text: str) -> int | list[int]:
    """The days typed for a rule (``"30, 60，90"``): a list for a rule that takes several (the
    re-buy window), else one number. Checked like :func:`set_rule` checks them."""
    if key not in DEFAULT_RULES:
        raise ReminderError(translate("Reminders", "There is no reminder rule “{key}”.").format(key=key))
    try:
        values = [int(v) for v in str(text).replace("，", ",").split(",") if v.strip()]
    except ValueError:
        values = []
    several = isinstance(DEFAULT_RULES[key]["params"]["days"], list)
    if not values or not all(1 <= v <= 3650 for v in values) or (len(values) > 1 and not several):
        raise ReminderError(translate("Reminders", "Days must be whole numbers from 1 to 3650."))
    return values if several else values[0]


def save_rules(db: Database, chosen: dict[str, dict]) -> None:
    """Save several rules together, all or none (the rules tab's Save): ``{key: {"enabled": …,
    "params": {…}}}``, each checked by :func:`set_rule`."""
    with db.atomic():
        for key, rule in chosen.items():
            set_rule(db, key, enabled=rule.get("enabled"), params=rule.get("params"))


def reason_text(rule: str, reason_args: str | dict | None, note: str = "") -> str:
    """Why a reminder is there, in the current language (worded now, from the stored values)."""
    if note:
        return note  # typed by a person, or written before reasons were stored as values
    try:
        args = reason_args if isinstance(reason_args, dict) else json.loads(reason_args or "{}")
    except ValueError:
        args = {}
    try:
        if rule == "card_not_added":
            return translate("Reminders", "Card {code} printed {date}; not added on WeChat yet.") \
                .format(code=args["code"], date=args["date"])
        if rule == "no_chat_after_add":
            return translate("Reminders", "No chat since {date}; say hello.").format(date=args["date"])
        if rule == "rebuy_window":
            return translate("Reminders", "Ordered {date} ({days} d ago); time to ask how it "
                                          "went.").format(days=args["days"], date=args["date"])
        if rule == "complaint_open":
            return translate("Reminders", "Complaint open since {date}; resolve it or reply.") \
                .format(date=args["date"])
    except (KeyError, TypeError):
        return ""
    if rule == "next_contact":
        return translate("Reminders", "Planned contact.")
    return ""


def _day_start(day: date) -> str:
    return day_text(day) + " 00:00:00"


def generate_reminders(db: Database, today: date, now: datetime | None = None,
                       progress: Progress | None = None) -> int:
    """Create today's reminders from the enabled rules and close those whose reason has gone.

    Returns how many new reminders were created; running it again the same day creates none.
    The rules are read first, without holding the write lock; only the closing and the new rows
    are written, in short transactions of at most :data:`WRITE_CHUNK` rows. Run it once a day, off the GUI thread
    (``shopowner.ui.followups.keeper``) or from the CLI; the lists never generate as they load.
    """
    progress = maybe(progress)
    now = now or datetime.combine(today, current().time())
    created_at = stamp(now)
    active = {k: v["params"] for k, v in rules(db).items() if v["enabled"]}
    found: list[tuple[str, list[tuple]]] = []
    if "card_not_added" in active:
        p = active["card_not_added"]
        found.append(("card_not_added", store.cards_not_added(
            db, _day_start(today - timedelta(days=p["days"] - 1)),
            _day_start(today - timedelta(days=p["within"])), p["days"])))
    progress.check()
    if "no_chat_after_add" in active:
        days = active["no_chat_after_add"]["days"]
        found.append(("no_chat_after_add", store.added_without_chat(
            db, _day_start(today - timedelta(days=days - 1)), days)))
    progress.check()
    if "rebuy_window" in active:
        grace = active["rebuy_window"]["grace"]
        for days in sorted(active["rebuy_window"]["days"]):
            newest = today - timedelta(days=days)
            oldest = newest - timedelta(days=grace)
            found.append(("rebuy_window", store.last_orders_between(
                db, day_text(oldest), day_text(newest + timedelta(days=1)), days)))
    progress.check()
    if "complaint_open" in active:
        days = active["complaint_open"]["days"]
        found.append(("complaint_open", store.open_complaints_before(
            db, stamp(datetime.combine(today, datetime.min.time()) - timedelta(days=days - 1)), days)))
    found.append(("next_contact", store.next_contacts(db, day_text(today))))
    settled = store.settled_ids(db)
    progress.check()
    new = 0
    with db.atomic():
        store.close_reminders(db, settled, created_at)
    for rule, rows in found:
        # a shop's first run can make tens of thousands: written in short transactions, so a
        # write from the window never waits long (each row is idempotent on its source_key)
        for start in range(0, len(rows), WRITE_CHUNK):
            with db.atomic():
                new += store.insert_reminders(db, rule, rows[start:start + WRITE_CHUNK], created_at)
    return new


def set_next_contact(db: Database, customer_id: int, day: date | None,
                     now: datetime | None = None) -> None:
    """Set (or clear with ``None``) when to contact the customer next; replaces an open one."""
    if not customer_exists(db, customer_id):
        raise ReminderError(translate("Reminders", "Customer #{id} does not exist.").format(id=customer_id))
    with db.atomic():
        store.set_next_contact_date(db, customer_id, day_text(day) if day else None, stamp(now))
        if day is not None:
            store.insert_reminder(db, customer_id=customer_id, rule="next_contact",
                                  source_key=f"next_contact:{customer_id}:{day_text(day)}",
                                  due_date=day_text(day), reason_args="{}", created_at=stamp(now))


def _labelled(rows: list[dict], today: date) -> list[dict]:
    for row in rows:
        row["customer_name"] = shown_name(row["customer_name"], row["customer_id"])
        row["rule_label"] = rule_label(row["rule"])
        row["reason"] = reason_text(row["rule"], row["reason_args"], row["note"])
        row["overdue_days"] = (today - date.fromisoformat(row["due_date"][:10])).days
    return rows


def today_list(db: Database, today: date, *, rule: str | None = None, limit: int = -1,
               offset: int = 0) -> list[dict]:
    """The 今日待办: open reminders due by today, not snoozed past it and not settled, with
    their reason worded in the current language (optionally one rule's, a page at a time)."""
    return _labelled(store.due_reminders(db, day_text(today), rule=rule, limit=limit, offset=offset),
                     today)


def todays_reminders(db: Database, today: date, *, rule: str | None = None) -> list[dict]:
    """The 今日待办 for the command line: today's reminders are generated first (the window's
    keeper does that in the background before its list shows), then listed as :func:`today_list`."""
    generate_reminders(db, today)
    return today_list(db, today, rule=rule)


def due_by_rule(db: Database, today: date) -> dict[str, int]:
    """How many reminders are due today per rule, in the order of :data:`RULE_ORDER`."""
    counts = store.due_counts(db, day_text(today))
    return {rule: counts[rule] for rule in sorted(counts, key=_rule_rank)}


def _open_reminder(db: Database, reminder_id: int) -> dict:
    row = store.reminder_row(db, reminder_id)
    if row is None or row["status"] != "open":
        raise ReminderError(translate("Reminders", "This reminder is already done or no longer "
                                                   "exists. Refresh the list."))
    return row


def snooze(db: Database, reminder_id: int, until: date, today: date) -> None:
    """Hide the reminder until ``until`` (a later day)."""
    _open_reminder(db, reminder_id)
    if until <= today:
        raise ReminderError(translate("Reminders", "Snooze to a day after today."))
    store.set_snoozed(db, reminder_id, day_text(until))


def mark_done(db: Database, reminder_id: int, now: datetime | None = None) -> None:
    _open_reminder(db, reminder_id)
    store.set_done(db, reminder_id, stamp(now))


def log_followup_from_reminder(db: Database, data_dir: Path, reminder_id: int, *,
                               now: datetime | None = None, **followup) -> int:
    """Log a follow-up with the reminder's customer and mark the reminder done, together."""
    row = _open_reminder(db, reminder_id)
    with db.atomic():
        followup_id = add_followup(db, data_dir, row["customer_id"], now=now, **followup)
        store.set_done(db, reminder_id, stamp(now))
    return followup_id

