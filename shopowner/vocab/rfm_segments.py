"""RFM segments (客户分层): the keys a customer-book filter holds and the words for them.

Each segment is whether the customer is above the shop's own average on R (recency: bought more
recently than the average buyer), F (more paid orders than average) and M (more spent than
average); the rule itself lives in :mod:`shopowner.store.rfm`.
"""

from __future__ import annotations

from shopowner.i18n import translate

# key → (recent, frequent, big spender), in the usual order of the eight segments
SEGMENTS: dict[str, tuple[bool, bool, bool]] = {
    "important_value": (True, True, True),
    "important_develop": (True, False, True),
    "important_keep": (False, True, True),
    "important_retain": (False, False, True),
    "general_value": (True, True, False),
    "general_develop": (True, False, False),
    "general_keep": (False, True, False),
    "general_retain": (False, False, False),
}


def segment_label(key: str) -> str:
    """The segment's usual name (重要价值客户 …); an unknown key is shown as it is."""
    return {
        "important_value": translate("Segments", "Important value customers"),
        "important_develop": translate("Segments", "Important customers to develop"),
        "important_keep": translate("Segments", "Important customers to keep"),
        "important_retain": translate("Segments", "Important customers to win back"),
        "general_value": translate("Segments", "Ordinary value customers"),
        "general_develop": translate("Segments", "Ordinary customers to develop"),
        "general_keep": translate("Segments", "Ordinary customers to keep"),
        "general_retain": translate("Segments", "Ordinary customers to win back"),
    }.get(key, key)
