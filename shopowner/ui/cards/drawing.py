"""Planning, drawing and (on Qt's painted print route) printing cards in a second process, so
the window never waits for them.

Drawing a batch is pure Python (reportlab) for seconds, and loading the fonts the first time
takes about one; in a thread of the window's process that work shares Python's one lock with the
GUI thread, and the window stalled 100–200 ms at a time on a busy machine. A child process
(``spawn``; ``main.py`` calls ``multiprocessing.freeze_support()`` for the frozen app) runs the
jobs of ``jobs.py`` one at a time and stays up while it is used (fonts loaded once), then stops
after two idle minutes. It opens the shop file itself (WAL), speaks the window's language, and
reports progress through a queue; a cancelled job stops at its next progress step and its files
are removed.

:func:`in_drawing_process` is what ``tasks.start`` runs: it waits (on a pool thread) for the
child's answer and passes progress and cancel through.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import queue
import threading
from pathlib import Path

from shopowner.progress import Cancelled, Progress, maybe

# multiprocessing and concurrent.futures are imported on the worker threads that use them: they
# took ~0.1 s to import, on the GUI thread, when the cards area opened.

IDLE_SECONDS = 120
POLL_SECONDS = 0.03
END_WAIT_SECONDS = 2.0  # at most, for the reports a finished job sent just before its result

_lock = threading.Lock()
_pool = None         # concurrent.futures.ProcessPoolExecutor
_cancel = None       # multiprocessing.Value: the id of the job to cancel
_progress = None     # multiprocessing.Queue: (job id, done, total, text) from the child
_idle_timer: threading.Timer | None = None
_job_ids = itertools.count(1)
_running = 0
_exit_hook: list = []
_users = 0           # cards areas alive: the child stops when the last one closes

# in the child ----------------------------------------------------------------------------------
_child: dict = {}


def _init_child(cancel, progress_queue) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    # a GUI application (no window ever shows): Qt's painted print route needs QPrinter and
    # QPainter here (printing.paint_in_child); Windows' print support does not depend on the
    # platform plugin
    _child.update(cancel=cancel, queue=progress_queue, language=None,
                  app=QCoreApplication.instance() or QGuiApplication(["shopowner-drawing"]))


class _JobCancel:
    """The child's view of "this job was cancelled" (``Progress`` only asks ``is_set``)."""

    def __init__(self, job_id: int):
        self.job_id = job_id

    def is_set(self) -> bool:
        return _child["cancel"].value == self.job_id

    def set(self) -> None:
        _child["cancel"].value = self.job_id


def _child_job(job_id: int, language: str | None, fn, args: tuple):
    from shopowner.i18n import install_translators

    if language and language != _child["language"]:
        install_translators(_child["app"], language)
        _child["language"] = language

    def report(done: int, total: int, text: str) -> None:
        with contextlib.suppress(queue.Full):  # progress is only shown; never wait for it
            _child["queue"].put_nowait((job_id, done, total, text))

    try:
        # _JobCancel answers is_set() as the Event the annotation names does
        return fn(*args, progress=Progress(callback=report, cancel_event=_JobCancel(job_id)))  # type: ignore[arg-type]
    finally:  # the job's last report: the window waits for it, so no page count arrives late
        with contextlib.suppress(queue.Full):
            _child["queue"].put((job_id, None, None, None), timeout=1)


# in the window's process -------------------------------------------------------------------------
def _get_pool():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _pool, _cancel, _progress
    with _lock:
        if _idle_timer is not None:
            _idle_timer.cancel()
        if _pool is None:
            context = multiprocessing.get_context("spawn")
            _cancel = context.Value("q", 0)
            _progress = context.Queue(1000)
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_init_child,
                                        initargs=(_cancel, _progress))
            if not _exit_hook:  # stop the child before the interpreter takes its modules apart
                atexit.register(_stop_at_exit)
                _exit_hook.append(True)
        return _pool


def _job_done() -> None:
    global _running, _idle_timer
    with _lock:
        _running -= 1
        if _running == 0 and _pool is not None:
            _idle_timer = threading.Timer(IDLE_SECONDS, shutdown)
            _idle_timer.daemon = True
            _idle_timer.start()


def _stop_at_exit() -> None:
    stop(wait=True)


def stop(wait: bool = False) -> None:
    """Stop the child now (``wait``: until it has exited); the next job starts a new one."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)


def opened() -> None:
    """A cards area opened (it will use the drawing process)."""
    global _users
    with _lock:
        _users += 1


def closed() -> None:
    """A cards area closed: when it was the last one, the child stops."""
    global _users
    with _lock:
        _users = max(0, _users - 1)
        last = _users == 0
    if last:
        stop()


def shutdown(force: bool = False) -> None:
    """Stop the child (the next job starts a new one); an idle stop leaves a busy child alone."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
        if _running and not force:  # a job started meanwhile: keep it
            _pool = pool
            return
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _discard(future) -> None:
    """A cancelled job's result is not wanted: remove the files it drew."""
    try:
        result = future.result()
    except BaseException:  # noqa: BLE001 - it failed or was cancelled: nothing to remove
        return
    if isinstance(result, dict) and result.get("path"):
        Path(result["path"]).unlink(missing_ok=True)


def _pass_progress(job_id: int, progress: Progress, wait_for_end: float = 0.0) -> bool:
    """Hand the job's reports over; True once its last one (the end mark) was seen. With
    ``wait_for_end`` (the job has returned), wait that long for the reports still on their way:
    the queue's own thread in the child may send them after the result."""
    assert _progress is not None  # made with the pool
    while True:
        try:
            if wait_for_end:
                sender, done, total, text = _progress.get(timeout=wait_for_end)
            else:
                sender, done, total, text = _progress.get_nowait()
        except (queue.Empty, OSError, ValueError):
            return False
        if sender != job_id:
            continue
        if done is None:
            return True
        progress.update(done, total, text)


def in_drawing_process(fn, *args, progress: Progress | None = None):
    """Run ``fn(*args, progress=…)`` in the drawing process and return its result (or raise its
    error); ``progress`` is passed through, and cancelling it cancels the job."""
    from concurrent.futures import BrokenExecutor, CancelledError
    from concurrent.futures import TimeoutError as FutureTimeout

    from shopowner.i18n import current_language

    global _running
    progress = maybe(progress)
    progress.check()
    job_id = next(_job_ids)
    with _lock:
        _running += 1
    try:
        pool = _get_pool()
        try:
            future = pool.submit(_child_job, job_id, current_language(), fn, args)
        except (BrokenExecutor, RuntimeError):  # the child was lost, or stopped as idle just now
            shutdown(force=True)
            future = _get_pool().submit(_child_job, job_id, current_language(), fn, args)
        ended = False
        while True:
            try:
                result = future.result(timeout=POLL_SECONDS)
                break
            except FutureTimeout:
                pass
            try:
                ended = _pass_progress(job_id, progress)
                progress.check()
            except Cancelled:
                assert _cancel is not None  # made with the pool
                _cancel.value = job_id
                if not future.cancel():
                    future.add_done_callback(_discard)
                raise
        if not ended:
            _pass_progress(job_id, progress, wait_for_end=END_WAIT_SECONDS)
        return result
    except CancelledError as exc:  # the child was stopped (its last cards area closed)
        raise Cancelled() from exc
    except BrokenExecutor as exc:
        shutdown(force=True)
        from shopowner.i18n import translate

        raise RuntimeError(translate("Cards", "The cards could not be drawn: the drawing process stopped "
                                              "({error}). Try again.").format(error=exc)) from exc
    finally:
        _job_done()

