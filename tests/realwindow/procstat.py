"""How busy a thread is, read from /proc (Linux): CPU time used and time spent waiting for a CPU.

``schedstat`` gives both in nanoseconds; without it (a kernel built without schedstats) the CPU
time comes from ``stat`` in clock ticks and the wait for a CPU reads as zero.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

TICK = 1.0 / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.01


@dataclass(frozen=True)
class Sample:
    wall: float     # time.monotonic()
    cpu: float      # seconds the thread ran
    waited: float   # seconds the thread was ready but waited for a CPU (a busy machine, not the app)


def _task_dir(pid: int, tid: int | None) -> Path:
    return Path(f"/proc/{pid}/task/{tid or pid}")


def sample(pid: int, tid: int | None = None) -> Sample | None:
    """The thread's counters now (the main thread, whose id is the pid, by default); None if gone."""
    folder = _task_dir(pid, tid)
    wall = time.monotonic()
    try:
        ran, waited, _slices = (folder / "schedstat").read_text().split()
        return Sample(wall, int(ran) / 1e9, int(waited) / 1e9)
    except (OSError, ValueError):
        pass
    try:
        fields = (folder / "stat").read_text().rsplit(")", 1)[1].split()
        return Sample(wall, (int(fields[11]) + int(fields[12])) * TICK, 0.0)  # utime + stime
    except (OSError, ValueError, IndexError):
        return None


def own_main_thread() -> tuple[int, int]:
    """(pid, tid) of this process's main thread."""
    return os.getpid(), threading.main_thread().native_id


@dataclass(frozen=True)
class Busy:
    seconds: float  # wall time measured
    cpu: float      # CPU seconds the thread used in it

    @property
    def share(self) -> float:
        return self.cpu / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        return f"{self.cpu:.2f} s CPU in {self.seconds:.2f} s ({self.share:.0%} of a core)"


def busy_between(before: Sample, after: Sample) -> Busy:
    return Busy(after.wall - before.wall, after.cpu - before.cpu)


def measure(pid: int, seconds: float, tid: int | None = None) -> Busy | None:
    """CPU use of a thread of another process over ``seconds`` (this thread sleeps meanwhile)."""
    before = sample(pid, tid)
    time.sleep(seconds)
    after = sample(pid, tid)
    return busy_between(before, after) if before and after else None


def machine_steal() -> float:
    """Seconds the hypervisor gave this machine's CPUs to other machines (``steal`` in /proc/stat,
    summed over the CPUs; 0 where the kernel does not say). A thread on a stolen CPU neither runs
    nor waits in the scheduler's books, so without this a noisy neighbour reads as a freeze."""
    try:
        with open("/proc/stat", "rb") as stat:
            fields = stat.readline().split()
        return int(fields[8]) * TICK if fields[0] == b"cpu" and len(fields) > 8 else 0.0
    except (OSError, ValueError):
        return 0.0
