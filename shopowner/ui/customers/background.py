"""Worker-thread jobs for the customer book, each with its own database connection.

Signals are connected before the job starts (so a fast job cannot finish unseen), and a
finished job stays referenced a little longer: its ``run()`` may still be returning on the pool
thread when ``finished`` reaches the GUI, and deleting it then would crash.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from shopowner.paths import db_path
from shopowner.store import connect
from shopowner.tasks import Task

_retired: list[Task] = []


def _in_worker(fn, data_dir, *args, progress=None, **kwargs):
    db = connect(db_path(data_dir))
    try:
        return fn(db, *args, progress=progress, **kwargs)
    finally:
        db.close()


def make(fn, data_dir, *args, **kwargs) -> Task:
    """A job running ``fn(db, *args, progress=…, **kwargs)``; connect its signals, then :func:`launch`."""
    return Task(_in_worker, fn, data_dir, *args, **kwargs)


def launch(task: Task) -> Task:
    def retire():
        _retired.append(task)
        del _retired[:-16]
    task.signals.finished.connect(retire)
    QThreadPool.globalInstance().start(task)
    return task
