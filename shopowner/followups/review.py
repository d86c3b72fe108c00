"""The founder's daily review (每日回顾): one page per day with what customers said and what needs
doing, and a read mark per item so the founder knows what they have already seen.

:func:`daily_review` gathers the day as plain data; :mod:`shopowner.followups.review_page` words
it once into the page's lines, which the window, ``review`` in the CLI and the PDF all show.

The founder reads: new feedback (today and yesterday), open complaints, today's WeChat adds and
the add-rate of yesterday's cards, and the VIPs gone quiet; those carry read marks. Follow-ups due
are grouped by reason with counts (the full list is 今日待办).

VIP and quiet, as the page states them:
- a VIP is a customer tagged ``VIP`` or with :data:`VIP_MIN_ORDERS` paid orders or more;
- gone quiet: no order and no follow-up for :data:`QUIET_DAYS` days, and at least twice their
  usual time between orders; after :data:`LOST_DAYS` days without an order they are no longer
  listed (a customer gone that long is no news for this morning).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from shopowner import clock
from shopowner.clock import day_text, parse_stamp, stamp
from shopowner.followups.reminders import due_by_rule, generate_reminders, rule_label, today_list
from shopowner.i18n import translate
from shopowner.moments.accounts import warnings
from shopowner.moments.planner import list_posts
from shopowner.progress import Progress, maybe
from shopowner.store import Database
from shopowner.store import review as store
from shopowner.vocab.feedback_kinds import kind_label, status_label
from shopowner.vocab.names import shown_name

VIP_MIN_ORDERS = 3
QUIET_DAYS = 60
LOST_DAYS = 365
RHYTHM = 2.0  # quiet for at least twice the customer's usual time between orders
MAX_VIPS = 20
DUE_SHOWN = 10  # follow-ups shown per reason on the page; the rest are in 今日待办
READ_KINDS = ("feedback", "reminder", "wechat_add", "vip")
COUNTED_KINDS = ("feedback", "wechat_add", "vip")  # what the founder reads (the unread count)


def _start(day: date) -> str:
    return day_text(day) + " 00:00:00"


def letter_version_label(letter_name: str | None, version_no: int | None) -> str:
    if letter_name is None:
        return translate("Review", "(no letter recorded)")
    return translate("Review", "{letter} v{version}").format(letter=letter_name, version=version_no)


def _rate(added: int, printed: int) -> float | None:
    return round(added / printed, 4) if printed else None


def _complaints(db: Database, day: date, read) -> list[dict]:
    end_of_day = datetime.combine(day + timedelta(days=1), datetime.min.time())
    out = []
    for r in store.open_complaints(db, _start(day + timedelta(days=1))):
        opened = parse_stamp(r["created_at"])
        out.append(dict(
            id=r["id"], customer_id=r["customer_id"],
            customer_name=shown_name(r["customer_name"], r["customer_id"]),
            text=r["text"], product=r["product_text"], owner=r["owner"], created_at=r["created_at"],
            age_days=(day - opened.date()).days if opened else None,
            age_hours=int((end_of_day - opened).total_seconds() // 3600) if opened else None,
            read=read("feedback", r["id"])))
    return out


def _quiet_vips(db: Database, day: date, read) -> tuple[list[dict], int]:
    rows, total = store.quiet_vips(
        db, day=day_text(day), day_end=_start(day + timedelta(days=1)),
        quiet_before=_start(day - timedelta(days=QUIET_DAYS - 1)),
        lost_before=_start(day - timedelta(days=LOST_DAYS)),
        min_orders=VIP_MIN_ORDERS, rhythm=RHYTHM, limit=MAX_VIPS)
    vips = []
    for r in rows:
        last = parse_stamp(max(filter(None, (r["last_order_at"], r["last_followup_at"]))))
        assert last is not None  # a VIP has orders, so a last order time
        vips.append(dict(id=r["id"], customer_name=shown_name(r["customer_name"], r["id"]),
                         total_spent_fen=r["total_spent_fen"], order_count=r["order_count"],
                         tagged=bool(r["tagged"]), last_order_at=r["last_order_at"],
                         last_followup_at=r["last_followup_at"],
                         quiet_days=(day - last.date()).days, read=read("vip", r["id"])))
    return vips, total


def _moments(db: Database, day: date) -> dict:
    """朋友圈: the posts planned for the day not yet posted, and the friend-count warnings (an
    account from 4,500 of WeChat's 5,000 friends, with the account new cards should go to)."""
    planned = sum(1 for p in list_posts(db, day, day) if p.status == "planned")
    return {"planned_today": planned, "friend_warnings": warnings(db)}


def daily_review(db: Database, day: date, progress: Progress | None = None) -> dict:
    """Everything on the day's page, as plain data (the page's lines are made from it)."""
    progress = maybe(progress)
    next_day, yesterday = day + timedelta(days=1), day - timedelta(days=1)
    reads = store.reads_for_day(db, day_text(day))

    def read(kind, item_id):
        return (kind, item_id) in reads

    feedback = [dict(
        id=r["id"], kind=r["kind"], kind_label=kind_label(r["kind"]), customer_id=r["customer_id"],
        customer_name=shown_name(r["customer_name"], r["customer_id"]), rating=r["rating"],
        text=r["text"], product=r["product_text"], status=r["status"],
        status_label=status_label(r["status"]), created_at=r["created_at"],
        consent_to_quote=bool(r["consent_to_quote"]), read=read("feedback", r["id"]))
        for r in store.feedback_between(db, _start(yesterday), _start(next_day))]
    complaints = _complaints(db, day, read)
    progress.check()
    adds = [dict(id=r["id"], customer_id=r["customer_id"],
                 customer_name=shown_name(r["customer_name"], r["customer_id"]),
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
    progress.check()
    counts = due_by_rule(db, day)
    due_groups = [dict(rule=rule, rule_label=rule_label(rule), count=n, items=[
        dict(id=r["id"], customer_id=r["customer_id"], customer_name=r["customer_name"],
             rule=r["rule"], reason=r["reason"], due_date=r["due_date"],
             overdue_days=r["overdue_days"])
        for r in today_list(db, day, rule=rule, limit=DUE_SHOWN)]) for rule, n in counts.items()]
    progress.check()
    vips, vips_total = _quiet_vips(db, day, read)
    sections = {"feedback": feedback, "open_complaints": complaints, "wechat_adds": adds,
                "quiet_vips": vips}
    items = {("feedback", x["id"]) for x in feedback + complaints} | \
        {("wechat_add", x["id"]) for x in adds} | {("vip", x["id"]) for x in vips}
    return {
        "day": day_text(day),
        **sections,
        "followups_due": due_groups,
        "card_add_rate": {"printed_day": day_text(yesterday), "printed": printed, "added": added,
                          "rate": _rate(added, printed), "by_letter_version": by_version},
        "vip_rule": {"min_orders": VIP_MIN_ORDERS, "quiet_days": QUIET_DAYS, "rhythm": RHYTHM,
                     "lost_days": LOST_DAYS},
        "moments": _moments(db, day),
        "counts": {**{k: len(v) for k, v in sections.items()}, "quiet_vips_total": vips_total,
                   "followups_due": sum(counts.values()), "items": len(items),
                   "unread": len(items - reads)},
    }


def mark_read(db: Database, day: date, kind: str, item_id: int, read: bool = True,
              now: datetime | None = None) -> None:
    """Set or clear the founder's read mark on one item of the day's page."""
    if kind not in READ_KINDS:
        raise ValueError(f"unknown review item kind {kind!r}")
    store.set_read(db, day_text(day), kind, item_id, read, stamp(now))


def mark_all_read(db: Database, day: date, review: dict, now: datetime | None = None) -> int:
    """Mark every item the founder reads on the page read; returns how many were marked."""
    items = {("feedback", x["id"]) for x in review["feedback"] + review["open_complaints"]}
    items |= {("wechat_add", x["id"]) for x in review["wechat_adds"]}
    items |= {("vip", x["id"]) for x in review["quiet_vips"]}
    with db.atomic():
        for kind, item_id in items:
            store.set_read(db, day_text(day), kind, item_id, True, stamp(now))
    return len(items)


def review_of_day(db: Database, day: date, today: date | None = None,
                  progress: Progress | None = None) -> dict:
    """The day's review for the CLI: on today's page the reminders are brought up to date first
    (the window keeps them current in the background instead, see ``ui/followups/keeper``)."""
    today = today or clock.today()
    if day == today:
        generate_reminders(db, today)
    return daily_review(db, day, progress=progress)
