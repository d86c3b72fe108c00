"""A read-only table model over a list of dicts already read (summary tables, one customer's
orders and timeline). Values are formatted only for the rows a view paints, so thousands of
rows cost nothing until scrolled to.

The customer book itself uses an SQL-backed model that reads pages lazily instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

# roles as plain ints, looked up once: data() runs thousands of times per repaint, and a short
# enum name such as ``Qt.DisplayRole`` costs ~12 µs per lookup in PySide6
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
HORIZONTAL = Qt.Orientation.Horizontal


class ListTableModel(QAbstractTableModel):
    def __init__(self, columns: list[tuple[str | Callable, str, Callable | None]], parent=None):
        """``columns``: (key, header, formatter or None); a callable key takes the whole row."""
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=DISPLAY):
        if role not in (DISPLAY, ALIGNMENT) or not index.isValid():
            return None
        key, _, fmt = self.columns[index.column()]
        row = self.rows[index.row()]
        value = key(row) if callable(key) else row.get(key)
        if role == DISPLAY:
            return "" if value is None and fmt is None else (fmt(value) if fmt else str(value))
        if isinstance(value, (int, float)):
            return RIGHT
        return None

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == HORIZONTAL:
            return self.columns[section][1]
        return None
