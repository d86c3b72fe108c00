"""What each empty area says, and the one button that helps, from what the shop holds so far.

Without orders every area leads to the import; once orders are in, each area points at its own
next step (log the first follow-up, print the first cards).
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from shopowner.i18n import translate
from shopowner.store.shop_state import ShopState


@dataclass(frozen=True)
class Hint:
    text: str
    button: str
    action: Callable[[], object]
    hint: str = ""


def import_hint(window, text: str) -> Hint:
    return Hint(text, translate("EmptyHints", "Import orders…  (Ctrl+I)"),
                lambda: window.import_orders(),
                translate("EmptyHints", "Or drag the CSV or Excel files exported from your seller "
                                        "center onto this window."))


def _customers(state: ShopState, window) -> Hint | None:
    if state.customers:
        return None
    return import_hint(window, translate(
        "EmptyHints", "Your customer book is empty. Import the order exports from your seller "
                      "center (Taobao, JD, Pinduoduo, Douyin…): every buyer becomes a customer here."))


def _followups(state: ShopState, window) -> Hint | None:
    if state.followups:
        return None
    if not state.customers:
        return import_hint(window, translate(
            "EmptyHints", "Follow-ups are kept per customer. Import your orders first, then note "
                          "every chat and call here."))

    def new_followup():
        from shopowner.ui.followups.entry import open_new_followup

        open_new_followup(window, None)

    return Hint(translate("EmptyHints", "No follow-ups logged yet. After a chat or a call with a "
                                        "customer, note it here, so the next contact picks up where "
                                        "the last one ended."),
                translate("EmptyHints", "New follow-up…  (Ctrl+N)"), new_followup)


def _review(state: ShopState, window) -> Hint | None:
    if state.orders:
        return None
    return import_hint(window, translate(
        "EmptyHints", "Your daily review fills in once the shop has orders: feedback, complaints, "
                      "follow-ups due and yesterday's new WeChat adds, every morning. Import your "
                      "orders to begin."))


def _growth(state: ShopState, window) -> Hint | None:
    if state.orders:
        return None
    return import_hint(window, translate(
        "EmptyHints", "Growth figures are counted from your orders and printed cards. Import your "
                      "orders to see how many buyers become your own customers."))


def _printed_cards(state: ShopState, window) -> Hint | None:
    if state.cards:
        return None
    if not state.orders:
        return import_hint(window, translate(
            "EmptyHints", "No cards printed yet. Cards are printed for your orders: import them "
                          "first."))

    def to_letter():
        area = window.show_area("cards")
        tabs = getattr(area, "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(0)

    return Hint(translate("EmptyHints", "No cards printed yet. Write your letter, then print one "
                                        "card for every parcel going out; each printed card shows "
                                        "here with its code."),
                translate("EmptyHints", "Write the letter and print"), to_letter)


HINTS = {
    "customers": _customers,
    "followups": _followups,
    "review": _review,
    "growth": _growth,
    "printed_cards": _printed_cards,
}


def hint_for(key: str, state: ShopState, window) -> Hint | None:
    """The next step for empty area ``key``, or None when the area has something to show."""
    return HINTS[key](state, window)
