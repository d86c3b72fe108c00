"""The red line across the top of the window when the shop file is damaged (opened read only)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class DamageBanner(QFrame):
    """"店铺文件已损坏，已只读打开…" with what to do, and a button that leads to the restore."""

    restore_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("damageBanner")
        self.setStyleSheet("QFrame#damageBanner { background: #fdecea; border-bottom: 1px solid "
                           "#e0a39c; } QFrame#damageBanner QLabel { color: #8a1c12; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        self.label = QLabel()
        self.label.setObjectName("damageText")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setObjectName("restoreFromBanner")
        self.restore_button.clicked.connect(self.restore_requested)
        row.addWidget(self.restore_button)
        self.hide()

    def show_damage(self, latest_backup_text: str | None) -> None:
        if latest_backup_text:
            text = self.tr("The shop file is damaged, so it was opened read only: you can look, but "
                           "nothing can be changed or saved. Restore the latest good backup, "
                           "{backup}, to go on working; the damaged file is kept aside.").format(
                backup=latest_backup_text)
        else:
            text = self.tr("The shop file is damaged, so it was opened read only: you can look, but "
                           "nothing can be changed or saved. There is no backup to restore: copy the "
                           "whole data folder somewhere safe, then ask for help.")
        self.label.setText(text)
        self.restore_button.setVisible(bool(latest_backup_text))
        self.show()
