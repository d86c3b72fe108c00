"""The bar a restore leaves under the letter: what happened, with Undo while it can be undone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton


class RestoreBar(QFrame):
    undo_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("restoreBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#restoreBar { background: #fff4d6; }")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoRestore")
        self.undo_button.clicked.connect(self.undo_requested)
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Close"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.note, 1)
        row.addWidget(self.undo_button)
        row.addWidget(close)
        self.setVisible(False)

    def restored(self, old_no: int, result: dict) -> None:
        """A restore happened (``result`` from ``restore_version``); offer Undo when it changed anything."""
        if result["created"]:
            self.note.setText(self.tr(
                "The words of version {old} are the current text again, as version {n}. Version "
                "{previous} is kept.").format(old=old_no, n=result["version"]["version_no"],
                                              previous=result["previous"]["version_no"]))
        else:
            self.note.setText(self.tr("Version {n} already has these words; nothing was changed.").format(
                n=result["version"]["version_no"]))
        self.undo_button.setVisible(result["created"])
        self.setVisible(True)

    def undone(self, current_no: int) -> None:
        self.note.setText(self.tr("Restore undone: the text of version {n} is current again.").format(n=current_no))
        self.undo_button.setVisible(False)
        self.setVisible(True)
