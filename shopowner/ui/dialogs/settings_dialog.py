"""Settings: shop and founder names (in the shop file) and the language (in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from shopowner.i18n import DEFAULT_LANGUAGE, LANGUAGES
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting, set_setting


class SettingsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.shop_name = QLineEdit(get_setting(window.db, SHOP_NAME, ""))
        self.founder_name = QLineEdit(get_setting(window.db, FOUNDER_NAME, ""))
        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        current = QSettings().value("language", DEFAULT_LANGUAGE)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Founder"), self.founder_name)
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language applies the next time ShopOwner starts."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        db = self.window_.db
        with db.atomic():
            if self.shop_name.text().strip():
                set_setting(db, SHOP_NAME, self.shop_name.text().strip())
            if self.founder_name.text().strip():
                set_setting(db, FOUNDER_NAME, self.founder_name.text().strip())
        QSettings().setValue("language", self.language.currentData())
