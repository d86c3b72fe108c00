"""New follow-up: type, direction, time, staff, summary, pasted chat and attachments.

Opened for a customer, the summary has the focus, so typing it and pressing Enter saves.
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
from shopowner.ui.followups.customer_search import CustomerSearch


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
            row = customer_row(self.db, customer_id) or {}
            name = row.get("name") or row.get("wechat_name") or row.get("nickname") or f"#{customer_id}"
            form.addRow(self.tr("Customer"), QLabel(name))
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.search is not None:
            self.search.query.setFocus()
        else:
            self.summary.setFocus()

    def accept(self) -> None:
        """Save, then close; on a problem say what to fix and stay open."""
        customer_id = self.customer_id if self.search is None else self.search.selected_id()
        if customer_id is None:
            self.error.setText(self.tr("Search and pick the customer first."))
            return
        fields = dict(kind=self.kind.currentData(), direction=self.direction.currentData(),
                      happened_at=self.when.dateTime().toString("yyyy-MM-dd HH:mm:ss"),
                      staff=self.staff.currentText(), summary=self.summary.text(),
                      chat_text=self.chat.toPlainText(), attachments=self.attachments.files)
        try:
            if self.reminder_id is not None:
                self.saved_id = log_followup_from_reminder(self.db, self.window_.data_dir,
                                                           self.reminder_id, **fields)
            else:
                self.saved_id = add_followup(self.db, self.window_.data_dir, customer_id, **fields)
            if self.next_on.isChecked():
                set_next_contact(self.db, customer_id, cast(date, self.next_date.date().toPython()))
        except (FollowupError, AttachmentError, ReminderError) as exc:
            self.error.setText(str(exc))
            return
        self.saved_customer_id = customer_id
        super().accept()
