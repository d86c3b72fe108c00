"""The customer book's table: a ``QAbstractTableModel`` over SQL that reads pages on demand.

Only the rows scrolled to are read (``canFetchMore``/``fetchMore``, 200 at a time, each page
found by key — see :mod:`shopowner.store.customer_query`). Searching, filtering and sorting
query again from the first page; the count comes separately, so the rows show first. After an
edit, :meth:`refresh_rows` redraws just the edited customers in place and :meth:`requery`
re-reads the list keeping as many rows as were loaded.

With a ``data_dir`` every query runs off the GUI thread (:class:`shopowner.tasks.Latest`) and
the model fills in when the answer comes; without one (a model used without a window) queries
run inline. Phones are masked unless ``show_full_phones`` is set. Tested without a window
(tests/customers).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from shopowner.customers.labels import column_tip, column_title, mask_phone, wechat_label
from shopowner.vocab.money import yuan
from shopowner.store.customer_query import count_customers, fetch_page, fetch_rows
from shopowner.tasks import Latest
from shopowner.vocab.names import title_of
from shopowner.vocab.platforms import platforms_label
from shopowner.vocab.stages import stage_label

# column key (also the sort key in store.customer_query.SORTS)
COLUMNS = ("name", "phone", "platforms", "order_count", "total_spent", "first_order",
           "last_order", "wechat", "tags", "stage")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAGS_ROLE = Qt.ItemDataRole.UserRole + 2
KEEP_LOADED_MAX = 5000  # a requery re-reads at most this many rows to keep the place
# data() runs thousands of times per repaint: roles as plain ints, looked up once (a short enum
# name such as ``Qt.DisplayRole`` costs ~12 µs per lookup in PySide6, the full one 0.6 µs)
DISPLAY, DECORATION, TOOLTIP, ALIGNMENT = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
HORIZONTAL = Qt.Orientation.Horizontal
NUMBERS = frozenset(("order_count", "total_spent"))


class CustomerTableModel(QAbstractTableModel):
    queryShown = Signal()  # a new first page (or a re-read list) is in place
    countChanged = Signal()  # ``total`` is known (again)
    loadingChanged = Signal(bool)

    def __init__(self, db, parent=None, *, page_size: int = 200, data_dir=None):
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.search = ""
        self.filters: dict = {}
        self.sort_key, self.descending = "last_order", True
        self.show_full_phones = False
        self.total: int | None = 0
        self._rows: list[dict] = []
        self._exhausted = True
        self._list = Latest(self, data_dir=data_dir, db=db)
        self._list.idle.connect(self._read_wanted)
        self._count = Latest(self, data_dir=data_dir, db=db)
        self._refresh = Latest(self, data_dir=data_dir, db=db)
        self._page_pending = False
        self._more_wanted = False  # the view asked for rows while a read ran: read them after
        self.requery()

    # querying -------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """A query or a page is being read."""
        return self._list.busy or self._page_pending

    def set_query(self, search: str | None = None, filters: dict | None = None) -> None:
        if search is not None:
            self.search = search
        if filters is not None:
            self.filters = dict(filters)
        self.requery()

    def reload(self) -> None:
        """Query again from the first page (kept for callers of the earlier API)."""
        self.requery()

    def query_args(self, search: str | None = None) -> dict:
        return dict(filters=dict(self.filters), search=self.search if search is None else search,
                    sort=self.sort_key, descending=self.descending)

    def requery(self, *, keep_loaded: bool = False) -> None:
        """Count the matches and read the list again; ``keep_loaded`` re-reads as many rows as
        are loaded now (up to :data:`KEEP_LOADED_MAX`) so the owner keeps their place."""
        args = self.query_args()
        limit = self.page_size
        if keep_loaded:
            limit = min(max(len(self._rows), self.page_size), KEEP_LOADED_MAX)
        self._refresh.drop()
        self._page_pending = self._more_wanted = False
        self.loadingChanged.emit(True)
        self._list.request(fetch_page, **args, limit=limit,
                           on_result=lambda rows: self._show_list(args, rows, limit, keep_loaded))
        self._count.request(count_customers, args["filters"], args["search"],
                            on_result=self._show_count)

    def _show_list(self, args: dict, rows: list[dict], limit: int, keep_loaded: bool) -> None:
        same = keep_loaded and [r["id"] for r in rows] == [r["id"] for r in self._rows]
        if same:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        self._exhausted = len(rows) < limit
        self.loadingChanged.emit(False)
        self.queryShown.emit()

    def _show_count(self, total: int) -> None:
        self.total = total
        self.countChanged.emit()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        if self._page_pending or self._list.busy:
            self._more_wanted = True
            return
        last = self._rows[-1]
        self._page_pending = True
        self._list.request(fetch_page, **self.query_args(), after=(last["sort_key"], last["id"]),
                           limit=self.page_size, on_result=self._add_page)

    def _add_page(self, page: list[dict]) -> None:
        self._page_pending = False
        self._exhausted = len(page) < self.page_size
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def _read_wanted(self) -> None:
        """The list's reads have ended: read the page the view asked for meanwhile."""
        if self._more_wanted:
            self._more_wanted = False
            self.fetchMore()

    def refresh_rows(self, customer_ids) -> None:
        """Redraw these customers' rows from the file, in place; one that has gone (merged away,
        deleted) leaves the list."""
        wanted = {int(i) for i in customer_ids} & {r["id"] for r in self._rows}
        if wanted:
            self._refresh.request(fetch_rows, sorted(wanted), sort=self.sort_key,
                                  on_result=lambda found: self._replace_rows(wanted, found))

    def _replace_rows(self, wanted: set[int], found: dict[int, dict]) -> None:
        gone = 0
        for row in range(len(self._rows) - 1, -1, -1):
            cid = self._rows[row]["id"]
            if cid in found:
                self._rows[row] = found[cid]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            elif cid in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                gone += 1
        if gone and self.total is not None:
            self.total -= gone
            self.countChanged.emit()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (each has an index: any page costs a few milliseconds)."""
        key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.requery()

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

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == HORIZONTAL and role == DISPLAY:
            return column_title(COLUMNS[section])
        if orientation == HORIZONTAL and role == TOOLTIP:
            return column_tip(COLUMNS[section])
        return None

    def customer_id(self, row: int) -> int | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int:
        for n, row in enumerate(self._rows):
            if row["id"] == customer_id:
                return n
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        row = index.row()
        if row >= len(self._rows) or row < 0:
            return None
        if role == DISPLAY:
            return self._display(self._rows[row], COLUMNS[index.column()])
        if role == ID_ROLE:
            return self._rows[row]["id"]
        if role == TAGS_ROLE:
            return self._rows[row]["tags"]
        if role == ALIGNMENT:
            return RIGHT if COLUMNS[index.column()] in NUMBERS else None
        if role == DECORATION:
            tags = self._rows[row]["tags"]
            return QColor(tags[0][1]) if tags and COLUMNS[index.column()] == "tags" else None
        if role == TOOLTIP and index.column() == 0 and self._rows[row]["stage_manual"]:
            # the whole name (it may be elided), then the stage chosen by hand
            return self._display(self._rows[row], "name") + "\n" + stage_label(self._rows[row]["stage"])
        return None

    def _display(self, row: dict, key: str):
        if key == "name":
            return title_of(row)
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
