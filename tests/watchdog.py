"""A GUI-thread watchdog for the tests (a pytest plugin loaded by tests/conftest.py).

A 10 ms precise ``QTimer`` on the GUI thread records the gaps between its ticks; a gap is time
the event loop could not run — a stall the owner would see as a frozen window. Sections are
watched with ``gui_watchdog.watch("what")``; leaving one whose longest gap is over
:data:`LIMIT_MS` fails the test and lists the worst gaps::

    def test_search(gui_watchdog, qtbot, ...):
        with gui_watchdog.watch("search 3 characters"):
            type_text(area.search, "王小明")
            qtbot.waitUntil(...)                 # let the event loop run while waiting

The test's own code between ticks counts too (it runs on the GUI thread, as a click's handler
would). What does not count is time lost to a machine busy with other processes, read from the
kernel's per-thread ``schedstat`` (CPU time and "run delay", the time a thread was runnable but
had no CPU): the GUI thread's own run delay, and the time it was blocked (on the GIL, mostly)
while this process's other threads waited for a CPU or the hypervisor ran another machine on
this one's CPUs (``steal``), up to those times. On a quiet machine they are about zero and the
figure is the clock's; both figures are reported.
"""

from __future__ import annotations

import gc
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.realwindow.procstat import machine_steal

LIMIT_MS = 100.0
TICK_MS = 10


def _schedstat(tid: int) -> tuple[int, int]:
    """(CPU time, run delay) of a thread in nanoseconds ((0, 0) where the kernel won't say)."""
    try:
        fields = Path(f"/proc/self/task/{tid}/schedstat").read_text().split()
        return int(fields[0]), int(fields[1])
    except (OSError, IndexError, ValueError):
        return 0, 0


def _others_delay_ns(gui: int) -> int:
    """The summed run delay of this process's threads other than the GUI thread."""
    total = 0
    try:
        tids = [int(t) for t in __import__("os").listdir("/proc/self/task")]
    except OSError:
        return 0
    for tid in tids:
        if tid != gui:
            total += _schedstat(tid)[1]
    return total


@dataclass
class Gap:
    label: str
    ms: float  # the event loop's gap, less the time the thread waited for a CPU
    raw_ms: float  # the gap as the clock saw it
    at: float  # seconds since the section started
    cpu_ms: float = 0.0  # the GUI thread's own CPU time in the gap


@dataclass
class Section:
    label: str
    gaps: list[Gap] = field(default_factory=list)
    ticks: int = 0
    seconds: float = 0.0
    gc_ms: float = 0.0  # garbage collections (any thread: they hold the GIL) in the section
    gc_max_ms: float = 0.0

    @property
    def worst(self) -> Gap | None:
        return max(self.gaps, key=lambda g: g.ms, default=None)

    def stalls(self, limit: float = LIMIT_MS) -> list[Gap]:
        return sorted((g for g in self.gaps if g.ms > limit), key=lambda g: -g.ms)

    def describe(self, limit: float = LIMIT_MS) -> str:
        worst = self.worst
        head = (f"{self.label}: longest gap {worst.ms:.0f} ms (clock {worst.raw_ms:.0f} ms, "
                f"GUI thread CPU {worst.cpu_ms:.0f} ms) "
                f"over {self.seconds:.2f} s, {self.ticks} ticks" if worst else
                f"{self.label}: no ticks")
        stalls = self.stalls(limit)
        if stalls:
            head += "; stalls: " + ", ".join(f"{g.ms:.0f} ms at +{g.at:.2f} s" for g in stalls[:8])
        if self.gc_max_ms >= 20:
            head += f"; garbage collection {self.gc_ms:.0f} ms, longest {self.gc_max_ms:.0f} ms"
        return head


class GuiWatchdog:
    """Records event-loop gaps on the GUI thread while a section is watched."""

    def __init__(self, limit_ms: float = LIMIT_MS):
        from PySide6.QtCore import QTimer, Qt

        self.limit_ms = limit_ms
        self.sections: list[Section] = []
        self._section: Section | None = None
        self._tid = threading.get_native_id()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = self._start = 0.0
        self._stat = (0, 0, 0, 0)  # GUI CPU, GUI run delay, other threads' run delay, steal (ns)

    def _read_stat(self) -> tuple[int, int, int, int]:
        return (*_schedstat(self._tid), _others_delay_ns(self._tid), int(machine_steal() * 1e9))

    @property
    def on(self) -> bool:
        return self._section is not None

    def start(self, label: str) -> None:
        assert self._section is None, "one watched section at a time"
        self._section = Section(label)
        self.sections.append(self._section)
        self._start = self._last = time.perf_counter()
        self._stat = self._read_stat()
        self._gc_started = None
        gc.callbacks.append(self._gc)
        self._timer.start()

    def _gc(self, phase: str, _info: dict) -> None:
        if self._section is None:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._gc_started is not None:
            ms = (time.perf_counter() - self._gc_started) * 1000
            self._section.gc_ms += ms
            self._section.gc_max_ms = max(self._section.gc_max_ms, ms)

    def _tick(self) -> None:
        now = time.perf_counter()
        stat = self._read_stat()
        raw = (now - self._last) * 1000
        cpu, delay, others, steal = ((b - a) / 1e6 for a, b in zip(self._stat, stat))
        blocked = max(raw - delay - cpu, 0.0)  # neither running nor runnable: on the GIL, a lock
        ms = max(raw - delay - min(blocked, others + steal), 0.0)
        section = self._section
        if section is not None:
            section.ticks += 1
            section.gaps.append(Gap(section.label, ms, raw, now - self._start, cpu))
        self._last, self._stat = now, stat

    def stop(self) -> Section:
        """End the section (the time since the last tick is a gap too)."""
        self._tick()
        self._timer.stop()
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)
        section, self._section = self._section, None
        section.seconds = time.perf_counter() - self._start
        return section

    @contextmanager
    def watch(self, label: str, *, fail: bool = True):
        """Watch the block; leaving it with a gap over the limit fails the test (``fail=False``
        only measures: the section is kept for the report)."""
        self.start(label)
        try:
            yield self._section
        finally:
            section = self.stop()
        if fail and section.stalls(self.limit_ms):
            pytest.fail(f"the GUI thread stalled over {self.limit_ms:.0f} ms: "
                        f"{section.describe(self.limit_ms)}", pytrace=False)

    def report(self) -> str:
        return "\n".join(s.describe(self.limit_ms) for s in self.sections)


@pytest.fixture
def gui_watchdog(qapp, request):
    """A :class:`GuiWatchdog`; every watched section's longest gap is attached to the test's
    report (``user_properties``), passing or not."""
    dog = GuiWatchdog()
    yield dog
    if dog.on:
        dog.stop()
    for section in dog.sections:
        worst = section.worst
        request.node.user_properties.append(
            (f"gui gap: {section.label}", f"{worst.ms:.0f} ms" if worst else "-"))


_REPORTS: list[tuple[str, str]] = []


def pytest_addoption(parser):
    parser.addoption("--gui-gaps", action="store_true",
                     help="print every watched section's longest GUI-thread gap at the end")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "teardown":
        for name, value in item.user_properties:
            if name.startswith("gui gap: "):
                _REPORTS.append((f"{item.nodeid} — {name[9:]}", value))


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if config.getoption("--gui-gaps") and _REPORTS:
        terminalreporter.write_sep("-", "longest GUI-thread gaps (limit 100 ms)")
        for where, value in _REPORTS:
            terminalreporter.write_line(f"{value:>8}  {where}")
