"""The main window: navigation between the areas, a status bar with the data file, remembered layout.

Areas reach shared things through the window: ``db`` (the GUI thread's connection), ``data_dir``,
``dialogs`` (the modal-dialog service) and the change notices: after a write an area calls
``window.announce(change)`` with a :class:`shopowner.changes.Change` saying what changed, and
listens on ``window.changed`` (see :mod:`shopowner.changes` for the API and the topics, and
:func:`shopowner.ui.notices.listen` for the usual way to listen).

The window itself listens for the shop's name (the title bar, read off the GUI thread). No
listener writes: an import writes the reminders it makes due itself (``imports/run.py``), and the
day's reminders are made by the start-of-day step (``ui/followups/keeper.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QVBoxLayout,
    QWidget,
)

from shopowner import __version__, tasks
from shopowner.changes import SETTINGS, Change
from shopowner.paths import db_path
from shopowner.store.db import is_hub
from shopowner.store.settings import SHOP_NAME, get_setting
from shopowner.ui.areas import AREAS, area_title, build_area
from shopowner.ui.services import Dialogs
from shopowner.ui.menus import build_menus
from shopowner.window_start import StartFacts

if TYPE_CHECKING:
    from shopowner.ui.welcome import WelcomePage


# How long a worker thread may keep Python's interpreter lock while the GUI thread waits for it
# (CPython's default is 5 ms). A worker that releases the lock many times in a row for tiny
# waits (SQLite steps of an executemany, buffered file reads) takes it straight back each time,
# and CPython asks it to hand over only after a whole interval with no hand-over at all: an
# import into a 200,000-customer shop held the GUI thread 60-140 ms at a time. A shorter
# interval gives the waiting GUI thread its turn within a fraction of a millisecond.
GIL_SWITCH_INTERVAL = 0.0005


class MainWindow(QMainWindow):
    changed = Signal(object)  # a shopowner.changes.Change, after every write

    def __init__(self, db, data_dir: Path, dialogs: Dialogs | None = None, parent=None, *,
                 facts: StartFacts):
        """``facts``: :func:`shopowner.window_start.start_facts`, read off the GUI thread."""
        super().__init__(parent)
        sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self.db = db
        self.data_dir = Path(data_dir)
        self.dialogs = dialogs or Dialogs()
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(760, 520))
        self._area_widgets: dict[str, QWidget] = {}
        self._first_frame = False  # areas are built once the window has painted its first frame

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 15px; }"
                               "QListWidget#navigation::item { padding: 9px 12px; }")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for area in AREAS:
            item = QListWidgetItem(area_title(area.key))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
        self._fit_navigation()
        self.stack = QStackedWidget()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        from shopowner.ui.backups.banner import DamageBanner
        from shopowner.ui.backups.watch import ShopFileWatch

        self.banner = DamageBanner()  # shown when the shop file is found damaged (read only)
        self.banner.restore_requested.connect(self.restore_latest_backup)
        self.shop_file = ShopFileWatch(self)
        column.addWidget(self.banner)
        self.hub_watch = None  # team mode: is the hub there? (its banner says when it is not)
        if is_hub(db):
            from shopowner.ui.team.hub_watch import HubWatch

            self.hub_watch = HubWatch(self, db.url)
            column.addWidget(self.hub_watch.banner)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)

        build_menus(self, facts)
        self.setAcceptDrops(True)
        if self.hub_watch is not None:
            self.path_label = QLabel(self.tr("Shop's hub: {place}").format(place=self.hub_watch.place))
        else:
            self.path_label = QLabel(self.tr("Data file: {path}").format(path=db_path(self.data_dir)))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.path_label)
        self._title_reads = tasks.Latest(self, data_dir=self.data_dir, db=self.db)
        self.changed.connect(self._heard)
        self._show_title(facts.shop_name)  # before the first frame: no title change after it

        self.welcome: WelcomePage | None = None
        if not facts.set_up:
            self._show_welcome()
        self._restore_state()

    # change notices ------------------------------------------------------------
    def announce(self, change: Change) -> None:
        """Tell every area what a write changed: each listener of ``changed`` redraws what it
        shows of it (see :mod:`shopowner.changes`)."""
        self.changed.emit(change)

    def _heard(self, change: Change) -> None:
        if change.touches(SETTINGS):
            self._title_reads.request(get_setting, SHOP_NAME, on_result=self._show_title)

    # areas ---------------------------------------------------------------
    def area_keys(self) -> list[str]:
        return [a.key for a in AREAS]

    def show_area(self, key: str) -> QWidget:
        row = self.area_keys().index(key)
        self.nav.setCurrentRow(row)
        self._show_row(row)  # at once, even before the first frame
        return self._area_widgets[key]

    def current_area(self) -> str:
        return AREAS[max(self.nav.currentRow(), 0)].key

    def _nav_changed(self, row: int) -> None:
        if self._first_frame:
            self._show_row(row)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._first_frame:  # the frame first, the area right after it is painted
            self.installEventFilter(self)
            QTimer.singleShot(500, self._after_first_frame)  # should no paint come (minimised)

    def eventFilter(self, watched, event) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._first_frame:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_frame)
        return super().eventFilter(watched, event)

    def _after_first_frame(self) -> None:
        if not self._first_frame:
            self._first_frame = True
            self._show_row(self.nav.currentRow())
            self.shop_file.start()  # on a worker: damage check, the day's backup, weekly check
            if self.hub_watch is not None:
                self.hub_watch.start()

    def _show_row(self, row: int) -> None:
        if row < 0 or self.welcome is not None:
            return
        area = AREAS[row]
        widget = self._area_widgets.get(area.key)
        if widget is None:
            widget = build_area(area, self)
            widget.setObjectName(f"area_{area.key}")
            self._area_widgets[area.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def _fit_navigation(self) -> None:
        """As wide as the longest area title in this language (English needs more than Chinese),
        so no title is cut and no scroll bar appears."""
        font = QFont(self.nav.font())
        font.setPixelSize(15)  # the style sheet's size
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(max(170, widest + 2 * 12 + 2 * self.nav.frameWidth() + 16))

    # welcome ---------------------------------------------------------------
    def _show_welcome(self) -> None:
        from shopowner.ui.welcome import WelcomePage

        self.welcome = WelcomePage(self)
        self.welcome.finished.connect(self._welcome_done)
        self.stack.addWidget(self.welcome)
        self.stack.setCurrentWidget(self.welcome)
        self.nav.setEnabled(False)

    def _welcome_done(self) -> None:
        assert self.welcome is not None  # its finished signal called this
        import_now = self.welcome.import_after
        self.stack.removeWidget(self.welcome)
        self.welcome.deleteLater()
        self.welcome = None
        self.nav.setEnabled(True)
        self.announce(Change.everything(source="welcome"))
        self._show_row(max(self.nav.currentRow(), 0))
        self.show_area("customers")  # a new shop starts at its customer book
        if import_now:
            self.import_orders()

    def show_guide(self):
        """帮助 → 使用指南 (F1): the loop in five steps and the shortcuts, beside the window."""
        from shopowner.ui.setup.guide import show_guide

        return show_guide(self)

    def import_orders(self, paths: list[str] | None = None):
        """文件 → 导入订单…, or files dropped on the window."""
        from shopowner.ui.imports import open_import

        return open_import(self, paths)

    def dragEnterEvent(self, event) -> None:
        from shopowner.ui.imports import importable

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if importable(u.toLocalFile() for u in urls if u.isLocalFile()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        from shopowner.ui.imports import importable

        paths = importable(u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile())
        if not paths:
            return
        if self.welcome is None:
            event.acceptProposedAction()
            self.import_orders(paths)
        elif self.welcome.accepts_dropped_files():  # the set-up's last step: its first import
            event.acceptProposedAction()
            self.welcome.finished.emit()
            self.import_orders(paths)

    def new_private_order(self, customer_id: int | None = None, product_id: int | None = None):
        """文件 → 新建私域订单 (Ctrl+Shift+O): for the customer or product in view when the area
        has one (``order_context``), else chosen in the dialog."""
        from shopowner.ui.orders import open_new_order

        if customer_id is None and product_id is None:
            context = getattr(self._area_widgets.get(self.current_area()), "order_context", None)
            if context is not None:
                customer_id, product_id = context()
        return open_new_order(self, customer_id, product_id)

    def export_shipping_list(self):
        """文件 → 导出发货单: the private orders waiting to ship, for the courier's software."""
        from shopowner.ui.orders import export_shipping_list

        return export_shipping_list(self)

    def open_settings(self) -> None:
        """文件 → 设置; a new language offers to restart now (or applies at the next start)."""
        from shopowner.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        while True:  # a name that cannot be used keeps the dialog open, with what was typed
            if not self.dialogs.exec_dialog(dialog):
                return
            if dialog.apply():
                break
        self.announce(Change.of(SETTINGS, source="settings"))
        if dialog.language_changed():
            self.offer_restart(dialog.chosen_language())

    def offer_restart(self, language: str) -> bool:
        from shopowner.i18n import LANGUAGES
        from shopowner.ui.setup.restart import restart

        name = LANGUAGES.get(language, language)
        if self.dialogs.confirm(self, self.tr("Restart ShopOwner?"), self.tr(
                "ShopOwner shows {language} after a restart. Restart now? Your data is saved; "
                "open dialogs are closed.").format(language=name)):
            if restart(self, language):
                return True
            self.dialogs.warning(self, self.tr("ShopOwner could not restart"), self.tr(
                "Close ShopOwner and open it again to see {language}.").format(language=name))
            return False
        self.statusBar().showMessage(
            self.tr("{language} applies the next time ShopOwner starts.").format(language=name), 10000)
        return False

    def open_backups(self, select=None):
        """文件 → 备份与恢复."""
        from shopowner.ui.backups import open_backups

        return open_backups(self, select)

    def restore_latest_backup(self):
        """The banner's button: the backups dialog with the latest good backup chosen."""
        latest = self.shop_file.latest
        return self.open_backups(latest.path if latest else None)

    def back_up(self) -> None:
        from shopowner.staff.permissions import backup_elsewhere
        from shopowner.store.backup import default_backup_path

        target = self.dialogs.save_file(self, self.tr("Back up data"),
                                        str(default_backup_path(self.data_dir)),
                                        self.tr("ShopOwner data (*.db)"))
        if not target:
            return
        self.statusBar().showMessage(self.tr("Backing up…"))
        self.backup_task = tasks.start_with_db(self.data_dir, backup_elsewhere, target, owner=self)
        self.backup_task.signals.succeeded.connect(lambda path: self.statusBar().showMessage(
            self.tr("Backup written to {path}").format(path=path), 8000))
        self.backup_task.signals.failed.connect(self._backup_failed)

    def export_all(self):
        """文件 → 导出全部数据: every table as XLSX plus CSV (``ui/export_all.py``)."""
        from shopowner.ui.export_all import open_export_all

        return open_export_all(self)

    def _backup_failed(self, exc: Exception) -> None:
        self.statusBar().clearMessage()
        self.dialogs.warning(self, self.tr("Backup failed"), str(exc))

    def show_about(self) -> None:
        self.dialogs.information(
            self, self.tr("About ShopOwner"),
            self.tr("ShopOwner (掌柜私域) {version}\nYour customers, your letters, your data: "
                    "everything stays in {path}.").format(version=__version__, path=self.data_dir))

    def _show_title(self, shop: str | None) -> None:
        shop = shop or ""
        base = self.tr("ShopOwner")
        self.setWindowTitle(f"{shop} — {base}" if shop else base)

    # state -------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._first_size()
        last = settings.value("window/area", "customers")
        row = self.area_keys().index(last) if last in self.area_keys() else 0
        self.nav.setCurrentRow(row)

    def _first_size(self) -> None:
        """1200×780, or the screen's free area when that is smaller (a 1366×768 laptop)."""
        width, height = 1200, 780
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            frame = 40  # the title bar and borders the window manager adds
            width, height = min(width, free.width()), min(height, free.height() - frame)
            self.resize(width, height)
            self.move(free.x() + (free.width() - width) // 2,
                      free.y() + max(0, (free.height() - frame - height) // 2))
        else:
            self.resize(width, height)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/area", self.current_area())

    def closeEvent(self, event) -> None:
        self.save_state()
        if self.hub_watch is not None:
            self.hub_watch.stop()
        super().closeEvent(event)
