"""Feedback (反馈): praise, complaints, new-product ideas. Complaints move open → resolved with the
resolution and the time it took; praise with consent becomes review material for product pages.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from shopowner.followups import attachments as att
from shopowner.clock import parse_stamp, stamp
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.followups import (
    customer_exists, feedback_row, insert_feedback, set_feedback_resolved,
)
from shopowner.vocab.feedback_kinds import KINDS

class FeedbackError(ValueError):
    """Feedback that cannot be saved or resolved; ``str()`` says what to fix."""


def add_feedback(db: Database, data_dir: Path, *, kind: str, text: str = "",
                 customer_id: int | None = None, order_id: int | None = None,
                 product_text: str = "", rating: int | None = None, consent: bool = False,
                 owner: str = "", screenshots=(), now: datetime | None = None) -> int:
    """Save one piece of feedback with screenshots copied in; complaints start open."""
    text = text.strip()
    if kind not in KINDS:
        raise FeedbackError(translate("Feedback", "Unknown feedback type “{kind}”. Choose one of the "
                                                  "listed types.").format(kind=kind))
    if not text and not screenshots:
        raise FeedbackError(translate("Feedback", "Write what the customer said or attach a "
                                                  "screenshot before saving."))
    if rating is not None and not 1 <= int(rating) <= 5:
        raise FeedbackError(translate("Feedback", "The rating must be 1 to 5 stars, or left empty."))
    if customer_id is not None and not customer_exists(db, customer_id):
        raise FeedbackError(translate("Feedback", "Customer #{id} does not exist (it may have been "
                                                  "merged or erased). Choose the customer again.")
                            .format(id=customer_id))
    copied = att.copy_in(db, data_dir, screenshots)
    try:
        with db.atomic():
            feedback_id = insert_feedback(db, dict(
                customer_id=customer_id, order_id=order_id, kind=kind,
                product_text=product_text.strip(), rating=None if rating is None else int(rating),
                text=text, consent_to_quote=int(bool(consent)), owner=owner.strip(),
                status="open" if kind == "complaint" else None, created_at=stamp(now)))
            att.record(db, copied, feedback_id=feedback_id, when=stamp(now))
    except Exception:
        att.remove_copies(data_dir, copied)
        raise
    return feedback_id


def resolve_complaint(db: Database, feedback_id: int, resolution: str,
                      now: datetime | None = None, *, expected_version: int | None = None) -> str:
    """Close an open complaint with how it was solved; returns the time it took, as text.

    ``expected_version``: the version the resolver read (the resolve dialog's); a complaint saved
    by someone else since raises :class:`~shopowner.store.errors.RowChanged` (nothing written).
    At that version a complaint already resolved is resolved again with this text (the resolver
    saw the other resolution and kept their own)."""
    resolution = resolution.strip()
    if not resolution:
        raise FeedbackError(translate("Feedback", "Write how the complaint was resolved before "
                                                  "closing it."))
    row = feedback_row(db, feedback_id)
    if row is None or row["kind"] != "complaint":
        raise FeedbackError(translate("Feedback", "Only complaints can be resolved."))
    if row["status"] == "resolved" and expected_version is None:  # with a version: checked as it is written
        raise FeedbackError(translate("Feedback", "This complaint was already resolved on {when}.")
                            .format(when=(row["resolved_at"] or "")[:16]))
    when = stamp(now)
    with db.atomic():
        set_feedback_resolved(db, feedback_id, resolution, when, expected_version=expected_version)
    return time_taken(row["created_at"], when)


def time_taken(created_at: str | None, resolved_at: str | None) -> str:
    """How long a complaint stayed open, as 「2 天 3 小时」; empty when unknown."""
    start, end = parse_stamp(created_at), parse_stamp(resolved_at)
    if start is None or end is None:
        return ""
    minutes = max(int((end - start).total_seconds() // 60), 0)
    days, hours, mins = minutes // 1440, minutes % 1440 // 60, minutes % 60
    if days:
        return translate("Feedback", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return translate("Feedback", "{hours} h {minutes} min").format(hours=hours, minutes=mins)
    return translate("Feedback", "{minutes} min").format(minutes=mins)
