"""Driving the window as a person would, in a real X display, with the watchdog on.

Every step is named (the parent process hears it) and ends with a screenshot in
``out/realwindow/<scenario>/<nn-step>.png``; each time the event loop stood still for more than
100 ms in it is kept, and ``finish()`` fails the scenario with all of them. Clicks and keys are
timed (a slot that runs long freezes the window just the same); waits run the event loop with the
watchdog armed; ``idle()`` lets the parent read the GUI thread's CPU time while nothing happens.
"""

from __future__ import annotations

import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.realwindow import events
from tests.realwindow.procstat import busy_between, own_main_thread, sample
from tests.realwindow.scenarios.watchdog import Watchdog

IDLE_LIMIT = 0.10  # the same limit the parent applies (tests/realwindow/child.py)


def safe_name(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z_.-]+", "-", text).strip("-")[:60] or "step"


class Gui:
    def __init__(self, qtbot, folder: Path):
        self.qtbot = qtbot
        self.app = QApplication.instance()
        self.folder = folder
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        self.watchdog = Watchdog()
        self.shots = 0
        self.step_name = "start"
        self.timings: list[tuple[str, float]] = []
        self.stalls: list = []
        self.failures: list[str] = []
        self._excluded = [0.0]

    # steps ----------------------------------------------------------------------------------
    @contextmanager
    def step(self, name: str, allow: str = ""):
        """A named step, with a screenshot at its end. Stalls in it are kept for ``finish()``;
        ``allow`` names a known slow moment (the app's start-up) whose gaps do not count."""
        self.step_name = name
        self.watchdog.step, self.watchdog.allowed = name, allow
        events.emit("step", name=name)
        started = time.monotonic()
        try:
            yield self
        except BaseException:
            self.shot(f"{name} FAILED")  # what the screen showed when the step failed
            raise
        self.settle(150)
        self.shot(name)
        self.timings.append((name, time.monotonic() - started))
        self.watchdog.allowed = ""
        self.stalls += self.watchdog.take_stalls()

    def check(self, ok: bool, message: str) -> None:
        """A check that does not stop the scenario: listed by ``finish()`` with the step."""
        if not ok:
            self.failures.append(f"- {self.step_name}: {message}")

    def finish(self) -> None:
        """The scenario's end: fail when the window froze anywhere in it, or a ``check`` failed
        (every step still ran, so one run lists every problem)."""
        report = []
        if self.stalls:
            report += ["the window froze (the event loop could not run):", stall_report(self.stalls)]
        if self.failures:
            report += ["checks that failed:", *self.failures]
        assert not report, "\n".join(report)

    def look(self, name: str) -> Path:
        """A screenshot in the middle of a step, once the window has repainted what just changed."""
        self.settle(150)
        return self.shot(name)

    def shot(self, name: str) -> Path:
        """The whole X screen (every window and dialog on it) as a PNG."""
        self.shots += 1
        path = self.folder / f"{self.shots:02d}-{safe_name(name)}.png"
        QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
        return path

    # the event loop ---------------------------------------------------------------------------
    def settle(self, ms: int = 200) -> None:
        self.watchdog.arm()
        try:
            QTest.qWait(ms)
        finally:
            self.watchdog.disarm()

    def wait_until(self, condition, timeout: int = 20000, what: str = "") -> None:
        def check():
            events.heartbeat()  # the parent sees the event loop alive while it waits
            return bool(condition())

        self.watchdog.arm()
        try:
            self.qtbot.waitUntil(check, timeout=timeout)
        except Exception as exc:  # noqa: BLE001 - say what was awaited
            raise AssertionError(f"{self.step_name}: waited {timeout / 1000:.0f} s for "
                                 f"{what or condition}") from exc
        finally:
            self.watchdog.disarm()

    def wait_signal(self, signal, timeout: int = 20000, what: str = ""):
        self.watchdog.arm()
        try:
            with self.qtbot.waitSignal(signal, timeout=timeout, raising=False) as blocker:
                pass
        finally:
            self.watchdog.disarm()
        assert blocker.signal_triggered, f"{self.step_name}: no {what or 'signal'} within {timeout} ms"
        return blocker.args

    def shown(self, widget: QWidget, timeout: int = 10000) -> None:
        self.wait_until(lambda: widget.isVisible() and widget.windowHandle() is not None
                        and widget.windowHandle().isExposed(), timeout, f"{type(widget).__name__} shown")

    def idle(self, label: str, seconds: float = 1.5) -> None:
        """Sit still with the event loop running; the GUI thread must not keep itself busy.

        The parent reads the GUI thread's CPU time from /proc meanwhile; it is read here too.
        1.5 s is 150 clock ticks of CPU time: the 10 % limit is 15 of them, where the busy loops
        this guards against (a scroll bar or a preview redrawing itself) use 45–100 %."""
        self.settle(300)  # let the last repaint finish
        events.emit("idle-begin", label=label)
        pid, tid = own_main_thread()
        before = sample(pid, tid)
        QTest.qWait(int(seconds * 1000))  # the watchdog rests too: its ticks would be the only load
        after = sample(pid, tid)
        events.emit("idle-end", label=label)
        if before and after:  # the parent measures too; failing here stops the scenario at once
            busy = busy_between(before, after)
            assert busy.share <= IDLE_LIMIT, f"busy while idle at {label}: GUI thread {busy}"

    # timed actions -----------------------------------------------------------------------------
    def excluded(self):
        """Time inside this block (a scripted modal dialog, where a person is looking at it) is
        not part of the surrounding click's freeze."""
        gui = self

        class _Excluded:
            def __enter__(self):
                self.started = time.monotonic()

            def __exit__(self, *exc):
                gui._excluded[-1] += time.monotonic() - self.started
        return _Excluded()

    def _timed(self, what: str, action, *args):
        pid, tid = self.watchdog.pid, self.watchdog.tid
        self._excluded.append(0.0)
        before, gc_before = sample(pid, tid), self.watchdog.gc_ms
        try:
            return action(*args)
        finally:
            after = sample(pid, tid)
            excluded = self._excluded.pop()
            if before and after:
                self.watchdog.step = f"{self.step_name} ({what})"
                self.watchdog.record(after.wall - before.wall - excluded, after.cpu - before.cpu,
                                     after.waited - before.waited, gc_ms=self.watchdog.gc_ms - gc_before,
                                     span=(before.wall, after.wall))
                self.watchdog.step = self.step_name

    def click(self, widget: QWidget, what: str = "", allow: str = "") -> None:
        """``allow`` names a known slow moment (e.g. the first area's build when the set-up closes,
        which is the app's start-up): the click's own time does not count, what follows does."""
        assert widget.isVisible() and widget.isEnabled(), f"cannot click {what or widget}: " \
            f"{'hidden' if not widget.isVisible() else 'disabled'}"
        before, self.watchdog.allowed = self.watchdog.allowed, allow or self.watchdog.allowed
        try:
            self._timed(what or f"click {_label(widget)}", QTest.mouseClick, widget, Qt.LeftButton)
        finally:
            self.watchdog.allowed = before
        self.settle(30)

    def trigger(self, action, what: str = "") -> None:
        """A menu command or shortcut (QAction), as chosen from the menu."""
        assert action.isEnabled(), f"{action.text()} is disabled"
        self._timed(what or f"menu {action.text()}", action.trigger)
        self.settle(30)

    def type(self, widget: QWidget, text: str) -> None:
        """Key by key, with the event loop running between keys as when a person types; Chinese
        arrives as an input method commits it (a QInputMethodEvent per character)."""
        widget.setFocus()
        for char in text:
            self._timed(f"type into {_label(widget)}", _type_char, widget, char)
            self.settle(5)

    def key(self, widget: QWidget, key, modifier=Qt.NoModifier) -> None:
        self._timed(f"key {key}", QTest.keyClick, widget, key, modifier)
        self.settle(30)

    def call(self, what: str, fn, *args):
        """Anything else done on the GUI thread on the user's behalf (e.g. choosing a combo item)."""
        result = self._timed(what, fn, *args)
        self.settle(30)
        return result


def stall_report(stalls) -> str:
    """One line per step: how often and how long the window froze, and whether the GUI thread
    was working (slow code on it) or blocked (waiting: a lock, I/O, or a worker holding the GIL)."""
    by_step: dict[str, list] = {}
    for gap in stalls:
        by_step.setdefault(gap.step, []).append(gap)
    lines = []
    for step, gaps in by_step.items():
        total = sum(g.ms for g in gaps)
        cpu = sum(g.cpu_ms for g in gaps)
        collected = sum(g.gc_ms for g in gaps)
        kind = "working on the GUI thread" if cpu > total / 2 else \
            "blocked: the GUI thread waited (a lock, I/O, or a worker thread holding the GIL)"
        longest = max(gaps, key=lambda g: g.ms)
        at = f"; the longest in {longest.where}" if longest.where else ""
        lines.append(f"- {step}: {len(gaps)} freeze(s), longest {longest.ms:.0f} ms, "
                     f"{total / 1000:.1f} s in all; {kind} (GUI thread CPU {cpu:.0f} ms, "
                     f"garbage collection {collected:.0f} ms){at}")
    return "\n".join(lines)


def _type_char(widget: QWidget, char: str) -> None:
    if char.isascii() and (char.isprintable() or char == "\n"):
        QTest.keyClicks(widget, char)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(char)
    QApplication.sendEvent(widget, event)


def _label(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName() or ''} {shown!r}".strip()
