"""Word wrap in a tree: rows as tall as their wrapped text.

QTreeView draws a ``wordWrap`` item wrapped, but asks for its row's height with no width at all
(Qt's own "hack to speed up" in ``indexRowSizeHint``), so every row is one line high and a long
line ends elided ("… they a…"). This delegate measures the first column's text at the width it is
drawn in (the column less the branch indentation), and the tree lays its rows out again when the
column's width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class IndentedWrap(QStyledItemDelegate):
    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self.tree = tree
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(tree.doItemsLayout)
        tree.header().sectionResized.connect(lambda *_: self._relayout.start())

    def sizeHint(self, option, index):
        header = self.tree.header()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if self.tree.rootIsDecorated():
            depth += 1
        indent = depth * self.tree.indentation() if index.column() == header.logicalIndex(0) else 0
        narrower = QStyleOptionViewItem(option)
        narrower.rect.setWidth(max(1, header.sectionSize(index.column()) - indent))
        narrower.rect.setHeight(max(narrower.rect.height(), 1_000_000))  # a valid rect: Qt wraps
        return super().sizeHint(narrower, index)


def fit_height(window) -> None:
    """Make a top-level window tall enough for its wrapped texts at its width (a window does not
    follow its labels' height-for-width by itself)."""
    layout = window.layout()
    needed = layout.heightForWidth(window.width()) if layout is not None else -1
    if needed > window.height():
        window.resize(window.width(), needed)
