"""The preview: the planned batch drawn by the print code, shown with QtPdf.

It shows the very cards that print (same reserved codes, letters, layout, start position, copies)
and says 与打印完全一致 only when that is true. Requests are debounced; each plan-and-draw runs off
the GUI thread, in the drawing process (``drawing.py``); a newer request cancels the older one,
and only the newest result is shown.

The PDF shown holds buyers' names: it is removed when the pane goes away or the app quits, and
:func:`clean_stale_scratch` removes what an earlier run left (a crash, a kill) when the app starts.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from shopowner.paths import remove_old_files
from shopowner import tasks
from shopowner.ui.cards.drawing import in_drawing_process

# QtPdf and the jobs (the card core) are imported when first needed: the area opens faster.

DEBOUNCE_MS = 350
# The temporary PDFs the cards area draws (jobs.scratch_pdf): the preview and the one that prints.
SCRATCH_PATTERNS = ("shopowner-preview-*.pdf", "shopowner-cards-*.pdf")
STALE_SCRATCH_SECONDS = 3600  # older than this, no running print or preview still reads it


def clean_stale_scratch(folder: Path | None = None, now: float | None = None) -> list[Path]:
    """Remove the preview and print PDFs an earlier run left in the temp folder (they hold buyers'
    names). A file another running copy still shows is young, or open (Windows refuses to remove it)."""
    folder = Path(tempfile.gettempdir()) if folder is None else folder
    return remove_old_files(folder, SCRATCH_PATTERNS, STALE_SCRATCH_SECONDS, now)


class _ShownFile:
    """The PDF the pane shows. A plain object, so the file can still be removed while the pane's
    C++ side is being destroyed."""

    def __init__(self) -> None:
        self.path: Path | None = None

    def discard(self, *_args) -> None:
        if self.path is not None:
            with contextlib.suppress(OSError):  # still open elsewhere (Windows): the next start removes it
                self.path.unlink(missing_ok=True)
            self.path = None


class PreviewPane(QWidget):
    ready = Signal(object)   # the PDF path now shown
    shown = Signal(dict)     # the preview job's result (plan, exact, warnings …)
    issues = Signal(list)    # render warnings (missing glyphs)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.document = None  # QPdfDocument and QPdfView: made with the first PDF, so opening stays quick
        self.view = None
        self.placeholder = QLabel(self.tr("Drawing the preview…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = QLabel()
        self.banner.setObjectName("previewBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#previewBanner { background: #fff4d6; color: #6b4a00; "
                                  "padding: 6px; border-radius: 3px; }")
        self.banner.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.status)
        self.column = layout
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._render)
        self._request = None
        self._task = None
        self._generation = 0
        self._shown = _ShownFile()
        self.destroyed.connect(self._shown.discard)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cleanup)  # before the window goes: the document closes first
        self.path: Path | None = None
        self.result: dict | None = None  # the result now shown

    # requests ---------------------------------------------------------------
    def request(self, request, draft, editor_text: tuple[str, str], *, at_once: bool = False) -> None:
        """Plan and draw soon (changes in quick succession make one render)."""
        self._request = (request, draft, editor_text)
        self._generation += 1  # anything still drawing is out of date now
        if at_once:
            self.timer.start(0)
        else:
            self.timer.start()

    def pending(self) -> bool:
        return self.timer.isActive() or self._task is not None

    def _render(self) -> None:
        if self._request is None:
            return
        if self._task is not None:
            self._task.cancel()
        from shopowner.ui.cards.jobs import preview_job

        generation = self._generation
        self.status.setText(self.tr("Drawing the preview…"))
        task = self._task = tasks.start(in_drawing_process, preview_job, self.window_.data_dir, *self._request,
                                        owner=self)
        task.signals.progress.connect(lambda done, total, text, g=generation: self._progress(done, total, g))
        task.signals.succeeded.connect(lambda result, g=generation: self._show(result, g))
        task.signals.failed.connect(lambda exc, g=generation: self._failed(exc, g))
        task.signals.finished.connect(lambda t=task: self._finished(t))

    def _finished(self, task) -> None:
        if self._task is task:
            self._task = None

    def _progress(self, done: int, total: int, generation: int) -> None:
        if generation == self._generation and total > 1:
            self.status.setText(self.tr("Drawing the preview… {done} of {total}").format(done=done, total=total))

    def _failed(self, exc, generation: int) -> None:
        if generation == self._generation:
            self._task = None  # done: a print waiting for this preview may go on now
            self.result = None
            self.status.setText(self.tr("The preview could not be drawn: {error}").format(error=exc))
            self.shown.emit({"kind": "error", "warnings": []})

    # showing -----------------------------------------------------------------
    def _show(self, result: dict, generation: int) -> None:
        path = Path(result["path"])
        if generation != self._generation:
            path.unlink(missing_ok=True)
            return
        self._task = None  # done (``finished`` comes later): a print waiting for this preview may go on now
        self.show_pdf(path)
        self.result = result
        self.banner.setVisible(False)
        if result["kind"] == "empty":
            self.banner.setText(result["message"] + "\n" + self.tr(
                "The card below is only a SAMPLE (王小明 is not a real buyer): it shows your letter on "
                "this layout. Nothing prints until there are parcels."))
            self.banner.setVisible(True)
            self.status.setText(self.tr("Sample card, not a print"))
        else:
            self.status.setText(self.status_text(result))
            if result["draft"]:
                self.banner.setText(self._draft_text(result))
                self.banner.setVisible(True)
        self.shown.emit(result)
        self.issues.emit(result.get("issues", []))
        self.ready.emit(path)

    def _make_view(self) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("cardPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # Fit to width with the scroll bars fixed: the zoom then depends only on the view's width,
        # never on whether a scroll bar shows. FitInView in a real X display could loop forever
        # (zoom → scroll bar shown → viewport narrower → zoom → scroll bar hidden …).
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column.replaceWidget(self.placeholder, self.view)
        self.placeholder.deleteLater()

    def show_pdf(self, path: Path) -> None:
        """Show ``path`` (the pane owns it from now on and deletes the one shown before)."""
        if self.view is None:
            self._make_view()
        assert self.document is not None  # made with the view
        self.document.close()
        self.document.load(str(path))
        old, self._shown.path = self._shown.path, Path(path)
        if old is not None and old != self._shown.path:
            old.unlink(missing_ok=True)
        self.path = Path(path)

    def _draft_text(self, result: dict) -> str:
        if result["borrowed"]:
            return self.tr("Draft: your unsaved letter shown on these parcels, but none of them gets this "
                           "letter. Save it (Ctrl+S) to see exactly what prints.")
        return self.tr("Draft: your unsaved letter on these parcels and codes. Save it (Ctrl+S) to see "
                       "exactly what prints.")

    def status_text(self, result: dict) -> str:
        plan = result["plan"]
        count = self.tr("%n card(s)", "", len(plan.cards))
        sheets = self.tr("%n sheet(s)", "", result["pages"])
        if result["exact"]:
            text = self.tr("{cards} on {sheets} · exactly what prints, codes reserved").format(
                cards=count, sheets=sheets)
        elif plan.overflow:
            text = self.tr("{cards} on {sheets} · cannot print yet: some letters do not fit (below)").format(
                cards=count, sheets=sheets)
        elif not result["qr_set"]:
            text = self.tr("{cards} on {sheets} · cannot print yet: set the founder's WeChat QR in "
                           "Card settings").format(cards=count, sheets=sheets)
        else:
            text = self.tr("{cards} on {sheets} · draft, not yet what prints").format(cards=count, sheets=sheets)
        if result.get("shown_pages", result["pages"]) < result["pages"]:
            text += "\n" + self.tr("Showing the first %n sheet(s); the others print the same way, each "
                                   "card with its own reserved code.", "", result["shown_pages"])
        if result.get("issues"):
            text += "\n" + result["issues"][0]
        return text

    def cleanup(self) -> None:
        """Close the document and remove the PDF it showed (the app quits)."""
        if self.document is not None:
            self.document.close()
        self._shown.discard()
