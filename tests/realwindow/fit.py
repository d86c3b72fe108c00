"""Does the text a person sees fit its widget? Measured with the widget's own font metrics and the
style's own content rectangles, so run it where the metrics are real (Qt's ``xcb`` platform).

``problems_in(root)`` walks the visible widgets under ``root`` and returns a :class:`Problem` for
each text wider (or, wrapped, taller) than its room, each internal key shown to the user, each
``&`` that renders (a literal one, or a shortcut underline on a space), and in the Chinese window
each English-only text. ``menu_problems`` does the same for a menu's actions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox, QApplication, QCheckBox,
    QComboBox,
    QFileDialog, QGroupBox, QHeaderView, QLabel, QLineEdit, QListView, QMenu, QPlainTextEdit, QPushButton,
    QRadioButton, QStyle, QStyleOptionButton, QStyleOptionComboBox, QStyleOptionSpinBox, QTabBar,
    QTextEdit, QToolButton, QToolTip, QTreeView, QWidget,
)

from tests.realwindow.words import (
    ampersand_shows, english_in_chinese, english_words, internal_key, lazy_plural, rendered,
)

SLACK = 1  # px: rounding between metrics and layout


def drawn(metrics: QFontMetrics, text: str) -> int:
    """How far the ink of ``text`` reaches, per line, from where it starts to be drawn. Not the
    advance: a full-width closing mark (``）``, ``：``) ends in blank space half an em wide, and a
    widget that clips that blank loses nothing a person can see (Qt's QComboBox sizes itself by
    this ink measure, so the advance flagged combo boxes whose text shows whole). Where Qt elides
    by the advance (headers, cells, placeholders) the advance is what counts."""
    widths = [0]
    for line in text.split("\n"):
        if line.strip():
            box = metrics.boundingRect(line)
            widths.append(box.x() + box.width())
    return max(widths)


@dataclass(frozen=True)
class Problem:
    where: str        # the area, tab or dialog
    kind: str         # too narrow | too short | cut off | cells cut | off screen | internal key |
    #                   & shows | English in Chinese | plural
    widget: str       # class and objectName
    text: str
    need: int = 0     # px the text needs
    room: int = 0     # px it has

    def line(self) -> str:
        size = f" — needs {self.need} px, has {self.room} px" if self.need or self.room else ""
        return f"[{self.kind}] {self.where} · {self.widget}: {self.text!r}{size}"


@lru_cache(maxsize=1)
def printer_names() -> frozenset[str]:
    """The printers installed on this computer, named as the system names them."""
    return frozenset(QPrinterInfo.availablePrinterNames())


def in_qt_dialog(widget) -> bool:
    """Inside Qt's own file or print dialog: its words are Qt's catalogue (tests/realwindow/
    test_qt_dialogs.py); what else it shows (folders, printers) is the computer's, not ours."""
    if isinstance(widget, str):
        return False
    top = widget.window()
    return isinstance(top, (QFileDialog, QPrintDialog, QPageSetupDialog))


# the walk -----------------------------------------------------------------------------------------
def describe(widget: QWidget) -> str:
    """Class#objectName, and the nearest of the app's own widgets (or a named one) it sits in."""
    def name(w):
        return f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__

    parent = widget.parentWidget()
    while parent is not None:
        named = parent.objectName() and not parent.objectName().startswith("qt_")
        if named or type(parent).__module__.startswith("shopowner"):
            return f"{name(widget)} in {name(parent)}"
        parent = parent.parentWidget()
    return name(widget)


def visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


class Walk:
    def __init__(self, where: str, chinese: bool):
        self.where = where
        self.chinese = chinese
        self.found: list[Problem] = []

    def add(self, kind: str, widget, text: str, need: int = 0, room: int = 0) -> None:
        label = widget if isinstance(widget, str) else describe(widget)
        self.found.append(Problem(self.where, kind, label, text, int(need), int(room)))

    def words(self, widget, text: str, mnemonic: bool) -> None:
        """Checks on any visible string: & rendering, internal keys, untranslated English."""
        if not text:
            return
        if ampersand_shows(text, mnemonic):
            self.add("& shows", widget, text)
        shown = rendered(text, mnemonic)
        if shown in printer_names():
            return  # the computer's own name for a printer (``CardPDF``): not ours to translate
        key = internal_key(shown)
        if key:
            self.add("internal key", widget, shown)
        if self.chinese and english_in_chinese(shown) and not in_qt_dialog(widget):
            self.add("English in Chinese", widget, shown)
        if not self.chinese and lazy_plural(shown):
            self.add("plural", widget, shown)

    def cell_words(self, widget, text: str, data: bool = True) -> None:
        """A table cell or a line of a read-only text view, where the shop's own data (names,
        WeChat names, card codes, what a customer wrote) sits beside our words: an ``&`` is data,
        a single Latin token (``Annie13``, ``chenjing_tea``, ``K7F2X``) is data; our internal
        keys, English phrases in the Chinese window and lazy plurals are still ours. A text view
        (``data`` False: a report we write) is held to every key rule."""
        for line in text.split("\n"):
            if not line.strip():
                continue
            key = internal_key(line, data=data)
            if key:
                self.add("internal key", widget, line)
            if self.chinese and english_in_chinese(line) and len(english_words(line)) >= 2:
                self.add("English in Chinese", widget, line)
            if not self.chinese and lazy_plural(line):
                self.add("plural", widget, line)

    def fits(self, widget, text: str, need: float, room: float, kind: str = "too narrow") -> None:
        if need > room + SLACK:
            self.add(kind, widget, text, round(need), round(room))


def problems_in(root: QWidget, where: str, chinese: bool) -> list[Problem]:
    walk = Walk(where, chinese)
    if root.isWindow():
        walk.words(root, root.windowTitle(), False)
    for widget in [root, *root.findChildren(QWidget)]:
        if not visible(widget) or widget.objectName().startswith("qt_scrollarea"):
            continue
        measure_widget(walk, widget)
        if isinstance(widget, TEXT_WIDGETS):
            cut_off(walk, widget)
    return walk.found


def cut_off(walk: Walk, widget: QWidget) -> None:
    """A widget partly outside its containers (a row of buttons wider than the window): the
    part outside is not drawn. Content of scroll areas (tables, scrolled panes) can be scrolled
    to, so it is not counted."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return
        rect = rect.translated(child.pos()).intersected(parent.rect())
        if rect.isEmpty():
            break
        child, parent = parent, parent.parentWidget()
    if rect.width() < widget.width() - SLACK or rect.height() < widget.height() - SLACK:
        text = _text_of(widget)
        walk.add("cut off", widget, text, widget.width(), rect.width())


def _text_of(widget: QWidget) -> str:
    for getter in ("text", "title", "currentText", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                return rendered(text, isinstance(widget, (QAbstractButton, QGroupBox)))
    return ""


def measure_widget(walk: Walk, widget: QWidget) -> None:
    for kind, measure in MEASURES:
        if isinstance(widget, kind):
            measure(walk, widget)
            return


# one measure per kind of widget -------------------------------------------------------------------
def _label(walk: Walk, label: QLabel) -> None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return
    mnemonic = label.buddy() is not None
    rich = label.textFormat() == Qt.RichText or (label.textFormat() == Qt.AutoText and GuiQt.mightBeRichText(text))
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        shown = doc.toPlainText()
        walk.words(label, shown, False)
        if label.wordWrap():
            doc.setTextWidth(room.width())
            walk.fits(label, shown, doc.idealWidth(), room.width())
            walk.fits(label, shown, doc.size().height(), room.height(), "too short")
        else:
            walk.fits(label, shown, doc.idealWidth(), room.width())
        return
    walk.words(label, text, mnemonic)
    shown = rendered(text, mnemonic)
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        box = metrics.boundingRect(QRect(0, 0, room.width(), 1_000_000),
                                   int(Qt.TextWordWrap | label.alignment()), shown)
        walk.fits(label, shown, box.width(), room.width())
        walk.fits(label, shown, box.height(), room.height(), "too short")
    else:
        walk.fits(label, shown, drawn(metrics, shown), room.width())


def _button(walk: Walk, button: QAbstractButton) -> None:
    text = button.text()
    walk.words(button, text, True)
    if not text:
        return
    shown = rendered(text, True)
    metrics = QFontMetrics(button.font())
    need = drawn(metrics, shown)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    style = button.style()
    if isinstance(button, QPushButton):  # the label's rectangle inside the frame, 2 px each side
        room = style.subElementRect(QStyle.SE_PushButtonContents, option, button).width()
        if not button.styleSheet():
            room -= 4  # its own style sheet's padding is already taken off, nothing more (tag chips)
        if button.menu() is not None:  # the menu arrow is drawn inside the same rectangle
            room -= style.pixelMetric(QStyle.PM_MenuButtonIndicator, option, button)
    elif isinstance(button, QCheckBox):
        room = style.subElementRect(QStyle.SE_CheckBoxContents, option, button).width()
    elif isinstance(button, QRadioButton):
        room = style.subElementRect(QStyle.SE_RadioButtonContents, option, button).width()
    else:  # a tool button: as wide as it asks to be, or squeezed
        need, room = button.sizeHint().width(), button.width()
    walk.fits(button, shown, need, room)


def _group(walk: Walk, box: QGroupBox) -> None:
    title = box.title()
    walk.words(box, title, True)
    if title:
        metrics = QFontMetrics(box.font())
        indicator = box.style().pixelMetric(QStyle.PM_IndicatorWidth) + 6 if box.isCheckable() else 0
        walk.fits(box, rendered(title, True), drawn(metrics, rendered(title, True)) + indicator + 8,
                  box.width())


def _combo(walk: Walk, combo: QComboBox) -> None:
    for i in range(combo.count()):
        walk.words(combo, combo.itemText(i), False)
    if combo.isEditable():
        return
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = False
    option.frame = combo.hasFrame()
    option.currentText = combo.currentText()
    option.iconSize = combo.iconSize()
    room = combo.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField,
                                        combo).width() - 2  # drawn 1 px in from each side
    metrics = QFontMetrics(combo.font())
    for i in range(combo.count()):
        text = combo.itemText(i)
        need = drawn(metrics, text)
        if not combo.itemIcon(i).isNull():
            need += combo.iconSize().width() + 4
        shown = "current" if i == combo.currentIndex() else "item"
        if need > room + SLACK:
            walk.add("too narrow", combo, f"{text}  ({shown})", need, room)


def _spin(walk: Walk, spin: QAbstractSpinBox) -> None:
    text = spin.text()
    walk.words(spin, text, False)
    option = QStyleOptionSpinBox()
    option.initFrom(spin)
    option.frame = spin.hasFrame()
    option.buttonSymbols = spin.buttonSymbols()
    option.subControls = (QStyle.SC_SpinBoxFrame | QStyle.SC_SpinBoxEditField | QStyle.SC_SpinBoxUp
                          | QStyle.SC_SpinBoxDown)
    room = spin.style().subControlRect(QStyle.CC_SpinBox, option, QStyle.SC_SpinBoxEditField, spin).width() - 4
    walk.fits(spin, text, drawn(QFontMetrics(spin.font()), text), room)


def _line_edit(walk: Walk, edit: QLineEdit) -> None:
    if isinstance(edit.parentWidget(), (QAbstractSpinBox, QComboBox)):
        return  # measured with its spin box or combo box
    placeholder = edit.placeholderText()
    walk.words(edit, placeholder, False)
    if edit.isReadOnly():
        walk.words(edit, edit.text(), False)
    if placeholder and not edit.text():
        margins = edit.textMargins()
        room = edit.contentsRect().width() - margins.left() - margins.right() - 4
        if edit.isClearButtonEnabled():
            room -= edit.style().pixelMetric(QStyle.PM_SmallIconSize) + 6
        walk.fits(edit, placeholder, QFontMetrics(edit.font()).horizontalAdvance(placeholder), room)


def _text_view(walk: Walk, view: QAbstractScrollArea) -> None:
    """A read-only text view (an import's report, a follow-up's details): its words, line by line.
    It wraps and scrolls, so nothing in it is too wide."""
    if view.isReadOnly():
        walk.cell_words(view, view.toPlainText(), data=False)


def _tab_bar(walk: Walk, bar: QTabBar) -> None:
    texts = [bar.tabText(i) for i in range(bar.count())]
    for text in texts:
        walk.words(bar, text, True)
    if bar.count() and bar.sizeHint().width() > bar.width() + SLACK:
        walk.add("too narrow", bar, " | ".join(rendered(t, True) for t in texts),
                 bar.sizeHint().width(), bar.width())


def _header(walk: Walk, header: QHeaderView) -> None:
    model = header.model()
    if model is None:
        return
    metrics = QFontMetrics(header.font())
    style = header.style()
    margin = style.pixelMetric(QStyle.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PM_HeaderMarkSize, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.DisplayRole) or "")
        walk.words(header, text, False)
        if header.orientation() != Qt.Horizontal or not text:
            continue
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += mark + margin
        walk.fits(header, text, need, header.sectionSize(section))


def _list(walk: Walk, view: QListView) -> None:
    model = view.model()
    if model is None or view.viewMode() != QListView.ListMode or view.isWrapping():
        return
    room = view.viewport().width()
    for row in range(min(model.rowCount(view.rootIndex()), 200)):
        index = model.index(row, view.modelColumn(), view.rootIndex())
        if view.isRowHidden(row):
            continue
        text = str(index.data(Qt.DisplayRole) or "")
        walk.words(view, text, False)
        walk.fits(view, text, view.sizeHintForIndex(index).width(), room)


def _item_view(walk: Walk, view: QAbstractItemView) -> None:
    """Tables and trees (headers are measured on their own): a column whose cells are cut,
    counted over the first rows. Free text may be elided, but then hovering a cut cell must show
    its whole text: a stretched column (the last one, or one set to stretch), or one the view says
    holds free text (names, addresses, what a customer wrote: ``freeTextColumns``, set by
    ``shopowner.ui.columns``; dates, amounts and our own labels are never declared so)."""
    model = view.model()
    header = getattr(view, "horizontalHeader", None)
    header = header() if callable(header) else getattr(view, "header", lambda: None)()
    if model is None or header is None or not model.rowCount():
        return
    columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    last = header.logicalIndex(header.count() - 1)
    free = {c for c in columns if header.sectionResizeMode(c) == QHeaderView.Stretch
            or (header.stretchLastSection() and c == last)}
    free |= set(view.property("freeTextColumns") or [])
    rows = _sample_rows(view, model, 40)
    for column in columns:
        cut = []
        for index in (model.index(row, column, parent) for row, parent in rows):
            text = str(index.data(Qt.DisplayRole) or "")
            walk.cell_words(view, text)
            # the cell's own rectangle: a table's grid line and a tree's indentation taken off;
            # the delegate elides exactly when its size hint is wider (no slack here)
            hint, rect = view.sizeHintForIndex(index), view.visualRect(index)
            need, room = hint.width(), rect.width()
            if text and need > room > 0:
                cut.append((text, need, room, index))
            elif text and view.wordWrap() and hint.height() > rect.height() + SLACK and room > 0:
                cut.append((text, hint.height(), rect.height(), index))  # wrapped, but the row too low
        if not cut:
            continue
        title = str(model.headerData(column, Qt.Horizontal, Qt.DisplayRole) or column)
        if column in free:
            cut = [c for c in cut if not tooltip_shows(view, c[3], c[0])]
            if not cut:
                continue
            kind = "cut, no tooltip"
        else:
            kind = "cells cut"
        text, need, room, _ = max(cut, key=lambda c: c[1] - c[2])
        walk.add(kind, view, f"column “{title}”: {len(cut)} of {len(rows)} rows, e.g. {text}",
                 need, room)


def _sample_rows(view, model, limit: int) -> list:
    """(row, parent) of the first ``limit`` rows shown: a tree's open branches included."""
    found = []

    def visit(parent):
        for row in range(model.rowCount(parent)):
            if len(found) >= limit:
                return
            if isinstance(view, QTreeView) and view.isRowHidden(row, parent):
                continue
            found.append((row, parent))
            index = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(index):
                visit(index)

    visit(QModelIndex())
    return found


def tooltip_shows(view: QAbstractItemView, index, text: str) -> bool:
    """Hovering the cell (a tool-tip event, as Qt sends it) shows ``text`` whole."""
    bars = (view.verticalScrollBar(), view.horizontalScrollBar())
    before = [bar.value() for bar in bars]
    view.scrollTo(index)
    rect = view.visualRect(index)
    shown = ""
    if not rect.isEmpty():
        pos = rect.center()
        QApplication.sendEvent(view.viewport(),
                               QHelpEvent(QEvent.ToolTip, pos, view.viewport().mapToGlobal(pos)))
        shown = QToolTip.text() if QToolTip.isVisible() else ""
        QToolTip.hideText()
    for bar, value in zip(bars, before):
        bar.setValue(value)
    return bool(shown) and " ".join(text.split()) in " ".join(shown.split())


TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QGroupBox, QTabBar)

MEASURES = [
    (QLabel, _label), (QGroupBox, _group), (QComboBox, _combo), (QAbstractSpinBox, _spin),
    (QLineEdit, _line_edit), (QTabBar, _tab_bar), (QHeaderView, _header), (QListView, _list),
    (QTextEdit, _text_view), (QPlainTextEdit, _text_view),
    (QAbstractItemView, _item_view), (QToolButton, _button), (QAbstractButton, _button),
]


def menu_problems(menu: QMenu, where: str, chinese: bool) -> list[Problem]:
    """A menu's own title and every action in it (sub-menus too)."""
    walk = Walk(where, chinese)
    walk.words(f"QMenu {rendered(menu.title(), True)}", menu.title(), True)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        walk.words(f"QAction#{action.objectName() or '-'} in menu {rendered(menu.title(), True)}",
                   action.text(), True)
        if action.menu() is not None:
            walk.found += menu_problems(action.menu(), where, chinese)
    return walk.found


def off_screen(window: QWidget, where: str, screen: QRect) -> list[Problem]:
    """A window (at its own size) larger than the screen cannot be seen whole."""
    frame = window.frameGeometry()
    if frame.width() > screen.width() + SLACK or frame.height() > screen.height() + SLACK:
        text = (f"{window.windowTitle()} is {frame.width()}×{frame.height()} "
                f"on a {screen.width()}×{screen.height()} screen")
        return [Problem(where, "off screen", describe(window), text)]
    return []
