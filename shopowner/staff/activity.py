"""Who did what (the founder's view of the team's work): the rows that record a person, newest
first, worded once here for ``staff activity`` and the window's staff dialog."""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.staff.people import StaffError
from shopowner.store import Database
from shopowner.store import staff as store
from shopowner.vocab.feedback_kinds import kind_label as feedback_kind


def _what(kind: str) -> str:
    return {
        "followup": translate("Staff", "Follow-up"),
        "feedback": translate("Staff", "Feedback"),
        "wechat": translate("Staff", "WeChat add"),
        "cards": translate("Staff", "Cards printed"),
        "import": translate("Staff", "Import"),
        "customer": translate("Staff", "Customer edited"),
    }.get(kind, kind)


def _details(row: dict) -> str:
    kind, ref, text = row["kind"], row["ref"], row["text"] or ""
    if kind in ("followup", "wechat", "feedback"):
        said = feedback_kind(text) if kind == "feedback" else text
        customer = translate("Staff", "customer #{id}").format(id=ref) if ref else ""
        return " · ".join(x for x in (customer, said) if x)
    if kind == "cards":
        return translate("Staff", "cards: {n}").format(n=text)
    if kind == "customer":
        return f"#{ref} {text}".strip()
    return text


def activity(db: Database, *, name: str | None = None, limit: int = 50) -> list[dict]:
    """``{"at", "who", "kind", "what", "details"}`` rows, newest first; ``name``: one person only."""
    staff_id = None
    if name:
        row = store.staff_by_name(db, name.strip())
        if row is None:
            raise StaffError(translate("Staff", "No one called “{name}” is on the staff list.").format(name=name))
        staff_id = row["id"]
    return [{"at": r["at"] or "", "who": r["who"], "kind": r["kind"], "what": _what(r["kind"]),
             "details": _details(r)} for r in store.activity_rows(db, staff_id=staff_id, limit=limit)]
