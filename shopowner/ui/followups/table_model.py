"""A read-only table model over a SQL query, fetched a page at a time as the view scrolls.

The query lives in ``shopowner.store``; the model gets ``fetch(limit, offset) -> rows`` and
``count() -> int`` and a column list of ``(header, key_or_function)``.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

PAGE = 200


class SqlTableModel(QAbstractTableModel):
    def __init__(self, columns: list[tuple[str, object]], fetch: Callable[[int, int], list[dict]],
                 count: Callable[[], int], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._fetch, self._count = fetch, count
        self._rows: list[dict] = []
        self._total = 0
        self.refresh()

    def set_source(self, fetch, count) -> None:
        self._fetch, self._count = fetch, count
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self._count()
        self._rows = self._fetch(PAGE, 0) if self._total else []
        self.endResetModel()

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
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = self._fetch(PAGE, len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        _, key = self.columns[index.column()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            value = key(row) if callable(key) else row.get(key)
            text = "" if value is None else str(value)
            if role == Qt.DisplayRole:
                return " ".join(text.split())[:200]
            return text if len(text) > 40 else None
        if role == Qt.UserRole:
            return row.get("id")
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns[section][0]
        return None


def make_view(model, settings_key: str):
    """A table view over ``model`` whose column widths/order are remembered in QSettings."""
    from PySide6.QtCore import QByteArray, QSettings
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    state = QSettings().value(f"{settings_key}/columns")
    if isinstance(state, QByteArray) and not state.isEmpty():
        view.horizontalHeader().restoreState(state)

    def save(*_):
        QSettings().setValue(f"{settings_key}/columns", view.horizontalHeader().saveState())

    view.horizontalHeader().sectionResized.connect(save)
    view.horizontalHeader().sectionMoved.connect(save)
    return view


def selected_row(view) -> dict | None:
    index = view.currentIndex()
    return view.model().row_at(index.row()) if index.isValid() else None
