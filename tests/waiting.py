"""Waiting on a condition, never for a fixed time: poll ``check`` until it holds or a deadline
passes. The short rest between polls is the only sleep tests use (Qt tests wait with
``qtbot.waitUntil``, which runs the event loop instead)."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(check: Callable[[], object], timeout: float = 30.0, *, every: float = 0.01,
               process=None) -> bool:
    """True as soon as ``check()`` is true; False at the deadline, or as soon as ``process``
    (a ``subprocess.Popen``), when given, has ended without the check holding."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return True
        if process is not None and process.poll() is not None:
            return bool(check())
        if time.monotonic() >= deadline:
            return False
        time.sleep(every)
