"""Card settings, on two tabs:

- the card: its design (picked from rendered thumbnails), the shop's logo or the founder's photo,
  the signature (typed or a scanned picture), the line above the code, the order number as a
  barcode, and the names products print under;
- the founder and the checks: the founder's WeChat QR (image or link) and whose it is, the
  founder's WeChat ID, and the checker's phrase list.

Pictures chosen here are copied into the data folder when the dialog is saved, not before, so
Cancel leaves the cards as they were. What it shows is read before it opens
(:func:`shopowner.cards.card_settings.dialog_values`, off the GUI thread, by the cards area), and
OK saves off the GUI thread; the dialog closes once it is stored, or stays open saying why not.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from shopowner.cards.card_settings import data_file
from shopowner.cards.layouts import DEFAULT_LAYOUT, LayoutError, get_layout
from shopowner.cards.render import ASK_LINE
from shopowner.changes import SETTINGS, Change
from shopowner.shop_settings import MAX_LENGTH, SettingError, change_settings
from shopowner import tasks
from shopowner.ui import background
from shopowner.ui.cards.design_picker import DesignPicker

IMAGES = "*.png *.jpg *.jpeg *.bmp *.webp"


class PictureRow(QWidget):
    """A picture setting: its file name, a button to choose one, a button to go without."""

    def __init__(self, current: str, empty_text: str, choose_text: str, clear_text: str, parent=None):
        super().__init__(parent)
        self.path = QLineEdit(current)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(empty_text)
        self.choose = QPushButton(choose_text)
        self.clear = QPushButton(clear_text)
        self.clear.clicked.connect(self.path.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear)


class CardSettingsDialog(QDialog):
    def __init__(self, window, stored: dict):
        """``stored``: :func:`shopowner.cards.card_settings.dialog_values`, read beforehand."""
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Card settings"))
        tabs = QTabWidget()
        tabs.addTab(self._card_tab(stored), self.tr("The card"))
        tabs.addTab(self._founder_tab(stored), self.tr("Founder and checks"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.saving: tasks.Task | None = None  # the save running, if any
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(tabs, 1)
        outer.addWidget(self.note)
        outer.addWidget(buttons)
        self._qr_changed = False
        self.qr.textEdited.connect(lambda: setattr(self, "_qr_changed", True))
        self.refresh_thumbnails()

    # the tabs ---------------------------------------------------------------------------------
    def _card_tab(self, stored: dict) -> QWidget:
        page = QWidget()
        self.design = DesignPicker(self.window_, stored["design"])
        self.picture = PictureRow(stored["design_image"],
                                  self.tr("none: the shop's name is printed instead"),
                                  self.tr("Choose picture…"), self.tr("No picture"))
        self.picture.choose.clicked.connect(self._choose_picture)
        self.picture.path.textChanged.connect(self.refresh_thumbnails)
        self.signature_row = PictureRow(stored["signature_image"],
                                        self.tr("typed in the handwriting font"),
                                        self.tr("Scanned signature…"), self.tr("Use typed"))
        self.signature = self.signature_row.path
        self.signature_row.choose.clicked.connect(self._choose_signature)
        self.signature.textChanged.connect(self.refresh_thumbnails)
        self.ask = QLineEdit(stored["ask_line"] or ASK_LINE)
        self.ask.setMaxLength(MAX_LENGTH["ask-line"])
        self.ask.editingFinished.connect(self.refresh_thumbnails)
        self.barcode = QCheckBox(self.tr("Also print the order number as a barcode packers can scan"))
        self.barcode.setChecked(stored["order_barcode"])
        self.barcode.toggled.connect(self.refresh_thumbnails)
        names = QPushButton(self.tr("Product names on the cards…"))
        names.setObjectName("printNamesButton")
        names.clicked.connect(self.open_print_names)
        form = QFormLayout(page)
        form.addRow(self.tr("Design"), self.design)
        form.addRow(self.tr("Logo or photo"), self.picture)
        form.addRow(self.tr("Signature"), self.signature_row)
        form.addRow(self.tr("Line above the code"), self.ask)
        form.addRow(self.tr("Order number"), self.barcode)
        form.addRow(self.tr("Products"), names)
        return page

    def _founder_tab(self, stored: dict) -> QWidget:
        page = QWidget()
        qr = stored["qr"]
        self.qr = QLineEdit(qr if isinstance(qr, str) else "")
        self.qr.setPlaceholderText(self.tr("the link in your QR code, or choose the image"))
        if isinstance(qr, dict):
            self.qr.setPlaceholderText(self.tr("an image that could not be read is in use"))
        choose = QPushButton(self.tr("Choose image…"))
        choose.clicked.connect(self._choose_qr)
        qr_row = QHBoxLayout()
        qr_row.addWidget(self.qr, 1)
        qr_row.addWidget(choose)
        self.owner = QComboBox()
        for key, label in (("founder", self.tr("The founder's own WeChat")),
                           ("staff", self.tr("A staff member's WeChat")), ("shop", self.tr("A shop account"))):
            self.owner.addItem(label, key)
        self.owner.setCurrentIndex(max(self.owner.findData(stored["qr_owner"]), 0))
        self.wechat_id = QLineEdit(stored["founder_wechat_id"])
        self.phrases = QPlainTextEdit("\n".join(stored["banned_phrases"]))
        form = QFormLayout(page)
        form.addRow(self.tr("Founder's WeChat QR"), qr_row)
        form.addRow(self.tr("Whose QR is it"), self.owner)
        form.addRow(self.tr("Founder's WeChat ID"), self.wechat_id)
        form.addRow(self.tr("Wording to warn about\n(one per line)"), self.phrases)
        return page

    # choices ----------------------------------------------------------------------------------
    def layout(self):
        """The layout the cards area shows (the thumbnails are drawn on its card size)."""
        try:
            return get_layout(str(QSettings().value("cards/layout", DEFAULT_LAYOUT)), self.window_.data_dir)
        except LayoutError:
            return get_layout(DEFAULT_LAYOUT)

    def _picture(self, text: str) -> Path | None:
        """A chosen picture: a file picked in this dialog, or one already in the data folder."""
        if not text:
            return None
        path = Path(text)
        return path if path.is_absolute() and path.is_file() else data_file(self.window_.data_dir, text)

    def overrides(self) -> dict:
        """The dialog's current card choices as CardArt fields (for the thumbnails)."""
        return {"design_image": self._picture(self.picture.path.text()),
                "signature_image": self._picture(self.signature.text()),
                "ask_line": self.ask.text().strip() or ASK_LINE, "order_barcode": self.barcode.isChecked()}

    def refresh_thumbnails(self, *_args) -> None:
        self.design.refresh(self.layout(), self.overrides())

    def _choose_qr(self) -> None:
        path = self.window_.dialogs.open_file(self, self.tr("The QR image saved from WeChat"),
                                              self.tr("Images (%1)").replace("%1", IMAGES))
        if path:
            self.qr.setText(path)
            self._qr_changed = True

    def _choose_picture(self) -> None:
        path = self.window_.dialogs.open_file(self, self.tr("Your shop's logo or your own photo"),
                                              self.tr("Images (%1)").replace("%1", IMAGES))
        if path:
            self.picture.path.setText(path)

    def _choose_signature(self) -> None:
        path = self.window_.dialogs.open_file(
            self, self.tr("A scan of the founder's signature (dark ink on white, or a PNG with transparency)"),
            self.tr("Images (%1)").replace("%1", IMAGES))
        if path:
            self.signature.setText(path)

    def open_print_names(self) -> None:
        from shopowner.ui.cards.print_names_dialog import PrintNamesDialog

        dialog = PrintNamesDialog(self.window_, self)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved:  # saved as it closed
            self.note.setText(self.tr("The product names are saved."))

    # saving -----------------------------------------------------------------------------------
    def accept(self) -> None:
        """OK: save off the GUI thread; the dialog closes once it is stored."""
        self.apply(then=lambda: super(CardSettingsDialog, self).accept())

    def apply(self, then=None) -> None:
        """Store what the dialog shows, through the same core function as ``settings set``, off
        the GUI thread; then tell the other areas and call ``then()``. A value that cannot be
        stored is said in a message, the dialog stays open and nothing is written."""
        if self.saving is not None:
            return
        values = {"qr-owner": self.owner.currentData(), "founder-wechat-id": self.wechat_id.text(),
                  "card-design": self.design.key(), "order-barcode": "on" if self.barcode.isChecked() else "off",
                  "ask-line": self.ask.text(), "banned-phrases": self.phrases.toPlainText()}
        if self._qr_changed and self.qr.text().strip():
            values["wechat-qr"] = self.qr.text()
        for key, field in (("card-image", self.picture.path), ("signature-image", self.signature)):
            text = field.text().strip()
            if not text:
                values[key] = "none"
            elif Path(text).is_absolute():  # chosen here: copied into the data folder
                values[key] = text
        self.ok_button.setEnabled(False)
        self.saving = background.write(self, change_settings, self.window_.data_dir, values,
                                       data_dir=self.window_.data_dir,
                                       on_done=lambda stored: self._stored(stored, then),
                                       on_error=self._not_stored)

    def _stored(self, stored: dict, then) -> None:
        self.saving = None
        self.ok_button.setEnabled(True)
        self.window_.announce(Change.of(SETTINGS, customer_ids=[], source="cards"))
        if "wechat-qr" in stored:
            self.window_.dialogs.information(self, self.tr("Founder's WeChat QR"), stored["wechat-qr"][1])
        if then is not None:
            then()

    def _not_stored(self, exc: Exception) -> None:
        self.saving = None
        self.ok_button.setEnabled(True)
        key = exc.key if isinstance(exc, SettingError) else ""
        title = {"wechat-qr": self.tr("QR code not changed"), "card-image": self.tr("Picture not used"),
                 "signature-image": self.tr("Picture not used")}.get(key, self.tr("Settings not saved"))
        self.window_.dialogs.warning(self, title, str(exc))
