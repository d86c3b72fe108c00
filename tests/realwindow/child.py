"""Run real-window scenarios in a child process (``QT_QPA_PLATFORM=xcb`` on a private Xvfb) and
watch it from outside: which step it is in, how busy its GUI thread is while it sits idle, and
what it was doing if it stops answering (a screenshot, every thread's Python stack, then kill).

The child is an ordinary pytest run on ``tests/realwindow/scenarios/`` (which the parent's own
collection skips), so a scenario can also be run by hand for debugging; see README.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.realwindow.procstat import Busy, busy_between, measure, sample
from tests.realwindow.xserver import die_with_parent

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "out" / "realwindow"
SCENARIOS = Path(__file__).resolve().parent / "scenarios"
CHILD_ENV = "SHOPOWNER_REALWINDOW_CHILD"  # set in the child: its conftest then collects scenarios
IDLE_LIMIT = 0.10  # share of one core the GUI thread may use while nothing happens


@dataclass
class Idle:
    label: str
    busy: Busy


@dataclass
class ChildRun:
    target: str
    returncode: int | None = None
    log: Path | None = None
    steps: list[tuple[float, str]] = field(default_factory=list)
    idles: list[Idle] = field(default_factory=list)
    hang: str = ""
    seconds: float = 0.0

    def busy_idles(self) -> list[Idle]:
        return [i for i in self.idles if i.busy.share > IDLE_LIMIT]

    def last_step(self) -> str:
        return self.steps[-1][1] if self.steps else "(before the first step)"

    def log_tail(self, lines: int = 80) -> str:
        if self.log is None or not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def report(self) -> str:
        parts = [f"{self.target}: exit {self.returncode} after {self.seconds:.0f} s; last step: "
                 f"{self.last_step()}; log: {self.log}"]
        if self.hang:
            parts.append(f"HANG: {self.hang}")
        for idle in self.busy_idles():
            parts.append(f"BUSY WHILE IDLE at {idle.label}: GUI thread {idle.busy} "
                         f"(limit {IDLE_LIMIT:.0%})")
        parts.append(self.log_tail())
        return "\n".join(parts)


class _Listener(threading.Thread):
    """Reads the child's event lines; measures its GUI thread between idle-begin and idle-end."""

    def __init__(self, fd: int, run: ChildRun, pid: int):
        super().__init__(daemon=True)
        self.fd, self.result, self.pid = fd, run, pid
        self.last_heard = time.monotonic()
        self._idle_start = None

    def run(self) -> None:  # the thread's body
        with os.fdopen(self.fd, "rb") as stream:
            for raw in stream:
                self.last_heard = time.monotonic()
                try:
                    event = json.loads(raw)
                except ValueError:
                    continue
                self._handle(event)

    def _handle(self, event: dict) -> None:
        kind = event.get("kind")
        if kind == "step":
            self.result.steps.append((time.monotonic(), event.get("name", "")))
        elif kind == "idle-begin":
            self._idle_start = (event.get("label", ""), sample(self.pid))
        elif kind == "idle-end" and self._idle_start is not None:
            label, before = self._idle_start
            after = sample(self.pid)
            if before and after:
                self.result.idles.append(Idle(label, busy_between(before, after)))
            self._idle_start = None


def screenshot(display: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["import", "-display", display, "-window", "root", str(path)],
                   capture_output=True, timeout=30)


def run_child(target: str, display: str, *, name: str, timeout: float = 900, silence: float = 90,
              extra_env: dict | None = None) -> ChildRun:
    """Run ``pytest target`` in a child under xcb on ``display``; returns what was seen."""
    out = OUT / name
    out.mkdir(parents=True, exist_ok=True)
    run = ChildRun(target, log=out / "child.log")
    read_end, write_end = os.pipe()
    stacks = out / "stacks.txt"
    stacks.unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", CHILD_ENV: "1",
           "SHOPOWNER_RW_EVENTS_FD": str(write_end), "SHOPOWNER_RW_OUT": str(OUT),
           "SHOPOWNER_RW_STACKS": str(stacks), "PYTHONFAULTHANDLER": "1", **(extra_env or {})}
    env.pop("PYTEST_CURRENT_TEST", None)
    env.pop("PYTEST_ADDOPTS", None)
    started = time.monotonic()
    with open(run.log, "wb") as log:
        child = subprocess.Popen(
            [sys.executable, "-m", "pytest", target, "-p", "no:cacheprovider", "-n", "0", "-q", "-s", "-ra",
             "--tb=short", "-o", "console_output_style=classic"],  # -n 0: the scenario in this one process
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, pass_fds=[write_end],
            preexec_fn=die_with_parent)
        os.close(write_end)
        listener = _Listener(read_end, run, child.pid)
        listener.start()
        while child.poll() is None:
            time.sleep(0.5)
            now = time.monotonic()
            quiet = now - listener.last_heard
            if now - started > timeout or quiet > silence:
                run.hang = _diagnose_and_kill(child, display, out, run, quiet, now - started)
                break
        child.wait()
        listener.join(5)
    run.returncode = child.returncode
    run.seconds = time.monotonic() - started
    return run


def _diagnose_and_kill(child: subprocess.Popen, display: str, out: Path, run: ChildRun,
                       quiet: float, elapsed: float) -> str:
    """The child stopped answering: how busy its GUI thread is, what the screen shows, where each
    Python thread is (faulthandler on SIGUSR1 writes the stacks to stacks.txt), then stop it."""
    busy = measure(child.pid, 2.0)
    screenshot(display, out / "hang.png")
    try:
        child.send_signal(signal.SIGUSR1)
        time.sleep(1.0)
    except ProcessLookupError:
        pass
    child.kill()
    state = "spinning (a busy loop)" if busy and busy.share > 0.2 else "blocked (waiting)"
    return (f"no sign of life for {quiet:.0f} s ({elapsed:.0f} s in all) in step "
            f"“{run.last_step()}”; GUI thread {busy or 'unreadable'}: {state}. "
            f"Screenshot {out / 'hang.png'}; every thread's Python stack: {out / 'stacks.txt'}")
