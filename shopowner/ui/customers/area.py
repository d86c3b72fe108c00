"""The customer book area: search, filter bar, the lazily-read table, the detail pane, bulk
actions, duplicates, export, delete and erase. Writes go through core functions; long work
(export, erase, the duplicates scan) runs on a worker thread with its own connection."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray, QEvent, QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QProgressBar, QPushButton,
    QSplitter, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from shopowner.customers.actions import merge_error_message
from shopowner.customers.book import (
    add_customer_by_hand, delete_customer_and_files, edit_customer, erase_personal_data,
)
from shopowner.customers.export import export_customers
from shopowner.customers.labels import display_name
from shopowner.store.customer_duplicates import find_duplicates, pending_count
from shopowner.store.customer_query import first_page
from shopowner.store.customer_merge import MergeError, undo_merge
from shopowner.store.customers import (
    ensure_tag, get_customer, list_tags, refresh_stages, set_stage, tag_customers, untag_customers,
    update_customer,
)
from shopowner import tasks
from shopowner.tasks import Task
from shopowner.ui.customers.detail_pane import DetailPane
from shopowner.ui.customers.dialogs import CustomerDialog, StageDialog, TagDialog
from shopowner.ui.customers.filter_bar import FilterBar
from shopowner.ui.empty_state import attach_empty_state
from shopowner.ui.models.customer_table_model import ID_ROLE, CustomerTableModel

SEARCH_DELAY_MS = 250


def _refresh_stages(db, progress=None):
    return refresh_stages(db)


class CustomersArea(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.task: Task | None = None
        self.search_task: Task | None = None
        self._pending_search: str | None = None
        self._pending_force = False
        self.model = CustomerTableModel(window.db, self)

        self.search = QLineEdit(objectName="customerSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search name, nickname, WeChat, phone (or last 4 "
                                               "digits), order ID, address, notes…  Ctrl+F"))
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
        bulk = QToolButton(objectName="bulkActions", text=self.tr("Selected…"),
                           popupMode=QToolButton.InstantPopup)
        menu = QMenu(bulk)
        menu.addAction(self.tr("Tag…  Ctrl+T"), lambda: self.tag_selection())
        menu.addAction(self.tr("Set stage…"), self.stage_selection)
        menu.addAction(self.tr("Export selected…"), lambda: self.export(selected_only=True))
        menu.addAction(self.tr("Export everyone shown…"), lambda: self.export(selected_only=False))
        bulk.setMenu(menu)
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
        self.model.requery = lambda: self.run_search(force=True)
        self.table.horizontalHeader().setSortIndicator(6, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _: self.open_detail())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_count)

        self.detail = DetailPane(self)
        self.detail.hide()
        self.splitter = QSplitter(objectName="customerSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.progress = QProgressBar(objectName="customerProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="customerCancel")
        self.cancel_button.clicked.connect(lambda: self.task and self.task.cancel())
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self._show_busy(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(busy)

        QShortcut(QKeySequence.Find, self, self.focus_search,
                  context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+T"), self, lambda: self.tag_selection(),
                  context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_followup,
                  context=Qt.WidgetWithChildrenShortcut)
        # Enter on the table opens the detail pane. An event filter, not a QShortcut: a Return
        # shortcut would also swallow Enter in dialogs opened over the window.
        self.table.installEventFilter(self)

        window.data_changed.connect(self.refresh)
        attach_empty_state(self.table, "customers", window)  # no customers yet: import
        self.splitter.splitterMoved.connect(lambda *_: self.save_state())
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.save_state())
        self._restore_state()
        self._update_count()
        self._update_duplicates()
        self.run_in_background(_refresh_stages, on_done=lambda n: n and self.refresh(),
                               quiet=True)

    # search, filters, selection ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self, force: bool = False) -> None:
        """Run the typed search (or a new sort) on a worker thread so typing never waits for a
        broad query; while one runs, only the newest request is kept to run next."""
        self.search_timer.stop()
        text = self.search.text()
        if self.search_task is not None:
            self._pending_search = text
            self._pending_force = self._pending_force or force
            return
        if text == self.model.search and not force:
            return
        self._pending_search, self._pending_force = None, False
        args = self.model.query_args(text)
        task = tasks.start_with_db(self.window_.data_dir, first_page, owner=self, **args)
        self.search_task = task
        task.signals.succeeded.connect(
            lambda result: self.model.show_first_page(text, args["filters"], *result)
            if (args["filters"], args["sort"], args["descending"]) ==
            (self.model.filters, self.model.sort_key, self.model.descending) else None)
        task.signals.finished.connect(self._search_finished)

    @property
    def searching(self) -> bool:
        return self.search_task is not None or self.search_timer.isActive()

    def _search_finished(self) -> None:
        self.search_task = None
        if self._pending_search is not None:
            force = self._pending_force
            self._pending_search, self._pending_force = None, False
            self.run_search(force)

    def apply_filters(self, filters: dict) -> None:
        self.model.set_query(filters=filters)
        if self.search.text() != self.model.search:
            self.run_search()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} customers").format(n=f"{self.model.total:,}"))

    def _update_duplicates(self) -> None:
        n = pending_count(self.window_.db)
        self.dupes_button.setText(self.tr("Duplicates ({n})").format(n=n))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.customer_id(r) for r in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        if self.detail.isVisible():
            self.detail.show_customer(current.data(ID_ROLE) if current.isValid() else None)

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            self.open_detail()
            return True
        return super().eventFilter(watched, event)

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

    def select_customer(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def refresh(self) -> None:
        """After any write (here or in another area): re-read, keeping the current customer."""
        current, selected = self.current_id(), set(self.selected_ids())
        self.model.reload()
        self.filter_bar.reload_choices()
        self._update_duplicates()
        if current is not None:
            self.select_customer(current)
        if len(selected) > 1:
            chosen = QItemSelection()
            for row in range(self.model.rowCount()):
                if self.model.customer_id(row) in selected:
                    chosen.select(self.model.index(row, 0),
                                  self.model.index(row, self.model.columnCount() - 1))
            self.table.selectionModel().select(chosen, QItemSelectionModel.ClearAndSelect)
        if self.detail.isVisible():
            still = current if current and get_customer(self.window_.db, current) else None
            self.detail.show_customer(still)

    def _changed(self) -> None:
        self.window_.data_changed.emit()

    # edits -----------------------------------------------------------------------------------
    def add_customer(self) -> None:
        dialog = CustomerDialog(self)
        if not self.window_.dialogs.exec_dialog(dialog):
            return
        values = dialog.values()
        cid = add_customer_by_hand(self.window_.db, values)
        text = (values.get("name") or values.get("nickname") or values.get("phone")
                or values.get("wechat_name"))
        self.search.setText(text)
        self.search_timer.stop()
        self.model.set_query(search=text)  # at once, so the new customer can be selected
        self._changed()
        self.select_customer(cid)
        self.open_detail()

    def edit_customer(self) -> None:
        cid = self.detail.customer_id
        customer = get_customer(self.window_.db, cid) if cid else None
        if not customer:
            return
        dialog = CustomerDialog(self, customer)
        if self.window_.dialogs.exec_dialog(dialog):
            edit_customer(self.window_.db, cid, dialog.values())
            self._changed()

    def save_profile(self, customer_id: int, notes: str, fields: dict) -> None:
        update_customer(self.window_.db, customer_id, notes=notes, custom_fields=fields)
        self._changed()

    def set_stage(self, ids: list[int], stage: str | None) -> None:
        set_stage(self.window_.db, ids, stage)
        self._changed()

    def stage_selection(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return self._nothing_selected()
        dialog = StageDialog(self)
        if self.window_.dialogs.exec_dialog(dialog):
            self.set_stage(ids, dialog.chosen())

    def tag_selection(self, ids: list[int] | None = None) -> None:
        ids = [i for i in (ids or self.selected_ids()) if i]
        if not ids:
            return self._nothing_selected()
        dialog = TagDialog(self, list_tags(self.window_.db),
                           self.tr("Tag {n} customer(s)").format(n=len(ids)))
        if self.window_.dialogs.exec_dialog(dialog):
            db = self.window_.db
            with db.atomic():
                tag_customers(db, ids, ensure_tag(db, dialog.tag_name(), dialog.tag_colour()))
            self._changed()

    def untag(self, customer_id: int, tag_id: int) -> None:
        untag_customers(self.window_.db, [customer_id], tag_id)
        self._changed()

    def _nothing_selected(self) -> None:
        self.window_.dialogs.information(self, self.tr("Nothing selected"),
                                         self.tr("Select one or more customers in the table first "
                                                 "(Ctrl or Shift + click picks several)."))

    # merge and privacy -------------------------------------------------------------------------
    def undo_merge(self, merge_id: int) -> None:
        try:
            _kept, merged = undo_merge(self.window_.db, merge_id)
        except MergeError as exc:
            self.window_.dialogs.warning(self, self.tr("Cannot undo"), merge_error_message(exc))
            return
        self._changed()

    def open_duplicates(self) -> None:
        from shopowner.ui.customers.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.window_, self)
        self.window_.dialogs.exec_dialog(dialog)
        if dialog.changed:
            self._changed()

    def scan_duplicates(self) -> None:
        def done(added):
            self._update_duplicates()
            self.window_.statusBar().showMessage(
                self.tr("{n} new possible duplicate pair(s) found.").format(n=added), 8000)
            if pending_count(self.window_.db):
                self.open_duplicates()
        self.run_in_background(find_duplicates, on_done=done)

    def delete_customer(self, customer_id: int | None) -> None:
        customer = get_customer(self.window_.db, customer_id) if customer_id else None
        if not customer:
            return
        name = display_name(customer["name"], customer["nickname"], bool(customer["erased_at"]))
        if not self.window_.dialogs.confirm(
                self, self.tr("Delete customer"),
                self.tr("Delete {name} with their {n} order(s), follow-ups and tags? This cannot be "
                        "undone. To keep the orders for your accounts, use “Erase personal data” "
                        "instead.").format(name=name, n=customer["order_count"])):
            return
        delete_customer_and_files(self.window_.db, self.window_.data_dir, customer_id)
        self.detail.show_customer(None)
        self._changed()

    def erase_customer(self, customer_id: int | None) -> None:
        customer = get_customer(self.window_.db, customer_id) if customer_id else None
        if not customer:
            return
        name = display_name(customer["name"], customer["nickname"])
        if not self.window_.dialogs.confirm(
                self, self.tr("Erase personal data"),
                self.tr("Erase the name, phones, addresses, WeChat details, notes and messages of "
                        "{name} everywhere in the shop file? Orders and totals stay for your "
                        "accounts. This cannot be undone.").format(name=name)):
            return
        self.run_in_background(erase_personal_data, self.window_.data_dir, customer_id,
                               on_done=lambda _: self._changed())

    # export ------------------------------------------------------------------------------------
    def export(self, selected_only: bool) -> None:
        from shopowner.store.customer_query import matching_ids  # noqa: F811

        ids = self.selected_ids() if selected_only else matching_ids(
            self.window_.db, self.model.filters, self.model.search,
            sort=self.model.sort_key, descending=self.model.descending)
        if not ids:
            return self._nothing_selected()
        path = self.window_.dialogs.save_file(self, self.tr("Export customers"), "customers.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx"
        self.run_in_background(
            export_customers, ids, path, mask_phones=not self.full_phones.isChecked(),
            on_done=lambda n: self.window_.statusBar().showMessage(
                self.tr("{n} customers exported to {path}").format(n=n, path=path), 10000))

    # background work -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def run_in_background(self, fn, *args, on_done=None, quiet: bool = False, **kwargs) -> None:
        """Run ``fn(db, *args, progress=…)`` on a worker thread; one job at a time."""
        if self.task is not None:
            return
        task = tasks.start_with_db(self.window_.data_dir, fn, *args, owner=self, **kwargs)
        self.task = task
        task.signals.progress.connect(lambda done, total, _t: (
            self.progress.setMaximum(max(total, 1)), self.progress.setValue(done)))
        task.signals.succeeded.connect(lambda result: on_done and on_done(result))
        task.signals.failed.connect(lambda exc: self.window_.dialogs.critical(
            self, self.tr("Something went wrong"),
            self.tr("The work stopped and nothing was changed: {error}. Try again; if it keeps "
                    "failing, make a backup and tell us.").format(error=exc)))
        task.signals.finished.connect(self._task_finished)
        self._show_busy(not quiet)

    def _task_finished(self) -> None:
        self.task = None
        self._show_busy(False)

    # state -------------------------------------------------------------------------------------
    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("customers/splitter", self.splitter.saveState())
        settings.setValue("customers/header", self.table.horizontalHeader().saveState())

    def _restore_state(self) -> None:
        settings = QSettings()
        header = settings.value("customers/header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        else:
            self.table.setColumnWidth(0, 180)
        splitter = settings.value("customers/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
