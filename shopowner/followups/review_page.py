"""The daily review worded once, in the current language: the page's headline, its sections,
groups and lines. The window, ``review`` in the CLI and the review PDF show these very lines;
none of them words anything itself.

A page is plain data (JSON-ready)::

    {"title": str, "headline": [str],
     "sections": [{"key", "heading", "note", "empty", "lines": [line], "groups": [group]}]}
    group = {"key", "heading", "lines": [line], "more": str}      # more: "" when all are listed
    line = {"text", "kind", "id", "customer_id", "read"}

``kind`` is the read-mark kind (``feedback``, ``wechat_add``, ``vip``), ``reminder`` for a
follow-up due (opened to log one), or ``None`` for a line that is only information; ``read`` is
``None`` on lines without a read mark.
"""

from __future__ import annotations

from datetime import date

from shopowner.followups.review import daily_review
from shopowner.i18n import translate
from shopowner.progress import Progress
from shopowner.store import Database
from shopowner.vocab.money import yuan_sign


def _line(text: str, kind: str | None = None, item_id: int | None = None,
          customer_id: int | None = None, read: bool | None = None) -> dict:
    return {"text": " ".join(text.split()), "kind": kind, "id": item_id,
            "customer_id": customer_id, "read": read}



def _percent(rate: float) -> str:
    return f"{rate * 100:.0f}%"


def days_text(n: int) -> str:
    return translate("Review", "%n day(s)", "", n)


def orders_text(n: int) -> str:
    return translate("Review", "%n order(s)", "", n)


def _stars(rating) -> str:
    return "★" * (rating or 0)


def _feedback(review: dict) -> dict:
    lines = []
    for x in review["feedback"]:
        parts = [f"[{x['kind_label']}]", x["customer_name"], _stars(x["rating"]), x["text"]]
        when = x["created_at"][5:16]
        lines.append(_line(translate("Review", "{what} · {when}").format(
            what=" ".join(p for p in parts if p), when=when),
            "feedback", x["id"], x["customer_id"], x["read"]))
    return {"key": "feedback", "lines": lines, "groups": [], "note": "",
            "heading": translate("Review", "New feedback, today and yesterday: {n}").format(n=len(lines)),
            "empty": translate("Review", "No new feedback today or yesterday.")}


def complaint_age(x: dict) -> str:
    if x["age_days"] is None:
        return ""
    if x["age_days"] <= 0:
        return translate("Review", "opened today")
    return translate("Review", "open for {days}").format(days=days_text(x["age_days"]))


def _complaints(review: dict) -> dict:
    lines = []
    for x in review["open_complaints"]:
        who = x["customer_name"] or translate("Review", "no customer recorded")
        lines.append(_line(translate("Review", "{name}: {text} · {age}").format(
            name=who, text=x["text"], age=complaint_age(x)),
            "feedback", x["id"], x["customer_id"], x["read"]))
    return {"key": "open_complaints", "lines": lines, "groups": [], "note": "",
            "heading": translate("Review", "Open complaints, longest waiting first: {n}")
            .format(n=len(lines)),
            "empty": translate("Review", "No open complaints.")}


def add_rate_text(rate: dict) -> str:
    if not rate["printed"]:
        return translate("Review", "No cards were printed yesterday ({day}).").format(
            day=rate["printed_day"])
    return translate("Review", "Cards printed yesterday ({day}): {printed}; {added} added on WeChat "
                               "so far ({rate}).").format(
        day=rate["printed_day"], printed=rate["printed"], added=rate["added"],
        rate=_percent(rate["rate"]))


def _adds(review: dict) -> dict:
    rate = review["card_add_rate"]
    lines = [_line(add_rate_text(rate))]
    if len(rate["by_letter_version"]) > 1:
        lines += [_line(translate("Review", "{version}: {added} of {printed} added ({rate})").format(
            version=v["letter_version"], added=v["added"], printed=v["printed"],
            rate=_percent(v["rate"]))) for v in rate["by_letter_version"]]
    for x in review["wechat_adds"]:
        parts = [x["added_at"][11:16], x["customer_name"]]
        if x["wechat_name"]:
            parts.append(translate("Review", "WeChat {name}").format(name=x["wechat_name"]))
        if x["code"]:
            parts.append(translate("Review", "code {code}").format(code=x["code"]))
            parts.append(x["letter_version"])
        else:
            parts.append(translate("Review", "added without a code"))
        if x["account"]:
            parts.append(translate("Review", "to {account}").format(account=x["account"]))
        lines.append(_line(" · ".join(p for p in parts if p), "wechat_add", x["id"],
                           x["customer_id"], x["read"]))
    return {"key": "wechat_adds", "lines": lines, "groups": [], "note": "",
            "heading": translate("Review", "New WeChat adds today: {n}").format(
                n=len(review["wechat_adds"])),
            "empty": ""}


def due_text(item: dict) -> str:
    overdue = item["overdue_days"]
    when = translate("Review", "due today") if overdue <= 0 else \
        translate("Review", "{days} overdue").format(days=days_text(overdue))
    return " · ".join(p for p in (item["customer_name"], item["reason"], when) if p)


def _due(review: dict) -> dict:
    groups = []
    for g in review["followups_due"]:
        lines = [_line(due_text(x), "reminder", x["id"], x["customer_id"]) for x in g["items"]]
        more = g["count"] - len(lines)
        groups.append({"key": g["rule"], "lines": lines,
                       "heading": translate("Review", "{reason}: {n}").format(
                           reason=g["rule_label"], n=g["count"]),
                       "more": translate("Review", "… and {n} more in To do today").format(n=more)
                       if more > 0 else ""})
    total = sum(g["count"] for g in review["followups_due"])
    return {"key": "followups_due", "lines": [], "groups": groups, "note": "",
            "heading": translate("Review", "Follow-ups due: {n}").format(n=total),
            "empty": translate("Review", "Nothing due today.")}


def vip_rule_text(rule: dict) -> str:
    return translate("Review", "VIP: tagged VIP, or {orders} or more paid orders. Gone quiet: no order "
                               "and no follow-up for {days} days and for at least twice their usual "
                               "time between orders; after {lost} days without an order they are no "
                               "longer listed.").format(orders=rule["min_orders"],
                                                        days=rule["quiet_days"],
                                                        lost=rule["lost_days"])


def _vips(review: dict) -> dict:
    lines = []
    for x in review["quiet_vips"]:
        lines.append(_line(translate("Review", "{name} · spent {spent} in {orders} · last order "
                                               "{last} · quiet for {days}").format(
            name=x["customer_name"], spent=yuan_sign(x["total_spent_fen"], whole=True),
            orders=orders_text(x["order_count"]), last=(x["last_order_at"] or "")[:10],
            days=days_text(x["quiet_days"])), "vip", x["id"], x["id"], x["read"]))
    total = review["counts"]["quiet_vips_total"]
    if total > len(lines):
        lines.append(_line(translate("Review", "… and {n} more (the biggest spenders are listed)")
                           .format(n=total - len(lines))))
    return {"key": "quiet_vips", "lines": lines, "groups": [],
            "note": vip_rule_text(review["vip_rule"]),
            "heading": translate("Review", "VIPs gone quiet: {n}").format(n=total),
            "empty": translate("Review", "No VIP has gone quiet.")}


def headline(review: dict) -> list[str]:
    """What the founder must read first, one line each."""
    out = []
    fb = review["feedback"]
    complaints_new = sum(1 for x in fb if x["kind"] == "complaint")
    if fb and complaints_new:
        out.append(translate("Review", "New feedback: {n}, of which complaints: {c}.").format(
            n=len(fb), c=complaints_new))
    elif fb:
        out.append(translate("Review", "New feedback: {n}, no complaint among it.").format(n=len(fb)))
    else:
        out.append(translate("Review", "No new feedback today or yesterday."))
    open_c = review["open_complaints"]
    if open_c:
        oldest = open_c[0]
        out.append(translate("Review", "Open complaints: {n}; the oldest is {age}.").format(
            n=len(open_c), age=complaint_age(oldest)))
    out.append(translate("Review", "New WeChat adds today: {n}.").format(n=len(review["wechat_adds"])))
    out.append(add_rate_text(review["card_add_rate"]))
    due = review["counts"]["followups_due"]
    if due:
        out.append(translate("Review", "Follow-ups due: {n}, grouped by reason below.").format(n=due))
    if review["counts"]["quiet_vips_total"]:
        out.append(translate("Review", "VIPs gone quiet: {n}.").format(
            n=review["counts"]["quiet_vips_total"]))
    moments = review["moments"]
    if moments["planned_today"]:
        out.append(translate("Review", "Moments posts planned for today: {n} (see Moments).").format(
            n=moments["planned_today"]))
    out.extend(moments["friend_warnings"])
    return out


def review_page(review: dict) -> dict:
    """The day's page, worded (see the module docstring for its shape)."""
    counts = review["counts"]
    return {
        "title": translate("Review", "Daily review {day}").format(day=review["day"]),
        "summary": translate("Review", "To read: {items}, not yet read: {unread}").format(
            items=counts["items"], unread=counts["unread"]),
        "headline": headline(review),
        "sections": [_feedback(review), _complaints(review), _adds(review), _due(review),
                     _vips(review)],
    }


def section_rows(section: dict) -> list[tuple[int, str]]:
    """One section as (depth, text) rows in reading order, for plain-text and PDF output: read
    items carry a ✓; an empty section its “nothing” line."""
    rows: list[tuple[int, str]] = [(0, section["heading"])]
    if section["note"]:
        rows.append((1, section["note"]))
    for line in section["lines"]:
        rows.append((1, ("✓ " if line["read"] else "") + line["text"]))
    for group in section["groups"]:
        rows.append((1, group["heading"]))
        rows.extend((2, line["text"]) for line in group["lines"])
        if group["more"]:
            rows.append((2, group["more"]))
    if not section["lines"] and not section["groups"] and section["empty"]:
        rows.append((1, section["empty"]))
    return rows


def page_text(page: dict, indent: str = "  ") -> list[str]:
    """The whole page as plain text lines (``review`` in the CLI)."""
    out = [page["title"], page["summary"], ""]
    out += [f"• {line}" for line in page["headline"]]
    for section in page["sections"]:
        out.append("")
        out += [indent * depth + text for depth, text in section_rows(section)]
    return out


def load_page(db: Database, day: date, progress: Progress | None = None) -> tuple[dict, dict]:
    """The day's review data and its page (what the window loads off the GUI thread)."""
    review = daily_review(db, day, progress=progress)
    return review, review_page(review)
