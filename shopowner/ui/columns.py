"""Table columns as wide as their text in the current language, remembered per language.

A column's width is the widest of its header (with the sort arrow), the sample texts the area
knows it shows (every kind label, a date and time in the format it prints) and, once rows arrive,
the first rows' cells. Free text (a customer's words, a summary) is capped and elided, and a cell
that is elided shows its whole text as a tooltip. A width a person drags is kept in QSettings for
that language, since a Chinese width does not suit the English words; from then on the columns
are theirs and are no longer fitted.

    FittedColumns(view, "cards/printed", samples={6: layout_titles, 7: ["2026-11-30 11:05:48"]})
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QToolTip
from shiboken6 import isValid

from shopowner.i18n import current_language

FREE_TEXT_CAP = 320  # px: a free-text column wider than this is elided (its tooltip holds the rest)
SAMPLE_ROWS = 50


def header_need(view: QTableView, column: int) -> int:
    """Pixels the header's title needs, with the sort arrow where sorting is possible."""
    header = view.horizontalHeader()
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    need = max((header.fontMetrics().horizontalAdvance(line) for line in title.split("\n")), default=0)
    need += 2 * margin + 2
    if header.isSortIndicatorShown() or getattr(view, "isSortingEnabled", lambda: False)():
        need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return need


def text_need(view: QTableView, text: str) -> int:
    """Pixels a column needs to show ``text`` whole in a cell (the item delegate's margins and a
    table's grid line included)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = max((view.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0)
    return width + 2 * margin + 2 + grid_width(view)


def grid_width(view: QTableView) -> int:
    """A table draws its grid inside each column: the cell is that much narrower."""
    return 1 if getattr(view, "showGrid", lambda: False)() else 0


class FittedColumns(QObject):
    """Fits ``view``'s columns to their text (see the module) and keeps what a person chooses.

    ``samples``: per column, texts it may show whatever the rows are; ``free``: columns of free
    text, capped at ``cap`` px; ``key``: the QSettings prefix (none: nothing is remembered).
    """

    def __init__(self, view: QTableView, key: str | None = None, *,
                 samples: dict[int, Iterable[str]] | None = None, free: Iterable[int] = (),
                 cap: int = FREE_TEXT_CAP, rows: int = SAMPLE_ROWS):
        super().__init__(view)
        self.view = view
        self.key = f"{key}/columns-{current_language() or 'en'}" if key else None
        self.samples = {c: [str(t) for t in texts] for c, texts in (samples or {}).items()}
        self.free, self.cap, self.rows = set(free), cap, rows
        self.grid = grid_width(view)
        self._fitting = False
        self._fitted_once = False
        self.chosen = self._restore()  # a person's own widths: left as they are
        header = view.horizontalHeader()
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_: self._chosen_by_person())
        model = view.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self._rows_inserted)
        self.tips = ElidedTips(view, self.free)
        if not self.chosen:
            self.fit()

    # widths ------------------------------------------------------------------------------------
    def fitted_columns(self) -> list[int]:
        header = self.view.horizontalHeader()
        last = header.logicalIndex(header.count() - 1)
        return [c for c in range(header.count())
                if not header.isSectionHidden(c)
                and header.sectionResizeMode(c) not in (QHeaderView.ResizeMode.Stretch,
                                                        QHeaderView.ResizeMode.ResizeToContents)
                and not (header.stretchLastSection() and c == last)]

    def need(self, column: int) -> int:
        need = max([header_need(self.view, column),
                    *(text_need(self.view, t) for t in self.samples.get(column, ()))])
        model = self.view.model()
        cells = 0
        for row in range(min(model.rowCount(), self.rows)):
            index = model.index(row, column)
            if index.data(Qt.ItemDataRole.DisplayRole) not in (None, ""):
                cells = max(cells, self.view.sizeHintForIndex(index).width() + self.grid)
        if column in self.free:
            cells = min(cells, self.cap)
        return max(need, cells)

    def fit(self) -> None:
        """Each column as wide as it needs; after the first time only wider (rows coming and going
        would make the columns jump). Nothing once a person has set the widths."""
        if self.chosen or not isValid(self.view):  # a QTableWidget's model outlives it, briefly
            return
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for column in self.fitted_columns():
                need = self.need(column)
                if need > header.sectionSize(column) or not self._fitted_once:
                    header.resizeSection(column, need)
        finally:
            self._fitting = False
            self._fitted_once = True

    def _rows_inserted(self, parent: QModelIndex, first: int, _last: int) -> None:
        if not parent.isValid() and first < self.rows:
            self.fit()

    # remembered --------------------------------------------------------------------------------
    def _restore(self) -> bool:
        if self.key is None:
            return False
        state = QSettings().value(self.key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            return bool(self.view.horizontalHeader().restoreState(state))
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        # stretched columns follow the window's size; only a dragged column is a person's choice
        if not self._fitting and column in self.fitted_columns():
            self._chosen_by_person()

    def _chosen_by_person(self) -> None:
        self.chosen = True
        if self.key is not None:
            QSettings().setValue(self.key, self.view.horizontalHeader().saveState())



class ElidedTips(QObject):
    """Hovering a cell whose text is elided shows the whole text (unless the model has its own
    tooltip there). ``free``: the columns of free text, said on the view for checks of the window."""

    def __init__(self, view: QTableView, free: Iterable[int] = ()):
        super().__init__(view)
        self.view = view
        if free:
            view.setProperty("freeTextColumns", sorted(free))
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched is self.view.viewport():
            index = self.view.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) in (None, ""):
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                rect = self.view.visualRect(index)
                if text and self.view.sizeHintForIndex(index).width() > rect.width():
                    QToolTip.showText(event.globalPos(), text, watched, rect)
                    return True
        return super().eventFilter(watched, event)
