"""The card designs side by side, each as a small rendered card (drawn by the print code, off the
GUI thread), for the founder to pick one."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from shopowner import tasks
from shopowner.cards.designs import DESIGNS, design_description, design_title

THUMB = QSize(150, 150)


class DesignPicker(QWidget):
    changed = Signal(str)

    def __init__(self, window, current: str, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for key in DESIGNS:
            button = QToolButton()
            button.setObjectName(f"design_{key}")
            button.setCheckable(True)
            button.setText(design_title(key))
            button.setToolTip(design_description(key))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(THUMB)
            button.setMinimumSize(THUMB.width() + 16, THUMB.height() + 36)
            self.group.addButton(button)
            self.buttons[key] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, k=key: self.changed.emit(k) if on else None)
        row.addStretch(1)
        self.buttons.get(current, self.buttons[next(iter(DESIGNS))]).setChecked(True)
        self.task: tasks.Task | None = None
        self.images: dict[str, QImage] = {}

    def key(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def refresh(self, layout, overrides: dict) -> None:
        """Draw the thumbnails again for ``layout`` with the dialog's current (unsaved) choices."""
        if self.task is not None:
            self.task.cancel()
        self.task = tasks.start_with_db(self.window_.data_dir, design_thumbnails, self.window_.data_dir,
                                        layout, overrides, THUMB, owner=self)
        self.task.signals.succeeded.connect(self._show)

    def _show(self, images: dict) -> None:
        self.images = images
        for key, image in images.items():
            self.buttons[key].setIcon(QIcon(QPixmap.fromImage(image)))


def design_thumbnails(db, data_dir, layout, overrides: dict, box: QSize, progress=None) -> dict[str, QImage]:
    """One small image per design of a sample card on ``layout`` with the shop's QR and choices."""
    from PySide6.QtPdf import QPdfDocument

    from shopowner.cards.batch import card_art
    from shopowner.cards.qr import qr_matrix
    from shopowner.cards.sample import SAMPLE_QR, render_design_samples
    from shopowner.store.settings import FOUNDER_NAME, get_setting

    art = replace(card_art(db, data_dir, require_qr=False), **overrides)
    if art.qr_matrix is None and art.qr_image is None:
        art = replace(art, qr_matrix=qr_matrix(SAMPLE_QR))
    images = {}
    with tempfile.TemporaryDirectory() as folder:
        pdfs = render_design_samples(art, layout, Path(folder), founder=get_setting(db, FOUNDER_NAME, "") or "")
        for key, path in pdfs.items():
            if progress is not None:
                progress.check()
            document = QPdfDocument(None)
            document.load(str(path))
            size = document.pagePointSize(0).toSize().scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
            images[key] = document.render(0, size)
            document.close()
    return images
