"""Printed cards, newest first, fetched from SQL page by page; reprint one with the same code.

Pages are read off the GUI thread. The list is read when its tab is first shown and again on
the change notices about what it shows (cards, their buyers, orders and letters), only while
the tab is shown: a notice that comes while it is hidden is kept and applied once when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from shopowner import tasks
from shopowner.cards.layouts import BUILTIN_LAYOUTS, builtin_title
from shopowner.changes import CARDS, CUSTOMERS, LETTERS, ORDERS
from shopowner.vocab.names import name_of
from shopowner.vocab.platforms import platform_name
from shopowner.store.cards import card_page, count_cards
from shopowner.ui.columns import FittedColumns
from shopowner.ui.empty_state import attach_empty_state
from shopowner.ui.notices import listen

PAGE = 200
LAYOUT, PRINTED, REDEEMED = 6, 7, 9
MOMENT = "2026-12-31 23:59:59"  # how the printed and redeemed times read


def _first_page(db) -> tuple[int, list[tuple]]:
    return count_cards(db), card_page(db, 0, PAGE)


class PrintedCardsModel(QAbstractTableModel):
    loaded = Signal()  # the first page (again) shown

    def __init__(self, db, parent=None, data_dir=None):
        super().__init__(parent)
        self.db = db
        self.rows: list[tuple] = []
        self.total = 0
        self._reads = tasks.Latest(self, data_dir=data_dir, db=db)  # inline without a data_dir
        self._more = False  # a further page is being read
        self.headers = [self.tr("Code"), self.tr("Platform"), self.tr("Order"), self.tr("Buyer"),
                        self.tr("Letter"), self.tr("Version"), self.tr("Layout"), self.tr("Printed"),
                        self.tr("Reprints"), self.tr("Redeemed")]

    @property
    def loading(self) -> bool:
        return self._reads.busy

    def refresh(self) -> None:
        """Read the count and the first page again (off the GUI thread)."""
        self._more = False
        self._reads.request(_first_page, on_result=self._first_arrived)

    def _first_arrived(self, result) -> None:
        self.beginResetModel()
        self.total, self.rows = result[0], list(result[1])
        self.endResetModel()
        self.loaded.emit()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.headers)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._more and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self._more or self._reads.busy:
            return
        self._more = True
        self._reads.request(card_page, len(self.rows), PAGE, on_result=self._more_arrived)

    def _more_arrived(self, more: list[tuple]) -> None:
        self._more = False
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        (_id, code, platform, number, name, nickname, letter, version, layout, printed,
         reprints, redeemed) = self.rows[index.row()]
        return [code, platform_name(platform) if platform else "", number or "", name_of(name, nickname),
                letter or "", version or "", builtin_title(layout) or layout, printed, reprints or "",
                redeemed or ""][index.column()]

    def code_at(self, row: int) -> str:
        return self.rows[row][1]


class PrintedCards(QWidget):
    reprint_requested = Signal(str)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.model: PrintedCardsModel | None = None
        self.table: QTableView | None = None  # built when the tab is first shown
        self.reprint_button = QPushButton(self.tr("Reprint this card (same code)"))
        self.reprint_button.clicked.connect(self._reprint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reprint_button)
        self.column = QVBoxLayout(self)
        self.column.addLayout(row)
        self.listener = listen(self, window, lambda _change: self.refresh(),
                               CARDS, CUSTOMERS, ORDERS, LETTERS, first=True)

    def _build(self) -> None:
        self.model = PrintedCardsModel(self.window_.db, self, data_dir=self.window_.data_dir)
        self.table = QTableView()
        self.table.setObjectName("printedCards")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)  # no blank strip on the right
        self.column.insertWidget(0, self.table, 1)
        self.columns = FittedColumns(self.table, "cards/printed", free=(3, 4), samples={
            LAYOUT: [builtin_title(name) for name in BUILTIN_LAYOUTS],
            PRINTED: [MOMENT], REDEEMED: [MOMENT]})
        attach_empty_state(self.table, "printed_cards", self.window_)  # none printed yet: print

    def refresh(self) -> None:
        """Read the list again (off the GUI thread); the table is built the first time."""
        if self.table is None:
            self._build()
        assert self.model is not None  # built with the table
        self.model.refresh()

    def _reprint(self) -> None:
        if self.table is None or self.model is None:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.reprint_requested.emit(self.model.code_at(rows[0].row()))
