"""Which cards count as printed (given to a buyer in a parcel), said once for every query that
counts printed cards, add-rates, redeemable codes or card reminders.

A card whose code was only reserved for a batch that never reached paper must not count: it was
never in a parcel, so nobody can send its code back. Every such query takes its condition from
:func:`printed_card` (redemption, reminders, the daily review, the growth figures).
"""

from __future__ import annotations


def printed_card(alias: str = "cards") -> str:
    """SQL condition over the ``cards`` row ``alias``: the card was printed."""
    return f"({alias}.printed_at IS NOT NULL)"
