"""The start-of-day step for reminders: the day's reminders are generated once the shop file's
first check has passed (``ui/backups/watch.py``; or when the follow-ups or review area asks
first), again when the day changes while the app stays open, and when asked (the rules were
saved). Never on a change notice and never as a side effect of a refresh: the reminders an
import makes due are written by the import itself (``imports/run.py``), and the lists only read.

Generation runs through ``shopowner.tasks`` with its own connection; it reads first and writes
the new reminders in short transactions. Once done it announces ``REMINDERS`` (the lists that
show them reload) and emits ``updated``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from shopowner import clock
from shopowner import tasks
from shopowner.changes import REMINDERS, Change
from shopowner.followups.reminders import generate_reminders


class ReminderKeeper(QObject):
    updated = Signal()
    DAY_CHECK_MS = 60_000

    def __init__(self, window, today=clock.today):
        super().__init__(window)
        self.window_ = window
        self.today = today
        self.done_for: date | None = None
        self.task = None
        self.runs = 0  # generations finished (for tests and the status line)
        self._again = False
        self._clock = QTimer(self, interval=self.DAY_CHECK_MS)
        self._clock.timeout.connect(self._check_day)
        self._clock.start()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def ensure(self) -> None:
        """Generate today's reminders unless that is done or under way."""
        if self.done_for != self.today() and self.task is None:
            self.run()

    def run(self) -> None:
        """Generate now (after the running generation, if one is under way)."""
        if self.task is not None:
            self._again = True
            return
        day = self.today()
        self.task = tasks.start_with_db(self.window_.data_dir, generate_reminders, day, owner=self)
        self.task.signals.succeeded.connect(lambda _new: self._generated(day))
        self.task.signals.finished.connect(self._finished)

    def _generated(self, day: date) -> None:
        self.done_for = day
        self.runs += 1
        self.window_.announce(Change.of(REMINDERS, source="reminders"))
        self.updated.emit()

    def _finished(self) -> None:
        self.task = None
        if self._again:
            self._again = False
            self.run()

    def _check_day(self) -> None:
        if self.done_for is not None and self.done_for != self.today():
            self.run()


def reminder_keeper(window, today=clock.today) -> ReminderKeeper:
    """The window's one keeper (made on first use; ``today`` only counts then)."""
    keeper = getattr(window, "_reminder_keeper", None)
    if keeper is None:
        keeper = ReminderKeeper(window, today)
        window._reminder_keeper = keeper
    return keeper
