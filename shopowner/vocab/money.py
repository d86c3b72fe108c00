"""How an amount of money reads: the shop stores fen (分) as integers and shows yuan."""

from __future__ import annotations


def yuan(fen: int | None) -> str:
    """``123456`` → ``"1,234.56"`` (nothing stored reads ``0.00``)."""
    return f"{(fen or 0) / 100:,.2f}"


def yuan_sign(fen: int | None, *, whole: bool = False) -> str:
    """``123456`` → ``"¥1,234.56"`` (``whole``: ``"¥1,235"``); nothing to show (None) reads ``"—"``."""
    if fen is None:
        return "—"
    return f"¥{fen / 100:,.0f}" if whole else f"¥{fen / 100:,.2f}"


def yuan_input(fen: int | None) -> str:
    """An amount as a field holds it for editing: ``123456`` → ``"1234.56"``; None → empty."""
    return "" if fen is None else f"{fen / 100:.2f}"
