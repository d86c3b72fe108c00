"""Walk the whole window the way a curious person would: every area and every tab in it, every
menu, every menu command and every button that opens something, measuring each screen and each
dialog (shown without ``exec()``, at its own size) with :mod:`tests.realwindow.fit`.

Dialogs the window runs through ``window.dialogs`` are measured, photographed and closed with
Cancel; message boxes and file pickers too (the pickers choose nothing); windows the app shows on
its own (the redeem box, the import history) are measured and closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QDialogButtonBox, QMenu, QPushButton,
    QTableView, QTabWidget, QToolButton, QTreeView, QWidget,
)
from shiboken6 import isValid

from shopowner import tasks
from tests.realwindow.fit import Problem, menu_problems, off_screen, problems_in, rendered
from tests.realwindow.scenarios import steps

# commands and buttons the walk never uses: they end the session
NEVER = {"quit", "退出", "&quit", "退出(&q)"}


def pools_idle() -> bool:
    return all(pool.activeThreadCount() == 0 for pool in (QThreadPool.globalInstance(), tasks.reads_pool()))


class TextFitWalk:
    def __init__(self, gui, window, dialogs, language: str):
        self.gui, self.window, self.dialogs = gui, window, dialogs
        self.chinese = language.startswith("zh")
        self.problems: list[Problem] = []
        self.where = "start"
        self.measured_dialogs: list[str] = []
        self._seen: set = set()
        dialogs.default_answer = self._measure_and_cancel
        dialogs.inspect = self._inspect

    # recording -----------------------------------------------------------------------------
    def measure(self, root: QWidget, where: str) -> None:
        """Record what does not fit; the same text in the same widget once (where first seen)."""
        screen = QGuiApplication.primaryScreen().geometry()
        for problem in problems_in(root, where, self.chinese) + off_screen(root, where, screen):
            self.record(problem)

    def record(self, problem: Problem) -> None:
        key = (problem.kind, problem.widget, problem.text)
        if key not in self._seen:
            self._seen.add(key)
            self.problems.append(problem)

    def _measure_and_cancel(self, dialog) -> bool:
        self.quiet()  # what the dialog reads when it opens, shown and laid out
        where = f"dialog “{dialog.windowTitle()}” ({type(dialog).__name__}, from {self.where})"
        self.measured_dialogs.append(where)
        self.measure(dialog, where)
        self._tabs(dialog, where)
        return False

    def _inspect(self, widget, kind: str) -> None:
        self.quiet(50)
        where = f"{kind} “{widget.windowTitle()}” (from {self.where})"
        self.measured_dialogs.append(where)
        self.measure(widget, where)

    def quiet(self, ms: int = 150) -> None:
        """Let the work a screen or a command started finish before measuring: its reads and jobs
        off the GUI thread, their results drawn and laid out (a combo box filled with counts is
        sized on the next layout pass; measured before it, its old width reads as too narrow)."""
        for _ in range(5):  # a result can start another read (a detail pane, the next page)
            self.gui.settle(ms)
            self.gui.wait_until(pools_idle, 120000, "background work started by the screen or command")
            self.gui.settle(60)
            if pools_idle():
                return

    # areas and tabs --------------------------------------------------------------------------
    def area(self, key: str):
        self.where = f"area {key}"
        area = steps.show_area(self.gui, self.window, key)
        self.quiet()
        self._select_first_rows(area)
        self.quiet()
        self.measure(self.window, self.where)
        self.gui.settle(30)  # repaint what hovering cells for their tooltips left behind
        self.gui.shot(self.where)
        self._tabs(area, self.where)
        return area

    def _tabs(self, root: QWidget, where: str) -> None:
        for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisible()]:
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == first and where.startswith("area"):
                    continue  # measured with the area
                self.gui.call(f"tab {index}", tabs.setCurrentIndex, index)
                self.quiet()
                self._select_first_rows(tabs.currentWidget())
                self.quiet()
                label = f"{where} › {rendered(tabs.tabText(index), True)}"
                self.measure(root.window(), label)
                if where.startswith("area"):
                    self.gui.settle(30)
                    self.gui.shot(label)
            self.gui.call("back to the first tab", tabs.setCurrentIndex, first)

    def _select_first_rows(self, root: QWidget) -> None:
        """Pick the first row of each list so detail panes show something to measure."""
        for view in root.findChildren(QAbstractItemView):
            if not isinstance(view, (QTableView, QTreeView)) or not view.isVisible():
                continue
            model = view.model()
            if model is not None and model.rowCount() and not view.currentIndex().isValid():
                self.gui.call("select the first row", view.setCurrentIndex, model.index(0, 0))

    # menus -----------------------------------------------------------------------------------
    def menus(self) -> None:
        bar = self.window.menuBar()
        for action in bar.actions():
            menu = action.menu()
            if menu is None:
                continue
            where = f"menu {rendered(action.text(), True)}"
            for problem in menu_problems(menu, where, self.chinese):
                self.record(problem)
            rect = bar.actionGeometry(action)
            menu.popup(bar.mapToGlobal(rect.bottomLeft()))
            self.gui.shown(menu)
            self.gui.shot(where)
            menu.hide()
            self.gui.settle(50)

    def menu_commands(self, skip=()) -> None:
        """Each command of each menu (but quitting and ``skip``), and what it opens."""
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            for action in (menu.actions() if menu else []):
                text = action.text().lower()
                if action.isSeparator() or action.menu() or text in NEVER or action in skip:
                    continue
                if not action.isEnabled():
                    continue
                self.where = f"menu {rendered(menu_action.text(), True)} → {rendered(action.text(), True)}"
                before = self._windows()
                self.gui.trigger(action)
                self._after(before)

    # buttons ---------------------------------------------------------------------------------
    def buttons(self, key: str) -> None:
        """Click every enabled push button of the area (each tab) and measure what opens."""
        area = steps.show_area(self.gui, self.window, key)
        pages = [(None, None)]
        for tabs in [t for t in area.findChildren(QTabWidget) if t.isVisible()]:
            pages = [(tabs, i) for i in range(tabs.count())]
            break
        for tabs, index in pages:
            if tabs is not None:
                self.gui.call(f"tab {index}", tabs.setCurrentIndex, index)
                self._select_first_rows(tabs.currentWidget())
            page = f"area {key}" + (f" › {rendered(tabs.tabText(index), True)}" if tabs else "")
            self._double_click_rows(area, page)
            self._back(key, tabs, index)
            for button in self._buttons(area):
                if not isValid(button) or not button.isVisible() or not button.isEnabled():
                    continue
                label = rendered(button.text(), True) or button.toolTip() or button.objectName()
                if button.menu() is not None:  # a button with a menu: each of its commands
                    for action in button.menu().actions():
                        if action.isSeparator() or not action.isEnabled():
                            continue
                        self.where = f"{page}: “{label}” → “{rendered(action.text(), True)}”"
                        before = self._windows()
                        self.gui.trigger(action)
                        self._after(before)
                        self._back(key, tabs, index)
                    continue
                self.where = f"{page}: button “{label}”"
                before = self._windows()
                self.gui.click(button, f"click {label}")
                self._after(before)
                self._back(key, tabs, index)

    def press_each(self, root: QWidget, page: str, skip=lambda button: False) -> None:
        """Click each push button shown in ``root`` (a pane, a dialog's page) and measure what it
        opens; buttons that change data without asking (``skip``) are left alone."""
        for button in [b for b in root.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]:
            if not isValid(button) or not button.isVisible() or skip(button):
                continue
            if isinstance(button.parentWidget(), QDialogButtonBox):
                continue
            self.where = f"{page}: button “{rendered(button.text(), True)}”"
            before = self._windows()
            self.gui.click(button, f"click {rendered(button.text(), True)}")
            self._after(before)

    def _back(self, key: str, tabs, index) -> None:
        if self.window.current_area() != key:
            steps.show_area(self.gui, self.window, key)
        if tabs is not None and isValid(tabs) and tabs.currentIndex() != index:
            self.gui.call(f"tab {index}", tabs.setCurrentIndex, index)

    def _double_click_rows(self, area: QWidget, page: str) -> None:
        """Double-click the first row of each table (opens a customer, logs a follow-up…)."""
        for view in area.findChildren(QAbstractItemView):
            if not isinstance(view, (QTableView, QTreeView)) or not view.isVisible() or not isValid(view):
                continue
            model = view.model()
            if model is None or not model.rowCount():
                continue
            index = model.index(0, 0)
            if isinstance(view, QTreeView) and model.hasChildren(index):
                index = model.index(0, 0, index)  # a section heading: its first item
            rect = view.visualRect(index)
            if rect.isEmpty():
                continue
            self.where = f"{page}: double-click the first row of {view.objectName() or type(view).__name__}"
            before = self._windows()
            self.gui._timed(self.where, QTest.mouseDClick, view.viewport(), Qt.LeftButton,
                            Qt.NoModifier, rect.center())
            self._after(before)
            self.measure(self.window, page + " (a row opened)")

    def _buttons(self, area: QWidget) -> list:
        found = []
        for button in area.findChildren(QAbstractButton):
            if not isinstance(button, (QPushButton, QToolButton)):
                continue
            if isinstance(button, QToolButton) and button.menu() is None:
                continue  # tool buttons without a menu: scroll arrows, clear buttons
            if not button.isVisible() or not button.isEnabled():
                continue
            if isinstance(button.parentWidget(), QDialogButtonBox):
                continue
            if button.text().lower() in NEVER:
                continue
            found.append(button)
        return found

    # after a command -------------------------------------------------------------------------
    def _windows(self) -> set:
        """The visible windows; a tool tip is not one (Qt deletes it on its own timer, so it can
        vanish while it is being measured)."""
        return {w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.windowType() != Qt.ToolTip}

    def _after(self, before: set) -> None:
        """Let any work the command started finish (its dialogs are answered as they come), then
        measure and close the windows it left open."""
        self.quiet()
        for widget in self._windows() - before:
            if not isValid(widget):
                continue  # closed by the command's own work while another window was measured
            if widget is self.window or isinstance(widget, QMenu):
                if isinstance(widget, QMenu):
                    widget.hide()
                continue
            where = f"window “{widget.windowTitle()}” ({type(widget).__name__}, from {self.where})"
            self.measured_dialogs.append(where)
            self.measure(widget, where)
            self._tabs(widget, where)
            self.gui.shot(where)
            widget.close()
            self.gui.settle(50)
