"""The quick redeem box (Ctrl+K from anywhere): paste the friend request, see which card, order,
customer and letter version it is, and mark the buyer added on WeChat in one click. A buyer without
a code is found by name, phone tail or order id instead. A channel's code (from its poster) marks
the customer picked below, else the one with the request's WeChat name, else a new customer under
that name, added through that channel (:mod:`shopowner.followups.channel_redeem`).

It is a small non-modal window, so staff can keep it open beside WeChat all day. Every look-up
and save runs off the GUI thread: a look-up's answer is shown when it comes (the newest paste
wins), a save's result once it is saved.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout,
)

from shopowner import clock, tasks
from shopowner.changes import CARDS, CHANNELS, customers_added, customers_edited
from shopowner.followups.channel_redeem import find_channel_code, redeem_channel
from shopowner.followups.paste import wechat_name_in
from shopowner.followups.redeem import RedeemError, add_without_code, find_card, redeem
from shopowner.ui.followups.accounts import fill_account_choices
from shopowner.ui import background
from shopowner.ui.followups.customer_search import CustomerSearch
from shopowner.vocab.names import shown_name
from shopowner.ui.form_parts import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"


def _find(db, text: str):
    """What the paste names: (channel, None, None), (None, card match, None) or the refusal."""
    try:
        channel = find_channel_code(db, text)
        if channel is not None:
            return channel, None, None
        return None, find_card(db, text), None
    except RedeemError as exc:
        return None, None, exc


class QuickRedeemBox(QDialog):
    looked_up = Signal()  # the paste's look-up is shown
    saved = Signal()  # a mark, saved (or refused), is shown

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.db = window.db
        self.match = None
        self.channel_match = None  # a channel's code was pasted instead of a card's
        self._reads = tasks.Latest(self, data_dir=window.data_dir)
        self._mark_after_look_up = False
        self.saving = False
        self.setObjectName("quickRedeem")
        self.setWindowTitle(self.tr("Redeem a card code"))
        self.setModal(False)
        self.resize(520, 460)

        self.paste = QLineEdit()
        self.paste.setObjectName("redeemPaste")
        self.paste.setPlaceholderText(self.tr("Paste the friend request, e.g. K7F2X 张三 买的龙井"))
        self.paste.setClearButtonEnabled(True)
        self.result: QLabel = QLabel()  # type: ignore[assignment]  # shadows QDialog.result(), unused here
        self.result.setObjectName("redeemResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setMinimumHeight(48)
        self.suggestion_bar = QHBoxLayout()  # one-click fixes for a code typed with one mistake
        self.suggestion_buttons: list[QPushButton] = []
        self._auto_name = ""  # the WeChat name last taken from a paste (replaced by the next one)

        self.wechat_name = QLineEdit()
        self.wechat_name.setPlaceholderText(self.tr("as shown in WeChat"))
        self.remark = QLineEdit()
        self.account = QComboBox()
        self.account.setEditable(True)
        fill_account_choices(self.account, window)
        form = QFormLayout()
        form.addRow(self.tr("WeChat name"), self.wechat_name)
        form.addRow(self.tr("Remark"), self.remark)
        form.addRow(self.tr("Added to account"), self.account)
        self.added_on = QDateEdit(QDate.currentDate())
        self.added_on.setObjectName("addedOn")
        self.added_on.setDisplayFormat("yyyy-MM-dd")
        self.added_on.setCalendarPopup(True)
        self.added_on.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("Added on"), self.added_on)

        self.mark_button = QPushButton(self.tr("Mark added on WeChat"))
        self.mark_button.setObjectName("markAdded")
        self.mark_button.setEnabled(False)
        self.mark_button.setDefault(True)
        self.mark_button.clicked.connect(self.mark_added)

        self.no_code = QGroupBox(self.tr("Add on WeChat without a code"))
        self.no_code.setCheckable(True)
        self.no_code.setChecked(False)
        self.search = CustomerSearch(self.db)
        self.no_code_button = QPushButton(self.tr("Mark this customer added (no code)"))
        self.no_code_button.setObjectName("markAddedNoCode")
        self.no_code_button.clicked.connect(self.mark_added_without_code)
        box = QVBoxLayout(self.no_code)
        box.addWidget(self.search)
        box.addWidget(self.no_code_button)
        self.no_code.toggled.connect(self._toggle_no_code)
        self._toggle_no_code(False)

        self.status = QLabel()
        self.status.setObjectName("redeemStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(OK_STYLE)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Friend request or code")))
        layout.addWidget(self.paste)
        layout.addWidget(self.result)
        layout.addLayout(self.suggestion_bar)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.mark_button)
        layout.addLayout(buttons)
        layout.addWidget(self.no_code)
        layout.addStretch(1)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(close)
        layout.addLayout(end)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.look_up)
        self.paste.textChanged.connect(lambda _: self._timer.start())

    def _toggle_no_code(self, on: bool) -> None:
        for widget in (self.search, self.no_code_button):
            widget.setVisible(on)
        if on:
            self.search.query.setFocus()

    def start(self) -> None:
        """Bring the box forward with the paste field selected, ready for Ctrl+V."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.paste.setFocus()
        self.paste.selectAll()

    @property
    def looking(self) -> bool:
        """A paste not looked up yet, or its look-up still running."""
        return self._timer.isActive() or self._reads.busy

    def look_up(self) -> None:
        self._timer.stop()
        text = self.paste.text()
        self.match = self.channel_match = None
        self.mark_button.setEnabled(False)
        self._show_suggestions([])
        if not text.strip():
            self._reads.drop()
            self._mark_after_look_up = False
            self.result.setText("")
            self.looked_up.emit()
            return
        self.status.setText("")  # the last success belongs to the previous paste
        self._take_name(text)
        self._reads.request(_find, text, on_result=lambda found: self._found(*found))

    def _found(self, channel, match, error) -> None:
        mark, self._mark_after_look_up = self._mark_after_look_up, False
        self._show_found(channel, match, error)
        self.looked_up.emit()
        if mark and not self.saving:
            if self.channel_match is not None:
                self.mark_added_through_channel()
            elif self.match is not None:
                self._redeem()

    def _show_found(self, channel, match, error) -> None:
        if error is not None:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(str(error))
            self._show_suggestions(error.suggestions)
            return
        if channel is not None:
            self.channel_match = channel
            self._show_channel(channel)
            return
        self.match = match
        self.result.setStyleSheet("")
        order = match.platform_order_id or self.tr("no order")
        if match.platform:
            order = self.tr("{order} on {platform}").format(order=order, platform=match.platform_name)
        who = shown_name(match.customer_name, match.customer_id)
        lines = [self.tr("Card {code} · order {order} · {name}").format(code=match.code, order=order,
                                                                       name=who),
                 self.tr("Letter {letter} · printed {printed}").format(
                     letter=match.letter_version, printed=(match.printed_at or "")[:10])]
        self.result.setText("\n".join(lines))
        self.mark_button.setEnabled(True)

    def _show_channel(self, channel) -> None:
        self.result.setStyleSheet("")
        self.result.setText("\n".join([
            self.tr("Channel {name} ({kind}) · code {code}").format(name=channel.name, kind=channel.kind_name,
                                                                   code=channel.code),
            self.tr("Marks the customer picked under “Add on WeChat without a code”, else the one with this "
                    "WeChat name, else a new customer under it.")]))
        self.mark_button.setEnabled(True)

    def _take_name(self, text: str) -> None:
        """Prefill the WeChat name the paste states, unless staff typed one themselves."""
        name = wechat_name_in(text)
        current = self.wechat_name.text().strip()
        if name and (not current or current == self._auto_name):
            self.wechat_name.setText(name)
            self._auto_name = name
        elif not name and current and current == self._auto_name:
            self.wechat_name.clear()
            self._auto_name = ""

    def _show_suggestions(self, suggestions) -> None:
        while self.suggestion_bar.count():
            item = self.suggestion_bar.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.suggestion_buttons = []
        for suggestion in suggestions:
            button = QPushButton(self.tr("Use {code}").format(code=suggestion.code))
            button.setObjectName("useSuggestion")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=suggestion: self.use_suggestion(s))
            self.suggestion_bar.addWidget(button)
            self.suggestion_buttons.append(button)
        if suggestions:
            self.suggestion_bar.addStretch(1)

    def use_suggestion(self, suggestion) -> None:
        """Replace the mistyped code in the paste with the suggested one and look it up."""
        self.paste.setText(suggestion.fixed_text(self.paste.text()))
        self.look_up()
        self.paste.setFocus()

    def _fields(self) -> dict:
        day = cast(date, self.added_on.date().toPython())  # the stub types it object
        when = None if day >= clock.today() else datetime.combine(day, clock.current().time())
        return dict(wechat_name=self.wechat_name.text(), remark=self.remark.text(),
                    account=self.account.currentText(), now=when)

    def mark_added(self) -> None:
        """Look the paste up again, then mark what it names (off the GUI thread)."""
        if self.saving:
            return
        self._mark_after_look_up = True
        self.look_up()

    def _refused(self, exc: Exception, label: QLabel, *, style: bool = True) -> None:
        self._saving(False)
        if isinstance(exc, RedeemError):
            if style:
                label.setStyleSheet(ERROR_STYLE)
            label.setText(str(exc))
        else:
            background.show_failure(self, exc)
        self.saved.emit()

    def _saving(self, on: bool) -> None:
        self.saving = on
        self.mark_button.setEnabled(not on and (self.match is not None or self.channel_match is not None))
        self.no_code_button.setEnabled(not on)

    def _redeem(self) -> None:
        self._saving(True)
        background.write(self, redeem, self.paste.text(), **self._fields(), on_done=self._redeemed,
                         on_error=lambda exc: self._refused(exc, self.result))

    def _redeemed(self, match) -> None:
        self._saving(False)
        assert match.customer_id is not None  # redeem() marks only a card linked to a customer
        self.status.setText(self.tr("{name} is now marked added on WeChat (card {code}).")
                            .format(name=shown_name(match.customer_name, match.customer_id), code=match.code))
        self._done(customers_edited([match.customer_id], CARDS, source="redeem"))

    def mark_added_through_channel(self) -> None:
        if self.saving:
            return
        self._saving(True)
        text, fields = self.paste.text(), self._fields()
        if self.no_code.isChecked():
            self.search.when_settled(lambda: self._through_channel(text, fields, self.search.selected_id()))
        else:
            self._through_channel(text, fields, None)

    def _through_channel(self, text: str, fields: dict, picked: int | None) -> None:
        background.write(self, redeem_channel, text, customer_id=picked, **fields,
                         on_done=self._added_through_channel,
                         on_error=lambda exc: self._refused(exc, self.result))

    def _added_through_channel(self, added) -> None:
        self._saving(False)
        text = (self.tr("{name} is new in the book, added on WeChat through {channel}.") if added.created
                else self.tr("{name} is now marked added on WeChat through {channel}."))
        self.status.setText(text.format(name=added.customer_name, channel=added.channel.name))
        change = customers_added([added.customer_id], source="redeem") if added.created else \
            customers_edited([added.customer_id], source="redeem")
        self._done(change.merge(customers_edited([added.customer_id], CHANNELS, source="redeem")))

    def mark_added_without_code(self) -> None:
        if self.saving:
            return
        self._saving(True)
        fields = self._fields()
        self.search.when_settled(lambda: self._without_code(self.search.selected_id(), fields))

    def _without_code(self, customer_id: int | None, fields: dict) -> None:
        if customer_id is None:
            self._saving(False)
            self.search.note.setText(self.tr("Search and pick the customer first."))
            self.saved.emit()
            return
        item = self.search.results.currentItem()
        name = item.text().split(" · ")[0] if item is not None else ""
        background.write(self, add_without_code, customer_id, **fields,
                         on_done=lambda _: self._added_without_code(customer_id, name),
                         on_error=lambda exc: self._refused(exc, self.search.note, style=False))

    def _added_without_code(self, customer_id: int, name: str) -> None:
        self._saving(False)
        self.status.setText(self.tr("{name} is now marked added on WeChat (no code).").format(name=name))
        self._done(customers_edited([customer_id], source="redeem"))

    def _done(self, change) -> None:
        self.paste.blockSignals(True)  # keep the success line until the next paste
        self.paste.clear()
        self.paste.blockSignals(False)
        self._timer.stop()
        self._auto_name = ""
        self.wechat_name.clear()
        self.remark.clear()
        self.result.setText("")
        self.match = self.channel_match = None
        self.mark_button.setEnabled(False)
        self.search.query.clear()
        self.search.results.clear()
        self.window_.announce(change)
        self.paste.setFocus()
        self.saved.emit()


def open_quick_redeem(window) -> QuickRedeemBox:
    """Show the window's one quick redeem box (created on first use)."""
    box = getattr(window, "_quick_redeem_box", None)
    if box is None:
        box = QuickRedeemBox(window)
        window._quick_redeem_box = box
    box.start()
    return box


def make_redeem_action(window):
    """The Ctrl+K action for the main window's menu (its text lives in this area's catalogue)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QKeySequence

    action = QAction(QCoreApplication.translate("QuickRedeem", "&Redeem card code…"), window)
    action.setObjectName("redeemAction")
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: open_quick_redeem(window))
    return action
