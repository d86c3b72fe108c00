"""The parts every editing dialog repeats: a grey hint under the fields, a red line that says why a
value was refused (nothing is written then), and Save/Cancel wired to the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #666;"


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text, wordWrap=True)
    label.setStyleSheet(HINT_STYLE)
    return label


def error_label(name: str) -> QLabel:
    """Empty until a save is refused; ``name`` is its objectName (tests read it)."""
    label = QLabel(objectName=name, wordWrap=True)
    label.setStyleSheet(ERROR_STYLE)
    return label


def save_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def stacked(dialog: QDialog, *parts: QWidget | QLayout) -> QVBoxLayout:
    """The dialog's layout: the parts top to bottom."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
