"""The founder's daily review (每日回顾): one page per day with everything customers said and what
needs doing, and a read mark per item so the founder knows what they have already seen.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlite_utils import Database

from shopowner.followups.clock import day_text, parse_stamp, stamp
from shopowner.followups.feedback import kind_label, status_label
from shopowner.followups.reminders import generate_reminders, rule_label
from shopowner.i18n import translate
from shopowner.store import review as store
from shopowner.store.reminders import due_reminders

QUIET_DAYS = 60
TOP_SPENDERS = 20
MAX_VIPS = 20
READ_KINDS = ("feedback", "reminder", "wechat_add", "vip")


def _start(day: date) -> str:
    return day_text(day) + " 00:00:00"


def letter_version_label(letter_name: str | None, version_no: int | None) -> str:
    if letter_name is None:
        return translate("Review", "(no letter recorded)")
    return translate("Review", "{letter} v{version}").format(letter=letter_name, version=version_no)


def _rate(added: int, printed: int) -> float | None:
    return round(added / printed, 4) if printed else None


def daily_review(db: Database, day: date) -> dict:
    """Everything on the day's page, as plain data (the GUI, the PDF and ``review --json`` share it)."""
    next_day, yesterday = day + timedelta(days=1), day - timedelta(days=1)
    reads = store.reads_for_day(db, day_text(day))
    end_of_day = datetime.combine(next_day, datetime.min.time())

    def read(kind, item_id):
        return (kind, item_id) in reads

    feedback = [dict(
        id=r["id"], kind=r["kind"], kind_label=kind_label(r["kind"]), customer_id=r["customer_id"],
        customer_name=r["customer_name"] or "", rating=r["rating"], text=r["text"],
        product=r["product_text"], status=r["status"], status_label=status_label(r["status"]),
        created_at=r["created_at"], consent_to_quote=bool(r["consent_to_quote"]),
        read=read("feedback", r["id"]))
        for r in store.feedback_between(db, _start(yesterday), _start(next_day))]
    complaints = []
    for r in store.open_complaints(db, _start(next_day)):
        opened = parse_stamp(r["created_at"])
        complaints.append(dict(
            id=r["id"], customer_id=r["customer_id"], customer_name=r["customer_name"] or "",
            text=r["text"], product=r["product_text"], owner=r["owner"], created_at=r["created_at"],
            age_days=(end_of_day - opened).days if opened else None, read=read("feedback", r["id"])))
    due = [dict(id=r["id"], customer_id=r["customer_id"], customer_name=r["customer_name"] or "",
                rule=r["rule"], rule_label=rule_label(r["rule"]), note=r["note"],
                due_date=r["due_date"], read=read("reminder", r["id"]))
           for r in due_reminders(db, day_text(day))]
    adds = [dict(id=r["id"], customer_id=r["customer_id"], customer_name=r["customer_name"] or "",
                 wechat_name=r["wechat_name"], remark=r["remark"], account=r["account"],
                 via=r["via"], code=r["code"], batch_id=r["batch_id"],
                 letter_version=letter_version_label(r["letter_name"], r["version_no"])
                 if r["code"] else "", added_at=r["added_at"], read=read("wechat_add", r["id"]))
            for r in store.wechat_adds_between(db, _start(day), _start(next_day))]
    by_version = [dict(letter_version_id=r["letter_version_id"],
                       letter_version=letter_version_label(r["letter_name"], r["version_no"]),
                       printed=r["printed"], added=r["added"] or 0,
                       rate=_rate(r["added"] or 0, r["printed"]))
                  for r in store.card_adds_by_letter_version(db, _start(yesterday), _start(day),
                                                             _start(next_day))]
    printed = sum(v["printed"] for v in by_version)
    added = sum(v["added"] for v in by_version)
    quiet_since = _start(day - timedelta(days=QUIET_DAYS - 1))
    vips = []
    for r in store.quiet_vips(db, quiet_since, _start(next_day), TOP_SPENDERS, MAX_VIPS):
        last = max(filter(None, (r["last_order_at"], r["last_followup_at"])), default=None)
        last_dt = parse_stamp(last)
        vips.append(dict(id=r["id"], customer_name=r["customer_name"] or "",
                         total_spent_fen=r["total_spent_fen"], order_count=r["order_count"],
                         last_order_at=r["last_order_at"], last_followup_at=r["last_followup_at"],
                         quiet_days=(day - last_dt.date()).days if last_dt else None,
                         read=read("vip", r["id"])))
    sections = {"feedback": feedback, "open_complaints": complaints, "followups_due": due,
                "wechat_adds": adds, "quiet_vips": vips}
    items = [("feedback", x["id"]) for x in feedback + complaints] + \
        [("reminder", x["id"]) for x in due] + [("wechat_add", x["id"]) for x in adds] + \
        [("vip", x["id"]) for x in vips]
    unique = set(items)
    return {
        "day": day_text(day),
        **sections,
        "card_add_rate": {"printed_day": day_text(yesterday), "printed": printed, "added": added,
                          "rate": _rate(added, printed), "by_letter_version": by_version},
        "counts": {**{k: len(v) for k, v in sections.items()}, "items": len(unique),
                   "unread": len(unique - reads)},
    }


def mark_read(db: Database, day: date, kind: str, item_id: int, read: bool = True,
              now: datetime | None = None) -> None:
    """Set or clear the founder's read mark on one item of the day's page."""
    if kind not in READ_KINDS:
        raise ValueError(f"unknown review item kind {kind!r}")
    store.set_read(db, day_text(day), kind, item_id, read, stamp(now))


def mark_all_read(db: Database, day: date, review: dict, now: datetime | None = None) -> int:
    """Mark every item on the page read; returns how many were marked."""
    items = {("feedback", x["id"]) for x in review["feedback"] + review["open_complaints"]}
    items |= {("reminder", x["id"]) for x in review["followups_due"]}
    items |= {("wechat_add", x["id"]) for x in review["wechat_adds"]}
    items |= {("vip", x["id"]) for x in review["quiet_vips"]}
    with db.atomic():
        for kind, item_id in items:
            store.set_read(db, day_text(day), kind, item_id, True, stamp(now))
    return len(items)


def review_of_day(db: Database, day: date, today: date | None = None) -> dict:
    """The day's review; on today's page the reminders are brought up to date first."""
    today = today or date.today()
    if day == today:
        generate_reminders(db, today)
    return daily_review(db, day)
