"""文件 → 导入记录…: every completed import, newest first, with the full report of the chosen one
(the skipped rows and their reasons stay readable after the import window was closed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout,
)

from shopowner.imports.history import import_history, import_report
from shopowner.imports.platforms import platform_label
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
        self.db = window.db
        self.model = ImportHistoryModel(import_history(self.db, details=False), self)
        self.empty = QLabel(self.tr("No orders have been imported yet. Use File → Import orders… "
                                    "(Ctrl+I) or drop export files on the window."))
        self.empty.setObjectName("importHistoryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.model.reports)
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
        if self.model.reports:
            self.table.selectRow(0)
        self._restore_layout()

    def _show_details(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid():
            listed = self.model.reports[current.row()]
            report = import_report(self.db, listed.import_id) or listed
            self.details.setHtml(file_summary_html(report, max_skipped=1000))

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
