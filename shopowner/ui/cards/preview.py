"""The live preview: the card PDF rendered by the print code, shown with QtPdf.

Edits are debounced; each render runs off the GUI thread and only the newest result is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shopowner import tasks
from shopowner.ui.cards.jobs import preview_job

DEBOUNCE_MS = 350


class PreviewPane(QWidget):
    ready = Signal(object)  # the PDF path now shown
    issues = Signal(list)   # render warnings (too long, missing glyphs)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("cardPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # Fit to width with the scroll bars fixed: the zoom then depends only on the view's width,
        # never on whether a scroll bar shows. FitInView in a real X display could loop forever
        # (zoom → scroll bar shown → viewport narrower → zoom → scroll bar hidden …).
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._render)
        self._request = None
        self._generation = 0
        self._shown: Path | None = None
        self.path: Path | None = None

    def request(self, body: str, signature: str, layout, options) -> None:
        """Render soon (edits in quick succession make one render)."""
        self._request = (body, signature, layout, options)
        self.timer.start()

    def _render(self) -> None:
        if self._request is None:
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Drawing the preview…"))
        task = tasks.start(preview_job, self.window_.data_dir, *self._request, owner=self)
        task.signals.succeeded.connect(lambda result, g=generation: self._show(result, g))
        task.signals.failed.connect(lambda exc: self.status.setText(
            self.tr("The preview could not be drawn: {error}").format(error=exc)))

    def _show(self, result: dict, generation: int) -> None:
        path = Path(result["path"])
        if generation != self._generation:
            path.unlink(missing_ok=True)
            return
        self.document.close()
        self.document.load(str(path))
        old, self._shown = self._shown, path
        if old is not None:
            old.unlink(missing_ok=True)
        self.path = path
        status = self.tr("Preview: exactly what prints ({pages} page(s)).").format(pages=result["pages"])
        if result["issues"]:
            status += "\n" + result["issues"][0]
        self.status.setText(status)
        self.issues.emit(result["issues"])
        self.ready.emit(path)

    def cleanup(self) -> None:
        self.document.close()
        if self._shown is not None:
            self._shown.unlink(missing_ok=True)
