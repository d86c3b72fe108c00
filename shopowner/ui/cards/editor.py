"""The letter editor: the list of letters with their rules, the text with merge-field buttons,
the signature, and the checker's warnings (the words they are about are marked in the text).
Below the text, the current version with its printed cards, and 版本… (Ctrl+Shift+H) to browse
and restore older versions; a restore can be undone from the bar it leaves. Emits ``changed``
on every edit (the preview listens).

Every read and write runs off the GUI thread (``letter_jobs.py`` through ``ui/background.py``):
a letter chosen is shown once read (its fields wait, read only, meanwhile); ``save(then=…)``
stores the edits one save at a time, in order, and calls ``then`` once they are stored."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSpinBox, QToolButton, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.cards.letter import MERGE_FIELDS, field_hint
from shopowner.cards.letter_versions import LETTER_PLATFORMS, platform_label
from shopowner.changes import LETTERS, Change
from shopowner.ui import background
from shopowner.ui.cards import letter_jobs as jobs
from shopowner.ui.cards import text_marks
from shopowner.ui.cards.restore_bar import RestoreBar
from shopowner.ui.cards.version_line import VersionLine


class LetterEditor(QWidget):
    changed = Signal()
    saved = Signal()  # the letter's edits were stored (the preview plans again)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.letter_id: int | None = None
        self._loading = False
        self.dirty = False
        self._restored: dict | None = None    # the last restore, while it can be undone
        self._warning_spans: list[tuple[tuple[int, int], ...]] = []
        self._reads = {"list": 0, "letter": 0}  # the newest read of each kind counts
        self._saving: tasks.Task | None = None  # one save at a time, in order
        self._after_saving: list = []

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
        for key in LETTER_PLATFORMS:
            self.platform.addItem(platform_label(key), key)
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
        self.save_button.clicked.connect(lambda: self.save())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save())
        self.warnings = QLabel()
        self.warnings.setObjectName("letterWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.linkActivated.connect(self._show_warning_place)
        self.version_line = VersionLine(window.data_dir)
        self.version_line.open_requested.connect(lambda: self.open_versions())
        self.version_label, self.versions_button = self.version_line.label, self.version_line.button
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, activated=lambda: self.open_versions(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore_bar = RestoreBar()
        self.restore_bar.undo_requested.connect(self.undo_restore)

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
        right.addWidget(self.version_line)
        right.addWidget(self.restore_bar)
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

    # the database (each job on a worker with its own connection) --------------------------
    def _read(self, kind: str | None, fn, *args, on_result) -> None:
        """``fn(db, *args)`` off the GUI thread; for a ``kind``, only the newest read's result
        is shown (a slow older one arriving later is dropped)."""
        number = None
        if kind is not None:
            self._reads[kind] += 1
            number = self._reads[kind]

        def arrived(result) -> None:
            if kind is None or self._reads[kind] == number:
                on_result(result)

        background.read(self, fn, *args, on_result=arrived, data_dir=self.window_.data_dir)

    def _write(self, fn, *args, on_done, on_error=None) -> tasks.Task:
        return background.write(self, fn, *args, on_done=on_done, on_error=on_error,
                                data_dir=self.window_.data_dir)

    # letters ---------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the letters again (off the GUI thread), then show ``select_id`` (or the one shown)."""
        self._read("list", jobs.read_letters, on_result=lambda letters: self._listed(letters, select_id))

    def _listed(self, letters: list[dict], select_id: int | None) -> None:
        select_id = select_id or self.letter_id
        self.letters.blockSignals(True)
        self.letters.clear()
        for letter in letters:
            item = QListWidgetItem(letter["name"] + ("" if letter["active"] else self.tr(" (off)")))
            item.setData(Qt.ItemDataRole.UserRole, letter["id"])
            self.letters.addItem(item)
        self.letters.blockSignals(False)
        rows = [self.letters.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.letters.count())]
        self.letters.setCurrentRow(rows.index(select_id) if select_id in rows else 0)
        if self.letters.currentItem() is not None and self.letter_id is None:
            self._letter_chosen(self.letters.currentItem())

    def _letter_chosen(self, item, _previous=None) -> None:
        if item is None:
            return
        if self.dirty and self.letter_id is not None:
            self.save()
        self._hide_restore_bar()
        self._load(item.data(Qt.ItemDataRole.UserRole))

    def _load(self, letter_id: int) -> None:
        """Show the stored letter ``letter_id`` (its rules, text and version) once it is read;
        meanwhile the text shown cannot be edited (the edits would be lost)."""
        self._set_editable(False)
        if self._saving is not None:  # read the letter as the running save leaves it
            self._reads["letter"] += 1  # an older read's answer is not shown meanwhile
            self._saving.signals.finished.connect(lambda: self._load(letter_id))
            return
        self._read("letter", jobs.read_letter, letter_id, on_result=self._loaded)

    def _set_editable(self, editable: bool) -> None:
        for field in (self.name, self.body, self.signature):
            field.setReadOnly(not editable)
        for widget in (self.audience, self.platform, self.priority, self.active, self.save_button):
            widget.setEnabled(editable)

    def _loaded(self, read: dict | None) -> None:
        self._set_editable(True)
        if read is None:  # deleted meanwhile (the CLI): the list without it
            self.letter_id, self.dirty = None, False
            self.reload()
            return
        letter = read["letter"]
        self._loading = True
        self.letter_id = letter["id"]
        self.name.setText(letter["name"])
        self.audience.setCurrentIndex(max(self.audience.findData(letter["audience"]), 0))
        if self.platform.findData(letter["platform"]) < 0:  # a platform this list does not offer
            self.platform.addItem(platform_label(letter["platform"]), letter["platform"])
        self.platform.setCurrentIndex(max(self.platform.findData(letter["platform"]), 0))
        self.priority.setValue(letter["priority"])
        self.active.setChecked(bool(letter["active"]))
        self.body.setPlainText(letter["body"])
        self.signature.setText(letter["signature"])
        self._loading = False
        self.dirty = False
        self.version_line.show_version(read, dirty=False)
        self.changed.emit()

    # versions ----------------------------------------------------------------
    def open_versions(self) -> None:
        """The versions window for this letter (the edits are saved first)."""
        letter_id = self.letter_id
        if letter_id is None:
            return
        self.save(then=lambda: self._read(None, jobs.read_letter, letter_id,
                                          on_result=self._open_versions_of))

    def _open_versions_of(self, read: dict | None) -> None:
        if read is None or read["letter"]["id"] != self.letter_id:  # another letter by now
            return
        from shopowner.ui.cards.versions_dialog import VersionsDialog

        dialog = VersionsDialog(self.window_, read["letter"], self)
        self.window_.dialogs.exec_dialog(dialog)
        if dialog.restored is not None:
            self._after_restore(dialog.restored)
        dialog.deleteLater()

    def _announce(self) -> None:
        """Letters were written here: tell the other areas (growth counts by letter version)."""
        self.window_.announce(Change.of(LETTERS, customer_ids=[], source="letters"))

    def _after_restore(self, result: dict) -> None:
        self._announce()
        assert self.letter_id is not None  # a version is restored on the letter shown
        self._load(self.letter_id)
        self._restored = result if result["created"] else None
        self.restore_bar.restored(result["restored_no"], result)

    def undo_restore(self) -> None:
        """Take back the last restore: the words before it are current again."""
        if self._restored is None or self.letter_id is None:
            return
        letter_id, restored, self._restored = self.letter_id, self._restored, None  # once

        def undone(current: dict) -> None:
            self._announce()
            if self.letter_id == letter_id:
                self._load(letter_id)
                self.restore_bar.undone(current["version_no"])

        def put_back(_exc) -> None:  # not undone (the message says why): Undo stays offered
            if self.letter_id == letter_id and not self.restore_bar.isHidden():
                self._restored = restored

        self._write(jobs.undo_restore, letter_id, restored, on_done=undone).signals.failed.connect(put_back)

    def _hide_restore_bar(self) -> None:
        self._restored = None
        self.restore_bar.hide()

    def new_letter(self) -> None:
        def added(letter_id: int) -> None:
            self.letter_id = None
            self._announce()
            self.reload(letter_id)

        self._write(jobs.add_letter, self.tr("New letter {n}"), "{称呼}，你好：\n\n", "{创始人}", on_done=added)

    def delete_letter(self) -> None:
        if self.letter_id is None:
            return
        if not self.window_.dialogs.confirm(self, self.tr("Delete letter"), self.tr(
                "Delete the letter “{name}”? A letter already printed is only switched off, so its "
                "cards keep their words.").format(name=self.name.text())):
            return
        letter_id = self.letter_id

        def deleted(_none) -> None:
            if self.letter_id == letter_id:
                self.letter_id, self.dirty = None, False
            self._announce()
            self.reload()

        self._write(jobs.delete_letter, letter_id, on_done=deleted)

    # editing ---------------------------------------------------------------
    def insert_field(self, field: str) -> None:
        self.body.insertPlainText("{" + field + "}")
        self.body.setFocus()

    def _edited(self, *_args) -> None:
        if not self._loading:
            was_dirty, self.dirty = self.dirty, True
            if not self.restore_bar.isHidden():
                self._hide_restore_bar()  # the text moved on: Undo would throw the edits away
            if not was_dirty:
                self.version_line.mark_dirty(True)
            self.changed.emit()

    def text(self) -> tuple[str, str]:
        return self.body.toPlainText(), self.signature.text()

    def save(self, then=None) -> None:
        """Store the edits (a printed version stays as it was) off the GUI thread, then call
        ``then()``; at once when there is nothing to store. A refusal is said in a message, and
        ``then`` is not called."""
        if self.letter_id is None or not self.dirty:
            if then is not None:
                then()
            return
        name = self.name.text().strip()
        if not name:
            self.window_.dialogs.warning(self, self.tr("Letter not saved"),
                                         self.tr("The letter needs a name. Type one and save again."))
            return
        if self._saving is not None:  # the one before first: saves of a letter land in order
            self._after_saving.append(lambda: self.save(then))
            return
        letter_id, active = self.letter_id, self.active.isChecked()
        fields = {"body": self.body.toPlainText(), "signature": self.signature.text(),
                  "audience": self.audience.currentData(), "platform": self.platform.currentData(),
                  "priority": self.priority.value(), "active": int(active)}
        self.dirty = False  # an edit from now on makes it dirty again
        self._saving = self._write(
            jobs.save_letter, letter_id, name, fields,
            on_done=lambda info: self._saved(letter_id, name, active, info, then),
            on_error=lambda exc: self._not_saved(letter_id, str(exc)))

    def _saved(self, letter_id: int, name: str, active: bool, info: dict | None, then) -> None:
        self._saving = None
        if info is None:
            self._not_saved(letter_id, self.tr(
                "Another letter is already called “{name}”. Choose another name.").format(name=name))
            return
        for row in range(self.letters.count()):
            item = self.letters.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == letter_id:
                item.setText(name + ("" if active else self.tr(" (off)")))
        if self.letter_id == letter_id:
            self.version_line.show_version(info, dirty=self.dirty)
        self._announce()
        self.saved.emit()
        if then is not None:
            then()
        waiting, self._after_saving = self._after_saving, []
        for step in waiting:  # the saves asked for meanwhile
            step()

    def _not_saved(self, letter_id: int, message: str) -> None:
        self._saving = None
        if self.letter_id == letter_id and not self.dirty:
            self.dirty = True  # the edits are still here, not stored
            self.version_line.mark_dirty(True)
        self._after_saving.clear()  # what waited for this save does not happen
        self.window_.dialogs.warning(self, self.tr("Letter not saved"), message)

    def show_warnings(self, warnings: list) -> None:
        """The checker's warnings (``LetterWarning`` objects or plain messages) under the text; the words
        a warning is about are underlined in the text, and its "show" link selects them."""
        self._warning_spans = [tuple(getattr(w, "spans", ())) for w in warnings]
        if not warnings:
            self.warnings.setText("<span style='color:#2e7d32'>" + self.tr("No problems found.") + "</span>")
        else:
            lines, show = [], html.escape(self.tr("Show where"))
            for i, warning in enumerate(warnings):
                message = html.escape(getattr(warning, "message", warning))
                link = f" <a href='{i}'>{show}</a>" if self._warning_spans[i] else ""
                lines.append(f"<span style='color:#b23c17'>⚠ {message}</span>{link}")
            self.warnings.setText("<br>".join(lines))
        self._mark_spans()

    def _mark_spans(self) -> None:
        text_marks.mark(self.body, [span for spans in self._warning_spans for span in spans])

    def _show_warning_place(self, link: str) -> None:
        """Select the first place a warning is about, so the founder sees the words."""
        spans = self._warning_spans[int(link)] if link.isdigit() and int(link) < len(self._warning_spans) else ()
        if spans and text_marks.select(self.body, spans[0]):
            self.body.setFocus()
