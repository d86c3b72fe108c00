"""Printed cards, newest first, fetched from SQL page by page; reprint one with the same code.

The list is read only while its tab is shown: a change made while it is hidden marks it stale.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from shopowner.cards.layouts import BUILTIN_LAYOUTS, builtin_title
from shopowner.platform_names import platform_name
from shopowner.store.cards import card_page, count_cards
from shopowner.ui.columns import FittedColumns
from shopowner.ui.empty_state import attach_empty_state

PAGE = 200
LAYOUT, PRINTED, REDEEMED = 6, 7, 9
MOMENT = "2026-12-31 23:59:59"  # how the printed and redeemed times read


class PrintedCardsModel(QAbstractTableModel):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.rows: list[tuple] = []
        self.total = 0
        self.headers = [self.tr("Code"), self.tr("Platform"), self.tr("Order"), self.tr("Buyer"),
                        self.tr("Letter"), self.tr("Version"), self.tr("Layout"), self.tr("Printed"),
                        self.tr("Reprints"), self.tr("Redeemed")]

    def refresh(self) -> None:
        self.beginResetModel()
        self.total = count_cards(self.db)
        self.rows = card_page(self.db, 0, PAGE)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.headers)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = card_page(self.db, len(self.rows), PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        (_id, code, platform, number, name, nickname, letter, version, layout, printed,
         reprints, redeemed) = self.rows[index.row()]
        return [code, platform_name(platform) if platform else "", number or "", name or nickname or "",
                letter or "", version or "", builtin_title(layout) or layout, printed, reprints or "", redeemed or ""][index.column()]

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
        self.stale = True

    def _build(self) -> None:
        self.model = PrintedCardsModel(self.window_.db, self)
        self.table = QTableView()
        self.table.setObjectName("printedCards")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)  # no blank strip on the right
        self.column.insertWidget(0, self.table, 1)
        self.columns = FittedColumns(self.table, "cards/printed", free=(3, 4), samples={
            LAYOUT: [builtin_title(name) for name in BUILTIN_LAYOUTS],
            PRINTED: [MOMENT], REDEEMED: [MOMENT]})
        attach_empty_state(self.table, "printed_cards", self.window_)  # none printed yet: print

    def refresh(self) -> None:
        """Read the list again now if it is shown, else when it is next shown."""
        self.stale = True
        if self.isVisible():
            if self.table is None:
                self._build()
            self.model.refresh()
            self.stale = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _reprint(self) -> None:
        if self.table is None:
            return
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.reprint_requested.emit(self.model.code_at(rows[0].row()))
