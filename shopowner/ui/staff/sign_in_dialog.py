"""Who is working at this PC: the sign-in dialog at start (when the book has staff) and behind
文件 → 切换员工. The person last signed in on this PC is chosen already (QSettings); a PIN is asked
only of someone who has one. Opened through ``Dialogs.sign_in``; the check itself is the
domain's (:func:`shopowner.staff.people.sign_in`)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from shopowner.actor import Person
from shopowner.staff.people import sign_in
from shopowner.ui import background
from shopowner.vocab.staff import role_label

LAST_KEY = "staff/last_signed_in"  # per PC: who signed in here last


def remembered() -> str:
    return str(QSettings().value(LAST_KEY, "") or "")


def remember(name: str) -> None:
    QSettings().setValue(LAST_KEY, name)


class SignInDialog(QDialog):
    """Accepted once :attr:`person` is signed in; the people are ``people(db, active_only=True)``.
    The check (the PIN against the book) runs on a worker; :attr:`tried` says how it went."""

    tried = Signal(bool)  # a sign-in was checked: True when the person is signed in

    def __init__(self, parent, data_dir, people: list[dict], preselect: str = ""):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Who is working?"))
        self.setMinimumWidth(380)
        self.data_dir = data_dir
        self.person: Person | None = None
        self._people = people
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This shop has a staff list: choose yourself. What you do here "
                                        "(follow-ups, redeemed codes, prints, imports, edits) is "
                                        "recorded with your name."), wordWrap=True))
        form = QFormLayout()
        self.who = QComboBox(objectName="signInWho")
        for p in people:
            self.who.addItem(f"{p['name']} · {role_label(p['role'])}", p["name"])
        index = self.who.findData(preselect or remembered())
        self.who.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Name"), self.who)
        self.pin = QLineEdit(objectName="signInPin", echoMode=QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("4 to 12 digits"))
        self.pin_label = QLabel(self.tr("PIN"))
        form.addRow(self.pin_label, self.pin)
        layout.addLayout(form)
        self.error = QLabel(objectName="signInError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.who.currentIndexChanged.connect(lambda _: self._show_pin())
        self._show_pin()

    def chosen(self) -> str:
        return self.who.currentData() or ""

    def choose(self, name: str) -> None:
        self.who.setCurrentIndex(self.who.findData(name))

    def _show_pin(self) -> None:
        has_pin = any(p["name"] == self.chosen() and p["has_pin"] for p in self._people)
        self.pin.setVisible(has_pin)
        self.pin_label.setVisible(has_pin)
        self.pin.clear()
        self.error.hide()

    def try_accept(self) -> None:
        """Sign the chosen person in (their PIN checked, on a worker); on a refusal say why and
        stay open."""
        self.ok_button.setEnabled(False)
        background.read(self, sign_in, self.chosen(), self.pin.text() or None,
                        data_dir=self.data_dir, on_result=self._signed_in, on_error=self._refused)

    def _signed_in(self, person: Person) -> None:
        self.ok_button.setEnabled(True)
        self.person = person
        remember(self.chosen())
        self.accept()
        self.tried.emit(True)

    def _refused(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(str(exc))
        self.error.show()
        self.pin.selectAll()
        self.tried.emit(False)
