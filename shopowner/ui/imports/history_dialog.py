"""文件 → 导入记录…: every completed import, newest first, with the full report of the chosen one
(the skipped rows and their reasons stay readable after the import window was closed). The list
and the chosen report are read off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout,
)

from shopowner import tasks
from shopowner.imports.history import import_history, import_report
from shopowner.imports.platforms import platform_label
from shopowner.ui import background
from shopowner.ui.imports.summary import file_summary_html

SETTINGS_KEY = "importHistory"


class ImportHistoryModel(QAbstractTableModel):
    """The reports of :func:`import_history` (a few hundred at most, so held in a list),
    without their skipped rows: the dialog reads the chosen one in full."""

    def __init__(self, reports: list, parent=None):
        super().__init__(parent)
        self.reports = reports
        self.headers = [self.tr("Finished"), self.tr("File"), self.tr("Platform"),
                        self.tr("Rows"), self.tr("New orders"), self.tr("Updated orders"),
                        self.tr("New customers"), self.tr("Skipped rows")]

    def set_reports(self, reports: list) -> None:
        self.beginResetModel()
        self.reports = reports
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.reports)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.reports[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (f.finished_at, Path(f.file).name, platform_label(f.kind or f.platform),
                    f.rows, f.new_orders, f.updated_orders, f.new_customers,
                    f.skipped_total)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return f.file
        return None


class ImportHistoryDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Import history"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        self.loaded = False  # the list is read (tests wait on it)
        self.model = ImportHistoryModel([], self)
        self.empty = QLabel(self.tr("No orders have been imported yet. Use File → Import orders… "
                                    "(Ctrl+I) or drop export files on the window."))
        self.empty.setObjectName("importHistoryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)  # until the list is read
        layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setObjectName("importHistoryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.details.setObjectName("importHistoryDetails")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self._reports = tasks.Latest(self, data_dir=window.data_dir)  # the chosen one in full
        self._restore_layout()
        background.read(self, import_history, details=False, data_dir=window.data_dir,
                        on_result=self._listed)

    def _listed(self, reports: list) -> None:
        self.model.set_reports(reports)
        self.empty.setVisible(not reports)
        self.loaded = True
        if reports:
            self.table.selectRow(0)

    @property
    def loading(self) -> bool:
        return not self.loaded or self._reports.busy

    def _show_details(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid():
            listed = self.model.reports[current.row()]
            self._reports.request(import_report, listed.import_id, on_result=lambda report: self.details.setHtml(
                file_summary_html(report or listed, max_skipped=1000)))

    # remembered size and split --------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value(f"{SETTINGS_KEY}/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        split = settings.value(f"{SETTINGS_KEY}/splitter")
        if split is not None:
            self.splitter.restoreState(split)

    def done(self, result: int) -> None:
        settings = QSettings()
        settings.setValue(f"{SETTINGS_KEY}/geometry", self.saveGeometry())
        settings.setValue(f"{SETTINGS_KEY}/splitter", self.splitter.saveState())
        super().done(result)
