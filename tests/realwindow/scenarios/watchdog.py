"""The GUI-thread watchdog: a 10 ms timer on the GUI thread that records every gap between its
ticks. A gap is how long the event loop could not run: what a person sees as a frozen window.

Only the GUI thread's own time counts: the time the thread was ready but waited for a CPU (a busy
machine, read from /proc's schedstat) is taken off, and so is the time it neither ran nor waited
while the hypervisor gave the CPUs to another machine (``steal`` in /proc/stat), so a loaded CI box
does not make stalls up.
The watchdog counts only while armed (the driver arms it while the event loop runs, and times
synchronous clicks itself): test code running on the GUI thread between waits is not the app.
Garbage collections are timed too (in any thread: they hold the GIL), so a gap in which the GUI
thread only waited says whether a collection was the reason.
"""

from __future__ import annotations

import gc
import os
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer

from tests.realwindow.procstat import machine_steal, own_main_thread, sample
from tests.realwindow.scenarios.stacks import StackSampler

TICK_MS = 10
STALL_MS = float(os.environ.get("SHOPOWNER_RW_STALL_MS", 100))
NOTE_MS = 50  # gaps this long are listed in the run's summary, stalls or not


@dataclass
class Gap:
    step: str
    ms: float        # wall time the loop did not run, less the time spent waiting for a CPU
    wall_ms: float
    cpu_ms: float    # of which the GUI thread was running (Python or Qt code on it)
    allowed: str     # non-empty: a known slow moment (app start-up), recorded but not failed
    gc_ms: float = 0.0  # garbage collections (any thread) during the gap
    where: str = ""     # the project lines the GUI thread was in (stacks.StackSampler)

    def __str__(self) -> str:
        why = f" (allowed: {self.allowed})" if self.allowed else ""
        collected = f", garbage collection {self.gc_ms:.0f} ms" if self.gc_ms >= 1 else ""
        at = f"; in {self.where}" if self.where else ""
        return (f"{self.step}: the event loop stood still {self.ms:.0f} ms "
                f"(wall {self.wall_ms:.0f} ms, GUI thread CPU {self.cpu_ms:.0f} ms{collected}){why}{at}")


class Watchdog(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.pid, self.tid = own_main_thread()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[Gap] = []
        self.notable: list[Gap] = []
        self.longest: Gap | None = None
        self.step = "start"
        self.allowed = ""
        self._armed = 0
        self._last = None
        self._last_steal = 0.0
        self.gc_ms = 0.0  # garbage collections so far, in ms
        self._gc_started = None
        self._last_gc_ms = 0.0
        gc.callbacks.append(self._gc)
        self.sampler = StackSampler()
        self.sampler.start()

    def close(self) -> None:
        self.timer.stop()
        self.sampler.stop()
        if self._gc in gc.callbacks:
            gc.callbacks.remove(self._gc)

    def _gc(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._gc_started is not None:
            self.gc_ms += (time.perf_counter() - self._gc_started) * 1000
            self._gc_started = None

    # arming ------------------------------------------------------------------------------
    def arm(self) -> None:
        self._armed += 1
        if self._armed == 1:
            self._last = sample(self.pid, self.tid)
            self._last_steal = machine_steal()
            self._last_gc_ms = self.gc_ms
            self.timer.start()

    def disarm(self) -> None:
        self._armed = max(self._armed - 1, 0)
        if self._armed == 0:
            self._tick()  # a stall right before the loop returned still counts
            self.timer.stop()
            self._last = None

    # recording ---------------------------------------------------------------------------
    def _tick(self) -> None:
        now, steal = sample(self.pid, self.tid), machine_steal()
        if self._last is not None and now is not None:
            wall, cpu = now.wall - self._last.wall, now.cpu - self._last.cpu
            waited = now.waited - self._last.waited
            stolen = min(max(wall - waited - cpu, 0.0), steal - self._last_steal)
            self.record(wall, cpu, waited + stolen, tick=True, gc_ms=self.gc_ms - self._last_gc_ms,
                        span=(self._last.wall, now.wall))
        self._last, self._last_steal = now, steal
        self._last_gc_ms = self.gc_ms

    def record(self, wall: float, cpu: float, waited: float, tick: bool = False,
               gc_ms: float = 0.0, span: tuple[float, float] | None = None) -> Gap | None:
        """Note a span in which the event loop could not run (a tick gap, or a synchronous action;
        ``span``: its start and end, ``time.monotonic()``, to tell where the GUI thread was)."""
        idle_allowance = TICK_MS / 1000 if tick else 0.0
        ms = max(wall - waited - idle_allowance, 0.0) * 1000
        where = self.sampler.where(*span) if span is not None and ms > NOTE_MS else ""
        gap = Gap(self.step, ms, wall * 1000, cpu * 1000, self.allowed, gc_ms, where)
        if self.longest is None or gap.ms > self.longest.ms:
            self.longest = gap
        if ms > NOTE_MS:
            self.notable.append(gap)
        if ms > STALL_MS:
            self.gaps.append(gap)
            return gap
        return None

    def stalls(self) -> list[Gap]:
        """Gaps over the limit outside allowed moments."""
        return [g for g in self.gaps if not g.allowed]

    def take_stalls(self) -> list[Gap]:
        found = self.stalls()
        self.gaps = [g for g in self.gaps if g.allowed]
        return found

