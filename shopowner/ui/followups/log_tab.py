"""跟进记录: every follow-up, searchable, with the selected one's chat and attachments below."""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QSettings, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from shopowner import tasks
from shopowner.changes import CUSTOMERS, FOLLOWUPS
from shopowner.followups.attachments import attachment_path
from shopowner.vocab.followup_kinds import DIRECTIONS, KINDS, direction_label, kind_label
from shopowner.store.followups import attachments_of, followup_rows
from shopowner.ui.empty_state import attach_empty_state
from shopowner.ui.followups.entry import open_new_followup
from shopowner.ui.followups.table_model import SqlTableModel, make_view, selected_row
from shopowner.ui.notices import listen


def _fetch(db, limit, offset, **filters):
    return followup_rows(db, limit=limit, offset=offset, **filters)


def _count(db, **filters):
    return followup_rows(db, count=True, **filters)


class LogTab(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.search = QLineEdit()
        self.search.setObjectName("followupSearch")
        self.search.setPlaceholderText(self.tr("Search summary, chat, staff or customer"))
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), "")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.new_button = QPushButton(self.tr("New follow-up"))
        self.new_button.setObjectName("newFollowup")
        self.new_button.clicked.connect(self.new_followup)
        self.model = SqlTableModel([
            (self.tr("Time"), lambda r: r["happened_at"][:16]),
            (self.tr("Customer"), "customer_name"),
            (self.tr("Type"), lambda r: kind_label(r["kind"])),
            (self.tr("Direction"), lambda r: direction_label(r["direction"])),
            (self.tr("Staff"), "staff"),
            (self.tr("Files"), lambda r: r["attachment_count"] or ""),
            (self.tr("Summary"), "summary"),
        ], window.data_dir, fetch=_fetch, count=_count, filters=self._filters, parent=self)
        self.view = make_view(self.model, "followups/log", free=(1, 4), cap=200, samples={
            0: ["2026-12-31 23:59"], 2: [kind_label(k) for k in KINDS],
            3: [direction_label(d) for d in DIRECTIONS]})
        self.view.setObjectName("followupView")
        attach_empty_state(self.view, "followups", window)  # nothing logged yet: the first one
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(True)
        self._attachments = tasks.Latest(self, data_dir=window.data_dir)  # the selected one's
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self._typing = QTimer(self, singleShot=True, interval=250)  # one query per pause in typing
        self._typing.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._typing.start())
        self.model.loaded.connect(lambda _: self.show_detail())
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        QShortcut(QKeySequence.StandardKey.New, self, self.new_followup,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind)
        bar.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        state = QSettings().value("followups/log/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
        splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("followups/log/splitter", splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        listen(self, window, lambda _change: self.refresh(), FOLLOWUPS, CUSTOMERS, first=True)

    def _filters(self) -> dict:
        return dict(search=self.search.text(), kind=self.kind.currentData() or "")

    def refresh(self) -> None:
        self.model.refresh()

    def new_followup(self) -> None:
        open_new_followup(self.window_, None)

    def show_detail(self) -> None:
        """The selected follow-up's summary and chat at once, its attachments once read."""
        row = selected_row(self.view)
        if row is None:
            self._attachments.drop()
            self.detail.clear()
            return
        parts = [f"<b>{html.escape(row['summary'])}</b>"]
        if row["chat_text"]:
            parts.append("<pre>" + html.escape(row["chat_text"]) + "</pre>")
        self.detail.setHtml("<br>".join(parts))
        if row["attachment_count"]:
            self._attachments.request(attachments_of, followup_id=row["id"],
                                      on_result=lambda items: self._show_attachments(parts, items))
        else:
            self._attachments.drop()

    def _show_attachments(self, parts: list[str], items: list) -> None:
        for item in items:
            url = QUrl.fromLocalFile(str(attachment_path(self.window_.data_dir, item["stored_name"])))
            parts.append(f'<a href="{url.toString()}">{html.escape(item["original_name"])}</a>')
        self.detail.setHtml("<br>".join(parts))
