"""The shop's one clock: local time as the shop file stores it (``YYYY-MM-DD HH:MM:SS``).

Every write that records a time takes it from here. Store functions take ``now`` from their
caller and fall back to :func:`current`; no SQL reads the time itself (a test looks for SQL's
own clock functions in ``shopowner/``), so a fixed clock (:func:`fixed`) fixes every stored time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime

STAMP = "%Y-%m-%d %H:%M:%S"

_fixed = threading.local()  # a clock fixed by :func:`fixed`, for the thread that fixed it


def current(now: datetime | None = None) -> datetime:
    """``now`` when given, else the clock's time; whole seconds."""
    source: Callable[[], datetime] = getattr(_fixed, "source", datetime.now)
    return (now or source()).replace(microsecond=0)


def stamp(now: datetime | None = None) -> str:
    return current(now).strftime(STAMP)


def today(now: datetime | None = None) -> date:
    return current(now).date()


@contextmanager
def fixed(at: datetime) -> Iterator[None]:
    """The clock reads ``at`` meanwhile, in this thread only: the demo shop, built on a worker with
    each step at the day it happened, must not date what the window writes meanwhile (tests)."""
    before = getattr(_fixed, "source", None)
    _fixed.source = lambda: at
    try:
        yield
    finally:
        if before is None:
            del _fixed.source
        else:
            _fixed.source = before


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
