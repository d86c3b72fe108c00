"""The background runner: results reach the caller, and never a widget that has been destroyed."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from shopowner import tasks


def test_a_fast_job_reports_to_a_caller_that_connects_after_start(qtbot):
    owner = QWidget()
    task = tasks.start(lambda progress=None: 42, owner=owner)
    with qtbot.waitSignal(task.signals.succeeded, timeout=5000) as got:
        pass
    assert got.args == [42]


def test_a_job_whose_owner_is_gone_is_cancelled_and_delivers_nothing(qtbot):
    release, running = threading.Event(), threading.Event()
    seen_cancel = []

    def slow(progress=None):
        running.set()
        release.wait(5)
        seen_cancel.append(progress.cancelled)
        return "late"

    owner = QWidget()
    task = tasks.start(slow, owner=owner)
    delivered = []
    task.signals.succeeded.connect(delivered.append)
    task.signals.finished.connect(lambda: delivered.append("finished"))
    qtbot.waitUntil(running.is_set, timeout=5000)
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        owner.deleteLater()
    with qtbot.waitSignal(task.signals.done, timeout=5000):
        release.set()
    assert seen_cancel == [True] and delivered == []


def test_a_job_cannot_start_without_an_owner(qtbot):
    with pytest.raises(TypeError):
        tasks.start(lambda progress=None: 1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        tasks.start(lambda progress=None: 1, owner=None)  # type: ignore[arg-type]
    assert not tasks._running


def test_closing_the_owner_mid_job_cancels_it_and_delivers_nothing(qtbot):
    running, release = threading.Event(), threading.Event()
    seen = []

    def slow(progress=None):
        running.set()
        release.wait(5)
        seen.append(progress.cancelled)
        progress.update(1, 2, "late")  # raises Cancelled: the owner has gone
        return "late"

    owner = QWidget()
    owner.setAttribute(Qt.WA_DeleteOnClose)
    owner.show()
    task = tasks.start(slow, owner=owner)
    delivered = []
    for name in ("progress", "succeeded", "failed", "cancelled", "finished"):
        getattr(task.signals, name).connect(lambda *args, name=name: delivered.append(name))
    qtbot.waitUntil(running.is_set, timeout=5000)
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        owner.close()
    assert task.progress.cancelled
    with qtbot.waitSignal(task.signals.done, timeout=5000):
        release.set()
    assert seen == [True] and delivered == [] and not task.running


def test_hundreds_of_short_jobs_end_and_are_freed_on_the_gui_thread(qtbot):
    """A job's objects are freed only once its last report has reached the GUI thread, so no
    list of finished tasks is kept alive, and collecting garbage (on the GUI thread or on the
    pool's threads, mid-job) never frees a QObject under a running worker."""

    def job(n, progress=None):
        progress.update(n, 600, "")
        if n % 25 == 0:
            gc.collect()  # on the pool thread, while other jobs report
        if n % 7 == 0:
            raise ValueError(n)
        if n % 11 == 0:
            progress.cancel()
            progress.check()
        return n

    owner = QWidget()
    ended, freed = [], []
    for n in range(600):
        task = tasks.start(job, n, owner=owner)
        task.signals.succeeded.connect(ended.append)
        task.signals.failed.connect(lambda exc: ended.append("failed"))
        task.signals.cancelled.connect(lambda: ended.append("cancelled"))
        freed.append(weakref.ref(task))
        del task
    qtbot.waitUntil(lambda: len(ended) == 600, timeout=30000)
    for _ in range(5):
        gc.collect()
        qtbot.waitUntil(lambda: not tasks._running, timeout=5000)
    assert ended.count("failed") == len([n for n in range(600) if n % 7 == 0])
    assert ended.count("cancelled") == len([n for n in range(600) if n % 11 == 0 and n % 7])
    assert all(ref() is None for ref in freed)


def test_start_with_db_gives_the_job_its_own_connection(qtbot, demo_db, data_dir):
    def count(db, progress=None):
        return db.execute("SELECT count(*) FROM customers").fetchone()[0], threading.get_ident()

    owner = QWidget()
    task = tasks.start_with_db(data_dir, count, owner=owner)
    with qtbot.waitSignal(task.signals.succeeded, timeout=5000) as got:
        pass
    assert got.args[0][0] == 300 and got.args[0][1] != threading.get_ident()


def test_many_signals_to_python_slots_do_not_crash_the_process(tmp_path):
    """PySide6 6.12.0 on Python 3.11 drops a reference to True per signal delivered to a Python
    slot (and to None per QVariant conversion): without :mod:`shopowner.refcount_guard` the
    process aborts after a few thousand ("deallocating True or False")."""
    import subprocess
    import sys

    script = tmp_path / "signals.py"
    script.write_text(
        "import shopowner\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal\n"
        "from PySide6.QtGui import QStandardItem\n"
        "app = QCoreApplication([])\n"
        "class O(QObject):\n"
        "    ticked = Signal(bool)\n"
        "o, seen = O(), []\n"
        "o.ticked.connect(lambda on: seen.append(on))\n"
        "item = QStandardItem('x')\n"
        "for n in range(100_000):\n"
        "    o.ticked.emit(n % 2 == 0)\n"
        "    item.setData(None, Qt.UserRole)\n"
        "    item.data(Qt.UserRole)\n"
        "    seen.clear()\n"
        "print('ok')\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ,
                                            "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-500:]


def test_latest_runs_one_read_at_a_time_and_drops_superseded_answers(qtbot, demo_db, data_dir):
    release, running = threading.Event(), threading.Event()

    def slow(db, n, progress=None):
        running.set()
        release.wait(5)
        return n

    def quick(db, n):
        return db.execute("SELECT ?", [n]).fetchone()[0]

    owner = QWidget()
    latest = tasks.Latest(owner, data_dir=data_dir)
    got = []
    latest.request(slow, 1, on_result=got.append)
    qtbot.waitUntil(running.is_set, timeout=5000)
    latest.request(quick, 2, on_result=got.append)  # waits for the first…
    latest.request(quick, 3, on_result=got.append)  # …and replaces the one waiting
    assert latest.busy
    release.set()
    qtbot.waitUntil(lambda: not latest.busy, timeout=5000)
    assert got == [3]  # the first answer came after newer requests: dropped


def test_latest_without_a_data_dir_answers_inline(demo_db):
    owner = QWidget()
    latest = tasks.Latest(owner, db=demo_db)
    got = []
    latest.request(lambda db: db.execute("SELECT count(*) FROM customers").fetchone()[0],
                   on_result=got.append)
    assert got == [300] and not latest.busy


def test_shut_down_cancels_and_waits_for_the_workers(qtbot):
    started = threading.Event()

    def long_job(progress=None):
        started.set()
        while not progress.cancelled:
            threading.Event().wait(0.01)
        raise tasks.Cancelled()

    owner = QWidget()
    task = tasks.start(long_job, owner=owner)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert tasks.shut_down(3000)
    assert task.progress.cancelled
