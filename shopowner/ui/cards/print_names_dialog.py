"""Product names on the cards: the products of the newest orders with the short name ``{商品}``
prints for each; the owner types their own or resets it to the automatic one.

The list is read a page at a time off the GUI thread (a big shop's first page shows at once, "Show
more" reads on). Changes are kept until Save and then written in one transaction, off the GUI
thread; the dialog closes once they are stored.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTableView, QVBoxLayout,
)

from shopowner import tasks
from shopowner.cards.print_names import PAGE, ProductPage, apply_product_names, list_products
from shopowner.cards.product_names import MAX_LENGTH, check_print_name
from shopowner.changes import PRODUCTS, Change
from shopowner.ui import background

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
AUTO_ROLE = Qt.ItemDataRole.UserRole + 2
OWN_ROLE = Qt.ItemDataRole.UserRole + 3
TITLE, NAME, LAST = range(3)


class PrintNamesDialog(QDialog):
    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Product names on the cards"))
        self.resize(820, 560)
        intro = QLabel(self.tr(
            "The merge field {商品} prints the short name below. Promotion words such as 包邮 and "
            "anything in 【】 are left out automatically. Double-click a name to write your own (at "
            "most %1 characters); clear it to go back to the automatic name.").replace("%1", str(MAX_LENGTH)))
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the products shown"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Product as listed"), self.tr("Prints as"),
                                              self.tr("Last ordered")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("printNames")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LAST, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(NAME, 240)
        self.status = QLabel()
        self.more = QPushButton(self.tr("Show more products"))
        self.more.clicked.connect(self.load_more)
        self.reset_button = QPushButton(self.tr("Use the automatic name"))
        self.reset_button.clicked.connect(self.reset_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.reset_selected)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.reset_button)
        row.addWidget(self.more)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saved = False  # the changes were stored
        self.saving = None
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.changes: dict[str, str | None] = {}
        self._cursor = None
        self._seen: set[str] = set()
        self._loading = False
        self._updating = False
        self.task = None
        self.model.itemChanged.connect(self._edited)
        self.load_more()

    # loading ----------------------------------------------------------------------------------
    def load_more(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.more.setEnabled(False)
        self.status.setText(self.tr("Reading the products of your orders…"))
        self.task = tasks.start_with_db(self.window_.data_dir, _page_job, self._cursor, self._seen, owner=self)
        self.task.signals.succeeded.connect(self._loaded)
        self.task.signals.failed.connect(self._failed)

    def _loaded(self, page: ProductPage) -> None:
        self._loading = False
        self._cursor = page.cursor
        self._updating = True
        for p in page.products:
            title = QStandardItem(p.title)
            title.setEditable(False)
            title.setData(p.key, KEY_ROLE)
            title.setToolTip(p.title)
            name = QStandardItem(p.name)
            name.setData(p.key, KEY_ROLE)
            name.setData(p.auto_name, AUTO_ROLE)
            name.setData(p.own_name, OWN_ROLE)
            self._style(name, own=bool(p.own_name))
            last = QStandardItem(p.last_ordered)
            last.setEditable(False)
            self.model.appendRow([title, name, last])
        self._updating = False
        self.more.setEnabled(page.cursor is not None)
        self.more.setVisible(page.cursor is not None)
        if self.model.rowCount() == 0:
            self.status.setText(self.tr("No products yet: import your orders first, then name them here."))
        else:
            self.status.setText(self.tr("Products shown: %1 (newest orders first)").replace(
                "%1", str(self.model.rowCount())))

    def _failed(self, exc) -> None:
        self._loading = False
        self.more.setEnabled(True)
        self.status.setText(self.tr("The products could not be read: %1").replace("%1", str(exc)))

    # editing ----------------------------------------------------------------------------------
    def _style(self, item: QStandardItem, own: bool) -> None:
        font = QFont(item.font())
        font.setBold(own)
        font.setItalic(not own)
        item.setFont(font)
        item.setToolTip(self.tr("Your own name") if own else self.tr("The automatic name"))

    def _edited(self, item: QStandardItem) -> None:
        if self._updating or item.column() != NAME:
            return
        key, auto = item.data(KEY_ROLE), item.data(AUTO_ROLE)
        text = item.text().strip()
        self._updating = True
        try:
            if not text or text == auto:
                self.changes[key] = None
                item.setText(auto)
                item.setData("", OWN_ROLE)
                self._style(item, own=False)
                return
            try:
                name = check_print_name(text)
            except ValueError as exc:
                self.window_.dialogs.warning(self, self.tr("Name not changed"), str(exc))
                previous = self.changes.get(key, item.data(OWN_ROLE))
                item.setText(previous or auto)
                return
            self.changes[key] = name
            item.setText(name)
            item.setData(name, OWN_ROLE)
            self._style(item, own=True)
        finally:
            self._updating = False

    def reset_selected(self) -> None:
        for index in self.table.selectionModel().selectedRows(NAME):
            item = self.model.itemFromIndex(self.proxy.mapToSource(index))
            item.setText("")  # _edited turns an empty name into the automatic one

    def accept(self) -> None:
        """Save: the dialog closes once the changes are stored (at once when there are none)."""
        if not self.apply(then=lambda: super(PrintNamesDialog, self).accept()) and self.saving is None:
            super().accept()

    def apply(self, then=None) -> bool:
        """Save the changes (one transaction) off the GUI thread, then tell the other areas and
        call ``then()``; False when there was nothing to save (or a save is running)."""
        if not self.changes or self.saving is not None:
            return False
        self.save_button.setEnabled(False)
        changes = dict(self.changes)
        self.saving = background.write(self, apply_product_names, changes, data_dir=self.window_.data_dir,
                                       on_done=lambda _count: self._stored(changes, then))
        self.saving.signals.failed.connect(self._not_stored)  # the window says why
        return True

    def _stored(self, changes: dict, then) -> None:
        self.saving = None
        self.saved = True
        for key, name in changes.items():  # stored: only edits made since are still to save
            if key in self.changes and self.changes[key] == name:
                del self.changes[key]
        self.save_button.setEnabled(True)
        self.window_.announce(Change.of(PRODUCTS, customer_ids=[], source="print names"))
        if then is not None:
            then()

    def _not_stored(self, _exc) -> None:
        self.saving = None
        self.save_button.setEnabled(True)


def _page_job(db, cursor, seen, progress=None) -> ProductPage:
    return list_products(db, limit=PAGE, cursor=cursor, seen=seen)
