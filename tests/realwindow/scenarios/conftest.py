"""Fixtures of the real-window child process (``QT_QPA_PLATFORM=xcb`` on an X display).

The parent's collection skips this folder (tests/realwindow/conftest.py); the child runs it with
``SHOPOWNER_REALWINDOW_CHILD=1``. Run by hand (see README):
``DISPLAY=:N QT_QPA_PLATFORM=xcb SHOPOWNER_REALWINDOW_CHILD=1 .venv/bin/python -m pytest tests/realwindow/scenarios``.
"""

from __future__ import annotations

import faulthandler
import os
import signal
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.realwindow.scenarios.dialogs import RealWindowDialogs
from tests.realwindow.scenarios.driver import Gui, safe_name

# the parent sends SIGUSR1 before it kills a child that stopped answering: every thread's stack
# then lands in this file (pytest's capture would swallow stderr)
_STACKS = open(os.environ.get("SHOPOWNER_RW_STACKS") or os.devnull, "w")  # noqa: SIM115 - kept open
faulthandler.register(signal.SIGUSR1, file=_STACKS, all_threads=True)

OUT = Path(os.environ.get("SHOPOWNER_RW_OUT") or ROOT / "out" / "realwindow")


def pytest_collection_modifyitems(config, items):
    if os.environ.get("QT_QPA_PLATFORM") != "xcb":
        skip = pytest.mark.skip(reason="real-window scenarios run under QT_QPA_PLATFORM=xcb "
                                       "(tests/realwindow/test_real_window.py starts them)")
        for item in items:
            item.add_marker(skip)


@pytest.fixture
def gui(qtbot, request):
    driver = Gui(qtbot, OUT / safe_name(request.node.name.replace("test_", "", 1)))
    yield driver
    # hide what is left on screen first: a window caught in a busy loop (a failed test) would
    # otherwise keep the event processing of the teardown spinning forever
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.hide()
    driver.watchdog.close()
    print(f"\nscreenshots: {driver.folder}")
    for name, seconds in driver.timings:
        print(f"  {seconds:6.1f} s  {name}")
    for gap in driver.watchdog.notable:
        print(f"  gap: {gap}")


@pytest.fixture
def dialogs(gui):
    return RealWindowDialogs(gui)
