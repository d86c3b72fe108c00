"""Progress and cancellation for long core jobs, with no Qt: the CLI and the GUI pass their own.

A long function takes ``progress: Progress | None``, calls ``progress.update(done, total, text)``
now and then, and stops with :class:`Cancelled` when the user cancels (``update`` raises it).
Work done inside one transaction is rolled back by the raise.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the job."""


class Progress:
    def __init__(self, callback: Callable[[int, int, str], None] | None = None,
                 cancel_event: threading.Event | None = None):
        self._callback = callback
        self.cancel_event = cancel_event or threading.Event()

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total, text)

    def check(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


def maybe(progress: Progress | None) -> Progress:
    """The given progress, or a silent one, so callers never test for ``None``."""
    return progress if progress is not None else Progress()
