"""The erase confirmation: what goes, what stays, and (when there are backups) whether to take
the person out of the backups too — a second step the owner ticks on purpose."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout


class EraseDialog(QDialog):
    def __init__(self, parent, name: str, backups: int):
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase personal data"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Erase the name, phones, addresses, WeChat details, notes and messages of {name} "
            "everywhere in the shop file? Orders and totals stay for your accounts. This cannot "
            "be undone.\n\nShopOwner keeps only a scrambled fingerprint of their phone, buyer IDs "
            "and address, so that an import never brings them back.").format(name=name))
        text.setObjectName("eraseText")
        text.setWordWrap(True)
        layout.addWidget(text)
        self.purge = QCheckBox(self.tr("Also erase them from the %n backup(s) in the data folder "
                                       "(each backup is rewritten)", "", backups))
        self.purge.setObjectName("purgeBackups")
        self.purge.setVisible(backups > 0)
        layout.addWidget(self.purge)
        if backups:
            note = QLabel(self.tr("Without this, restoring an older backup brings them back."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #666")
            layout.addWidget(note)
        buttons = QDialogButtonBox()
        erase = buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole)
        erase.setObjectName("confirmErase")
        erase.setAutoDefault(False)  # Enter never erases: Cancel is the default and has focus
        erase.clicked.connect(self.accept)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        cancel.setFocus()

    def purge_backups(self) -> bool:
        return not self.purge.isHidden() and self.purge.isChecked()
