"""One background runner for the GUI: a job runs on a QThreadPool thread, reports progress,
can be cancelled, and hands its result or error back on the GUI thread through signals.

``QRunnable`` is not a ``QObject``, so the signals live on a small :class:`TaskSignals` beside it.
A job that touches the database runs with a connection of its own: :func:`start_with_db`.
"""

from __future__ import annotations

import traceback
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from shopowner import faults
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
            self.signals._failed.emit(for_window(exc))
        else:
            self.signals._succeeded.emit(result)
        self.signals._finished.emit()


def for_window(exc: Exception) -> Exception:
    """What a failed job hands the window: our own refusals as they are (their ``str()`` is the
    message, their type may matter to the handler); any other fault — locked, disk full,
    read-only, damaged, a bug — as a :class:`~shopowner.faults.Failure` whose ``str()`` says in
    the owner's words what happened and what to do, its details logged to errors.log."""
    fault = faults.handle(exc)
    if fault.kind == "refused":
        return exc
    failure = faults.Failure(fault, exc)
    failure.traceback_text = getattr(exc, "traceback_text", None)
    return failure


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

    # a sqlite3 connection belongs to the thread that opened it; its writes wait for another
    # writer (the CLI, another import) for as long as it writes, saying so on the job's progress
    db = connect(db_path(data_dir), on_wait=faults.progress_waiter(progress))
    try:
        return fn(db, *args, progress=progress, **kwargs)
    finally:
        db.close()


def start_with_db(data_dir, fn: Callable[..., Any], *args, **kwargs) -> Task:
    """Like :func:`start` for ``fn(db, *args, progress=…, **kwargs)``, with ``db`` this job's own
    connection to the shop file in ``data_dir``."""
    return start(_with_db, data_dir, fn, *args, **kwargs)


def shut_down(timeout_ms: int = 3000) -> bool:
    """At quit: cancel every job and wait (at most ``timeout_ms``) for the workers to stop, so
    none is still running — and signalling into deleted objects — as the process exits."""
    for task in list(_running):
        task.cancel()
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _reads_pool is not None:
        done = _reads_pool.waitForDone(timeout_ms) and done
    return done


# reads a screen waits for ------------------------------------------------------------------
_reads_pool: QThreadPool | None = None


def reads_pool() -> QThreadPool:
    """The pool for short reads a screen is waiting on (a list page, a detail pane).

    Kept apart from the global pool, where long jobs (an import, printing, an export) run, so a
    screen never queues behind them; WAL lets these readers run beside the writer."""
    global _reads_pool
    if _reads_pool is None:
        _reads_pool = QThreadPool()
        _reads_pool.setObjectName("reads")
        _reads_pool.setMaxThreadCount(2)
        _reads_pool.setExpiryTimeout(60_000)
    return _reads_pool


def start_read(data_dir, fn: Callable[..., Any], *args, **kwargs) -> Task:
    """:func:`start_with_db` on the :func:`reads_pool`."""
    return start_with_db(data_dir, fn, *args, pool=reads_pool(), **kwargs)


class Latest(QObject):
    """One read at a time for one view; the newest request wins.

    ``request(fn, *args, on_result=…, **kwargs)`` runs ``fn(db, *args, **kwargs)``: at once when
    nothing runs, else when the running read ends (a waiting request is replaced by a newer
    one). A result reaches ``on_result`` only if no newer request was made since, so a slow
    old query never overwrites a newer answer. With a ``data_dir`` the reads run on the
    :func:`reads_pool` with their own connection; without one they run inline on ``db`` (a
    model used without a window, the CLI), results delivered before ``request`` returns.
    """

    idle = Signal()  # the last read has ended and none waits

    def __init__(self, owner: QObject, *, data_dir=None, db=None):
        super().__init__(owner)
        self.data_dir, self.db = data_dir, db
        self.generation = 0
        self.running: Task | None = None
        self._waiting: tuple | None = None
        self.on_error: Callable[[Exception], None] | None = None

    @property
    def busy(self) -> bool:
        return self.running is not None or self._waiting is not None

    def request(self, fn: Callable[..., Any], *args, on_result: Callable[[Any], None],
                **kwargs) -> None:
        self.generation += 1
        job = (self.generation, fn, args, kwargs, on_result)
        if self.data_dir is None:
            self._deliver(job[0], on_result, fn(self.db, *args, **kwargs))
        elif self.running is None:
            self._start(job)
        else:
            self._waiting = job

    def drop(self) -> None:
        """Forget the waiting request and ignore the running one's result."""
        self.generation += 1
        self._waiting = None

    def _start(self, job: tuple) -> None:
        generation, fn, args, kwargs, on_result = job
        task = start_read(self.data_dir, _without_progress, fn, *args, owner=self.parent(),
                          **kwargs)
        self.running = task
        task.signals.succeeded.connect(lambda result: self._deliver(generation, on_result,
                                                                    result))
        task.signals.failed.connect(self._failed)
        task.signals.done.connect(self._next)

    def _deliver(self, generation: int, on_result, result) -> None:
        if generation == self.generation:
            on_result(result)

    def _failed(self, exc: Exception) -> None:
        if self.on_error is not None:
            self.on_error(exc)

    def _next(self) -> None:
        self.running = None
        job, self._waiting = self._waiting, None
        if job is not None:
            self._start(job)
        else:
            self.idle.emit()


def _without_progress(db, fn, *args, progress=None, **kwargs):
    return fn(db, *args, **kwargs)
