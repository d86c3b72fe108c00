"""文件 → 员工…: the founder's list of the people who sign in — add someone, change their role,
what they may do and their PIN, take them off the list — and what each did lately. In a shop
without staff anyone may add the first person, who becomes the founder and is signed in at once.
The rules (and their refusals) are the domain's: :mod:`shopowner.staff.people`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from shopowner import actor
from shopowner.staff.activity import activity
from shopowner.staff.people import add_person, edit_person, people, remove_person
from shopowner.ui import background
from shopowner.vocab.staff import ALLOWANCES, ROLES, allowance_label, role_label


def _read(db) -> tuple[list[dict], list[dict]]:
    return people(db), activity(db, limit=200)


def _save(db, name, changes, first):
    """Add ``changes`` as a new person (``name`` None) or save them over ``name``'s."""
    if name is None:
        done = add_person(db, changes["name"], role=changes["role"],
                          allow=[k for k, on in changes["allow"].items() if on], pin=changes["pin"] or "")
        if first:  # the founder, signed in at once: the book has staff from now on
            actor.sign_in(actor.Person(done["id"], done["name"], done["role"]))
        return done
    return edit_person(db, name, new_name=changes["name"], role=changes["role"],
                       allow=changes["allow"], pin=changes["pin"])


def _remove(db, name: str, active: bool) -> None:
    if active:
        remove_person(db, name)
    else:
        edit_person(db, name, active=True)


class StaffDialog(QDialog):
    """Reads and saves on a worker (``ui/background.py``); ``busy`` while one runs."""

    def __init__(self, parent, data_dir):
        super().__init__(parent)
        self.data_dir = data_dir  # the jobs' connections (ui/background.py)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Staff"))
        self.setMinimumSize(640, 420)
        self.people: list[dict] = []
        self.busy = False
        self.changed = False  # someone was added, changed or removed (the window reads its session again)
        tabs = QTabWidget()
        people_tab = QWidget()
        row = QHBoxLayout(people_tab)
        self.list = QListWidget(objectName="staffList")
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit(objectName="staffName")
        form.addRow(self.tr("Name"), self.name)
        self.role = QComboBox(objectName="staffRole")
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        form.addRow(self.tr("Role"), self.role)
        self.allow = {key: QCheckBox(allowance_label(key), objectName=f"staffMay_{key}") for key in ALLOWANCES}
        for box in self.allow.values():
            form.addRow("", box)
        self.pin = QLineEdit(objectName="staffPin", echoMode=QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("unchanged (4 to 12 digits to set one)"))
        form.addRow(self.tr("PIN"), self.pin)
        self.no_pin = QCheckBox(self.tr("No PIN"), objectName="staffNoPin")
        form.addRow("", self.no_pin)
        side.addLayout(form)
        self.error = QLabel(objectName="staffError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        side.addWidget(self.error)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New person"), objectName="staffNew")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("Save"), objectName="staffSave")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Take off the list"), objectName="staffRemove")
        self.remove_button.clicked.connect(self.remove)
        for b in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        side.addLayout(buttons)
        side.addStretch(1)
        row.addLayout(side, 2)
        tabs.addTab(people_tab, self.tr("People"))
        self.log = QTextBrowser(objectName="staffActivity")
        tabs.addTab(self.log, self.tr("Who did what"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.role.currentIndexChanged.connect(lambda _: self._allowances_enabled())
        self.reload()

    def reload(self, select: str = "") -> None:
        """Read the list and the activity again (on a worker), then show them."""
        self._working(True)
        background.read(self, _read, on_result=lambda got: self._show(got[0], got[1], select),
                        on_error=self._failed)

    def _working(self, busy: bool) -> None:
        self.busy = busy
        for b in (self.new_button, self.save_button, self.remove_button):
            b.setEnabled(not busy)

    def _failed(self, exc: Exception) -> None:
        self._working(False)
        self.error.setText(str(exc))

    def _show(self, staff: list[dict], done: list[dict], select: str = "") -> None:
        self._working(False)
        self.people = staff
        self.list.clear()
        for p in self.people:
            text = f"{p['name']} · {role_label(p['role'])}"
            if not p["active"]:
                text += " · " + self.tr("off the list")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p["name"])
            self.list.addItem(item)
            if p["name"] == select:
                self.list.setCurrentItem(item)
        if not self.people or self.list.currentRow() < 0:
            self.start_new() if not self.people else self.list.setCurrentRow(0)
        self.log.setPlainText("\n".join(f"{r['at'][:16]}  {r['who']}  {r['what']}  {r['details']}"
                                        for r in done)
                              or self.tr("Nothing recorded with a name yet."))

    def current(self) -> dict | None:
        item = self.list.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((p for p in self.people if p["name"] == name), None)

    def _show_current(self) -> None:
        p = self.current()
        if p is None:
            return
        self.name.setText(p["name"])
        self.role.setCurrentIndex(self.role.findData(p["role"]))
        for key, box in self.allow.items():
            box.setChecked(key in p["allowed"])
        self.pin.clear()
        self.no_pin.setChecked(not p["has_pin"])
        self.remove_button.setEnabled(True)
        self.remove_button.setText(self.tr("Take off the list") if p["active"] else self.tr("Put back on the list"))
        self.error.clear()
        self._allowances_enabled()

    def _allowances_enabled(self) -> None:
        staff = self.role.currentData() == "staff"
        for box in self.allow.values():
            box.setEnabled(staff)

    def start_new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.name.clear()
        self.role.setCurrentIndex(self.role.findData("founder" if not self.people else "staff"))
        for box in self.allow.values():
            box.setChecked(False)
        self.pin.clear()
        self.no_pin.setChecked(True)
        self.remove_button.setEnabled(False)
        self.error.clear()
        self.name.setFocus()

    def save(self) -> None:
        """Add the person typed (no one chosen) or save the one chosen, on a worker; a refusal
        is shown here."""
        p = self.current()
        pin = "" if self.no_pin.isChecked() else (self.pin.text() or None)
        changes = {"name": self.name.text(), "role": self.role.currentData(), "pin": pin,
                   "allow": {key: box.isChecked() for key, box in self.allow.items()}}
        self._working(True)
        background.write(self, _save, None if p is None else p["name"], changes, not self.people,
                         on_done=lambda done: self._saved(done["name"]), on_error=self._failed)

    def remove(self) -> None:
        """Take the chosen person off the list (or put them back on it)."""
        p = self.current()
        if p is None:
            return
        self._working(True)
        background.write(self, _remove, p["name"], bool(p["active"]),
                         on_done=lambda _: self._saved(p["name"]), on_error=self._failed)

    def _saved(self, name: str) -> None:
        self.changed = True
        self.reload(select=name)
