"""A read-only table model over a SQL query, read off the GUI thread a page at a time.

The queries live in ``shopowner.store`` / ``shopowner.followups``. The model gets
``fetch(db, limit, offset, **filters) -> rows`` and ``count(db, **filters) -> int`` (or one
``first(db, limit, **filters) -> (total, rows, extra)`` when the first page brings more, such as
counts for a filter), a column list of ``(header, key_or_function)`` and ``filters()``, read on
the GUI thread when a refresh starts. Each refresh and each further page runs through
``shopowner.tasks`` with its own connection; a newer refresh makes older results be ignored.
``loaded`` is emitted (with ``extra``) when a refresh's first page is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from shopowner import tasks

PAGE = 200


def _first_page(db, limit, *, fetch, count, progress=None, **filters):
    total = count(db, **filters)
    return total, (fetch(db, limit, 0, **filters) if total else []), None


class SqlTableModel(QAbstractTableModel):
    loaded = Signal(object)  # ``extra`` of the first page

    def __init__(self, columns: list[tuple[str, object]], data_dir, *,
                 fetch: Callable, count: Callable | None = None, first: Callable | None = None,
                 filters: Callable[[], dict] = dict, right: tuple[int, ...] = (), parent=None):
        """``right``: the columns of figures (counts, money), aligned right so digits line up."""
        super().__init__(parent)
        self.columns = columns
        self.right = frozenset(right)
        self.data_dir = data_dir
        self._fetch, self._count, self._first, self._filters = fetch, count, first, filters
        self._rows: list[dict] = []
        self._total = 0
        self._generation = 0
        self._more_task: tasks.Task | None = None
        self.loading = False
        self.extra = None

    def refresh(self) -> None:
        """Read the count and the first page again (off the GUI thread)."""
        self._generation += 1
        generation, filters = self._generation, dict(self._filters())
        self.loading = True
        if self._first is not None:
            task = tasks.start_with_db(self.data_dir, self._first_with_progress, PAGE, owner=self,
                                       **filters)
        else:
            task = tasks.start_with_db(self.data_dir, _first_page, PAGE, fetch=self._fetch,
                                       count=self._count, owner=self, **filters)
        task.signals.succeeded.connect(lambda result: self._first_arrived(generation, result))
        task.signals.failed.connect(lambda _exc: self._failed(generation))

    def _first_with_progress(self, db, limit, progress=None, **filters):
        assert self._first is not None  # started only with a first given
        return self._first(db, limit, **filters)

    def _first_arrived(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        total, rows, extra = result
        self.beginResetModel()
        self._total, self._rows, self.extra = total, list(rows), extra
        self._more_task = None
        self.endResetModel()
        self.loading = False
        self.loaded.emit(extra)

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self.loading = False
            self.loaded.emit(None)

    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return (not parent.isValid() and not self.loading and self._more_task is None
                and len(self._rows) < self._total)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        generation, offset, filters = self._generation, len(self._rows), dict(self._filters())
        self._more_task = tasks.start_with_db(self.data_dir, self._page, PAGE, offset, owner=self,
                                              **filters)
        self._more_task.signals.succeeded.connect(
            lambda rows: self._more_arrived(generation, offset, rows))
        self._more_task.signals.failed.connect(lambda _exc: setattr(self, "_more_task", None))

    def _page(self, db, limit, offset, progress=None, **filters):
        return self._fetch(db, limit, offset, **filters)

    def _more_arrived(self, generation: int, offset: int, rows: list[dict]) -> None:
        self._more_task = None
        if generation != self._generation or offset != len(self._rows):
            return
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        _, key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = key(row) if callable(key) else row.get(key)
            text = "" if value is None else str(value)
            if role == Qt.ItemDataRole.DisplayRole:
                return " ".join(text.split())[:200]
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.UserRole:
            return row.get("id")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


def make_view(model, settings_key: str, stretch: int | None = None, samples: dict | None = None,
              free=(), cap: int | None = None):
    """A table view over ``model`` with columns as wide as their text in the current language,
    widths/order a person sets remembered in QSettings (``shopowner.ui.columns``).

    ``stretch``: the column that takes the room left (e.g. the text of the feedback), so it is
    never pushed off-screen; ``samples``: per column, texts it may show (every kind label, a
    date); ``free``: free-text columns, elided beyond ``cap`` px with the whole text as a tooltip.
    """
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    from shopowner.ui.columns import FREE_TEXT_CAP, FittedColumns

    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    # a selected row would make every header bold, wider than the column fitted to its text
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.fitted_columns = FittedColumns(  # type: ignore[attr-defined]  # kept with its view
        view, settings_key, samples=samples, free=free, cap=cap or FREE_TEXT_CAP)
    return view


def selected_row(view) -> dict | None:
    index = view.currentIndex()
    return view.model().row_at(index.row()) if index.isValid() else None
