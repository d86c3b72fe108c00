"""Local time as the shop file stores it (``YYYY-MM-DD HH:MM:SS``); callers pass ``now`` to freeze it."""

from __future__ import annotations

from datetime import date, datetime

STAMP = "%Y-%m-%d %H:%M:%S"


def current(now: datetime | None = None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def stamp(now: datetime | None = None) -> str:
    return current(now).strftime(STAMP)


def parse_stamp(text: str | None) -> datetime | None:
    """A stored time, tolerating a bare date; ``None`` for empty or unreadable text."""
    if not text:
        return None
    for fmt in (STAMP, "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text[:19], fmt)
        except ValueError:
            continue
    return None


def day_text(day: date) -> str:
    return day.strftime("%Y-%m-%d")
