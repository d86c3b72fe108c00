"""每日回顾: the founder's page for one day, as worded by ``shopowner.followups.review_page``: a
headline of what to read first, then feedback, open complaints, WeChat adds with yesterday's
add-rate, follow-ups due grouped by reason (collapsed) and the VIPs gone quiet.

The page loads through ``shopowner.tasks`` (never on the GUI thread), with a light “Loading…”
state, when first shown and again on the change notices about what it shows (only while on
screen; a hidden page keeps them until shown); the lines are shown as the core words them. Ticking
an item marks it read for that day; double-clicking one logs a follow-up with its customer; the day
exports as a one-page PDF.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from shopowner import clock
from shopowner import tasks
from shopowner.changes import CARDS, CUSTOMERS, FEEDBACK, FOLLOWUPS, MOMENTS, ORDERS, REMINDERS, Change
from shopowner.followups.review import COUNTED_KINDS, mark_all_read, mark_read
from shopowner.followups.review_page import load_page
from shopowner.ui import background
from shopowner.ui.task_bar import TaskBar
from shopowner.ui.empty_state import attach_empty_state
from shopowner.ui.followups.keeper import reminder_keeper
from shopowner.ui.notices import listen
from shopowner.ui.wrapping import IndentedWrap

ITEM_ROLE = Qt.ItemDataRole.UserRole
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
EXPANDED_KEY = "review/expanded"
# what the page shows: feedback and complaints, WeChat adds (customers, cards), follow-ups due
# (reminders, follow-ups), the VIPs gone quiet (orders), read marks (reminders)
SHOWN = (REMINDERS, FOLLOWUPS, FEEDBACK, CARDS, CUSTOMERS, ORDERS, MOMENTS)


def _export(db, day: date, path: Path, progress=None):
    """On the worker: reportlab is imported there, not while the page opens."""
    from shopowner.followups.review_pdf import export_review_pdf

    return export_review_pdf(db, day, path, progress=progress)


def _read_marks() -> Change:
    """Items ticked read on the review (kept with the reminders' state, for no one customer)."""
    return Change.of(REMINDERS, customer_ids=[], source="review")


def _expanded_keys() -> set[str]:
    """The follow-up groups the founder left open (remembered; all start collapsed)."""
    value = QSettings().value(EXPANDED_KEY, [])
    return {value} if isinstance(value, str) else set(value or [])


class ReviewPage(QWidget):
    def __init__(self, window, today=clock.today):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.today = today
        self.review: dict | None = None
        self.page: dict | None = None
        self.task = None
        self.loads = 0  # pages shown (tests wait on it)
        self._filling = False
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(44)
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
        self.headline = QLabel()
        self.headline.setObjectName("reviewHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setStyleSheet("QLabel#reviewHeadline { background: #fff8e1; border: 1px solid "
                                    "#f0dca0; border-radius: 4px; padding: 8px; font-size: 14px; }")
        self.tree = QTreeWidget()
        self.tree.setObjectName("reviewTree")
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(IndentedWrap(self.tree))  # a long note wraps rather than elides
        attach_empty_state(self.tree, "review", window)  # no orders yet: import
        self.tree.setUniformRowHeights(False)
        self.tree.setToolTip(self.tr("Tick what you have read; double-click an item to log a "
                                     "follow-up with that customer."))
        self.taskbar = TaskBar()
        bar = QHBoxLayout()
        for widget in (self.prev_button, self.date_edit, self.next_button, self.today_button):
            bar.addWidget(widget)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.all_read_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.headline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.taskbar)

        self.prev_button.clicked.connect(lambda: self.go(self.day() - timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.go(self.day() + timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.go(self.today()))
        QShortcut(QKeySequence("Alt+Left"), self, self.prev_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, self.next_button.click)
        self.date_edit.dateChanged.connect(lambda _: self.refresh())
        first = today()  # read when the page is first shown
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(first.year, first.month, first.day))
        self.date_edit.blockSignals(False)
        self.all_read_button.clicked.connect(self.mark_all)
        self.export_button.clicked.connect(self.export_pdf)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemDoubleClicked.connect(self._item_opened)
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))
        listen(self, window, lambda _change: self.refresh(), *SHOWN, first=True)
        reminder_keeper(window, today).ensure()  # it announces REMINDERS when done

    # navigation ---------------------------------------------------------------------------
    def day(self) -> date:
        return cast(date, self.date_edit.date().toPython())  # the stub types it object

    def go(self, day: date) -> None:
        if day == self.day():
            self.refresh()
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))  # refreshes

    # loading ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self.task is not None

    def refresh(self) -> None:
        """Load the day's page off the GUI thread; a newer request replaces an older one."""
        if self.task is not None:
            self.task.cancel()
        day = self.day()
        self.summary.setText(self.tr("Loading…"))
        if self.page is None or self.review is None or self.review["day"] != day.isoformat():
            self._placeholder(self.tr("Loading the daily review…"))
        self.all_read_button.setEnabled(False)
        task = tasks.start_with_db(self.window_.data_dir, load_page, day, owner=self)
        self.task = task
        task.signals.succeeded.connect(lambda result: self._arrived(task, result))
        task.signals.failed.connect(lambda exc: self._load_failed(task, exc))

    def _placeholder(self, text: str) -> None:
        self._filling = True
        self.tree.clear()
        self.headline.setText(text)
        self._filling = False

    def _arrived(self, task, result) -> None:
        if task is not self.task:
            return  # an older day or an older state of the data
        self.task = None
        self.review, self.page = result
        self._fill(self.page)
        self.loads += 1

    def _load_failed(self, task, exc) -> None:
        if task is self.task:
            self.task = None
            self.summary.setText(self.tr("Could not load the review: {error}").format(error=exc))

    # content ------------------------------------------------------------------------------
    def _fill(self, page: dict) -> None:
        self._filling = True
        scroll = self.tree.verticalScrollBar().value()
        expanded = _expanded_keys()
        self.tree.clear()
        self.headline.setText("\n".join(f"• {line}" for line in page["headline"]))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        grey = QBrush(QColor("#666666"))
        for section in page["sections"]:
            head = QTreeWidgetItem([section["heading"]])
            head.setFont(0, bold)
            head.setData(0, GROUP_ROLE, section["key"])
            self.tree.addTopLevelItem(head)
            if section["note"]:
                note = QTreeWidgetItem([section["note"]])
                note.setToolTip(0, section["note"])  # elided in a narrow window: read it whole here
                note.setForeground(0, grey)
                head.addChild(note)
            for line in section["lines"]:
                head.addChild(self._line_item(line))
            for group in section["groups"]:
                item = QTreeWidgetItem([group["heading"]])
                item.setData(0, GROUP_ROLE, f"{section['key']}/{group['key']}")
                head.addChild(item)
                for line in group["lines"]:
                    item.addChild(self._line_item(line))
                if group["more"]:
                    more = QTreeWidgetItem([group["more"]])
                    more.setToolTip(0, group["more"])
                    more.setForeground(0, grey)
                    item.addChild(more)
                item.setExpanded(f"{section['key']}/{group['key']}" in expanded)  # collapsed first
            if not section["lines"] and not section["groups"] and section["empty"]:
                empty = QTreeWidgetItem([section["empty"]])
                empty.setToolTip(0, section["empty"])
                empty.setForeground(0, grey)
                head.addChild(empty)
            head.setExpanded(True)
        self._filling = False
        self.tree.verticalScrollBar().setValue(scroll)  # ticking an item keeps the page in place
        self.summary.setText(page["summary"])
        assert self.review is not None  # arrives with the page
        self.all_read_button.setEnabled(bool(self.review["counts"]["unread"]))

    def _line_item(self, line: dict) -> QTreeWidgetItem:
        item = QTreeWidgetItem([line["text"]])
        item.setToolTip(0, line["text"])
        if line["kind"] is not None:
            item.setData(0, ITEM_ROLE, (line["kind"], line["id"]))
            item.setData(0, CUSTOMER_ROLE, line["customer_id"])
        if line["kind"] in COUNTED_KINDS:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if line["read"] else Qt.CheckState.Unchecked)
        else:  # follow-ups due are done in 今日待办 or by double-click, not ticked as read
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        return item

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        key = item.data(0, GROUP_ROLE)
        if self._filling or not key or "/" not in key:
            return
        keys = _expanded_keys()
        keys = keys | {key} if expanded else keys - {key}
        QSettings().setValue(EXPANDED_KEY, sorted(keys))

    def items(self, kind: str | None = None) -> list[QTreeWidgetItem]:
        """The page's item lines (optionally of one kind), top to bottom, groups included."""
        found = []

        def walk(item):
            data = item.data(0, ITEM_ROLE)
            if data and (kind is None or data[0] == kind):
                found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found

    def section(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, GROUP_ROLE) == key:
                return item
        return None

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        data = item.data(0, ITEM_ROLE)
        if self._filling or column != 0 or not data or data[0] not in COUNTED_KINDS:
            return
        # saved off the GUI thread, then the page reads again: the same item elsewhere follows
        self._write(mark_read, self.day(), data[0], data[1], item.checkState(0) == Qt.CheckState.Checked)

    def _item_opened(self, item: QTreeWidgetItem, _column: int):
        """Double-click: log a follow-up with that customer (closing the reminder when it is one)."""
        data, customer_id = item.data(0, ITEM_ROLE), item.data(0, CUSTOMER_ROLE)
        if not data or customer_id is None:
            return None
        from shopowner.ui.followups.entry import open_new_followup

        return open_new_followup(self.window_, customer_id,
                                 reminder_id=data[1] if data[0] == "reminder" else None)

    def mark_all(self) -> None:
        if self.review is None:
            return
        self._write(mark_all_read, self.day(), self.review)

    def _write(self, fn, *args) -> None:
        """``fn(db, *args)`` off the GUI thread, then the marks announced (on a failure too: the
        page reads them again, so what it shows is what was saved)."""
        def failed(exc: Exception) -> None:
            background.show_failure(self, exc)
            self.window_.announce(_read_marks())

        background.write(self, fn, *args, data_dir=self.window_.data_dir,
                         on_done=lambda _: self.window_.announce(_read_marks()), on_error=failed)

    # export -------------------------------------------------------------------------------
    def export_pdf(self):
        day = self.day()
        path = self.window_.dialogs.save_file(
            self, self.tr("Export the daily review"), self.tr("daily-review-{day}.pdf").format(day=day),
            self.tr("PDF (*.pdf)"))
        if not path:
            return None
        self.export_button.setEnabled(False)
        task = self.taskbar.start(self.window_, _export, day, Path(path),
                                  on_done=self._exported, on_error=self._failed)
        task.signals.finished.connect(lambda: self.export_button.setEnabled(True))
        return task

    def _exported(self, path) -> None:
        self.window_.statusBar().showMessage(self.tr("Daily review saved to {path}").format(path=path), 8000)

    def _failed(self, exc) -> None:
        self.window_.dialogs.warning(self, self.tr("Export the daily review"), str(exc))
