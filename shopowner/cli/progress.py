"""Long CLI commands on a terminal: a progress line on stderr, and Ctrl+C as a clean cancel.

The line is drawn only when stderr is a terminal (scripts and ``--json`` pipes see nothing
extra). While the command runs, Ctrl+C sets the job's cancel flag instead of killing the
process mid-write: the core function stops at its next progress step and rolls back what it
had not finished, exactly like the window's Cancel button.

:func:`wait_notice` is what a command's writes do while another program writes to the shop file:
say so once, count the seconds on a terminal, and stop on Ctrl+C.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from contextlib import contextmanager

from shopowner.progress import Cancelled, Progress

REDRAW_SECONDS = 0.1
_cancels: list[threading.Event] = []  # the running command's cancel flag (Ctrl+C), if any


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
    _cancels.append(cancel)
    try:
        yield Progress(draw, cancel)
    finally:
        _cancels.remove(cancel)
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        if show and drawn[0]:
            stream.write("\r\033[K")
            stream.flush()


def wait_notice(stream=None):
    """An ``on_wait(seconds)`` for :func:`shopowner.store.db.connect`: the first call prints
    the waiting sentence on stderr, later ones redraw the seconds waited on a terminal; Ctrl+C
    (the command's cancel flag, or a plain KeyboardInterrupt) ends the wait with nothing written."""
    from shopowner.faults import waiting_text
    from shopowner.i18n import translate

    said = [False]

    def on_wait(seconds: float | None) -> None:
        out = stream if stream is not None else sys.stderr
        tty = out is not None and hasattr(out, "isatty") and out.isatty()
        if seconds is None:  # the wait is over
            if tty and said[0]:
                out.write("\r\033[K")
                out.flush()
            said[0] = False
            return
        if _cancels and _cancels[-1].is_set():
            raise Cancelled()
        if out is None or (said[0] and not tty):
            return
        if tty:
            text = translate("Cli", "{waiting} {seconds} s (Ctrl+C cancels)").format(
                waiting=waiting_text(), seconds=int(seconds))
            out.write(f"\r\033[K{text}")
        else:
            out.write(translate("Cli", "{waiting} (Ctrl+C cancels)").format(waiting=waiting_text()) + "\n")
        out.flush()
        said[0] = True

    return on_wait
