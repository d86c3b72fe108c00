"""Small dialogs of the customer book: add/edit a customer, pick a tag, pick a stage.

They only collect values; the area writes them. Run through ``window.dialogs.exec_dialog``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout,
)

from shopowner.vocab.stages import STAGES, stage_label

TAG_COLOURS = ("#d4a017", "#b5473a", "#8e44ad", "#2e86c1", "#27ae60", "#e67e22", "#7f8c8d",
               "#c0392b", "#16a085", "#2c3e50")


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class CustomerDialog(QDialog):
    """Add a customer by hand (met on WeChat or offline) or edit one."""

    FIELDS = ("name", "nickname", "phone", "province", "city", "district", "address",
              "wechat_name", "notes")

    def __init__(self, parent=None, customer: dict | None = None):
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Edit customer") if customer else self.tr("Add customer"))
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "name": self.tr("Name"), "nickname": self.tr("Nickname"), "phone": self.tr("Phone"),
            "province": self.tr("Province"), "city": self.tr("City"),
            "district": self.tr("District"), "address": self.tr("Address"),
            "wechat_name": self.tr("WeChat name (empty: not added)"),
        }
        for key, label in labels.items():
            if key == "phone" and customer:
                continue  # phones are identities: shown in the detail pane, added on import
            edit = QLineEdit((customer or {}).get(key, "") or "")
            edit.setObjectName(f"edit_{key}")
            self.edits[key] = edit
            form.addRow(label, edit)
        self.notes = QPlainTextEdit((customer or {}).get("notes", "") or "")
        self.notes.setObjectName("edit_notes")
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet("color: #b5473a")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))

    def values(self) -> dict:
        out = {k: e.text().strip() for k, e in self.edits.items()}
        out["notes"] = self.notes.toPlainText().strip()
        return out

    def accept(self) -> None:
        v = self.values()
        if not (v.get("name") or v.get("nickname") or v.get("phone") or v.get("wechat_name")):
            self.error.setText(self.tr("Type at least a name, a nickname, a phone or a WeChat name, "
                                       "so you can find this customer again."))
            return
        phone = v.get("phone", "")
        if phone and not phone.replace(" ", "").replace("-", "").replace("+", "").isdigit():
            self.error.setText(self.tr("The phone may only hold digits, spaces, + and -. Correct it "
                                       "or leave it empty."))
            return
        super().accept()


class TagDialog(QDialog):
    """Pick an existing tag or type a new one, with its colour."""

    def __init__(self, parent, tags: list[dict], title: str):
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(title)
        self.name = QComboBox()
        self.name.setObjectName("tagName")
        self.name.setEditable(True)
        for tag in tags:
            self.name.addItem(colour_icon(tag["color"]), tag["name"])
        self.name.setCurrentIndex(-1)
        self.colour = QComboBox()
        self.colour.setObjectName("tagColour")
        for colour in TAG_COLOURS:
            self.colour.addItem(colour_icon(colour), colour, colour)
        self._colours = {t["name"]: t["color"] for t in tags}
        self.name.currentTextChanged.connect(self._name_changed)
        form = QFormLayout()
        form.addRow(self.tr("Tag"), self.name)
        form.addRow(self.tr("Colour"), self.colour)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def _name_changed(self, text: str) -> None:
        if text in self._colours:
            i = self.colour.findData(self._colours[text])
            if i >= 0:
                self.colour.setCurrentIndex(i)

    def tag_name(self) -> str:
        return self.name.currentText().strip()

    def tag_colour(self) -> str:
        return self.colour.currentData()

    def accept(self) -> None:
        if self.tag_name():
            super().accept()


class StageDialog(QDialog):
    """Set the stage of the selected customers by hand, or hand them back to the rules."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stageDialog")
        self.setWindowTitle(self.tr("Set stage"))
        self.stage = QComboBox()
        self.stage.setObjectName("stageChoice")
        self.stage.addItem(self.tr("Automatic (by the rules)"), None)
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage)
        layout.addWidget(_buttons(self))

    def chosen(self) -> str | None:
        return self.stage.currentData()


class NameDialog(QDialog):
    """Ask for one short text (the name of a saved view)."""

    def __init__(self, parent, title: str, prompt: str):
        super().__init__(parent)
        self.setObjectName("nameDialog")
        self.setWindowTitle(title)
        self.text = QLineEdit(objectName="nameText")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.text)
        layout.addWidget(_buttons(self))
