"""Event-loop gaps on the GUI thread, measured the simple way: a 10 ms ``QTimer`` notes when it
fires; a gap is the time between two firings. For each gap the GUI thread's own CPU time is noted
too, so a stall (the GUI thread busy) can be told from a busy machine (the process waiting for a
core while other jobs run): both are reported, and the CPU one is what this code controls.

A small local helper for the follow-up tests; a shared watchdog fixture may replace it.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer

STALL_MS = 100


class GapRecorder:
    def __init__(self, interval_ms: int = 10):
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[tuple[float, float]] = []  # (wall ms, GUI-thread CPU ms) per gap
        self._last = None

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last is not None:
            self.gaps.append(((now - self._last[0]) * 1000, (cpu - self._last[1]) * 1000))
        self._last = (now, cpu)

    def __enter__(self):
        self._last = (time.perf_counter(), time.thread_time())
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self._tick()
        self.timer.stop()

    @property
    def longest_wall_ms(self) -> float:
        return max((w for w, _ in self.gaps), default=0.0)

    @property
    def longest_cpu_ms(self) -> float:
        """The most CPU the GUI thread spent between two ticks: time it could not serve events."""
        return max((c for _, c in self.gaps), default=0.0)

    def report(self) -> str:
        return (f"{len(self.gaps)} gaps, longest {self.longest_wall_ms:.0f} ms wall, "
                f"{self.longest_cpu_ms:.0f} ms of GUI-thread CPU in one gap "
                f"(load average {os.getloadavg()[0]:.1f})")


def machine_is_quiet() -> bool:
    """Few other jobs running: wall-clock gaps then measure this process, not the machine."""
    return os.getloadavg()[0] < (os.cpu_count() or 1)


class StatementLog:
    """The SQL statements run on one connection (the GUI thread's) while the block runs, except
    reads of a setting by key (the window title's shop name)."""

    def __init__(self, db):
        self.db = db
        self.statements: list[str] = []

    def _seen(self, sql: str) -> None:
        sql = " ".join(sql.split())
        if not sql.startswith("SELECT value FROM settings WHERE key"):
            self.statements.append(sql)

    def __enter__(self):
        self.db.conn.set_trace_callback(self._seen)
        return self

    def __exit__(self, *exc):
        self.db.conn.set_trace_callback(None)
