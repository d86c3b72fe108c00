"""文件 → 设置: the shop and founder names and the founder's WeChat QR (in the shop file, checked by
the same core rules as the first-start set-up and ``settings set``), the card layout and printer
(QSettings ``cards/layout``, ``cards/printer``) and the language (QSettings ``language``).

The names are read off the GUI thread as the dialog opens (the fields wait, disabled, until
then); OK stores the names and the QR off the GUI thread and closes the dialog once they are
stored, or keeps it open saying why not. :meth:`SettingsDialog.apply` then keeps the rest."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
    QVBoxLayout,
)

from shopowner.i18n import DEFAULT_LANGUAGE, LANGUAGES
from shopowner.shop_settings import MAX_LENGTH, save_names, save_qr
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting
from shopowner.ui import background
from shopowner.ui.setup.cards_choice import CardsChoice
from shopowner.ui.setup.qr_picker import QrPicker

LANGUAGE_KEY = "language"


def read_names(db, progress=None) -> tuple[str, str]:
    return get_setting(db, SHOP_NAME, "") or "", get_setting(db, FOUNDER_NAME, "") or ""


def store(db, data_dir, shop_name: str, founder_name: str, qr, progress=None) -> None:
    """The names (checked as the set-up and ``settings set`` check them) and the QR, if one was
    chosen; a name that cannot be used raises SettingError and nothing is stored."""
    save_names(db, shop_name, founder_name)
    if qr is not None:
        save_qr(db, data_dir, qr)


def saved_language() -> str:
    value = QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


class SettingsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.stored = False  # OK stored the names and the QR
        self.saving = None
        self.shop_name = QLineEdit(objectName="settingsShopName")
        self.shop_name.setMaxLength(MAX_LENGTH["shop-name"])
        self.founder_name = QLineEdit(objectName="settingsFounderName")
        self.founder_name.setMaxLength(MAX_LENGTH["founder-name"])
        self.founder_name.setPlaceholderText(self.tr("as signed on the letter"))
        shop_box = QGroupBox(self.tr("Shop"))
        shop_form = QFormLayout(shop_box)
        shop_form.addRow(self.tr("Shop name"), self.shop_name)
        shop_form.addRow(self.tr("Founder"), self.founder_name)

        self.old_language = saved_language()
        self.language = QComboBox(objectName="settingsLanguage")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(self.old_language), 0))
        language_box = QGroupBox(self.tr("Language"))
        language_layout = QVBoxLayout(language_box)
        language_layout.addWidget(self.language)
        note = QLabel(self.tr("After a change, ShopOwner offers to restart in the new language."),
                      wordWrap=True)
        note.setStyleSheet("color: #666;")
        language_layout.addWidget(note)
        language_layout.addStretch(1)

        self.qr = QrPicker(window)
        qr_box = QGroupBox(self.tr("Founder's WeChat QR (printed on every card)"))
        QVBoxLayout(qr_box).addWidget(self.qr)
        self.cards = CardsChoice(window)
        cards_box = QGroupBox(self.tr("Printer and card layout"))
        QVBoxLayout(cards_box).addWidget(self.cards)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(shop_box, 0, 0)
        grid.addWidget(language_box, 1, 0)
        grid.addWidget(qr_box, 0, 1)
        grid.addWidget(cards_box, 1, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(buttons, 3, 0, 1, 2)
        self.shop_name.setMinimumWidth(200)
        for widget in (self.shop_name, self.founder_name, self.ok_button):  # until the names are read
            widget.setEnabled(False)
        self.reading = background.read(self, read_names, data_dir=window.data_dir, on_result=self._names_read)
        self.reading.signals.done.connect(lambda: setattr(self, "reading", None))

    def _names_read(self, names: tuple[str, str]) -> None:
        self.shop_name.setText(names[0])
        self.founder_name.setText(names[1])
        for widget in (self.shop_name, self.founder_name, self.ok_button):
            widget.setEnabled(True)

    def ready(self) -> bool:
        """The names are read and the QR in use is shown: the owner can change them."""
        return self.reading is None and not self.qr.busy()

    def chosen_language(self) -> str:
        return self.language.currentData()

    def language_changed(self) -> bool:
        return self.chosen_language() != self.old_language

    def accept(self) -> None:
        """OK: store the names and the QR off the GUI thread; the dialog closes once they are
        stored, or stays open, with what was typed, saying why not."""
        if self.saving is not None or not self.ok_button.isEnabled():
            return
        self.ok_button.setEnabled(False)
        qr = self.qr.pending
        self.saving = background.write(self, store, self.window_.data_dir, self.shop_name.text(),
                                       self.founder_name.text(), qr, data_dir=self.window_.data_dir,
                                       on_done=lambda _none: self._stored(qr), on_error=self._not_stored)

    def _stored(self, qr) -> None:
        self.saving, self.stored = None, True
        self.ok_button.setEnabled(True)
        if self.qr.pending is qr:
            self.qr.pending = None  # stored
        super().accept()

    def _not_stored(self, exc: Exception) -> None:
        self.saving = None
        self.ok_button.setEnabled(True)
        self.window_.dialogs.warning(self, self.tr("Settings not saved"), str(exc))

    def apply(self) -> bool:
        """After OK: keep the layout, the printer and the language (in QSettings: OK stored the
        rest); False when OK did not store the names (then nothing is kept)."""
        if not self.stored:
            return False
        self.cards.apply()
        QSettings().setValue(LANGUAGE_KEY, self.chosen_language())
        return True
