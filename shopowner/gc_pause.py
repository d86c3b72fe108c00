"""Automatic full garbage collections paused while a big job loads many objects.

An import builds orders, customers and the identities each chunk meets, chunk by chunk (when it
was written, it also loaded every identity of the shop first: 300,000 tuples, dictionaries and
sets on a 200,000-customer shop). Each new object counts towards Python's full (generation 2)
collections, and a
full collection walks every object in the process while holding the one interpreter lock: on a
20,000-order import into that shop, six of them held it 40-60 ms each (more on a busy machine),
so the window's GUI thread stalled although it had nothing to do. Young collections (generations
0 and 1) keep running: they walk only new objects and take a few milliseconds.

Inside :func:`full_collections_paused` no full collection starts by itself; when the outermost
block ends (the job's big objects released by then), one full collection runs at once: 2 ms on
that shop — on the main thread only. On a worker (an import from the window) the thresholds are
put back and Python's own next full collection frees what is left: a collection forced there
would also destroy any Qt object left in a garbage cycle on that thread, which crashed a test
worker (a widget must be deleted on the GUI thread). The threshold is process-wide, so blocks
nest and may overlap across threads; the last one out restores it. (Python 3.11-3.13 count full
collections with the third threshold; where a later Python ignores it, this changes nothing.)
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_PAUSED = 1 << 30  # young collections between full ones: never, in practice
_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def full_collections_paused():
    """No automatic full collection inside the block; one full collection when the last block
    (of any thread) ends on the main thread."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], _PAUSED)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            last = _depth == 0
            if last and _saved is not None:
                gc.set_threshold(*_saved)
        if last and threading.current_thread() is threading.main_thread():
            gc.collect()


def paused() -> bool:
    """Whether a block is running (for tests)."""
    return _depth > 0
