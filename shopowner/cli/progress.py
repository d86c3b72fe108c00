"""Long CLI commands on a terminal: a progress line on stderr, and Ctrl+C as a clean cancel.

The line is drawn only when stderr is a terminal (scripts and ``--json`` pipes see nothing
extra). While the command runs, Ctrl+C sets the job's cancel flag instead of killing the
process mid-write: the core function stops at its next progress step and rolls back what it
had not finished, exactly like the window's Cancel button.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from contextlib import contextmanager

from shopowner.progress import Progress

REDRAW_SECONDS = 0.1


@contextmanager
def terminal_progress(stream=None):
    stream = stream if stream is not None else sys.stderr
    show = stream is not None and hasattr(stream, "isatty") and stream.isatty()
    cancel = threading.Event()
    drawn = [0.0]

    def draw(done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if not show or (now - drawn[0] < REDRAW_SECONDS and done < total):
            return
        drawn[0] = now
        share = f" {done * 100 // total}%" if total else ""
        stream.write(f"\r\033[K{text}{share}")
        stream.flush()

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        yield Progress(draw, cancel)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        if show and drawn[0]:
            stream.write("\r\033[K")
            stream.flush()
