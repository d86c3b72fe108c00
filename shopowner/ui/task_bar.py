"""The one progress-and-cancel bar: attach it to a :class:`shopowner.tasks.Task` and it shows the
job's progress (and, if asked, its text), offers Cancel, and hides when the job has ended.

Areas put it under what they show; a modal dialog embeds it without its own Cancel button
(``cancellable=False``: the dialog's Cancel calls :meth:`TaskBar.cancel`) and keeps it shown
when done (``keep_shown=True``, full when the job succeeded).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from shopowner import tasks


class TaskBar(QWidget):
    """A progress bar and a Cancel button, shown while the attached job runs."""

    ended = Signal()  # the attached job has ended (however), after the bar was updated

    def __init__(self, parent=None, *, cancellable: bool = True, show_text: bool = False,
                 keep_shown: bool = False, bar_name: str = "", cancel_name: str = ""):
        super().__init__(parent)
        self.show_text, self.keep_shown = show_text, keep_shown
        self.bar = QProgressBar()
        self.bar.setObjectName(bar_name)
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName=cancel_name)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        if not cancellable:  # (hidden only once in the layout: a button without a parent
            self.cancel_button.hide()  # would show as a window of its own)
        self.task: tasks.Task | None = None
        self._succeeded = self._stay = False
        if keep_shown:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
        else:
            self.setVisible(False)

    @property
    def running(self) -> bool:
        return self.task is not None

    def attach(self, task: tasks.Task, *, stay: bool = False) -> tasks.Task:
        """Show ``task``'s progress until it ends; returns it. ``stay``: one step of a run of
        jobs — the bar stays shown after it, until :meth:`finish`."""
        self.task, self._succeeded, self._stay = task, False, stay
        self.busy()
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        task.signals.progress.connect(self.show_progress)
        task.signals.succeeded.connect(self._success)
        task.signals.finished.connect(self._ended)
        return task

    def start(self, window, fn, *args, on_done, on_error, **kwargs) -> tasks.Task:
        """Start ``fn(db, *args, progress=…, **kwargs)`` off the GUI thread and show it."""
        task = self.attach(tasks.start_with_db(window.data_dir, fn, *args, owner=self, **kwargs))
        task.signals.succeeded.connect(on_done)
        task.signals.failed.connect(on_error)
        return task

    def busy(self) -> None:
        """Working, amount not known yet (also between two jobs of one run)."""
        self.bar.setRange(0, 0)
        if self.show_text:
            self.bar.setFormat("%p%")

    def show_progress(self, done: int, total: int, text: str = "") -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        elif self.bar.maximum():
            self.bar.setRange(0, 0)
        if self.show_text:
            self.bar.setFormat(text or "%p%")

    def cancel(self) -> None:
        """Cancel the attached job (it stops at its next progress step)."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _success(self, _result) -> None:
        self._succeeded = True

    def _ended(self) -> None:
        self.task = None
        if not self._stay:
            self.finish()
        self.ended.emit()

    def finish(self) -> None:
        """Done: hidden (or, with ``keep_shown``, full when the job succeeded)."""
        self.task = None
        if self.keep_shown:
            self.bar.setRange(0, 1)
            self.bar.setValue(1 if self._succeeded else 0)
        else:
            self.setVisible(False)
