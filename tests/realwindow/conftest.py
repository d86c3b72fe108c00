"""Real-window tests: a private Xvfb for the session, scenarios run in a child process under xcb.

``scenarios/`` holds what runs inside the child; the ordinary collection leaves it alone.
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.realwindow import xserver
from tests.realwindow.child import CHILD_ENV, OUT

collect_ignore = [] if os.environ.get(CHILD_ENV) else ["scenarios"]


@pytest.fixture(scope="session")
def x_display():
    """``:N`` of an Xvfb 1366×768×24 started for this session (skipped, with why, without Xvfb)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("real-window tests read /proc and run Xvfb: Linux only")
    reason = xserver.missing()
    if reason:
        pytest.skip(reason)
    server = xserver.start()
    problem = xserver.xcb_missing(server.display)
    if problem:
        server.stop()
        pytest.skip(problem)
    yield server.display
    server.stop()


def pytest_terminal_summary(terminalreporter):
    if OUT.is_dir() and any(OUT.iterdir()):
        terminalreporter.write_line(f"real-window screenshots and logs: {OUT}")
