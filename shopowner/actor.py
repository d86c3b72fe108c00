"""Who is working: the staff member signed in on this PC (team mode's "who did what").

The front ends sign a person in once — the window after its sign-in dialog, the CLI from
``--staff NAME`` / ``$SHOPOWNER_STAFF`` — and the store reads :func:`current_id` when it writes a
row that records work (a follow-up, feedback, a WeChat add or redeemed code, a print run, an
import, a customer's edit). One value for the whole process, not per thread and not a
contextvar: the jobs the window runs on its workers write as the person who started them.

A shop with no staff defined signs nobody in: :func:`current` is ``None``, the rows record no
one, and every action is allowed (``shopowner.staff.permissions``). No Qt, no SQL here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

FOUNDER = "founder"


@dataclass(frozen=True)
class Person:
    """A signed-in staff member as the book had them at sign-in (their allowances are read
    from the book again whenever they matter)."""

    id: int
    name: str
    role: str

    @property
    def is_founder(self) -> bool:
        return self.role == FOUNDER


_lock = threading.Lock()
_current: Person | None = None


def sign_in(person: Person) -> None:
    global _current
    with _lock:
        _current = person


def sign_out() -> None:
    global _current
    with _lock:
        _current = None


def current() -> Person | None:
    """The person signed in on this PC, ``None`` when nobody is (a shop without staff)."""
    return _current


def current_id() -> int | None:
    """The ``staff.id`` the store records as who did a write, ``None`` when nobody is signed in."""
    person = _current
    return person.id if person is not None else None


@contextmanager
def signed_in(person: Person | None) -> Iterator[None]:
    """``person`` signed in meanwhile (``None``: nobody), then whoever was before (the CLI's one
    command; tests)."""
    before = _current
    if person is None:
        sign_out()
    else:
        sign_in(person)
    try:
        yield
    finally:
        if before is None:
            sign_out()
        else:
            sign_in(before)
