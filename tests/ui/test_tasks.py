"""The background runner: results reach the caller, and never a widget that has been destroyed."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from shopowner import tasks


def test_a_fast_job_reports_to_a_caller_that_connects_after_start(qtbot):
    task = tasks.start(lambda progress=None: 42)
    with qtbot.waitSignal(task.signals.succeeded, timeout=5000) as got:
        pass
    assert got.args == [42]


def test_a_job_whose_owner_is_gone_is_cancelled_and_delivers_nothing(qtbot):
    release = threading.Event()
    seen_cancel = []

    def slow(progress=None):
        release.wait(5)
        seen_cancel.append(progress.cancelled)
        return "late"

    owner = QWidget()
    task = tasks.start(slow, owner=owner)
    delivered = []
    task.signals.succeeded.connect(delivered.append)
    task.signals.finished.connect(lambda: delivered.append("finished"))
    qtbot.wait(50)  # the job is running
    owner.deleteLater()
    qtbot.wait(50)  # the owner is destroyed
    with qtbot.waitSignal(task.signals.done, timeout=5000):
        release.set()
    assert seen_cancel == [True] and delivered == []


def test_start_with_db_gives_the_job_its_own_connection(qtbot, demo_db, data_dir):
    def count(db, progress=None):
        return db.execute("SELECT count(*) FROM customers").fetchone()[0], threading.get_ident()

    task = tasks.start_with_db(data_dir, count)
    with qtbot.waitSignal(task.signals.succeeded, timeout=5000) as got:
        pass
    assert got.args[0][0] == 300 and got.args[0][1] != threading.get_ident()
