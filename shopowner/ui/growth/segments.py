"""The growth view's RFM segments: how many customers in each, one click to the customer book
filtered to a segment, and the segment's export for tagging in WeChat."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopowner import tasks
from shopowner.customers.export import export_matching
from shopowner.ui.growth.card_rates import fit_table, summary_table
from shopowner.ui.models.list_table_model import ListTableModel


class Segments(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.task = None
        self.model = ListTableModel([
            ("name", self.tr("Segment"), None),
            ("customers", self.tr("Customers"), None),
        ])
        self.view = summary_table(self.model)
        self.view.setObjectName("rfmTable")
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda index: self.show_in_book(index.row()))
        self.means = QLabel()
        self.means.setWordWrap(True)
        self.means.setStyleSheet("color: #555;")
        self.show_button = QPushButton(self.tr("Show these customers"), objectName="showSegment")
        self.show_button.clicked.connect(lambda: self.show_in_book(self._row()))
        self.export_button = QPushButton(self.tr("Export for WeChat…"), objectName="exportSegment")
        self.export_button.setToolTip(self.tr("The segment's customers with the WeChat name and remark "
                                              "they were saved under, their tags and a suggested remark"))
        self.export_button.clicked.connect(lambda: self.export(self._row()))
        from shopowner.staff.permissions import EXPORT
        from shopowner.ui.staff.session import follow

        follow(self.export_button, self.window_, EXPORT)  # team mode: staff only when allowed
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.means)

    def show_figures(self, g) -> None:
        self.model.set_rows(g.rfm)
        fit_table(self.view)
        m = g.rfm_means
        self.means.setText(self.tr(
            "Buyers with a paid order, each measured against the shop's averages: last order "
            "{days} days ago, {orders} orders, ¥{spent} spent. Double-click a segment to see its "
            "customers.").format(days=f"{m.get('recency_days', 0):.0f}", orders=f"{m.get('orders', 0):.1f}",
                                 spent=f"{m.get('spent_fen', 0) / 100:,.0f}"))

    def _row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def show_in_book(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.window_.statusBar().showMessage(self.tr("Choose a segment first."), 5000)
            return
        area = self.window_.show_area("customers")
        area.filter_bar.set_filters({"segment": self.model.rows[row]["key"]})

    def export(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.window_.statusBar().showMessage(self.tr("Choose a segment first."), 5000)
            return
        segment = self.model.rows[row]
        path = self.window_.dialogs.save_file(self, self.tr("Export for WeChat"), f"{segment['name']}.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".xlsx"
        self.task = tasks.start_with_db(self.window_.data_dir, export_matching, path,
                                        {"segment": segment["key"]}, for_wechat=True, owner=self)
        self.task.signals.succeeded.connect(lambda n: self.window_.statusBar().showMessage(
            self.tr("Exported to {path} (customers: {n})").format(path=path, n=f"{n:,}"), 10000))
        self.task.signals.failed.connect(lambda exc: self.window_.statusBar().showMessage(
            self.tr("Could not export: {error}").format(error=exc), 10000))
