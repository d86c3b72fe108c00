"""A customer's timeline (时间线) as the detail pane shows it: orders, cards printed, WeChat adds,
follow-ups and feedback, newest first, each row worded once here in the current language. The
window's detail pane, ``customers timeline`` in the CLI and the tests show these very rows.

A row is plain data (JSON-ready): ``{"at", "kind", "id", "what", "details", "who"}``; ``at`` is the
minute (``2024-06-11 10:00``), ``kind`` one of :data:`KINDS`, ``what`` and ``details`` the words
(ending with who recorded it, in team mode), ``who`` that person's name ('' when no one signed in).
"""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.customer_detail import detail_of, timeline_entries
from shopowner.vocab import feedback_kinds, followup_kinds
from shopowner.vocab.money import yuan
from shopowner.vocab.platforms import platform_name

KINDS = ("order", "card", "wechat", "followup", "feedback")


def kind_label(kind: str) -> str:
    """What a timeline row is about (the “What” column)."""
    return {"order": translate("Timeline", "Order"), "card": translate("Timeline", "Card printed"),
            "wechat": translate("Timeline", "Added on WeChat"),
            "followup": translate("Timeline", "Follow-up"),
            "feedback": translate("Timeline", "Feedback")}.get(kind, kind)


def _joined(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


class _Words(dict):
    """Words looked up once per call (a customer may have thousands of orders): ``words[fn, key]``."""

    def __missing__(self, key):
        fn, value = key
        self[key] = fn(value)
        return self[key]


def _order(e: dict, words: _Words) -> str:
    order = f"{words[platform_name, e['label'] or '']} {e['ref'] or ''}".strip()
    return _joined(order, f"¥{yuan(e['amount'])}")


def _card(e: dict, _words: _Words) -> str:
    used = translate("Timeline", "code used on {when}").format(when=e["text"][:16]) if e["text"] else ""
    return _joined(e["ref"], used)


def _wechat(e: dict, _words: _Words) -> str:
    card = translate("Timeline", "card {code}").format(code=e["ref"]) if e["ref"] else \
        translate("Timeline", "no code")
    return _joined(e["text"], card, e["extra"])


def _followup(e: dict, words: _Words) -> str:
    return _joined(words[followup_kinds.kind_label, e["label"]],
                   words[followup_kinds.direction_label, e["ref"]], e["extra"], e["text"])


def _feedback(e: dict, words: _Words) -> str:
    return _joined(words[feedback_kinds.kind_label, e["label"]],
                   words[feedback_kinds.status_label, e["ref"]], e["text"])


DETAILS = {"order": _order, "card": _card, "wechat": _wechat, "followup": _followup,
           "feedback": _feedback}


def _by(name: str | None) -> str:
    """Who recorded it (team mode), as the end of the details."""
    return translate("Timeline", "by {name}").format(name=name) if name else ""


def customer_timeline(db: Database, customer_id: int) -> list[dict]:
    """The customer's timeline rows, newest first (see the module docstring)."""
    words = _Words()
    return [{"at": (e["at"] or "")[:16], "kind": e["kind"], "id": e["id"],
             "what": words[kind_label, e["kind"]],
             "details": " ".join(_joined(DETAILS[e["kind"]](e, words), _by(e.get("who"))).split()),
             "who": e.get("who") or ""}
            for e in timeline_entries(db, customer_id)]


def customer_detail(db: Database, customer_id: int) -> dict | None:
    """Everything the detail pane shows for one customer (read on a worker):
    :func:`store.customer_detail.detail_of` and the worded ``timeline``; ``None`` when the
    customer is gone."""
    data = detail_of(db, customer_id)
    if data is not None:
        data["timeline"] = customer_timeline(db, customer_id)
    return data
