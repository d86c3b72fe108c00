"""The GUI-thread watchdog itself: a stall fails the watched section, a busy event loop that
keeps running does not."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer


def _other_threads_running() -> int:
    """How many of this process's other threads are running or runnable (Linux /proc)."""
    me, busy = threading.get_native_id(), 0
    for task in Path("/proc/self/task").iterdir():
        try:
            state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        busy += int(task.name) != me and state == "R"
    return busy


@pytest.fixture(autouse=True)
def _no_work_left_running(qtbot):
    """Work a test before left running on this worker's threads (a page read, an import) would be
    forgiven as "other threads waiting for a CPU": these tests start once it has ended."""
    if Path("/proc/self/task").is_dir():
        qtbot.waitUntil(lambda: _other_threads_running() == 0, timeout=60_000)


def test_a_blocked_event_loop_fails_the_section(gui_watchdog, qtbot):
    # a slot that blocks the GUI thread 400 ms: well over the limit even after what the watchdog
    # forgives for this process's other threads waiting on a machine busy with a parallel worker
    slept = []
    QTimer.singleShot(30, lambda: slept.append(time.sleep(0.4)))
    with pytest.raises(pytest.fail.Exception, match="stalled over 100 ms"):
        with gui_watchdog.watch("a slot sleeping 400 ms") as section:
            # the slot ran, and the loop after it
            qtbot.waitUntil(lambda: bool(slept) and section.ticks > 12, timeout=5000)
    section = gui_watchdog.sections[-1]
    assert 150 < section.worst.ms < 2000 and section.ticks > 10


def test_work_in_small_steps_passes(gui_watchdog, qtbot):
    steps = []

    def step():
        time.sleep(0.02)  # 20 ms at a time, then the loop runs again
        steps.append(1)
        if len(steps) < 15:
            QTimer.singleShot(0, step)
    with gui_watchdog.watch("20 ms steps"):
        QTimer.singleShot(0, step)
        qtbot.waitUntil(lambda: len(steps) == 15)
    assert gui_watchdog.sections[-1].worst.ms < 100


def test_the_test_code_itself_counts(gui_watchdog):
    with pytest.raises(pytest.fail.Exception):
        with gui_watchdog.watch("synchronous work in the test"):
            time.sleep(0.3)  # no event loop ran: as long a freeze as a slot's (well over the limit, so
            # the share the watchdog forgives for this process's other threads waiting on a busy
            # machine, e.g. a parallel test worker, cannot bring it under 100 ms)
