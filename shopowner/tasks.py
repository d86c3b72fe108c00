"""One background runner for the GUI: a job runs on a QThreadPool thread, reports progress,
can be cancelled, and hands its result or error back on the GUI thread through signals.

``QRunnable`` is not a ``QObject``, so the signals live on a small :class:`TaskSignals` beside it.
A job that touches the database runs with a connection of its own: :func:`start_with_db`.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from shopowner.progress import Cancelled, Progress


class TaskSignals(QObject):
    """The job's signals, delivered on the GUI thread.

    The worker emits the private ``_…`` signals; they arrive here queued and are passed on only
    while the job's owner widget exists, so a result never reaches a closed window's widgets.
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; its traceback text is in .traceback_text
    cancelled = Signal()
    finished = Signal()  # after any of the three above
    done = Signal()  # always, even when the owner has gone (bookkeeping only)

    _progress = Signal(int, int, str)
    _succeeded = Signal(object)
    _failed = Signal(object)
    _cancelled = Signal()
    _finished = Signal()

    def __init__(self):
        super().__init__()
        self.live = True
        self.on_abandon: Callable[[], None] = lambda: None
        self._progress.connect(self._pass_progress)
        self._succeeded.connect(self._pass_succeeded)
        self._failed.connect(self._pass_failed)
        self._cancelled.connect(self._pass_cancelled)
        self._finished.connect(self._pass_finished)

    def abandon(self, *_args) -> None:
        """The owner is gone: cancel the job and deliver nothing more."""
        self.live = False
        self.on_abandon()

    def _pass_progress(self, done: int, total: int, text: str) -> None:
        if self.live:
            self.progress.emit(done, total, text)

    def _pass_succeeded(self, result) -> None:
        if self.live:
            self.succeeded.emit(result)

    def _pass_failed(self, exc) -> None:
        if self.live:
            self.failed.emit(exc)

    def _pass_cancelled(self) -> None:
        if self.live:
            self.cancelled.emit()

    def _pass_finished(self) -> None:
        if self.live:
            self.finished.emit()
        self.done.emit()


class Task(QRunnable):
    """Runs ``fn(*args, progress=Progress, **kwargs)`` off the GUI thread."""

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.progress = Progress(callback=self.signals._progress.emit)
        self.signals.on_abandon = self.progress.cancel

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:  # runs on the worker thread
        try:
            result = self.fn(*self.args, progress=self.progress, **self.kwargs)
        except Cancelled:
            self.signals._cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI to show
            exc.traceback_text = traceback.format_exc()
            self.signals._failed.emit(exc)
        else:
            self.signals._succeeded.emit(result)
        self.signals._finished.emit()


_running: set[Task] = set()
# A finished task stays referenced a little longer: its ``run()`` may still be returning on the
# pool thread when ``finished`` reaches the GUI, and freeing it then would crash.
_retired: list[Task] = []


def _retire(task: Task) -> None:
    _running.discard(task)
    _retired.append(task)
    del _retired[:-16]


def start(fn: Callable[..., Any], *args, pool: QThreadPool | None = None,
          owner: QObject | None = None, **kwargs) -> Task:
    """Queue ``fn`` and return its :class:`Task`; connect to ``task.signals`` right away.

    The job is handed to the pool when control returns to the event loop, so a job that
    finishes at once cannot emit its result before the caller has connected to it. When
    ``owner`` (the widget that shows the result) is destroyed, the job is cancelled and its
    signals go quiet.
    """
    task = Task(fn, *args, **kwargs)
    _running.add(task)  # keep a reference until it has finished
    task.signals.done.connect(lambda: _retire(task))
    if owner is not None:
        owner.destroyed.connect(task.signals.abandon)
    QTimer.singleShot(0, lambda: (pool or QThreadPool.globalInstance()).start(task))
    return task


def _with_db(data_dir, fn, *args, progress=None, **kwargs):
    from shopowner.paths import db_path
    from shopowner.store import connect

    db = connect(db_path(data_dir))  # a sqlite3 connection belongs to the thread that opened it
    try:
        return fn(db, *args, progress=progress, **kwargs)
    finally:
        db.close()


def start_with_db(data_dir, fn: Callable[..., Any], *args, **kwargs) -> Task:
    """Like :func:`start` for ``fn(db, *args, progress=…, **kwargs)``, with ``db`` this job's own
    connection to the shop file in ``data_dir``."""
    return start(_with_db, data_dir, fn, *args, **kwargs)
