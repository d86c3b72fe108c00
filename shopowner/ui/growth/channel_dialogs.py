"""The channels page's dialogs: add or edit a channel (name, kind, notes; a new one may take its
first cost), add what a channel cost in a period, and what a parcel card costs (per layout, plus
the gift it promises). Saved through :mod:`shopowner.channels.book`, off the GUI thread (the dialog
closes once saved); a value it refuses is explained under the fields and nothing is written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QLineEdit, QVBoxLayout,
)

from shopowner.cards.layouts import all_layouts
from shopowner.channels.book import (
    Channel, CostPeriod, add_channel, add_cost, edit_channel, get_channel, this_month,
)
from shopowner.shop_settings import change_settings
from shopowner.ui.row_conflicts import Changed, over_theirs, saving_over
from shopowner.ui import background
from shopowner.ui.form_parts import error_label, hint_label, save_cancel
from shopowner.store.settings import BAIT_COST_KEY, CARD_COSTS_KEY, get_setting
from shopowner.vocab.channel_kinds import CHANNEL_KINDS, channel_kind_name
from shopowner.vocab.money import yuan_input



def _day(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), objectName=name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


class _Form(QDialog):
    """A form with an error line and Save/Cancel; ``save()`` says what to run off the GUI thread
    (``fn(db, *args)``, which raises ValueError/LookupError to refuse); ``saved(result)`` takes its
    result before the dialog closes."""

    def __init__(self, window, name: str, title: str):
        super().__init__(window)
        self.data_dir = window.data_dir
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label("channelError")
        buttons = save_cancel(self)
        self.save_button = buttons.button(buttons.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.hint = hint_label()
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _cost_fields(self) -> None:
        first, last = this_month()
        self.cost = QLineEdit(objectName="channelCost")
        self.cost.setPlaceholderText(QCoreApplication.translate("ChannelDialog", "yuan, e.g. 3000"))
        self.from_date, self.to_date = _day(first, "costFrom"), _day(last, "costTo")
        self.form.addRow(QCoreApplication.translate("ChannelDialog", "C&ost:"), self.cost)
        self.form.addRow(QCoreApplication.translate("ChannelDialog", "&From:"), self.from_date)
        self.form.addRow(QCoreApplication.translate("ChannelDialog", "&To:"), self.to_date)

    def save(self) -> tuple:
        """``(fn, *args)`` to run as ``fn(db, *args)``."""
        raise NotImplementedError

    def saved_as(self, result) -> None:
        """The save's result, before the dialog closes."""

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return  # saving already (or not ready)
        fn, *args = self.save()
        self._write(fn, *args)

    def _write(self, fn, *args) -> None:
        background.save(self, fn, *args, button=self.save_button, error=self.error,
                        refused=(ValueError, LookupError), on_done=self._done)

    def _done(self, result) -> None:
        self.saved_as(result)
        super().accept()


class ChannelDialog(_Form):
    """Add a channel (``channel`` None) or edit one."""

    def __init__(self, window, channel: Channel | None = None):
        super().__init__(window, "channelDialog", self.tr("Add a channel") if channel is None
                         else self.tr("Channel {name}").format(name=channel.name))
        self.channel = channel
        self.saved: Channel | None = None
        self.name = QLineEdit(channel.name if channel else "", objectName="channelName")
        self.name.setPlaceholderText(self.tr("e.g. 小红书投放, 周五直播间"))
        self.kind = QComboBox(objectName="channelKind")
        for key in CHANNEL_KINDS:
            self.kind.addItem(channel_kind_name(key), key)
        if channel is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(channel.kind), 0))
        self.notes = QLineEdit(channel.notes if channel else "", objectName="channelNotes")
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("No&tes:"), self.notes)
        if channel is None:
            self._cost_fields()
            self.hint.setText(self.tr("Every channel but parcel cards gets a code for its poster. Leave the cost "
                                      "empty if it costs nothing or you add it later."))
        elif channel.code:
            self.hint.setText(self.tr("Its code {code} stays the same: posters already printed carry it.")
                              .format(code=channel.code))
        self.name.setFocus()

    def save(self) -> tuple:
        kind = self.kind.currentData()
        if self.channel is None:
            cost = self.cost.text().strip()
            return (_add_channel, self.name.text(), kind, self.notes.text(), cost or None,
                    _iso(self.from_date) if cost else None, _iso(self.to_date) if cost else None)
        return _edit_channel, self.channel.id, self._mine(), self.channel.version

    def _mine(self) -> dict:
        return {"name": self.name.text(), "kind": self.kind.currentData(), "notes": self.notes.text()}

    def _done(self, result) -> None:
        if not isinstance(result, Changed):
            super()._done(result)
            return
        # someone saved the channel meanwhile: what only this dialog changed is saved over theirs
        assert self.channel is not None
        now = result.now
        writes = over_theirs(self, self.tr("this channel"), _values(self.channel), self._mine(), _values(now),
                             {"name": self.tr("Name"), "kind": self.tr("Kind"), "notes": self.tr("Notes")},
                             lambda field, value: channel_kind_name(value) if field == "kind" else str(value or ""))
        self.channel = now
        if not writes:
            super()._done(now)
            return
        self._write(_edit_channel, now.id, writes, now.version)

    def saved_as(self, result) -> None:
        self.saved = result


def _values(channel: Channel) -> dict:
    return {"name": channel.name, "kind": channel.kind, "notes": channel.notes}


def _add_channel(db, name, kind, notes, cost, from_date, to_date) -> Channel:
    return add_channel(db, name, kind, notes=notes, cost=cost, from_date=from_date, to_date=to_date)


def _edit_channel(db, channel_id: int, values: dict, version: int):
    """The edit, over ``version``; someone else's save since comes back as ``Changed``."""
    return _over_version(db, channel_id, expected_version=version, **values)


_over_version = saving_over(edit_channel, get_channel)


class CostDialog(_Form):
    """What a channel cost from one day to another."""

    def __init__(self, window, channel: Channel):
        super().__init__(window, "costDialog", self.tr("Cost of {name}").format(name=channel.name))
        self.channel = channel
        self.saved: CostPeriod | None = None
        self._cost_fields()
        self.note = QLineEdit(objectName="costNote")
        self.note.setPlaceholderText(self.tr("e.g. 达人笔记三篇"))
        self.form.addRow(self.tr("No&te:"), self.note)
        self.hint.setText(self.tr("The figures spread a cost evenly over its days, so a period shows its share."))
        self.cost.setFocus()

    def save(self) -> tuple:
        return (add_cost, self.channel.id, self.cost.text(), _iso(self.from_date), _iso(self.to_date),
                self.note.text())

    def saved_as(self, result) -> None:
        self.saved = result



class CardCostsDialog(_Form):
    """What one printed card costs on each layout, and the gift a card promises: the parcel-card
    channel's cost, so its cost per added friend compares with the other channels'."""

    def __init__(self, window):
        super().__init__(window, "cardCostsDialog", self.tr("What a parcel card costs"))
        self.prices: dict[str, QLineEdit] = {}
        for key, layout in all_layouts(self.data_dir).items():
            edit = QLineEdit(objectName=f"cardCost-{key}")
            edit.setPlaceholderText(self.tr("yuan per card, e.g. 0.35"))
            self.prices[key] = edit
            self.form.addRow(layout.display_name(), edit)
        self.bait = QLineEdit(objectName="baitCost")
        self.bait.setPlaceholderText(self.tr("yuan per card, e.g. 3 for a sample pack"))
        self.form.addRow(self.tr("&Gift the card promises:"), self.bait)
        self.hint.setText(self.tr("Paper and ink per printed card on each layout, and the gift sent to whoever "
                                  "adds your WeChat with the card's code. Every card printed in a period counts "
                                  "towards the parcel-card channel's cost."))

        self.ready = False  # the prices saved before are shown (Save waits for them)
        self.save_button.setEnabled(False)
        background.read(self, _card_costs, on_result=self._show_costs)

    def _show_costs(self, saved: tuple[dict, object]) -> None:
        prices, bait = saved
        for key, edit in self.prices.items():
            if not edit.text():  # not typed meanwhile
                edit.setText(yuan_input(int(prices[key]) if prices.get(key) else None))
        if not self.bait.text():
            self.bait.setText(yuan_input(int(bait) if bait else None))
        self.ready = True
        self.save_button.setEnabled(True)

    def save(self) -> tuple:
        costs = ";".join(f"{key}={edit.text().strip()}" for key, edit in self.prices.items() if edit.text().strip())
        return change_settings, self.data_dir, {"card-costs": costs or "none", "bait-cost": self.bait.text()}


def _card_costs(db) -> tuple[dict, object]:
    """The price per card of each layout and the gift's, as saved."""
    return get_setting(db, CARD_COSTS_KEY, {}) or {}, get_setting(db, BAIT_COST_KEY)
