"""A customer's follow-ups, feedback and WeChat adds as one newest-first list, for the customer's
timeline in the customer book (which adds its orders beside these)."""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.followups import feedback as fb
from shopowner.followups import log
from shopowner.i18n import translate
from shopowner.store.followups import feedback_rows, followup_rows, wechat_adds_of


def customer_timeline(db: Database, customer_id: int) -> list[dict]:
    """Items ``{at, kind, id, title, detail}``; kind is followup, feedback or wechat_add."""
    items = []
    for row in followup_rows(db, customer_id=customer_id):
        items.append(dict(at=row["happened_at"], kind="followup", id=row["id"],
                          title=f"{log.kind_label(row['kind'])} · {log.direction_label(row['direction'])}"
                                + (f" · {row['staff']}" if row["staff"] else ""),
                          detail=row["summary"]))
    for row in feedback_rows(db, customer_id=customer_id):
        status = fb.status_label(row["status"])
        items.append(dict(at=row["created_at"], kind="feedback", id=row["id"],
                          title=fb.kind_label(row["kind"]) + (f" · {status}" if status else ""),
                          detail=row["text"]))
    for row in wechat_adds_of(db, customer_id):
        if row["code"]:
            title = translate("Timeline", "Added on WeChat with card {code}").format(code=row["code"])
        else:
            title = translate("Timeline", "Added on WeChat (no code)")
        detail = " · ".join(x for x in (row["wechat_name"], row["remark"], row["account"]) if x)
        items.append(dict(at=row["added_at"], kind="wechat_add", id=row["id"], title=title, detail=detail))
    return sorted(items, key=lambda x: (x["at"] or "", x["id"]), reverse=True)
