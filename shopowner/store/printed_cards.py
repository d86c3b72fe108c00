"""Which cards count as printed (given to a buyer in a parcel), said once for every query that
counts printed cards, add-rates, redeemable codes or card reminders.

A card whose code was only reserved for a batch that never reached paper must not count: it was
never in a parcel. Every query that counts printed cards takes its condition from
:func:`printed_card` (reminders, the daily review, the growth figures) or reads the
``printed_cards`` view (letters). Redemption is the exception: a code a buyer sends back proves its
card reached paper (a print that failed half-way leaves its cards reserved), so redeeming a
reserved card marks it printed (:func:`shopowner.store.redemptions.mark_card_redeemed`).
"""

from __future__ import annotations


def printed_card(alias: str = "cards") -> str:
    """SQL condition over the ``cards`` row ``alias``: the card was printed."""
    return f"({alias}.state = 'printed')"
