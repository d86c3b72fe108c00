"""经营数据: private-domain size and share, card conversion, repeat rate, pool value, channels.

Figures are computed off the GUI thread (they scan the whole customer book) when the area is
first shown, when the period changes, and on the change notices about what they count (orders,
cards, customers' WeChat adds, letters, channels), only while the area is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QTableView, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.changes import CARDS, CHANNELS, CUSTOMERS, LETTERS, ORDERS
from shopowner.insights.card_rates import rate_text
from shopowner.insights.charts import figures_with_charts
from shopowner.vocab.platforms import platform_name
from shopowner.ui.growth.chart import SvgChart
from shopowner.ui.growth.card_rates import CardRates, fit_table, summary_table
from shopowner.ui.growth.channels import ChannelsPanel
from shopowner.ui.growth.private_vs_others import PrivateVsOthers
from shopowner.ui.growth.segments import Segments
from shopowner.ui.empty_state import attach_empty_state
from shopowner.ui.models.list_table_model import ListTableModel
from shopowner.ui.notices import listen


class FiguresModel(ListTableModel):
    """A summary table with a tooltip per column header and an optional bold total line."""

    def __init__(self, columns, tooltips: list[str] | None = None, parent=None):
        super().__init__(columns, parent)
        self.tooltips = tooltips or []
        self.total_rows = 0  # how many rows at the end are totals

    def set_rows(self, rows, totals=()) -> None:
        self.total_rows = len(totals)
        super().set_rows([*rows, *totals])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() >= len(self.rows) - self.total_rows:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section < len(self.tooltips)):
            return self.tooltips[section]
        return super().headerData(section, orientation, role)


def yuan(fen: int | None) -> str:
    return "—" if fen is None else f"¥{fen / 100:,.0f}" if abs(fen) >= 100000 else f"¥{fen / 100:,.2f}"


def percent(ratio: float) -> str:
    return f"{ratio * 100:.1f}%"


class Tile(QFrame):
    """One big number with a caption and a one-line explanation."""

    def __init__(self, caption: str, hint: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.caption = QLabel(caption)
        self.value = QLabel("…")
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSize(font.pointSize() + 10)
        font.setBold(True)
        self.value.setFont(font)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        for w in (self.caption, self.value, self.hint):
            layout.addWidget(w)


class GrowthArea(QWidget):
    PERIODS = (30, 90, 365, None)

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.task = None
        self.figures = None

        self.period = QComboBox()
        for days in self.PERIODS:
            label = self.tr("All time") if days is None else self.tr("Last %n day(s)", "", days)
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.status = QLabel()

        self.tiles = {
            "private": Tile(self.tr("Private customers"), self.tr("customers who added your WeChat")),
            "share": Tile(self.tr("Private share"), ""),
            "conversion": Tile(self.tr("Card conversion"),
                               self.tr("cards printed in the period whose code came back")),
            "repeat": Tile(self.tr("Repeat rate"), ""),
            "pool": Tile(self.tr("Value of the pool"),
                         self.tr("private customers × the period's average order value")),
            "aov": Tile(self.tr("Average order value"),
                        self.tr("paid orders in the period, refunds taken off")),
        }
        grid = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 3, i % 3)

        no_data = self.tr("No data for this period yet")
        self.monthly_chart = SvgChart(no_data)
        self.monthly_chart.setObjectName("monthlyChart")
        self.pool_chart = SvgChart(no_data)
        self.pool_chart.setObjectName("poolChart")
        self.letters_chart = SvgChart(self.tr("No cards printed in this period."))
        self.letters_chart.setObjectName("lettersChart")
        self.platforms = FiguresModel([
            ("platform", self.tr("Platform"), lambda key: platform_name(key) if key else self.tr("All platforms")),
            ("buyers", self.tr("Buyers in the period"), None),
            ("private", self.tr("Of them on WeChat"), None),
            ("private_share", self.tr("Share on WeChat"), percent),
            ("orders", self.tr("Paid orders"), None),
            ("revenue_fen", self.tr("Revenue"), yuan),
        ], [
            "",
            self.tr("Customers with at least one paid order on this platform in the period; the "
                    "total counts each customer once"),
            self.tr("Those buyers who are on your WeChat now"),
            self.tr("Share of the buyers who are on your WeChat"),
            self.tr("Orders placed in the period that were paid (not unpaid, not closed)"),
            self.tr("Paid amounts of those orders, refunds taken off"),
        ])
        self.card_rates = CardRates()
        self.private_vs_others = PrivateVsOthers(self)
        self.segments = Segments(window)
        self.channels = ChannelsPanel(window)

        body = QWidget()
        layout = QVBoxLayout(body)
        head = QHBoxLayout()
        title = QLabel(self.tr("Growth figures"))
        font = title.font()
        font.setPointSize(font.pointSize() + 6)
        title.setFont(font)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(self.period)
        layout.addLayout(head)
        layout.addLayout(grid)
        self.month_caption = self._section(self.tr("By month"))
        layout.addWidget(self.month_caption)
        layout.addWidget(self.monthly_chart)
        layout.addWidget(self.pool_chart)
        self.platform_view = self._table(self.platforms)
        self.platform_view.setObjectName("platformTable")
        self.platform_note = QLabel()
        self.platform_note.setObjectName("platformNote")
        self.platform_note.setWordWrap(True)
        self.platform_note.setStyleSheet("color: #555;")
        self.all_time_button = QPushButton(self.tr("Show all time"))
        self.all_time_button.setObjectName("showAllTime")
        self.all_time_button.clicked.connect(lambda: self.period.setCurrentIndex(self.PERIODS.index(None)))
        note_row = QHBoxLayout()
        note_row.addWidget(self.platform_note, 1)
        note_row.addWidget(self.all_time_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._section(self.tr("Platforms")))
        layout.addWidget(self.platform_view)
        layout.addLayout(note_row)
        layout.addWidget(self._section(self.tr("Private customers against the rest")))
        self.private_view = self._table(self.private_vs_others)
        self.private_view.setObjectName("privateVsOthers")
        layout.addWidget(self.private_view)
        layout.addWidget(self._section(self.tr("Customer segments (RFM)")))
        layout.addWidget(self.segments)
        layout.addWidget(self._section(self.tr("Letters: which version brings customers in")))
        layout.addWidget(self.card_rates)
        layout.addWidget(self.letters_chart)
        layout.addWidget(self._section(self.tr("Channels: what each costs and brings in")))
        layout.addWidget(self.channels)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        attach_empty_state(scroll, "growth", window)  # no orders yet: import
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        listen(self, window, lambda _change: self.refresh(), ORDERS, CARDS, CUSTOMERS, LETTERS, CHANNELS,
               first=True)

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _table(self, model) -> QTableView:
        return summary_table(model)

    def refresh(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.status.setText(self.tr("Counting…"))
        self.task = task = tasks.start_with_db(self.window_.data_dir, figures_with_charts,
                                               self.period.currentData(), owner=self)
        # a cancelled count that had already finished still reports: only the newest is shown
        task.signals.succeeded.connect(lambda result: self._show(result) if task is self.task else None)
        self.task.signals.failed.connect(
            lambda exc: self.status.setText(self.tr("Could not count: {error}").format(error=exc)))

    def _show(self, result) -> None:
        g, charts = result
        self.task = None
        self.figures = g
        self.status.setText("")
        self.tiles["private"].value.setText(f"{g.private_customers:,}")
        self.tiles["share"].value.setText(percent(g.private_share))
        self.tiles["share"].hint.setText(self.tr(
            "{private} of the %Ln customer(s) in the book", "", g.customers).format(private=f"{g.private_customers:,}"))
        self.tiles["conversion"].value.setText(rate_text(g.card_conversion, *g.card_conversion_ci))
        self.tiles["conversion"].hint.setText(
            self.tr("{redeemed} of %n card(s) printed in the period brought a WeChat add", "", g.cards_printed)
            .format(redeemed=g.cards_redeemed))
        private, others = g.repeat["private"], g.repeat["others"]
        self.tiles["repeat"].value.setText(rate_text(private["rate"], private["ci_low"], private["ci_high"]))
        self.tiles["repeat"].hint.setText(
            self.tr("private customers who bought again (all time); {public} for the others")
            .format(public=rate_text(others["rate"], others["ci_low"], others["ci_high"])))
        if g.buyers_in_period:
            self.tiles["pool"].value.setText(yuan(g.pool_value_fen))
            self.tiles["aov"].value.setText(yuan(g.average_order_fen))
            self.tiles["aov"].hint.setText(self.tr("paid orders in the period, refunds taken off"))
        else:  # no paid order to average: a ¥0.00 would read as a figure
            self.tiles["pool"].value.setText("—")
            self.tiles["aov"].value.setText("—")
            self.tiles["aov"].hint.setText(self.tr("no paid orders in this period: choose a longer one"))
        label = self.period.currentText()
        self.month_caption.setText(self.tr("By month ({period})").format(period=label))
        self.monthly_chart.set_svg(charts["monthly"])
        self.pool_chart.set_svg(charts["pool"])
        self.pool_chart.setVisible(charts["pool"] is not None)
        self.letters_chart.set_svg(charts["letters"])
        self.letters_chart.setVisible(charts["letters"] is not None)
        self.platforms.set_rows(g.by_platform, [{**g.platform_total, "platform": ""}]
                                if g.by_platform else [])
        self.platform_view.setVisible(bool(g.by_platform))
        self.platform_note.setText(g.platform_note)
        self.all_time_button.setVisible(not g.by_platform and g.since is not None)
        self.card_rates.show_figures(g)
        self.private_vs_others.show_figures(g)
        self.segments.show_figures(g)
        self.channels.show_figures(g)
        for view in (self.platform_view, self.private_view):
            fit_table(view)
