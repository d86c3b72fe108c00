"""New feedback (type, product, rating, text, screenshots, consent to quote, owner) and the small
dialog that resolves a complaint. Both save off the GUI thread and close once saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout,
)

from shopowner.followups.attachments import AttachmentError
from shopowner.followups.feedback import FeedbackError, add_feedback, resolve_complaint
from shopowner.store.errors import RowChanged
from shopowner.vocab.feedback_kinds import KINDS, kind_label
from shopowner.ui import background
from shopowner.ui.followups.accounts import fill_account_choices
from shopowner.store.redemptions import customer_row
from shopowner.ui.followups.attachment_list import AttachmentList
from shopowner.ui.followups.customer_search import CustomerSearch
from shopowner.ui.form_parts import ERROR_STYLE, error_label, save_cancel


def _add_feedback(db, data_dir, fields: dict) -> int:
    return add_feedback(db, data_dir, **fields)  # its ``owner`` is a field, not the job's


class FeedbackDialog(QDialog):
    def __init__(self, window, customer_id: int | None = None):
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.customer_id = customer_id
        self.saved_id: int | None = None
        self.saved_customer_id: int | None = None  # whose feedback was saved (None: nobody's)
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(self.tr("New feedback"))
        self.resize(520, 600)
        form = QFormLayout()
        self.search = None
        if customer_id is None:
            self.search = CustomerSearch(self.db)
            form.addRow(self.tr("Customer (optional)"), self.search)
        else:
            shown = QLabel()
            shown.setObjectName("feedbackCustomer")
            form.addRow(self.tr("Customer"), shown)
            background.read(self, customer_row, customer_id, on_result=lambda row: shown.setText(
                (row or {}).get("name") or (row or {}).get("wechat_name") or f"#{customer_id}"))
        self.kind = QComboBox()
        self.kind.setObjectName("feedbackKind")
        self.kind.addItem(self.tr("Choose a type…"), None)  # no default: praise is not assumed
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.product = QLineEdit()
        self.rating = QComboBox()
        self.rating.addItem(self.tr("No rating"), None)
        for stars in range(5, 0, -1):
            self.rating.addItem("★" * stars, stars)
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedbackText")
        self.text.setPlaceholderText(self.tr("What the customer said"))
        self.screenshots = AttachmentList(window.dialogs, images_only=True)
        self.consent = QCheckBox(self.tr("The customer agrees that we quote this (anonymously)"))
        self.owner = QComboBox()
        self.owner.setEditable(True)
        fill_account_choices(self.owner, window)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Rating"), self.rating)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Screenshots"), self.screenshots)
        form.addRow("", self.consent)
        form.addRow(self.tr("Owner"), self.owner)
        self.error = error_label("feedbackError")
        buttons = save_cancel(self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return  # saving already
        if self.kind.currentData() is None:
            self.error.setText(self.tr("Choose the type of feedback first: review material, "
                                       "complaint, new-product idea…"))
            self.kind.setFocus()
            return
        if self.search is None:
            self._save(self.customer_id)
        else:
            self.save_button.setEnabled(False)  # until the search typed last has its results
            search = self.search
            search.when_settled(lambda: self._save(search.selected_id()))

    def _save(self, customer_id: int | None) -> None:
        fields = dict(kind=self.kind.currentData(), text=self.text.toPlainText(), customer_id=customer_id,
                      product_text=self.product.text(), rating=self.rating.currentData(),
                      consent=self.consent.isChecked(), owner=self.owner.currentText(),
                      screenshots=list(self.screenshots.files))
        background.save(self, _add_feedback, self.window_.data_dir, fields, button=self.save_button,
                        error=self.error, refused=(FeedbackError, AttachmentError),
                        on_done=lambda saved_id: self._saved(saved_id, customer_id))

    def _saved(self, saved_id: int, customer_id: int | None) -> None:
        self.saved_id, self.saved_customer_id = saved_id, customer_id
        super().accept()


class ResolveDialog(QDialog):
    """Close an open complaint with what was done; shows the time it took afterwards."""

    def __init__(self, window, feedback_id: int, complaint_text: str, version: int | None = None):
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.version = version  # the complaint as the list read it: resolved only over that one
        self.changed_elsewhere = False  # someone else saved it meanwhile (the list reads it again)
        self.feedback_id = feedback_id
        self.time_taken = ""
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Resolve complaint"))
        quoted = QLabel(complaint_text)
        quoted.setWordWrap(True)
        self.resolution = QPlainTextEdit()
        self.resolution.setObjectName("resolution")
        self.resolution.setPlaceholderText(self.tr("How was it resolved? (e.g. sent a new box, refunded 20 yuan)"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark resolved"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(quoted)
        layout.addWidget(self.resolution)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resolution.setFocus()

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            self._resolve(self.resolution.toPlainText(), retry=False)

    def _resolve(self, text: str, *, retry: bool) -> None:
        background.save(self, resolve_complaint, self.feedback_id, text, expected_version=self.version,
                        button=self.ok_button, error=self.error, refused=(FeedbackError, RowChanged),
                        on_refused=lambda exc: self._refused(exc, text, retry), on_done=self._resolved)

    def _resolved(self, time_taken: str) -> None:
        self.time_taken = time_taken
        super().accept()

    def _refused(self, exc: Exception, text: str, retry: bool) -> None:
        if isinstance(exc, RowChanged) and not retry:  # resolved meanwhile on another PC or window
            self.error.clear()
            self.changed_elsewhere = True
            if exc.current is None or not self._keep_mine(text, exc.current):
                self.reject()
                return
            self.version = exc.current["version"]
            self._resolve(text, retry=True)

    def _keep_mine(self, text: str, now: dict) -> bool:
        rows = [(self.tr("Resolution"), text.strip(), now["resolution"] or self.tr("(open)"))]
        return self.window_.dialogs.choose_version(
            self, self.tr("Someone else resolved this complaint"),
            self.tr("While you were writing, this complaint was resolved on another PC or in another "
                    "window. Keep your resolution (it replaces theirs), or take theirs (yours is "
                    "dropped)?"), rows)
