"""One background runner for the GUI: a job runs on a QThreadPool thread, reports progress,
can be cancelled, and hands its result or error back on the GUI thread through signals.

``QRunnable`` is not a ``QObject``, so the signals live on a small :class:`TaskSignals` beside it.
A job that touches the database opens its own connection (``shopowner.store.connect``).
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from shopowner.progress import Cancelled, Progress


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; its traceback text is in .traceback_text
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class Task(QRunnable):
    """Runs ``fn(*args, progress=Progress, **kwargs)`` off the GUI thread."""

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.progress = Progress(callback=self.signals.progress.emit)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:  # runs on the worker thread
        try:
            result = self.fn(*self.args, progress=self.progress, **self.kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI to show
            exc.traceback_text = traceback.format_exc()
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        self.signals.finished.emit()


_running: set[Task] = set()


def start(fn: Callable[..., Any], *args, pool: QThreadPool | None = None, **kwargs) -> Task:
    """Queue ``fn`` and return its :class:`Task`; connect to ``task.signals`` right away.

    The job is handed to the pool when control returns to the event loop, so a job that
    finishes at once cannot emit its result before the caller has connected to it.
    """
    task = Task(fn, *args, **kwargs)
    _running.add(task)  # keep a reference until it has finished
    task.signals.finished.connect(lambda: _running.discard(task))
    QTimer.singleShot(0, lambda: (pool or QThreadPool.globalInstance()).start(task))
    return task
