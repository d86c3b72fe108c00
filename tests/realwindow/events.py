"""The line the real-window child process talks to its parent on: one JSON object per line.

The child says which step it is in and when it sits idle (so the parent can read the GUI thread's
CPU time from /proc meanwhile). Run by hand without a parent, nothing is sent.
"""

from __future__ import annotations

import json
import os

FD_ENV = "SHOPOWNER_RW_EVENTS_FD"


def attached() -> bool:
    return bool(os.environ.get(FD_ENV))


def emit(kind: str, **data) -> None:
    fd = os.environ.get(FD_ENV)
    if not fd:
        return
    line = json.dumps({"kind": kind, **data}, ensure_ascii=False) + "\n"
    try:
        os.write(int(fd), line.encode("utf-8"))
    except OSError:
        pass  # the parent went away; the child's own checks still run


_last_beat = [0.0]


def heartbeat(every: float = 1.0) -> None:
    """A sign of life while waiting (at most one a second)."""
    import time

    now = time.monotonic()
    if now - _last_beat[0] >= every:
        _last_beat[0] = now
        emit("alive")
