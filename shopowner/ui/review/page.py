"""每日回顾: the founder's page for one day: feedback (complaints first), open complaints by age,
follow-ups due, new WeChat adds with yesterday's card add-rate per letter version, and VIPs gone
quiet. Ticking an item marks it read for that day; the day exports as a one-page PDF.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from shopowner.followups.review import mark_all_read, mark_read, review_of_day
from shopowner.followups.review_pdf import export_review_pdf
from shopowner.ui.followups.background import TaskBar
from shopowner.ui.empty_state import attach_empty_state

ITEM_ROLE = Qt.UserRole
CUSTOMER_ROLE = Qt.UserRole + 1


def _percent(rate) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


class ReviewPage(QWidget):
    def __init__(self, window, today=date.today):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.today = today
        self.review: dict | None = None
        self._filling = False
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("reviewDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.today_button = QPushButton(self.tr("Today"))
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.all_read_button = QPushButton(self.tr("Mark all read"))
        self.all_read_button.setObjectName("markAllRead")
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("exportReviewPdf")
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Item (tick when read; double-click to log a follow-up)"), self.tr("Details")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, int(QSettings().value("review/column0", 420)))
        self.tree.header().sectionResized.connect(
            lambda i, _old, new: i == 0 and QSettings().setValue("review/column0", new))
        self.tree.setWordWrap(True)
        attach_empty_state(self.tree, "review", window)  # no orders yet: import
        self.taskbar = TaskBar()
        bar = QHBoxLayout()
        for widget in (self.prev_button, self.date_edit, self.next_button, self.today_button):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.all_read_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        layout.addWidget(self.taskbar)

        self.prev_button.clicked.connect(lambda: self.go(self.day() - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go(self.day() + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.go(self.today()))
        QShortcut(QKeySequence("Alt+Left"), self, self.prev_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, self.next_button.click)
        self.date_edit.dateChanged.connect(lambda _: self.refresh())
        self.all_read_button.clicked.connect(self.mark_all)
        self.export_button.clicked.connect(self.export_pdf)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemDoubleClicked.connect(self._item_opened)
        window.data_changed.connect(self.refresh)
        self.go(self.today())

    # navigation ---------------------------------------------------------------------------
    def day(self) -> date:
        return self.date_edit.date().toPython()

    def go(self, day: date) -> None:
        if day == self.day():
            self.refresh()
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))  # refreshes

    # content ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.review = review_of_day(self.db, self.day(), today=self.today())
        self._filling = True
        scroll = self.tree.verticalScrollBar().value()
        self.tree.clear()
        r = self.review
        self._section(self.tr("Feedback today and yesterday"), "feedback", [
            (x["id"], f"[{x['kind_label']}] {x['customer_name'] or '—'} {'★' * (x['rating'] or 0)}",
             f"{x['text']}  ({x['created_at'][5:16]})", x["read"], x["customer_id"]) for x in r["feedback"]])
        self._section(self.tr("Open complaints, longest waiting first"), "feedback", [
            (x["id"], self.tr("{days} days open · {name}").format(days=x["age_days"], name=x["customer_name"] or "—"),
             x["text"], x["read"], x["customer_id"]) for x in r["open_complaints"]])
        self._section(self.tr("Follow-ups due"), "reminder", [
            (x["id"], f"{x['due_date'][:10]} · {x['customer_name'] or '—'}",
             f"{x['rule_label']}: {x['note']}", x["read"], x["customer_id"]) for x in r["followups_due"]])
        adds = self._section(self.tr("New WeChat adds"), "wechat_add", [
            (x["id"], f"{x['added_at'][11:16]} · {x['customer_name'] or '—'} ({x['wechat_name'] or '—'})",
             " · ".join(filter(None, [x["code"] or self.tr("no code"), x["letter_version"], x["account"]])),
             x["read"], x["customer_id"]) for x in r["wechat_adds"]])
        rate = r["card_add_rate"]
        rate_item = QTreeWidgetItem([self.tr("Card add-rate for {day}").format(day=rate["printed_day"]),
                                     self.tr("{added} of {printed} cards added ({rate})").format(
                                         added=rate["added"], printed=rate["printed"],
                                         rate=_percent(rate["rate"]))])
        adds.insertChild(0, rate_item)
        for v in rate["by_letter_version"]:
            rate_item.addChild(QTreeWidgetItem([v["letter_version"], self.tr(
                "{added} of {printed} ({rate})").format(added=v["added"], printed=v["printed"],
                                                        rate=_percent(v["rate"]))]))
        rate_item.setExpanded(True)
        self._section(self.tr("VIPs gone quiet (no order or follow-up in 60 days)"), "vip", [
            (x["id"], x["customer_name"] or "—",
             self.tr("spent ¥{spent:,.0f} · {orders} orders · quiet {days} days").format(
                 spent=x["total_spent_fen"] / 100, orders=x["order_count"],
                 days=x["quiet_days"] if x["quiet_days"] is not None else "—"), x["read"], x["id"])
            for x in r["quiet_vips"]])
        self._filling = False
        self.tree.verticalScrollBar().setValue(scroll)  # ticking an item keeps the page in place
        self._update_summary()

    def _section(self, title: str, kind: str, rows: list[tuple]) -> QTreeWidgetItem:
        head = QTreeWidgetItem([f"{title} ({len(rows)})", ""])
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        self.tree.addTopLevelItem(head)
        for item_id, text, detail, read, customer_id in rows:
            child = QTreeWidgetItem([text, detail])
            child.setFlags(child.flags() | Qt.ItemIsUserCheckable)
            child.setCheckState(0, Qt.Checked if read else Qt.Unchecked)
            child.setData(0, ITEM_ROLE, (kind, item_id))
            child.setData(0, CUSTOMER_ROLE, customer_id)
            child.setToolTip(1, detail)
            head.addChild(child)
        if not rows:
            head.addChild(QTreeWidgetItem([self.tr("Nothing."), ""]))
        head.setExpanded(True)
        return head

    def items(self, kind: str | None = None) -> list[QTreeWidgetItem]:
        """The checkable items on the page (optionally of one kind), top to bottom."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                data = head.child(j).data(0, ITEM_ROLE)
                if data and (kind is None or data[0] == kind):
                    found.append(head.child(j))
        return found

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        data = item.data(0, ITEM_ROLE)
        if self._filling or column != 0 or not data:
            return
        mark_read(self.db, self.day(), data[0], data[1], item.checkState(0) == Qt.Checked)
        # refresh after this signal returns (the tree is rebuilt), so the same item elsewhere follows
        QTimer.singleShot(0, self.window_.data_changed.emit)

    def _item_opened(self, item: QTreeWidgetItem, _column: int):
        """Double-click: log a follow-up with that customer (closing the reminder when it is one)."""
        data, customer_id = item.data(0, ITEM_ROLE), item.data(0, CUSTOMER_ROLE)
        if not data or customer_id is None:
            return None
        from shopowner.ui.followups.entry import open_new_followup

        return open_new_followup(self.window_, customer_id,
                                 reminder_id=data[1] if data[0] == "reminder" else None)

    def _update_summary(self) -> None:
        counts = self.review["counts"]
        self.summary.setText(self.tr("{items} items, {unread} unread").format(**counts))

    def mark_all(self) -> None:
        mark_all_read(self.db, self.day(), self.review)
        self.window_.data_changed.emit()

    # export -------------------------------------------------------------------------------
    def export_pdf(self):
        day = self.day()
        path = self.window_.dialogs.save_file(
            self, self.tr("Export the daily review"), self.tr("daily-review-{day}.pdf").format(day=day),
            self.tr("PDF (*.pdf)"))
        if not path:
            return None
        self.export_button.setEnabled(False)
        task = self.taskbar.start(self.window_, export_review_pdf, day, Path(path),
                                  on_done=self._exported, on_error=self._failed)
        task.signals.finished.connect(lambda: self.export_button.setEnabled(True))
        return task

    def _exported(self, path) -> None:
        self.window_.statusBar().showMessage(self.tr("Daily review saved to {path}").format(path=path), 8000)

    def _failed(self, exc) -> None:
        self.window_.dialogs.warning(self, self.tr("Export the daily review"), str(exc))
