"""Someone else saved the record while you edited it: "yours" and "now in the book" side by side
for the fields that differ, and the owner keeps theirs or takes the book's (never a silent
overwrite). Opened through ``Dialogs.choose_version``; the store's side is
:mod:`shopowner.store.versions`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)


class VersionDialog(QDialog):
    """Accepted: keep mine (saved over the version now in the book); rejected: take the book's."""

    def __init__(self, parent, title: str, text: str, rows: list[tuple[str, str, str]]):
        super().__init__(parent)
        self.setObjectName("versionDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        label = QLabel(text, objectName="versionText", wordWrap=True)
        layout.addWidget(label)
        table = QTableWidget(len(rows), 3, objectName="versionFields")
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Now in the book")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox()
        keep = buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepMine")
        keep.setToolTip(self.tr("Save your values over what is now in the book"))
        take = buttons.addButton(self.tr("Take the book's"), QDialogButtonBox.ButtonRole.RejectRole)
        take.setObjectName("takeTheirs")
        take.setToolTip(self.tr("Drop your change and show the record as it is now"))
        take.setDefault(True)  # Enter never writes over someone else's work
        keep.clicked.connect(self.accept)
        take.clicked.connect(self.reject)
        layout.addWidget(buttons)
