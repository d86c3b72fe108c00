"""The customer book's table: a ``QAbstractTableModel`` over SQL that reads pages on demand.

Only the rows scrolled to are read (``canFetchMore``/``fetchMore``, 200 at a time); sorting,
searching and filtering re-run the indexed query and start again at the first page. Phones are
masked unless ``show_full_phones`` is set. Tested without a window (tests/customers).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from shopowner.customers.labels import (
    column_title, display_name, mask_phone, platforms_label, stage_label, wechat_label, yuan,
)
from shopowner.store.customer_query import fetch_page, first_page

# column key (also the sort key in store.customer_query.SORTS)
COLUMNS = ("name", "phone", "platforms", "order_count", "total_spent", "first_order",
           "last_order", "wechat", "tags", "stage")
ID_ROLE = Qt.UserRole + 1
TAGS_ROLE = Qt.UserRole + 2


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, db, parent=None, *, page_size: int = 200):
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.search = ""
        self.filters: dict = {}
        self.sort_key, self.descending = "last_order", True
        self.show_full_phones = False
        self.requery = None  # callable re-running the query elsewhere (see sort)
        self.total = 0
        self._rows: list[dict] = []
        self.reload()

    # querying -------------------------------------------------------------------------------
    def set_query(self, search: str | None = None, filters: dict | None = None) -> None:
        if search is not None:
            self.search = search
        if filters is not None:
            self.filters = dict(filters)
        self.reload()

    def reload(self) -> None:
        """Count the matches and read the first page again (after a write or a new query)."""
        self.show_first_page(self.search, self.filters,
                             *first_page(self.db, self.filters, self.search, sort=self.sort_key,
                                         descending=self.descending, limit=self.page_size))

    def query_args(self, search: str) -> dict:
        """Arguments for :func:`first_page` run elsewhere (the search box runs it on a worker)."""
        return dict(filters=dict(self.filters), search=search, sort=self.sort_key,
                    descending=self.descending, limit=self.page_size)

    def show_first_page(self, search: str, filters: dict, total: int, rows: list[dict]) -> None:
        self.beginResetModel()
        self.search, self.filters = search, dict(filters)
        self.total, self._rows = total, rows
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        page = fetch_page(self.db, self.filters, self.search, sort=self.sort_key,
                          descending=self.descending, offset=len(self._rows), limit=self.page_size)
        if not page:
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sort by a column. With ``requery`` set (the area does) the query runs on a worker:
        sorting 200,000 customers by tags takes a second or two."""
        self.sort_key = COLUMNS[column]
        self.descending = order == Qt.DescendingOrder
        if self.requery is not None:
            self.requery()
        else:
            self.reload()

    def set_show_full_phones(self, show: bool) -> None:
        self.show_full_phones = show
        if self._rows:
            col = COLUMNS.index("phone")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    # reading ----------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def customer_id(self, row: int) -> int | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int:
        for n, row in enumerate(self._rows):
            if row["id"] == customer_id:
                return n
        return -1

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, key = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return self._display(row, key)
        if role == ID_ROLE:
            return row["id"]
        if role == TAGS_ROLE:
            return row["tags"]
        if role == Qt.TextAlignmentRole and key in ("order_count", "total_spent"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.DecorationRole and key == "tags" and row["tags"]:
            return QColor(row["tags"][0][1])
        if role == Qt.ToolTipRole and key == "name" and row["stage_manual"]:
            return stage_label(row["stage"])
        return None

    def _display(self, row: dict, key: str):
        if key == "name":
            return display_name(row["name"], row["nickname"], bool(row["erased_at"]))
        if key == "phone":
            return (row["phone"] or "") if self.show_full_phones else mask_phone(row["phone"])
        if key == "platforms":
            return platforms_label(row["platforms"])
        if key == "order_count":
            return row["order_count"]
        if key == "total_spent":
            return yuan(row["total_spent_fen"])
        if key == "first_order":
            return (row["first_order_at"] or "")[:10]
        if key == "last_order":
            return (row["last_order_at"] or "")[:10]
        if key == "wechat":
            return wechat_label(row["wechat_status"], row["wechat_name"])
        if key == "tags":
            return "、".join(name for name, _ in row["tags"])
        if key == "stage":
            label = stage_label(row["stage"])
            return f"{label} ✎" if row["stage_manual"] else label
        return None
