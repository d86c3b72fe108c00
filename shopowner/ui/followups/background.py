"""Run a core export on a worker thread with its own connection, showing a progress bar and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from shopowner import tasks


class TaskBar(QWidget):
    """A progress bar and a Cancel button, visible only while a job runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.task = None
        self.cancel_button.clicked.connect(lambda: self.task and self.task.cancel())
        self.setVisible(False)

    def start(self, window, fn, *args, on_done, on_error, **kwargs):
        """Start ``fn(db, *args, progress=…, **kwargs)`` off the GUI thread."""
        self.bar.setRange(0, 0)
        self.setVisible(True)
        self.task = tasks.start_with_db(window.data_dir, fn, *args, owner=self, **kwargs)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.succeeded.connect(on_done)
        self.task.signals.failed.connect(on_error)
        self.task.signals.finished.connect(lambda: self.setVisible(False))
        return self.task

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
