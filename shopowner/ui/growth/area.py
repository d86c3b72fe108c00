"""经营数据: private-domain size and share, card conversion, repeat rate, pool value, channels.

Figures are computed off the GUI thread (they scan the whole customer book) and refreshed when
the period changes or the data changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QTableView,
    QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.insights.figures import growth_figures
from shopowner.platform_names import platform_name
from shopowner.ui.growth.bars import MonthlyBars
from shopowner.ui.empty_state import attach_empty_state
from shopowner.ui.models.list_table_model import ListTableModel


def yuan(fen: int | None) -> str:
    return "—" if fen is None else f"¥{fen / 100:,.0f}" if abs(fen) >= 100000 else f"¥{fen / 100:,.2f}"


def percent(ratio: float) -> str:
    return f"{ratio * 100:.1f}%"


class Tile(QFrame):
    """One big number with a caption and a one-line explanation."""

    def __init__(self, caption: str, hint: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
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
    PERIODS = [30, 90, 365, None]

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
            "share": Tile(self.tr("Private share"), self.tr("of all customers in the book")),
            "conversion": Tile(self.tr("Card conversion"),
                               self.tr("cards printed in the period whose code came back")),
            "repeat": Tile(self.tr("Repeat rate"), ""),
            "pool": Tile(self.tr("Value of the pool"),
                         self.tr("private customers × average order value")),
            "aov": Tile(self.tr("Average order value"), self.tr("paid orders in the period")),
        }
        grid = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 3, i % 3)

        self.bars = MonthlyBars()
        self.platforms = ListTableModel([
            ("platform", self.tr("Platform"), platform_name),
            ("customers", self.tr("Customers"), None),
            ("private", self.tr("Added WeChat"), None),
            ("private_share", self.tr("Private share"), percent),
            ("orders", self.tr("Orders"), None),
            ("revenue_fen", self.tr("Revenue"), yuan),
        ])
        self.letters = ListTableModel([
            ("letter", self.tr("Letter"), None),
            ("version", self.tr("Version"), None),
            ("printed", self.tr("Cards printed"), None),
            ("redeemed", self.tr("Codes sent back"), None),
            ("conversion", self.tr("Conversion"), percent),
        ])
        self.channels = ListTableModel([
            ("channel", self.tr("Channel"), None),
            ("customers", self.tr("Customers"), None),
            ("private", self.tr("Added WeChat"), None),
            ("cost_fen", self.tr("Cost"), yuan),
            ("cost_per_private_fen", self.tr("Cost per private customer"), yuan),
        ])

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
        layout.addWidget(self._section(self.tr("By month")))
        layout.addWidget(self.bars)
        self.platform_view = self._table(self.platforms)
        self.letter_view = self._table(self.letters)
        self.channel_view = self._table(self.channels)
        for caption, view in ((self.tr("Platforms"), self.platform_view),
                              (self.tr("Letters: which version brings customers in"), self.letter_view),
                              (self.tr("Acquisition channels"), self.channel_view)):
            layout.addWidget(self._section(caption))
            layout.addWidget(view)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        attach_empty_state(scroll, "growth", window)  # no orders yet: import
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        window.data_changed.connect(self.refresh)
        self.refresh()

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _table(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        view.setEditTriggers(QTableView.NoEditTriggers)
        return view

    def refresh(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.status.setText(self.tr("Counting…"))
        self.task = tasks.start_with_db(self.window_.data_dir, growth_figures,
                                        self.period.currentData(), owner=self)
        self.task.signals.succeeded.connect(self._show)
        self.task.signals.failed.connect(
            lambda exc: self.status.setText(self.tr("Could not count: {error}").format(error=exc)))

    def _show(self, g) -> None:
        self.task = None
        self.figures = g
        self.status.setText("")
        self.tiles["private"].value.setText(f"{g.private_customers:,}")
        self.tiles["share"].value.setText(percent(g.private_share))
        self.tiles["conversion"].value.setText(percent(g.card_conversion))
        self.tiles["conversion"].hint.setText(
            self.tr("{redeemed} of {printed} cards printed in the period brought a WeChat add")
            .format(redeemed=g.cards_redeemed, printed=g.cards_printed))
        self.tiles["repeat"].value.setText(percent(g.repeat_rate_private))
        self.tiles["repeat"].hint.setText(
            self.tr("private customers who bought again; {public} for the others")
            .format(public=percent(g.repeat_rate_public)))
        self.tiles["pool"].value.setText(yuan(g.pool_value_fen))
        self.tiles["aov"].value.setText(yuan(g.average_order_fen))
        months = [m["month"] for m in g.monthly]
        self.bars.set_data(months, [
            (self.tr("Paid orders"), QColor("#9bb7d4"), [m["orders"] for m in g.monthly]),
            (self.tr("Cards printed"), QColor("#e3b04b"), [m["cards"] for m in g.monthly]),
            (self.tr("WeChat adds"), QColor("#3aa76d"), [m["adds"] for m in g.monthly]),
        ])
        for view, rows in ((self.platform_view, g.by_platform), (self.letter_view, g.by_letter_version),
                           (self.channel_view, g.by_channel)):
            view.model().set_rows(rows)
            view.setFixedHeight(view.horizontalHeader().height() + 4 +
                                max(len(rows), 1) * view.verticalHeader().defaultSectionSize())
