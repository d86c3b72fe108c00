"""Two writers at once: the second waits its turn, saying so, instead of failing with "database is
locked" after 10 s — in the CLI (Ctrl+C ends the wait with nothing written) and in the window (the
import's progress says it waits; its Cancel ends the wait)."""

from __future__ import annotations

import signal
import threading

import pytest
from PySide6.QtCore import Qt

from shopowner import faults
from tests.faults import drill
from tests.imports.conftest import ORDERS

JD = ORDERS / "jd/订单导出_20241121.csv"
WAITING = "Waiting for another import to finish"


def first_line(stream, timeout: float = 60) -> str:
    """The first line a child writes to ``stream`` (empty if none within ``timeout``)."""
    said: list[str] = []
    reader = threading.Thread(target=lambda: said.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return said[0] if said else ""


@pytest.mark.e2e
def test_two_imports_at_once_both_finish_in_turn(data_dir, db, tmp_path):
    db.close()
    files = drill.orderlists(tmp_path, 2, 400)
    other = drill.WriteLock(data_dir)  # a third writer holds the file while both start
    try:
        procs = [drill.main(data_dir, "import", str(f)) for f in files]
        said = [first_line(p.stderr) for p in procs]  # both are waiting: each has said so
    finally:
        other.release()
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    for (out, err, code), first in zip(results, said):
        err = first + err
        assert code == 0, err
        assert WAITING in err and "Ctrl+C" in err and drill.no_traceback(err), err
        assert "orders: 400 (400 new" in out, out
    assert drill.intact(data_dir) and drill.order_count(data_dir) == 800


@pytest.mark.e2e
def test_ctrl_c_while_waiting_imports_nothing(data_dir, db):
    db.close()
    other = drill.WriteLock(data_dir)
    try:
        proc = drill.main(data_dir, "import", str(JD))
        assert WAITING in first_line(proc.stderr)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        other.release()
    assert proc.returncode == faults.REFUSED, err
    assert drill.no_traceback(err) and "Cancelled" in out + err
    assert drill.intact(data_dir) and drill.order_count(data_dir) == 0


def test_the_window_import_waits_visibly_and_goes_on(qtbot, main_window, data_dir):
    other = drill.WriteLock(data_dir)  # e.g. the CLI importing meanwhile
    try:
        dialog = main_window.import_orders([str(JD)])
        qtbot.waitUntil(lambda: WAITING in dialog.status.text(), timeout=20000)
        assert dialog.progress.maximum() <= 1 and dialog.cancel_button.isEnabled()
    finally:
        other.release()
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=20000)
    assert dialog.error is None and dialog.result.files[0].new_orders == 20
    assert main_window.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 20


def test_the_window_import_cancelled_while_waiting_imports_nothing(qtbot, main_window, data_dir):
    other = drill.WriteLock(data_dir)
    try:
        dialog = main_window.import_orders([str(JD)])
        qtbot.waitUntil(lambda: WAITING in dialog.status.text(), timeout=20000)
        qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=20000)
    finally:
        other.release()
    assert dialog.error is None and dialog.result.cancelled
    assert main_window.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
