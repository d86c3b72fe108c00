"""Card settings: the founder's WeChat QR (image or link) and whose it is, the founder's WeChat ID,
the signature image, the line asking for the code, and the checker's phrase list."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton,
)

from shopowner.cards.batch import ASK_LINE_KEY, SIGNATURE_IMAGE_KEY
from shopowner.cards.checker import (
    BANNED_PHRASES_KEY, FOUNDER_WECHAT_ID_KEY, QR_OWNER_KEY, banned_phrases,
)
from shopowner.cards.qr_source import QrSourceError, setting_from_input
from shopowner.cards.render import ASK_LINE
from shopowner.store.settings import WECHAT_QR, get_setting, set_setting


class CardSettingsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        db = window.db
        self.setWindowTitle(self.tr("Card settings"))
        qr = get_setting(db, WECHAT_QR)
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
        self.owner.setCurrentIndex(max(self.owner.findData(get_setting(db, QR_OWNER_KEY, "founder")), 0))
        self.wechat_id = QLineEdit(get_setting(db, FOUNDER_WECHAT_ID_KEY, "") or "")
        self.signature = QLineEdit(get_setting(db, SIGNATURE_IMAGE_KEY, "") or "")
        self.signature.setReadOnly(True)
        self.signature.setPlaceholderText(self.tr("typed in the handwriting font"))
        sig_choose = QPushButton(self.tr("Scanned signature…"))
        sig_choose.clicked.connect(self._choose_signature)
        sig_clear = QPushButton(self.tr("Use typed"))
        sig_clear.clicked.connect(self.signature.clear)
        sig_row = QHBoxLayout()
        for w in (self.signature, sig_choose, sig_clear):
            sig_row.addWidget(w)
        self.ask = QLineEdit(get_setting(db, ASK_LINE_KEY, "") or ASK_LINE)
        self.phrases = QPlainTextEdit("\n".join(banned_phrases(db)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Founder's WeChat QR"), qr_row)
        form.addRow(self.tr("Whose QR is it"), self.owner)
        form.addRow(self.tr("Founder's WeChat ID"), self.wechat_id)
        form.addRow(self.tr("Signature"), sig_row)
        form.addRow(self.tr("Line above the code"), self.ask)
        form.addRow(self.tr("Wording to warn about\n(one per line)"), self.phrases)
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._qr_changed = False
        self.qr.textEdited.connect(lambda: setattr(self, "_qr_changed", True))

    def _choose_qr(self) -> None:
        path = self.window_.dialogs.open_file(self, self.tr("The QR image saved from WeChat"),
                                              self.tr("Images (*.png *.jpg *.jpeg *.bmp *.webp)"))
        if path:
            self.qr.setText(path)
            self._qr_changed = True

    def _choose_signature(self) -> None:
        path = self.window_.dialogs.open_file(self, self.tr("A scan of the founder's signature"),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            target = self.window_.data_dir / "cards" / ("signature" + Path(path).suffix.lower())
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            self.signature.setText(f"cards/{target.name}")

    def apply(self) -> bool:
        db = self.window_.db
        stored = None
        if self._qr_changed and self.qr.text().strip():
            try:
                stored, note = setting_from_input(self.qr.text(), self.window_.data_dir)
            except QrSourceError as exc:
                self.window_.dialogs.warning(self, self.tr("QR code not changed"), str(exc))
                return False
            self.window_.dialogs.information(self, self.tr("Founder's WeChat QR"), note)
        with db.atomic():
            if stored is not None:
                set_setting(db, WECHAT_QR, stored)
            set_setting(db, QR_OWNER_KEY, self.owner.currentData())
            set_setting(db, FOUNDER_WECHAT_ID_KEY, self.wechat_id.text().strip())
            set_setting(db, SIGNATURE_IMAGE_KEY, self.signature.text().strip())
            set_setting(db, ASK_LINE_KEY, self.ask.text().strip() or ASK_LINE)
            set_setting(db, BANNED_PHRASES_KEY,
                        [p.strip() for p in self.phrases.toPlainText().splitlines() if p.strip()])
        return True
