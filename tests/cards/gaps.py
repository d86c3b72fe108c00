"""A small GUI-thread stall meter for the cards tests: a 10 ms QTimer records how late each tick
comes; the longest gap is how long the event loop was blocked."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class GapMeter:
    def __init__(self, interval_ms: int = 10):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[int] = []
        self.times: list[int] = []  # when each gap ended (ms since the start)
        self._last = 0

    def __enter__(self) -> "GapMeter":
        self.clock.start()
        self._last = 0
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self._last)
        self.times.append(now)
        self._last = now

    @property
    def longest(self) -> int:
        return max(self.gaps, default=0)

    def worst(self, n: int = 5) -> list[tuple[int, int]]:
        """The ``n`` longest gaps as (gap, ms since the start when it ended)."""
        return sorted(zip(self.gaps, self.times))[-n:]
