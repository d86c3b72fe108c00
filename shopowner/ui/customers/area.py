"""The customer book area: search, filter bar, the lazily-read table, the detail pane, bulk
actions, duplicates, export, delete and erase (the writes are in :mod:`.edits`).

Nothing here queries on the GUI thread: the table's pages, its count and the detail pane are
read by workers. It listens to the window's change notices (:mod:`shopowner.changes`): an edit
redraws just the edited customers' rows, a change it does not show is ignored, and while the
area is hidden notices are kept and applied once when it is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray, QEvent, QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMenu,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from shopowner.changes import CUSTOMERS, FEEDBACK, ORDERS, TAGS, Change
from shopowner.store.customer_duplicates import pending_count
from shopowner.customers.labels import wechat_label
from shopowner.store.customers import refresh_stages
from shopowner.vocab.platforms import platforms_label
from shopowner.vocab.stages import STAGES, stage_label
from shopowner import tasks
from shopowner.i18n import current_language
from shopowner.tasks import Latest, Task
from shopowner.ui.columns import ElidedTips
from shopowner.ui.customers.detail_pane import DetailPane
from shopowner.ui.customers.edits import CustomerEdits
from shopowner.ui.task_bar import TaskBar
from shopowner.ui.customers.filter_bar import FilterBar
from shopowner.ui.empty_state import attach_empty_state
from shopowner.ui.models.customer_table_model import COLUMNS, ID_ROLE, CustomerTableModel

SEARCH_DELAY_MS = 250
# what the detail pane shows of a customer
DETAIL_TOPICS = (CUSTOMERS, ORDERS, "cards", "followups", FEEDBACK)


def _refresh_stages(db, progress=None):
    return refresh_stages(db)


def _header_key() -> str:
    """Column widths are kept per language: widths fitted to Chinese words cut the English ones."""
    return f"customers/header-{current_language() or 'en'}"


class CustomersArea(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.task: Task | None = None
        self._task_quiet = False
        self._waiting: tuple | None = None  # a user's step that waits for a quiet upkeep task
        self.dupes_pending = 0
        self._stale: Change | None = None
        self._restore: tuple | None = None  # (current id, selected ids, open detail) after a query
        self.model = CustomerTableModel(window.db, self, data_dir=window.data_dir)
        self._reads = Latest(self, data_dir=window.data_dir, db=window.db)
        self.edits = CustomerEdits(self)
        for name in CustomerEdits.ACTIONS:  # area.tag_selection() etc., as the pane calls them
            setattr(self, name, getattr(self.edits, name))

        self.search = QLineEdit(objectName="customerSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search names, WeChat, phone (or last 4 digits), "
                                               "order ID, address, notes…  Ctrl+F"))
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search_timer.timeout.connect(self.run_search)
        self.count_label = QLabel(objectName="customerCount")
        self.full_phones = QCheckBox(self.tr("Show full phones"), objectName="showPhones")
        self.full_phones.toggled.connect(self.model.set_show_full_phones)
        add = QPushButton(self.tr("Add customer…"), objectName="addCustomer")
        add.clicked.connect(self.add_customer)
        self.dupes_button = QPushButton(objectName="duplicatesButton")
        self.dupes_button.clicked.connect(self.open_duplicates)
        scan = QPushButton(self.tr("Find duplicates"), objectName="findDuplicates")
        scan.clicked.connect(self.scan_duplicates)
        bulk = QPushButton(self.tr("Selected…"), objectName="bulkActions")  # its menu arrow has room
        menu = QMenu(bulk)
        menu.addAction(self.tr("Tag…  Ctrl+T"), lambda: self.tag_selection())
        menu.addAction(self.tr("Set stage…"), self.stage_selection)
        menu.addAction(self.tr("Export selected…"), lambda: self.export(selected_only=True))
        menu.addAction(self.tr("Export everyone shown…"), lambda: self.export(selected_only=False))
        menu.addAction(self.tr("Export everyone shown for WeChat tagging…"),
                       lambda: self.export(selected_only=False, for_wechat=True))
        bulk.setMenu(menu)
        from shopowner.staff.permissions import EXPORT, PHONES
        from shopowner.ui.staff.session import follow

        menu.setToolTipsVisible(True)  # team mode: a disabled export says why
        for action in menu.actions()[2:5]:
            follow(action, window, EXPORT)
        follow(self.full_phones, window, PHONES)
        top = QHBoxLayout()
        for w in (self.search, self.count_label, self.full_phones, add, scan, self.dupes_button,
                  bulk):
            top.addWidget(w, 1 if w is self.search else 0)

        self.filter_bar = FilterBar(window)
        self.filter_bar.changed.connect(self.apply_filters)
        self.filter_bar.error.connect(lambda text: self.window_.statusBar().showMessage(text, 8000))

        self.table = QTableView(objectName="customerTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COLUMNS.index("last_order"),
                                                       Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setResizeContentsPrecision(30)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _: self.open_detail())
        # names and tags vary without end: elided, the whole text on hover
        ElidedTips(self.table, free=(COLUMNS.index("name"), COLUMNS.index("platforms"), COLUMNS.index("wechat"),
                                     COLUMNS.index("tags")))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.countChanged.connect(self._update_count)
        self.model.queryShown.connect(self._query_shown)
        self.full_phones.toggled.connect(lambda _: self.detail.show_identities())

        self.detail = DetailPane(self)
        self.detail.hide()
        self.splitter = QSplitter(objectName="customerSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.taskbar = TaskBar(bar_name="customerProgress", cancel_name="customerCancel")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.taskbar)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+T"), self, lambda: self.tag_selection(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_followup,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Enter on the table opens the detail pane. An event filter, not a QShortcut: a Return
        # shortcut would also swallow Enter in dialogs opened over the window.
        self.table.installEventFilter(self)

        window.changed.connect(self.on_change)
        attach_empty_state(self.table, "customers", window)  # no customers yet: import
        self.splitter.splitterMoved.connect(lambda *_: self.save_state())
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.save_state())
        self._restore_state()
        self.table.horizontalHeader().setStretchLastSection(True)  # the stage fills what is left
        self._update_count()
        self.update_duplicates()
        self.run_in_background(_refresh_stages, on_done=lambda n: n and window.announce(
            Change.of(CUSTOMERS, source="stages")), quiet=True)

    # search, filters, selection ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        """The typed search, after a pause in typing; it runs on a worker, the newest wins."""
        self.search_timer.stop()
        if self.search.text() != self.model.search:
            self.model.set_query(search=self.search.text())

    @property
    def searching(self) -> bool:
        """A search, filter or sort is still being answered."""
        return self.search_timer.isActive() or self.model.loading

    def apply_filters(self, filters: dict) -> None:
        self.search_timer.stop()
        self.model.set_query(search=self.search.text(), filters=filters)

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("Customers: {n}").format(n=f"{total:,}")
                                 if total is not None else self.tr("Counting…"))

    def update_duplicates(self) -> None:
        def show(n):
            self.dupes_pending = n
            self.dupes_button.setText(self.tr("Duplicates ({n})").format(n=n))
        self._reads.request(pending_count, on_result=show)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.customer_id(r) for r in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        if self.detail.isVisible() and self._restore is None:
            self.detail.show_customer(current.data(ID_ROLE) if current.isValid() else None)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_detail()
            return True
        return super().eventFilter(watched, event)

    def order_context(self) -> tuple[int | None, None]:
        """Whom a new private order (Ctrl+Shift+O) is for: the customer in view."""
        return (self.detail.customer_id if self.detail.isVisible() else self.current_id()), None

    def new_followup(self) -> None:
        """Ctrl+N: a follow-up for the customer in view, typed straight into its summary."""
        from shopowner.ui.followups.entry import open_new_followup

        customer_id = self.detail.customer_id if self.detail.isVisible() else self.current_id()
        if customer_id is None:
            customer_id = self.current_id()
        if customer_id is not None:
            open_new_followup(self.window_, customer_id)

    def open_detail(self) -> None:
        if not self.detail.isVisible() and self.splitter.sizes()[1] == 0:
            total = max(sum(self.splitter.sizes()), 900)
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])
        self.detail.show()
        self.detail.show_customer(self.current_id())

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def select_when_shown(self, customer_id: int, *, open_detail: bool = False) -> None:
        """Select this customer once the list being read now is shown."""
        self._restore = (customer_id, {customer_id}, open_detail)

    def _query_shown(self) -> None:
        if self._restore is None:
            return
        current, selected, detail = self._restore
        self._restore = None
        if len(selected) > 1:
            chosen = QItemSelection()
            for row in range(self.model.rowCount()):
                if self.model.customer_id(row) in selected:
                    chosen.select(self.model.index(row, 0),
                                  self.model.index(row, self.model.columnCount() - 1))
            self.table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current is not None and self.select_customer(current):
            self.table.scrollTo(self.table.currentIndex())
        if detail:
            self.open_detail()

    # change notices -------------------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        """A write somewhere in the window: redraw what this area shows of it, now if on screen,
        else when shown again."""
        if not self._concerns(change):
            return
        if not self.isVisible():
            self._stale = self._stale.merge(change) if self._stale else change
            return
        self._apply(change)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale is not None:
            change, self._stale = self._stale, None
            self._apply(change)

    def _concerns(self, change: Change) -> bool:
        return (change.touches(CUSTOMERS, ORDERS, TAGS)
                or (change.touches(FEEDBACK) and bool(self.model.filters.get("open_complaint")))
                or (self.detail.isVisible() and change.touches(*DETAIL_TOPICS)
                    and change.touches_customer(self.detail.customer_id)))

    def _apply(self, change: Change) -> None:
        if change.touches(CUSTOMERS, ORDERS, TAGS, FEEDBACK):
            keyed = not change.membership and change.customer_ids is not None
            if keyed and not self.model.search and not self.model.filters:
                self.model.refresh_rows(change.customer_ids)  # just those rows, in place
            else:
                if self._restore is None:
                    self._restore = (self.current_id(), set(self.selected_ids()), False)
                self.model.requery(keep_loaded=True)
        if change.membership or change.touches(TAGS, ORDERS):
            self.filter_bar.reload_choices()
        if change.membership or change.source == "import":
            self.update_duplicates()
        if self.detail.isVisible() and change.touches(*DETAIL_TOPICS) \
                and change.touches_customer(self.detail.customer_id):
            self.detail.reload()

    def refresh(self) -> None:
        """Read everything again (kept for callers of the earlier API)."""
        self.on_change(Change.everything(source="customers"))

    # background work -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None or self._waiting is not None

    def run_in_background(self, fn, *args, on_done=None, on_progress=None, quiet: bool = False,
                          **kwargs) -> None:
        """Run ``fn(db, *args, progress=…)`` on a worker thread; one job at a time. A step the
        user asked for while a quiet upkeep job (the stages brought up to date as the book opens)
        still runs waits for it and then starts, instead of being refused."""
        if self.task is not None:
            if self._task_quiet and not quiet and self._waiting is None:
                self._waiting = (fn, args, on_done, on_progress, kwargs)
                return
            if not quiet:
                self.window_.statusBar().showMessage(
                    self.tr("Still working on the last step; try again when it has finished."),
                    6000)
            return
        task = tasks.start_with_db(self.window_.data_dir, fn, *args, owner=self, **kwargs)
        self.task, self._task_quiet = task, quiet
        if not quiet:
            self.taskbar.attach(task)
        task.signals.succeeded.connect(lambda result: on_done and on_done(result))
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.failed.connect(lambda exc: self.window_.dialogs.critical(
            self, self.tr("Something went wrong"),
            self.tr("The work stopped and nothing was changed: {error}. Try again; if it keeps "
                    "failing, make a backup and tell us.").format(error=exc)))
        task.signals.finished.connect(self._task_finished)

    def _task_finished(self) -> None:
        self.task = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            fn, args, on_done, on_progress, kwargs = waiting
            self.run_in_background(fn, *args, on_done=on_done, on_progress=on_progress, **kwargs)

    def fit_columns(self) -> None:
        """Widths from the header and a typical value in the current language and font, so every
        column, the stage last, fits a 1366-pixel screen (100 pixels each cut the stage off)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        samples = {
            "name": "欧阳娜娜（娜娜爱喝茶）", "phone": "138****1234",
            "platforms": platforms_label("taobao,jd"), "order_count": "999",
            "total_spent": "99,999.00", "first_order": "2026-11-28", "last_order": "2026-11-28",
            "wechat": wechat_label("added", "茶友123"), "tags": "爱喝红茶、VIP",
            "stage": max((stage_label(s) + " ✎" for s in STAGES), key=metrics.horizontalAdvance),
        }
        for n, key in enumerate(COLUMNS):
            title = self.model.headerData(n, Qt.Orientation.Horizontal)
            width = max(metrics.horizontalAdvance(samples[key]) + 16,
                        header.fontMetrics().horizontalAdvance(title) + 28)  # + the sort arrow
            self.table.setColumnWidth(n, width)

    # state -------------------------------------------------------------------------------------
    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("customers/splitter", self.splitter.saveState())
        settings.setValue(_header_key(), self.table.horizontalHeader().saveState())

    def _restore_state(self) -> None:
        settings = QSettings()
        header = settings.value(_header_key())
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        else:
            self.fit_columns()
        splitter = settings.value("customers/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
