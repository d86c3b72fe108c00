"""Which parcels get a card, and which letter each one carries.

Selections: ``to-ship`` (paid, not shipped, no printed card yet: the packing list), ``today`` (imported
today), ``all``, a date range ``2026-11-01..2026-11-20`` (order date), or ids ``12,15,TB2024…``
(order ids or platform order numbers). Letters are chosen by rules: first order or returning
buyer, and platform; the most specific active letter wins, then the highest priority.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from shopowner import clock
from shopowner.i18n import translate
from shopowner.store import cards as store

KINDS = ("to-ship", "today", "all")
RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


class SelectionError(ValueError):
    """A selection that cannot be used; ``str()`` says what to do."""


@dataclass(frozen=True)
class Selection:
    kind: str                 # to-ship | today | all | range | ids
    refs: tuple[str, ...] = ()
    first_day: str = ""
    last_day: str = ""

    @classmethod
    def parse(cls, text: str | None) -> Selection:
        text = (text or "to-ship").strip()
        if text in KINDS:
            return cls(text)
        match = RANGE_RE.match(text)
        if match:
            first, last = sorted(match.groups())
            return cls("range", first_day=first, last_day=last)
        refs = tuple(r.strip() for r in re.split(r"[,，\s]+", text) if r.strip())
        if not refs:
            raise SelectionError(translate(
                "Cards", "“{text}” is not a selection. Use to-ship, today, all, a date range such as "
                         "2026-11-01..2026-11-20, or order ids separated by commas.").format(text=text))
        return cls("ids", refs=refs)

    def __str__(self) -> str:
        if self.kind == "range":
            return f"{self.first_day}..{self.last_day}"
        if self.kind == "ids":
            return ",".join(self.refs)
        return self.kind


def selection_label(selection: Selection | str) -> str:
    """The selection in the owner's words (``to-ship`` is a key, never shown)."""
    selection = Selection.parse(selection) if isinstance(selection, str) else selection
    if selection.kind == "to-ship":
        return translate("Cards", "the parcels going out")
    if selection.kind == "today":
        return translate("Cards", "the orders imported today")
    if selection.kind == "all":
        return translate("Cards", "all orders")
    if selection.kind == "range":
        return translate("Cards", "the orders placed from {first} to {last}").format(
            first=selection.first_day, last=selection.last_day)
    refs = list(selection.refs)
    shown = ", ".join(refs[:3]) + ("…" if len(refs) > 3 else "")
    return translate("Cards", "the orders {ids}").format(ids=shown)


def select_orders(db, selection: Selection, today: date | None = None) -> list[int]:
    """Order ids in packing-list order (ids: in the order given)."""
    if selection.kind == "to-ship":
        return store.to_ship_order_ids(db)
    if selection.kind == "today":
        return store.imported_on_order_ids(db, (today or clock.today()).isoformat())
    if selection.kind == "all":
        return store.all_order_ids(db)
    if selection.kind == "range":
        return store.ordered_between_ids(db, selection.first_day, selection.last_day)
    found, unknown = store.resolve_order_refs(db, list(selection.refs))
    if unknown:
        raise SelectionError(translate(
            "Cards", "No order has the id {ids}. Check the order numbers (or import the orders "
                     "first) and try again.").format(ids=", ".join(unknown)))
    return found


def choose_letter(letters: list[dict], platform: str, purchase_no: int) -> dict | None:
    """The active letter whose rules fit this parcel best (None when no letter fits)."""
    audience = "first" if purchase_no <= 1 else "returning"
    fitting = [letter for letter in letters if letter["active"] and letter["audience"] in ("any", audience)
               and letter["platform"] in ("", platform)]
    if not fitting:
        return None
    return max(fitting, key=lambda lt: (lt["platform"] != "", lt["audience"] != "any", lt["priority"], -lt["id"]))
