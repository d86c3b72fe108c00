"""One background runner for the GUI: a job runs on a QThreadPool thread, reports progress,
can be cancelled, and hands its result or error back on the GUI thread through signals.

Every job has an ``owner``: the widget (or object) whose life bounds it. When the owner is
destroyed, the job is cancelled and nothing more is delivered.

How a job's objects live and die (the design, and why it needs no list of finished tasks kept
alive):

- What runs on the pool thread is a plain Python closure (:func:`_work`) over plain objects: the
  function, its arguments, the job's :class:`~shopowner.progress.Progress` and the job's number.
  It holds no ``QObject`` and no ``QRunnable`` of ours: the pool wraps it in a runnable of Qt's
  own, which Qt deletes after ``run()`` has returned. Whenever the pool thread lets go of the
  closure, freeing it frees only plain Python objects, which is safe on any thread.
- The worker reports through one :class:`_Relay`, a ``QObject`` made on the GUI thread on the
  first ``start`` and never deleted; it emits the job's number with each report. Emitting on an
  object that outlives every job is always safe; the reports arrive queued on the GUI thread, in
  the order they were sent.
- The :class:`Task` the caller gets (and its :class:`TaskSignals`, a ``QObject`` of the GUI
  thread) is referenced only from the GUI thread: from ``_running`` while the job runs, and by
  the caller. The relay looks the job up by number; the job's last report (``ended``) removes
  it from ``_running``. So a ``Task`` is always freed on the GUI thread, after the worker's last
  report has been delivered, and never while the worker still uses anything the ``Task`` owns.

A job that touches the database runs with a connection of its own: :func:`start_with_db`.
Short reads a screen waits for run on a pool of their own: :func:`start_read`, :class:`Latest`.

Not jobs, and so not here: the import's parse outbox (a thread inside the parsing child process,
``imports/parse_process.py``) and the drawing process's idle timer (``ui/cards/drawing.py``).
The restore step waits for both pools to be idle through :func:`idle`.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from shopowner import faults
from shopowner.progress import Cancelled, Progress

__all__ = ["Cancelled", "Latest", "Task", "TaskSignals", "idle", "reads_pool", "shut_down",
           "start", "start_read", "start_with_db"]


class TaskSignals(QObject):
    """The job's signals, on the GUI thread; they go quiet once the owner has gone."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; its traceback text is in .traceback_text
    cancelled = Signal()
    finished = Signal()  # after any of the three above
    done = Signal()  # always, even when the owner has gone (bookkeeping only)

    def __init__(self, progress: Progress):
        super().__init__()
        self.live = True
        self._cancel = progress.cancel  # not the Task: no reference cycle through a QObject

    def abandon(self, *_args) -> None:
        """The owner is gone: cancel the job and deliver nothing more."""
        self.live = False
        self._cancel()


class Task:
    """A job started by :func:`start`: connect to ``task.signals``; ``task.cancel()`` stops it at
    its next progress step."""

    def __init__(self, number: int):
        self.number = number
        self.progress = Progress(callback=lambda done, total, text: _relay().progress.emit(
            number, done, total, text))
        self.signals = TaskSignals(self.progress)

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def running(self) -> bool:
        return self.number in _running

    def _report(self, kind: str, payload: Any) -> None:
        signals = self.signals
        if kind == "progress":
            if signals.live:
                signals.progress.emit(*payload)
            return
        del _running[self.number]
        if signals.live:
            if kind == "succeeded":
                signals.succeeded.emit(payload)
            elif kind == "failed":
                signals.failed.emit(payload)
            else:
                signals.cancelled.emit()
            if signals.live:  # a handler may have closed the owner
                signals.finished.emit()
        signals.done.emit()


class _Relay(QObject):
    """Carries every job's reports from the pool threads to the GUI thread (see the module
    docstring); lives as long as the application."""

    progress = Signal(int, int, int, str)
    ended = Signal(int, str, object)

    def __init__(self):
        super().__init__()
        self.progress.connect(self._progress)
        self.ended.connect(self._ended)

    @staticmethod
    def _progress(number: int, done: int, total: int, text: str) -> None:
        task = _running.get(number)
        if task is not None:
            task._report("progress", (done, total, text))

    @staticmethod
    def _ended(number: int, kind: str, payload: Any) -> None:
        task = _running.get(number)
        if task is not None:
            task._report(kind, payload)


_the_relay: _Relay | None = None


def _relay() -> _Relay:
    global _the_relay
    if _the_relay is None:
        _the_relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            _the_relay.moveToThread(app.thread())
    return _the_relay


def _work(number: int, fn: Callable[..., Any], args: tuple, kwargs: dict,
          progress: Progress) -> Callable[[], None]:
    """What the pool thread runs: ``fn(*args, progress=…, **kwargs)``, then one ``ended`` report
    as its very last act. It closes over plain objects only (see the module docstring)."""

    def run() -> None:
        try:
            result = fn(*args, progress=progress, **kwargs)
        except Cancelled:
            kind, payload = "cancelled", None
        except Exception as exc:  # noqa: BLE001 - handed to the GUI to show
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            kind, payload = "failed", for_window(exc)
        else:
            kind, payload = "succeeded", result
        _relay().ended.emit(number, kind, payload)

    return run


def for_window(exc: Exception) -> Exception:
    """What a failed job hands the window: our own refusals as they are (their ``str()`` is the
    message, their type may matter to the handler); any other fault — locked, disk full,
    read-only, damaged, a bug — as a :class:`~shopowner.faults.Failure` whose ``str()`` says in
    the owner's words what happened and what to do, its details logged to errors.log."""
    fault = faults.handle(exc)
    if fault.kind == "refused":
        return exc
    failure = faults.Failure(fault, exc)
    failure.traceback_text = getattr(exc, "traceback_text", None)  # type: ignore[attr-defined]
    return failure


_running: dict[int, Task] = {}  # by number, until the job's last report has been delivered
_numbers = itertools.count(1)


def start(fn: Callable[..., Any], *args, owner: QObject, pool: QThreadPool | None = None,
          **kwargs) -> Task:
    """Run ``fn(*args, progress=Progress, **kwargs)`` on ``pool`` (the global one by default)
    and return its :class:`Task`; connect to ``task.signals`` right away (reports arrive through
    the event loop, so none is missed).

    ``owner`` is the widget that shows the result, or the object whose life bounds the job:
    when it is destroyed the job is cancelled and its signals go quiet.
    """
    if not isinstance(owner, QObject):
        raise TypeError("a job needs an owner (the QObject whose life bounds it)")
    _relay()  # made on the GUI thread, before any worker reports
    task = Task(next(_numbers))
    _running[task.number] = task
    owner.destroyed.connect(task.signals.abandon)
    (pool or QThreadPool.globalInstance()).start(_work(task.number, fn, args, kwargs,
                                                       task.progress))
    return task


def _with_db(data_dir, fn, *args, progress=None, **kwargs):
    from shopowner.store import own_connection

    # a sqlite3 connection belongs to the thread that opened it; its writes wait for another
    # writer (the CLI, another import) for as long as it writes, saying so on the job's progress
    with own_connection(data_dir, on_wait=faults.progress_waiter(progress)) as db:
        return fn(db, *args, progress=progress, **kwargs)


def start_with_db(data_dir, fn: Callable[..., Any], *args, owner: QObject,
                  pool: QThreadPool | None = None, **kwargs) -> Task:
    """Like :func:`start` for ``fn(db, *args, progress=…, **kwargs)``, with ``db`` this job's own
    connection to the shop file in ``data_dir``."""
    return start(_with_db, data_dir, fn, *args, owner=owner, pool=pool, **kwargs)


def shut_down(timeout_ms: int = 3000) -> bool:
    """At quit: cancel every job and wait (at most ``timeout_ms``) for the workers to stop, so
    none is still running — and signalling into deleted objects — as the process exits."""
    for task in list(_running.values()):
        task.cancel()
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _reads_pool is not None:
        done = _reads_pool.waitForDone(timeout_ms) and done
    return done


def idle(wait_ms: int = 50) -> bool:
    """Whether no job runs in either pool, waiting at most ``wait_ms`` for each to finish (the
    restore step asks this on the GUI thread before it closes the shop file)."""
    done = QThreadPool.globalInstance().waitForDone(wait_ms)
    return reads_pool().waitForDone(wait_ms) and done


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


def start_read(data_dir, fn: Callable[..., Any], *args, owner: QObject, **kwargs) -> Task:
    """:func:`start_with_db` on the :func:`reads_pool`."""
    return start_with_db(data_dir, fn, *args, owner=owner, pool=reads_pool(), **kwargs)


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
        super().__init__(owner)  # destroyed with the owner, its read cancelled
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
        task = start_read(self.data_dir, _without_progress, fn, *args, owner=self,
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
