"""Reminders and the 今日待办 list: a next-contact date per customer plus built-in rules (editable,
switchable, kept in ``reminder_rules``) that turn the shop's data into things to do today.

Generation is idempotent (each reminder has a ``source_key``), and every function takes
``today``/``now`` so tests can freeze the clock.
"""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from shopowner.followups.clock import day_text, stamp
from shopowner.followups.log import add_followup
from shopowner.i18n import translate
from shopowner.store import reminders as store
from shopowner.store.followups import customer_exists

DEFAULT_RULES: dict[str, dict] = {
    "card_not_added": {"enabled": True, "params": {"days": 5, "within": 30}},
    "no_chat_after_add": {"enabled": True, "params": {"days": 14}},
    "rebuy_window": {"enabled": True, "params": {"days": [30, 60, 90], "grace": 7}},
    "complaint_open": {"enabled": True, "params": {"days": 2}},
}


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
    for name, value in new_params.items():
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, int) and 1 <= v <= 3650 for v in values):
            raise ReminderError(translate("Reminders", "Days must be whole numbers from 1 to 3650."))
    store.save_rule(db, key, current["enabled"] if enabled is None else bool(enabled), new_params)


def generate_reminders(db: Database, today: date, now: datetime | None = None) -> int:
    """Create today's reminders from the enabled rules and close those whose reason has gone.

    Returns how many new reminders were created; running it again the same day creates none.
    """
    now = now or datetime.combine(today, datetime.now().time())
    created_at = stamp(now)
    active = {k: v["params"] for k, v in rules(db).items() if v["enabled"]}
    new = 0

    def add(customer_id, rule, key, due, note):
        nonlocal new
        new += store.insert_reminder(db, customer_id=customer_id, rule=rule, source_key=key,
                                     due_date=due, note=note, created_at=created_at)

    with db.atomic():
        store.close_settled(db, created_at)
        if "card_not_added" in active:
            p = active["card_not_added"]
            before = day_text(today - timedelta(days=p["days"] - 1)) + " 00:00:00"
            after = day_text(today - timedelta(days=p["within"])) + " 00:00:00"
            for row in store.cards_not_added(db, before, after):
                printed = row["printed_at"][:10]
                add(row["customer_id"], "card_not_added", f"card_not_added:{row['card_id']}",
                    day_text(date.fromisoformat(printed) + timedelta(days=p["days"])),
                    translate("Reminders", "Card {code} printed {date}; not added on WeChat yet.")
                    .format(code=row["code"], date=printed))
        if "no_chat_after_add" in active:
            days = active["no_chat_after_add"]["days"]
            since = day_text(today - timedelta(days=days - 1)) + " 00:00:00"
            for row in store.added_without_chat(db, since):
                last = row["last_contact"][:10]
                add(row["customer_id"], "no_chat_after_add",
                    f"no_chat_after_add:{row['customer_id']}:{last}",
                    day_text(date.fromisoformat(last) + timedelta(days=days)),
                    translate("Reminders", "No chat since {date}; say hello.").format(date=last))
        if "rebuy_window" in active:
            grace = active["rebuy_window"]["grace"]
            for days in sorted(active["rebuy_window"]["days"]):
                newest = today - timedelta(days=days)
                oldest = newest - timedelta(days=grace)
                for row in store.last_orders_between(db, day_text(oldest), day_text(newest)):
                    bought = row["last_order_at"][:10]
                    add(row["customer_id"], "rebuy_window",
                        f"rebuy_window:{row['customer_id']}:{bought}:{days}",
                        day_text(date.fromisoformat(bought) + timedelta(days=days)),
                        translate("Reminders", "Bought {days} days ago ({date}); time to ask how "
                                               "it went.").format(days=days, date=bought))
        if "complaint_open" in active:
            days = active["complaint_open"]["days"]
            before = stamp(datetime.combine(today, datetime.min.time()) - timedelta(days=days - 1))
            for row in store.open_complaints_before(db, before):
                opened = row["created_at"][:10]
                add(row["customer_id"], "complaint_open", f"complaint:{row['feedback_id']}",
                    day_text(date.fromisoformat(opened) + timedelta(days=days)),
                    translate("Reminders", "Complaint open since {date}; resolve it or reply.")
                    .format(date=opened))
        for row in store.next_contacts(db, day_text(today)):
            add(row["customer_id"], "next_contact",
                f"next_contact:{row['customer_id']}:{row['next_contact_date']}",
                row["next_contact_date"], translate("Reminders", "Planned contact."))
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
                                  due_date=day_text(day),
                                  note=translate("Reminders", "Planned contact."), created_at=stamp(now))


def today_list(db: Database, today: date) -> list[dict]:
    """The 今日待办: open reminders due by today and not snoozed past it, with labels."""
    rows = store.due_reminders(db, day_text(today))
    for row in rows:
        row["rule_label"] = rule_label(row["rule"])
        row["overdue_days"] = (today - date.fromisoformat(row["due_date"][:10])).days
    return rows


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

