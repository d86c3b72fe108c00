"""文件 → 设置: the shop and founder names and the founder's WeChat QR (in the shop file, checked by
the same core rules as the first-start set-up and ``settings set``), the card layout and printer
(QSettings ``cards/layout``, ``cards/printer``) and the language (QSettings ``language``)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit,
    QVBoxLayout,
)

from shopowner.i18n import DEFAULT_LANGUAGE, LANGUAGES
from shopowner.shop_settings import MAX_LENGTH, SettingError, save_names
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting
from shopowner.ui.setup.cards_choice import CardsChoice
from shopowner.ui.setup.qr_picker import QrPicker

LANGUAGE_KEY = "language"


def saved_language() -> str:
    value = QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


class SettingsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        db = window.db
        self.shop_name = QLineEdit(get_setting(db, SHOP_NAME, "") or "", objectName="settingsShopName")
        self.shop_name.setMaxLength(MAX_LENGTH["shop-name"])
        self.founder_name = QLineEdit(get_setting(db, FOUNDER_NAME, "") or "",
                                      objectName="settingsFounderName")
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

    def chosen_language(self) -> str:
        return self.language.currentData()

    def language_changed(self) -> bool:
        return self.chosen_language() != self.old_language

    def apply(self) -> bool:
        """Store everything; False (after saying why) when a name cannot be used."""
        try:
            save_names(self.window_.db, self.shop_name.text(), self.founder_name.text())
        except SettingError as exc:
            self.window_.dialogs.warning(self, self.tr("Settings not saved"), str(exc))
            return False
        self.qr.apply()
        self.cards.apply()
        QSettings().setValue(LANGUAGE_KEY, self.chosen_language())
        return True
