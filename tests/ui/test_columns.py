"""Table columns as wide as their words in the current language (shopowner.ui.columns): the
header and the texts a column may show, the first rows once they arrive; a width a person sets
is kept for that language; an elided cell shows its whole text on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from shopowner.ui.columns import FittedColumns, header_need, text_need

LONG = "龙井很香，包装也用心，感谢信写得很真诚，下次还会再来买的，也会推荐给朋友们。" * 2


def _view(qtbot, rows=()):
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Direction", "Customer", "Summary"])
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)
    return view, model


def test_columns_fit_their_header_and_every_label_they_may_show(qtbot):
    view, model = _view(qtbot)
    FittedColumns(view, samples={0: ["We contacted them", "They contacted us"]})
    header = view.horizontalHeader()
    assert header.sectionSize(0) >= text_need(view, "We contacted them")
    assert header.sectionSize(1) == header_need(view, 1)  # no rows yet: the title decides
    model.appendRow([QStandardItem(t) for t in ("They contacted us", "欧阳娜娜（娜娜爱喝茶）", "hi")])
    assert header.sectionSize(1) >= view.sizeHintForIndex(model.index(0, 1)).width()


def test_free_text_is_capped_and_shows_whole_on_hover(qtbot):
    view, model = _view(qtbot, [["They contacted us", LONG, "x"]])
    FittedColumns(view, free=(1,), cap=150)
    assert view.horizontalHeader().sectionSize(1) == 150
    assert view.property("freeTextColumns") == [1]
    view.show()
    qtbot.waitExposed(view)
    rect = view.visualRect(model.index(0, 1))
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.ToolTip, rect.center(),
                                                       view.viewport().mapToGlobal(rect.center())))
    assert QToolTip.isVisible() and QToolTip.text() == LONG
    QToolTip.hideText()


def test_a_width_a_person_sets_is_kept_for_that_language(qtbot):
    QSettings().remove("test/columns-en")
    view, _model = _view(qtbot, [["x", "y", "z"]])
    FittedColumns(view, "test")
    view.horizontalHeader().resizeSection(0, 222)  # as if dragged
    again, _ = _view(qtbot, [["x", "y", "z"]])
    fitted = FittedColumns(again, "test")
    assert fitted.chosen and again.horizontalHeader().sectionSize(0) == 222
    QSettings().remove("test/columns-en")


def test_a_long_line_in_a_tree_wraps_onto_a_taller_row(qtbot):
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from shopowner.ui.wrapping import IndentedWrap

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    tree.setWordWrap(True)
    tree.setItemDelegate(IndentedWrap(tree))
    head = QTreeWidgetItem(["VIPs gone quiet: 6"])
    tree.addTopLevelItem(head)
    note = QTreeWidgetItem(["VIP: tagged VIP, or 3 or more paid orders. Gone quiet: no order and no "
                            "follow-up for 60 days; after 365 days they are no longer listed."])
    head.addChild(note)
    head.setExpanded(True)
    tree.resize(300, 400)
    tree.show()
    qtbot.waitExposed(tree)
    qtbot.waitUntil(lambda: tree.visualItemRect(note).height() > 2 * tree.visualItemRect(head).height())
    tree.resize(2000, 400)  # wider: back to one line
    qtbot.waitUntil(lambda: tree.visualItemRect(note).height() == tree.visualItemRect(head).height())
