"""反馈: all feedback with type and status filters; new feedback and resolving complaints."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shopowner.changes import CUSTOMERS, FEEDBACK, Change
from shopowner.followups.feedback import time_taken
from shopowner.vocab.feedback_kinds import KINDS, kind_label, status_label
from shopowner.store.followups import feedback_rows
from shopowner.ui.followups.feedback_dialog import FeedbackDialog, ResolveDialog
from shopowner.ui.followups.table_model import SqlTableModel, make_view, selected_row
from shopowner.ui.notices import listen


def _resolution(row) -> str:
    if row["status"] != "resolved":
        return ""
    taken = time_taken(row["created_at"], row["resolved_at"])
    return " ".join(x for x in (row["resolution"], f"({taken})" if taken else "") if x)


TEXT_COLUMN = 3


def _feedback_of(customer_id: int | None) -> Change:
    """Feedback written (for a customer, or for none)."""
    return Change.of(FEEDBACK, customer_ids=[] if customer_id is None else [customer_id],
                     source="feedback")


def _fetch(db, limit, offset, **filters):
    return feedback_rows(db, limit=limit, offset=offset, **filters)


def _count(db, **filters):
    return feedback_rows(db, count=True, **filters)


class FeedbackTab(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.search = QLineEdit()
        self.search.setObjectName("feedbackSearch")
        self.search.setPlaceholderText(self.tr("Search text, product, owner or customer"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), "")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        self.status.addItem(status_label("open"), "open")
        self.status.addItem(status_label("resolved"), "resolved")
        self.new_button = QPushButton(self.tr("New feedback"))
        self.new_button.setObjectName("newFeedback")
        self.new_button.clicked.connect(lambda: self.new_feedback())
        self.resolve_button = QPushButton(self.tr("Resolve complaint…"))
        self.resolve_button.setObjectName("resolveComplaint")
        self.resolve_button.clicked.connect(self.resolve)
        self.model = SqlTableModel([
            (self.tr("Date"), lambda r: r["created_at"][:16]),
            (self.tr("Customer"), "customer_name"),
            (self.tr("Type"), lambda r: kind_label(r["kind"])),
            (self.tr("What the customer said"), "text"),
            (self.tr("Rating"), lambda r: "★" * (r["rating"] or 0)),
            (self.tr("Status"), lambda r: status_label(r["status"])),
            (self.tr("Product"), "product_text"),
            (self.tr("Files"), lambda r: r["attachment_count"] or ""),
            (self.tr("Quote OK"), lambda r: "✓" if r["consent_to_quote"] else ""),
            (self.tr("Owner"), "owner"),
            (self.tr("Resolution"), _resolution),
        ], window.data_dir, fetch=_fetch, count=_count, filters=self._filters, parent=self)
        # the text is the 4th column and takes the room left, so it is never off-screen
        self.view = make_view(self.model, "followups/feedback", stretch=TEXT_COLUMN, free=(1, 6, 9, 10),
                              cap=130, samples={
            0: ["2026-12-31 23:59"], 2: [kind_label(k) for k in KINDS], 4: ["★★★★★"],
            5: [status_label("open"), status_label("resolved")]})
        self.view.setObjectName("feedbackView")
        self._typing = QTimer(self, singleShot=True, interval=250)  # one query per pause in typing
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._typing.start())
        for combo in (self.kind, self.status):
            combo.currentIndexChanged.connect(lambda _: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind)
        bar.addWidget(self.status)
        bar.addWidget(self.new_button)
        bar.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        listen(self, window, lambda _change: self.refresh(), FEEDBACK, CUSTOMERS, first=True)

    def _filters(self) -> dict:
        return dict(search=self.search.text(), kind=self.kind.currentData() or "",
                    status=self.status.currentData() or "")

    def refresh(self) -> None:
        self.model.refresh()

    def new_feedback(self, customer_id: int | None = None) -> int | None:
        dialog = FeedbackDialog(self.window_, customer_id)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved_id is not None:
            self.window_.announce(_feedback_of(dialog.saved_customer_id))
            return dialog.saved_id
        return None

    def resolve(self) -> None:
        row = selected_row(self.view)
        if row is None or row["kind"] != "complaint" or row["status"] != "open":
            self.window_.dialogs.information(self, self.tr("Resolve complaint"),
                                             self.tr("Select an open complaint in the list first."))
            return
        dialog = ResolveDialog(self.window_, row["id"], row["text"], row.get("version"))
        if self.window_.dialogs.exec_dialog(dialog) and dialog.time_taken:
            self.window_.statusBar().showMessage(
                self.tr("Complaint resolved after {time}.").format(time=dialog.time_taken), 8000)
            self.window_.announce(_feedback_of(row["customer_id"]))
        elif dialog.changed_elsewhere:
            self.window_.announce(_feedback_of(row["customer_id"]))
