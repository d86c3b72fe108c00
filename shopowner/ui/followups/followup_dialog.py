"""New follow-up: type, direction, time, staff, summary, pasted chat and attachments.

Opened for a customer, the summary has the focus, so typing it and pressing Enter saves. The
customer's name is read, and the follow-up saved, off the GUI thread; the dialog closes once saved.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
)

from shopowner.followups.attachments import AttachmentError
from shopowner.followups.log import FollowupError, add_followup
from shopowner.vocab.followup_kinds import DIRECTIONS, KINDS, direction_label, kind_label
from shopowner.ui.followups.accounts import fill_account_choices
from shopowner.followups.reminders import ReminderError, log_followup_from_reminder, set_next_contact
from shopowner.store.redemptions import customer_row
from shopowner.ui.followups.attachment_list import AttachmentList
from shopowner.ui import background
from shopowner.ui.followups.customer_search import CustomerSearch


def _save(db, data_dir, customer_id: int, reminder_id: int | None, next_day: date | None,
          fields: dict) -> int:
    """The follow-up (closing its reminder), then the next contact when one was set."""
    if reminder_id is not None:
        saved_id = log_followup_from_reminder(db, data_dir, reminder_id, **fields)
    else:
        saved_id = add_followup(db, data_dir, customer_id, **fields)
    if next_day is not None:
        set_next_contact(db, customer_id, next_day)
    return saved_id


def _name(row: dict | None, customer_id: int) -> str:
    row = row or {}
    return row.get("name") or row.get("wechat_name") or row.get("nickname") or f"#{customer_id}"


class FollowupDialog(QDialog):
    def __init__(self, window, customer_id: int | None = None, reminder_id: int | None = None):
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.customer_id = customer_id
        self.reminder_id = reminder_id
        self.saved_id: int | None = None
        self.saved_customer_id: int | None = None  # whom the saved follow-up is with
        self.setObjectName("followupDialog")
        self.setWindowTitle(self.tr("New follow-up"))
        self.resize(520, 560)
        form = QFormLayout()
        self.search = None
        if customer_id is None:
            self.search = CustomerSearch(self.db)
            form.addRow(self.tr("Customer"), self.search)
        else:
            shown = QLabel()
            shown.setObjectName("followupCustomer")
            form.addRow(self.tr("Customer"), shown)
            background.read(self, customer_row, customer_id,
                            on_result=lambda row: shown.setText(_name(row, customer_id)))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.direction = QComboBox()
        for direction in DIRECTIONS:
            self.direction.addItem(direction_label(direction), direction)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.staff = QComboBox()
        self.staff.setEditable(True)
        fill_account_choices(self.staff, window)
        self.summary = QLineEdit()
        self.summary.setObjectName("followupSummary")
        self.summary.setPlaceholderText(self.tr("What was it about, in one line"))
        self.chat = QPlainTextEdit()
        self.chat.setPlaceholderText(self.tr("Optional: paste the chat here"))
        self.attachments = AttachmentList(window.dialogs)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Time"), self.when)
        form.addRow(self.tr("Staff"), self.staff)
        form.addRow(self.tr("Chat text"), self.chat)
        form.addRow(self.tr("Screenshots and files"), self.attachments)
        self.next_on = QCheckBox(self.tr("Remind me on"))
        self.next_date = QDateEdit(QDate.currentDate().addDays(7))
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.next_date.setCalendarPopup(True)
        self.next_date.setEnabled(False)
        self.next_on.toggled.connect(self.next_date.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_on)
        next_row.addWidget(self.next_date)
        next_row.addStretch(1)
        form.addRow(self.tr("Next contact"), next_row)
        self.error = QLabel()
        self.error.setObjectName("followupError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.search is not None:
            self.search.query.setFocus()
        else:
            self.summary.setFocus()

    def accept(self) -> None:
        """Save (in the background), then close; on a problem say what to fix and stay open."""
        if not self.save_button.isEnabled():
            return  # saving already
        if self.search is None:
            self._save(self.customer_id)
        else:
            self.save_button.setEnabled(False)  # until the search typed last has its results
            search = self.search
            search.when_settled(lambda: self._save(search.selected_id()))

    def _save(self, customer_id: int | None) -> None:
        if customer_id is None:
            self.save_button.setEnabled(True)
            self.error.setText(self.tr("Search and pick the customer first."))
            return
        fields = dict(kind=self.kind.currentData(), direction=self.direction.currentData(),
                      happened_at=self.when.dateTime().toString("yyyy-MM-dd HH:mm:ss"),
                      staff=self.staff.currentText(), summary=self.summary.text(),
                      chat_text=self.chat.toPlainText(), attachments=self.attachments.files)
        next_day = cast(date, self.next_date.date().toPython()) if self.next_on.isChecked() else None
        background.save(self, _save, self.window_.data_dir, customer_id, self.reminder_id, next_day, fields,
                        button=self.save_button, error=self.error,
                        refused=(FollowupError, AttachmentError, ReminderError),
                        on_done=lambda saved_id: self._saved(saved_id, customer_id))

    def _saved(self, saved_id: int, customer_id: int) -> None:
        self.saved_id, self.saved_customer_id = saved_id, customer_id
        super().accept()
