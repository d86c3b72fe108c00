"""The founder's WeChat QR as the owner sees it: a preview, what was read from it, and a button to
choose the image saved from WeChat (or a field for the link). Used by the first-start set-up and by
文件 → 设置. Reading the QR in use, reading an image and storing run off the GUI thread; nothing is
stored until :meth:`apply`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.cards.qr import qr_matrix
from shopowner.cards.qr_source import QrInput, source_from_setting
from shopowner.shop_settings import read_qr, save_qr
from shopowner.store.settings import WECHAT_QR, get_setting
from shopowner.ui import background

PREVIEW = 150
OK_COLOR, WARN_COLOR, ERROR_COLOR, QUIET_COLOR = "#1b7f3b", "#9a5b00", "#b00020", "#666666"


def qr_image(text: str) -> QImage:
    """The QR for ``text`` as a 1-pixel-per-module image (scaled up sharp by the preview)."""
    matrix = qr_matrix(text)
    n = len(matrix)
    image = QImage(n, n, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, black)
    return image


def thumbnail(path: Path, size: int = PREVIEW) -> QImage:
    """``path`` read at about ``size`` pixels (a big photo is decoded scaled, never whole)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and max(full.width(), full.height()) > size:
        reader.setScaledSize(full.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def stored_qr(db, data_dir: Path, progress=None) -> tuple[str | None, QImage | None]:
    """The QR in use: its link (or None for an image whose code could not be read) and its
    picture, or (None, None) when there is none yet. Read off the GUI thread."""
    source = source_from_setting(get_setting(db, WECHAT_QR), data_dir)
    if source.text:
        return source.text, qr_image(source.text)
    return None, (thumbnail(source.image) if source.image is not None else None)


def _read_in_background(value: str, progress=None) -> tuple[QrInput, QImage]:
    qr = read_qr(value)
    return qr, (qr_image(qr.text) if qr.text or qr.image is None else thumbnail(qr.image))


class QrPicker(QWidget):
    """Shows the stored QR; a chosen image or typed link is read and shown, then kept by apply()."""

    changed = Signal()

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.pending: QrInput | None = None
        self.task = None
        self.preview = QLabel(objectName="qrPreview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW + 8, PREVIEW + 8)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.status = QLabel(objectName="qrStatus", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumWidth(260)
        self.choose_button = QPushButton(self.tr("Choose the QR image…"), objectName="chooseQr")
        self.choose_button.clicked.connect(self.choose)
        self.link = QLineEdit(objectName="qrLink", clearButtonEnabled=True)
        self.link.setPlaceholderText(self.tr("or paste the link in your QR code"))
        self.link.setMinimumWidth(self.link.fontMetrics().horizontalAdvance(self.link.placeholderText()) + 40)
        self.link.returnPressed.connect(self._link_entered)
        use_link = QPushButton(self.tr("Use link"), objectName="useQrLink")
        use_link.clicked.connect(self._link_entered)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(use_link)
        side = QVBoxLayout()
        side.addWidget(self.status, 1)
        side.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addLayout(link_row)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.preview, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(1, 1)
        self.saving = None  # the QR being stored
        self.reading_stored = None
        self.show_stored()

    # what is shown -----------------------------------------------------------------------
    def show_stored(self) -> None:
        """The QR the shop uses now (or a line saying there is none yet), once read."""
        self._set_status(self.tr("Reading the QR code…"), QUIET_COLOR)
        task = self.reading_stored = background.read(
            self, stored_qr, self.window_.data_dir, data_dir=self.window_.data_dir,
            on_result=self._stored_read, on_error=self._stored_failed)
        task.signals.done.connect(lambda: setattr(self, "reading_stored", None))

    def _stored_failed(self, exc: Exception) -> None:
        if self.pending is None and self.task is None:
            self._set_status(str(exc), ERROR_COLOR)

    def _stored_read(self, stored: tuple[str | None, QImage | None]) -> None:
        if self.pending is not None or self.task is not None:  # one chosen meanwhile is shown
            return
        text, image = stored
        if text:
            self._show(image, self.tr("In use: {text}").format(text=text), QUIET_COLOR)
        elif image is not None:
            self._show(image, self.tr(
                "In use: an image whose QR code could not be read; it is printed as it is."),
                WARN_COLOR)
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No QR yet"))
            self._set_status(self.tr(
                "No WeChat QR yet. In WeChat open Me → your name → My QR code → ⋯ → Save image "
                "(我 → 我的二维码 → 保存图片), copy that picture to this computer and choose it here."),
                QUIET_COLOR)

    def _show(self, image: QImage | None, text: str, color: str) -> None:
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText("?")
        else:
            mode = (Qt.TransformationMode.FastTransformation if image.width() < PREVIEW
                    else Qt.TransformationMode.SmoothTransformation)
            self.preview.setPixmap(QPixmap.fromImage(
                image.scaled(PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, mode)))
        self._set_status(text, color)

    def _set_status(self, text: str, color: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};")

    # choosing --------------------------------------------------------------------------------
    def choose(self) -> None:
        path = self.window_.dialogs.open_file(
            self, self.tr("The QR image saved from WeChat"),
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"))
        if path:
            self.read(path)

    def _link_entered(self) -> None:
        if self.link.text().strip():
            self.read(self.link.text().strip())

    def read(self, value: str) -> None:
        """Read an image path or a link off the GUI thread, then show what was found."""
        self.choose_button.setEnabled(False)
        self._set_status(self.tr("Reading the QR code…"), QUIET_COLOR)
        task = self.task = tasks.start(_read_in_background, value, owner=self)
        # only the latest read counts: an earlier, slower one finishing later is ignored
        task.signals.succeeded.connect(lambda result: self._read_done(result) if task is self.task else None)
        task.signals.failed.connect(lambda exc: self._read_failed(exc) if task is self.task else None)

    def busy(self) -> bool:
        """Still reading (the QR in use, or one chosen)."""
        return self.task is not None or self.reading_stored is not None

    def _read_done(self, result) -> None:
        self.task = None
        self.choose_button.setEnabled(True)
        qr, image = result
        self.pending = qr
        if qr.text:
            found = (self.tr("Read from the image: {text}") if qr.from_image
                     else self.tr("The QR code will hold: {text}")).format(text=qr.text)
            self._show(image, f"{found}\n{qr.note}", OK_COLOR)
        else:
            self._show(image, self.tr(
                "No readable QR code was found in this image. It would be printed on the cards as "
                "it is, which may not scan. Choose the picture saved from WeChat (我的二维码 → "
                "保存图片), not a photo or a screenshot of it."), WARN_COLOR)
        self.changed.emit()

    def _read_failed(self, exc: Exception) -> None:
        self.task = None
        self.choose_button.setEnabled(True)
        self._set_status(str(exc), ERROR_COLOR)

    # storing -----------------------------------------------------------------------------------
    def apply(self, then=None) -> bool:
        """Store the QR read last (if any) as the shop's, off the GUI thread, then call
        ``then()``; True when there is one to store (a failure is shown in the window)."""
        if self.pending is None:
            return False
        qr, self.pending = self.pending, None
        self.saving = background.write(self, save_qr, self.window_.data_dir, qr,
                                       data_dir=self.window_.data_dir,
                                       on_done=lambda _stored: then() if then is not None else None)
        self.saving.signals.failed.connect(  # not stored (the window says why): kept to store again
            lambda _exc: setattr(self, "pending", self.pending or qr))
        self.saving.signals.done.connect(lambda: setattr(self, "saving", None))
        return True
