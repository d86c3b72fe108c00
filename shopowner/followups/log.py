"""The follow-up log (跟进记录): every chat, call or meeting with a customer, with pasted chat text
and screenshots, so anyone in the shop can see what was said last.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from shopowner.followups import attachments as att
from shopowner.clock import parse_stamp, stamp
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.followups import customer_exists, followup_rows, insert_followup
from shopowner.vocab.followup_kinds import DIRECTIONS, KINDS

class FollowupError(ValueError):
    """A follow-up that cannot be saved; ``str()`` says what to fix."""


def add_followup(db: Database, data_dir: Path, customer_id: int, *, kind: str = "wechat",
                 direction: str = "out", happened_at: str | datetime | None = None,
                 staff: str = "", summary: str = "", chat_text: str = "", attachments=(),
                 now: datetime | None = None) -> int:
    """Save one follow-up with its attachments copied in; nothing is kept when anything fails."""
    summary, chat_text, staff = summary.strip(), chat_text.strip(), staff.strip()
    if kind not in KINDS:
        raise FollowupError(translate("Followups", "Unknown follow-up type “{kind}”. Choose one of "
                                                   "the listed types.").format(kind=kind))
    if direction not in DIRECTIONS:
        raise FollowupError(translate("Followups", "Unknown direction “{direction}”.")
                            .format(direction=direction))
    if not summary and not chat_text:
        raise FollowupError(translate("Followups", "Write a short summary (or paste the chat) "
                                                   "before saving the follow-up."))
    if isinstance(happened_at, datetime):
        happened = stamp(happened_at)
    elif happened_at:
        parsed = parse_stamp(happened_at)
        if parsed is None:
            raise FollowupError(translate("Followups", "The time “{value}” is not a date and time "
                                                       "like 2024-05-01 14:30.").format(value=happened_at))
        happened = stamp(parsed)
    else:
        happened = stamp(now)
    if not customer_exists(db, customer_id):
        raise FollowupError(translate("Followups", "Customer #{id} does not exist (it may have been "
                                                   "merged or erased). Choose the customer again.")
                            .format(id=customer_id))
    copied = att.copy_in(db, data_dir, attachments)
    try:
        with db.atomic():
            followup_id = insert_followup(db, dict(
                customer_id=customer_id, kind=kind, direction=direction, happened_at=happened,
                staff=staff, summary=summary or chat_text.splitlines()[0][:80], chat_text=chat_text,
                created_at=stamp(now)))
            att.record(db, copied, followup_id=followup_id, when=stamp(now))
    except Exception:
        att.remove_copies(data_dir, copied)
        raise
    return followup_id


def followups_for_customer(db: Database, customer_id: int) -> list[dict]:
    """A customer's follow-ups, newest first (for the customer's timeline)."""
    return followup_rows(db, customer_id=customer_id)
