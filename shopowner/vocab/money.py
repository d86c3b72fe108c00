"""How an amount of money reads: the shop stores fen (分) as integers and shows yuan."""

from __future__ import annotations


def yuan(fen: int | None) -> str:
    """``123456`` → ``"1,234.56"`` (nothing stored reads ``0.00``)."""
    return f"{(fen or 0) / 100:,.2f}"
