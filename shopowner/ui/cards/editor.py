"""The letter editor: the list of letters with their rules, the text with merge-field buttons,
the signature, and the checker's warnings. Emits ``changed`` on every edit (the preview listens)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSpinBox, QToolButton, QVBoxLayout, QWidget,
)

from shopowner.cards.batch import PLATFORM_LABELS, ensure_starter_letters
from shopowner.cards.letter import MERGE_FIELDS, field_hint
from shopowner.store import letters as store


class LetterEditor(QWidget):
    changed = Signal()
    saved = Signal()  # the letter's edits were stored (the preview plans again)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.letter_id: int | None = None
        self._loading = False
        self.dirty = False

        self.letters = QListWidget()
        self.letters.setObjectName("letterList")
        self.letters.currentItemChanged.connect(self._letter_chosen)
        new_button = QPushButton(self.tr("New letter"))
        new_button.clicked.connect(self.new_letter)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_letter)

        self.name = QLineEdit()
        self.audience = QComboBox()
        for key, label in (("any", self.tr("Every buyer")), ("first", self.tr("First order")),
                           ("returning", self.tr("Returning buyer"))):
            self.audience.addItem(label, key)
        self.platform = QComboBox()
        self.platform.addItem(self.tr("Every platform"), "")
        for key, label in PLATFORM_LABELS.items():
            self.platform.addItem(label, key)
        self.priority = QSpinBox()
        self.priority.setRange(-99, 99)
        self.active = QCheckBox(self.tr("In use"))

        self.body = QPlainTextEdit()
        self.body.setObjectName("letterBody")
        self.body.setPlaceholderText(self.tr("Write your letter here, in your own words."))
        self.signature = QLineEdit()
        self.signature.setPlaceholderText(self.tr("Signature, e.g. {创始人}"))
        self.field_buttons: dict[str, QToolButton] = {}
        fields_row = QHBoxLayout()
        fields_row.setSpacing(2)
        for field in MERGE_FIELDS:
            button = QToolButton()
            button.setText(field)
            button.setToolTip(field_hint(field))
            button.clicked.connect(lambda _=False, f=field: self.insert_field(f))
            self.field_buttons[field] = button
            fields_row.addWidget(button)
        fields_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save letter"))
        self.save_button.setToolTip(self.tr("Ctrl+S. A letter already printed keeps its old version."))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        self.warnings = QLabel()
        self.warnings.setObjectName("letterWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.RichText)
        self.version_label = QLabel()

        rules = QFormLayout()
        rules.addRow(self.tr("Name"), self.name)
        rules_row = QHBoxLayout()
        for w in (self.audience, self.platform, QLabel(self.tr("Priority")), self.priority, self.active):
            rules_row.addWidget(w)
        rules.addRow(self.tr("Used for"), rules_row)

        left = QVBoxLayout()
        left.addWidget(self.letters, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addLayout(rules)
        right.addWidget(QLabel(self.tr("Merge fields (click to insert):")))
        right.addLayout(fields_row)
        right.addWidget(self.body, 1)
        sig_row = QHBoxLayout()
        sig_row.addWidget(QLabel(self.tr("Signature")))
        sig_row.addWidget(self.signature, 1)
        sig_row.addWidget(self.save_button)
        right.addLayout(sig_row)
        right.addWidget(self.version_label)
        right.addWidget(self.warnings)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

        for signal in (self.body.textChanged, self.signature.textChanged, self.name.textChanged):
            signal.connect(self._edited)
        for combo in (self.audience, self.platform):
            combo.currentIndexChanged.connect(self._edited)
        self.priority.valueChanged.connect(self._edited)
        self.active.toggled.connect(self._edited)
        self.reload()

    # letters ---------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        db = self.window_.db
        ensure_starter_letters(db)
        select_id = select_id or self.letter_id
        self.letters.blockSignals(True)
        self.letters.clear()
        for letter in store.list_letters(db):
            item = QListWidgetItem(letter["name"] + ("" if letter["active"] else self.tr(" (off)")))
            item.setData(Qt.UserRole, letter["id"])
            self.letters.addItem(item)
        self.letters.blockSignals(False)
        rows = [self.letters.item(i).data(Qt.UserRole) for i in range(self.letters.count())]
        self.letters.setCurrentRow(rows.index(select_id) if select_id in rows else 0)
        if self.letters.currentItem() is not None and self.letter_id is None:
            self._letter_chosen(self.letters.currentItem())

    def _letter_chosen(self, item, _previous=None) -> None:
        if item is None:
            return
        if self.dirty and self.letter_id is not None:
            self.save()
        letter = store.get_letter(self.window_.db, item.data(Qt.UserRole))
        self._loading = True
        self.letter_id = letter["id"]
        self.name.setText(letter["name"])
        self.audience.setCurrentIndex(max(self.audience.findData(letter["audience"]), 0))
        self.platform.setCurrentIndex(max(self.platform.findData(letter["platform"]), 0))
        self.priority.setValue(letter["priority"])
        self.active.setChecked(bool(letter["active"]))
        self.body.setPlainText(letter["body"])
        self.signature.setText(letter["signature"])
        self._loading = False
        self.dirty = False
        self._show_version()
        self.changed.emit()

    def _show_version(self) -> None:
        versions = store.versions(self.window_.db, self.letter_id) if self.letter_id else []
        if versions:
            latest = versions[-1]
            self.version_label.setText(self.tr("Version {n} · {cards} cards printed with it · {all} versions").format(
                n=latest["version_no"], cards=latest["cards"], all=len(versions)))

    def new_letter(self) -> None:
        db = self.window_.db
        names = {l["name"] for l in store.list_letters(db)}
        n = 1
        while self.tr("New letter {n}").format(n=n) in names:
            n += 1
        letter_id = store.add_letter(db, self.tr("New letter {n}").format(n=n), "{称呼}，你好：\n\n", "{创始人}")
        self.letter_id = None
        self.reload(letter_id)

    def delete_letter(self) -> None:
        if self.letter_id is None:
            return
        if not self.window_.dialogs.confirm(self, self.tr("Delete letter"), self.tr(
                "Delete the letter “{name}”? A letter already printed is only switched off, so its "
                "cards keep their words.").format(name=self.name.text())):
            return
        store.delete_letter(self.window_.db, self.letter_id)
        self.letter_id, self.dirty = None, False
        self.reload()

    # editing ---------------------------------------------------------------
    def insert_field(self, field: str) -> None:
        self.body.insertPlainText("{" + field + "}")
        self.body.setFocus()

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    def text(self) -> tuple[str, str]:
        return self.body.toPlainText(), self.signature.text()

    def save(self) -> bool:
        """Store the edits (a printed version stays as it was); False with a message when refused."""
        if self.letter_id is None or not self.dirty:
            return True
        name = self.name.text().strip()
        if not name:
            self.window_.dialogs.warning(self, self.tr("Letter not saved"),
                                         self.tr("The letter needs a name. Type one and save again."))
            return False
        other = store.letter_by_name(self.window_.db, name)
        if other and other["id"] != self.letter_id:
            self.window_.dialogs.warning(self, self.tr("Letter not saved"), self.tr(
                "Another letter is already called “{name}”. Choose another name.").format(name=name))
            return False
        store.save_letter(self.window_.db, self.letter_id, body=self.body.toPlainText(),
                          signature=self.signature.text(), name=name,
                          audience=self.audience.currentData(), platform=self.platform.currentData(),
                          priority=self.priority.value(), active=int(self.active.isChecked()))
        self.dirty = False
        current = self.letters.currentItem()
        if current is not None:
            current.setText(name + ("" if self.active.isChecked() else self.tr(" (off)")))
        self._show_version()
        self.saved.emit()
        return True

    def show_warnings(self, messages: list[str]) -> None:
        if not messages:
            self.warnings.setText("<span style='color:#2e7d32'>" + self.tr("No problems found.") + "</span>")
        else:
            self.warnings.setText("<br>".join(f"<span style='color:#b23c17'>⚠ {m}</span>" for m in messages))
