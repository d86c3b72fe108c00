"""The channels (渠道) section of 经营数据: each channel with its figures for the area's period
(adds, cost, cost per add, private orders, revenue from its customers since they came, cost per
private order), and the buttons to add or edit a channel, add a cost for a period and make a
channel's poster PDF. The figures come with the area's own (:func:`growth_figures`); a write
announces ``CHANNELS`` and the area counts again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.changes import CHANNELS, Change
from shopowner.channels.book import get_channel
from shopowner.ui import background
from shopowner.ui.columns import ElidedTips
from shopowner.ui.growth.card_rates import fit_table, summary_table
from shopowner.ui.growth.channel_dialogs import CardCostsDialog, ChannelDialog, CostDialog
from shopowner.ui.models.list_table_model import ListTableModel
from shopowner.vocab.money import yuan_sign


def make_poster_job(db, data_dir, channel_id: int, out: str, progress=None) -> str:
    """The poster, drawn off the GUI thread (the font's first use takes a moment)."""
    from shopowner.channels.poster import make_poster

    channel = get_channel(db, channel_id)
    if channel is None:
        raise ValueError(f"channel {channel_id} is gone")
    return str(make_poster(db, Path(data_dir), channel, Path(out)))


class ChannelsPanel(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.poster_task = None
        self.model = ListTableModel([
            ("name", self.tr("Channel"), None),
            ("kind_name", self.tr("Kind"), None),
            ("code", self.tr("Code"), lambda code: code or "—"),
            ("adds", self.tr("Adds"), None),
            ("cost_fen", self.tr("Cost"), yuan_sign),
            ("cost_per_add_fen", self.tr("Cost per add"), yuan_sign),
            ("private_orders", self.tr("Private orders"), None),
            ("revenue_fen", self.tr("Revenue since added"), yuan_sign),
            ("cost_per_private_order_fen", self.tr("Cost per private order"), yuan_sign),
        ])
        self.view = summary_table(self.model)
        self.view.setObjectName("channelTable")
        # nine columns: each as wide as its words, the channel's name takes the rest (elided, whole
        # on hover), so the figures' headers stay whole in both languages
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ElidedTips(self.view, free=(0,))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _index: self.edit_channel())
        self.empty = QLabel(self.tr("No channels yet. Add one for each place customers find you (a live stream, "
                                    "Xiaohongshu notes, affiliates, a fair stall, your parcel cards); each gets a "
                                    "code for its poster, and whoever sends it when adding your WeChat counts for "
                                    "that channel."), objectName="channelsEmpty", wordWrap=True)
        self.empty.setStyleSheet("color: #555;")
        self.status = QLabel(objectName="channelStatus", wordWrap=True)
        self.add_button = QPushButton(self.tr("Add channel…"), objectName="addChannel")
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="editChannel")
        self.cost_button = QPushButton(self.tr("Add cost for a period…"), objectName="addChannelCost")
        self.poster_button = QPushButton(self.tr("Make poster PDF…"), objectName="makePoster")
        self.card_costs_button = QPushButton(self.tr("What a card costs…"), objectName="cardCosts")
        self.card_costs_button.clicked.connect(self.card_costs)
        self.add_button.clicked.connect(self.add_channel)
        self.edit_button.clicked.connect(self.edit_channel)
        self.cost_button.clicked.connect(self.add_cost)
        self.poster_button.clicked.connect(self.make_poster)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.cost_button, self.poster_button,
                       self.card_costs_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        self.show_rows([])

    def show_rows(self, rows: list[dict]) -> None:
        selected = self.selected_id()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        for button in (self.edit_button, self.cost_button, self.poster_button):
            button.setEnabled(bool(rows))
        fit_table(self.view)
        ids = [r["id"] for r in rows]
        if rows:
            self.view.selectRow(ids.index(selected) if selected in ids else 0)

    def show_figures(self, g) -> None:
        self.show_rows(g.channels)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]["id"]

    def select(self, channel_id: int) -> None:
        ids = [r["id"] for r in self.model.rows]
        if channel_id in ids:
            self.view.selectRow(ids.index(channel_id))

    def _with_selected(self, then) -> None:
        """``then(channel)`` with the selected channel as the book has it now (read off the GUI
        thread); nothing without a selection or when it is gone meanwhile."""
        channel_id = self.selected_id()
        if channel_id is not None:
            def found(channel) -> None:
                if channel is not None:
                    then(channel)

            background.read(self, get_channel, channel_id, data_dir=self.window_.data_dir, on_result=found)

    def _saved(self, text: str) -> None:
        self.status.setText(text)
        self.window_.announce(Change.of(CHANNELS, customer_ids=[], source="channels"))

    def add_channel(self) -> None:
        dialog = ChannelDialog(self.window_)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved is not None:
            channel = dialog.saved
            self._saved(self.tr("Channel “{name}” added, code {code}.").format(name=channel.name, code=channel.code)
                        if channel.code else self.tr("Channel “{name}” added.").format(name=channel.name))

    def edit_channel(self) -> None:
        self._with_selected(self._edit)

    def _edit(self, channel) -> None:
        dialog = ChannelDialog(self.window_, channel)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved is not None:
            self._saved(self.tr("Channel “{name}” saved.").format(name=dialog.saved.name))

    def add_cost(self) -> None:
        self._with_selected(self._add_cost)

    def _add_cost(self, channel) -> None:
        dialog = CostDialog(self.window_, channel)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.saved is not None:
            cost = dialog.saved
            self._saved(self.tr("“{name}” cost {cost} from {first} to {last}.").format(
                name=channel.name, cost=yuan_sign(cost.cost_fen), first=cost.from_date, last=cost.to_date))

    def card_costs(self) -> None:
        dialog = CardCostsDialog(self.window_)
        if self.window_.dialogs.exec_dialog(dialog):
            self._saved(self.tr("Card costs saved: the parcel-card channel counts them from now on."))

    def make_poster(self) -> None:
        self._with_selected(self._make_poster)

    def _make_poster(self, channel) -> None:
        if not channel.code:
            self.window_.dialogs.information(self, self.tr("Make poster PDF"), self.tr(
                "“{name}” is the parcel-card channel: its adds come back with the cards' own codes, so it "
                "has no poster.").format(name=channel.name))
            return
        path = self.window_.dialogs.save_file(self, self.tr("Make poster PDF"), f"{channel.name}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        self.status.setText(self.tr("Drawing the poster…"))
        self.poster_button.setEnabled(False)
        self.poster_task = tasks.start_with_db(self.window_.data_dir, make_poster_job, self.window_.data_dir,
                                               channel.id, path, owner=self)
        self.poster_task.signals.succeeded.connect(self._poster_done)
        self.poster_task.signals.failed.connect(self._poster_failed)

    def _poster_done(self, path: str) -> None:
        self.poster_task = None
        self.poster_button.setEnabled(True)
        self.status.setText(self.tr("Poster written to {path}").format(path=path))

    def _poster_failed(self, exc) -> None:
        self.poster_task = None
        self.poster_button.setEnabled(True)
        self.status.setText("")
        self.window_.dialogs.warning(self, self.tr("Make poster PDF"), str(exc))
