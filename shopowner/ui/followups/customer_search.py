"""Find a customer by name, phone tail or order id (for adding WeChat without a code, and for
follow-ups or feedback started outside a customer's page).

The search runs off the GUI thread (newest wins); a dialog that needs the pick to match what was
typed asks :meth:`CustomerSearch.when_settled`, which waits for the search still running."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from shopowner import tasks
from shopowner.store.redemptions import search_customers
from shopowner.ui.background import data_dir_of
from shopowner.vocab.names import display_name


class CustomerSearch(QWidget):
    picked = Signal(int)
    searched = Signal()  # the results for the text typed are shown

    def __init__(self, db, parent=None, *, data_dir=None):
        super().__init__(parent)
        self.db = db
        self.data_dir = data_dir  # else the window's, found through the parents when searching
        self._reads: tasks.Latest | None = None
        self._after: list[Callable[[], None]] = []  # waiting for the running search
        self.query = QLineEdit()
        self.query.setObjectName("customerQuery")
        self.query.setPlaceholderText(self.tr("Name, last 4+ digits of the phone, or order id"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("customerResults")
        self.results.setMaximumHeight(140)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.note)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self.search)
        self.results.currentItemChanged.connect(self._current_changed)

    def search(self) -> None:
        """Search for the text typed now (off the GUI thread); the results replace the list."""
        self._timer.stop()
        text = self.query.text().strip()
        self.results.clear()
        reads = self._reader()
        if text:
            reads.request(search_customers, text, on_result=lambda rows: self._show(text, rows))
        else:
            reads.drop()  # a search still running for older text is not shown
            self.note.setText("")
            if not reads.busy:
                self._settled()

    def _reader(self) -> tasks.Latest:
        if self._reads is None:
            try:
                data_dir = self.data_dir or data_dir_of(self)
            except LookupError:  # outside a window: read on the given connection
                data_dir = None
            self._reads = tasks.Latest(self, data_dir=data_dir, db=self.db)
            self._reads.idle.connect(self._settled)
            self._reads.on_error = lambda exc: self.note.setText(str(exc))
        return self._reads

    def _show(self, text: str, rows: list) -> None:
        self.results.clear()
        for row in rows:
            bits = [display_name(row["name"], row["nickname"], row["wechat_name"], customer_id=row["id"])]
            if row["phone"]:
                bits.append(self.tr("phone …{tail}").format(tail=row["phone"][-4:]))
            if row["last_order_id"]:
                bits.append(self.tr("order {id}").format(id=row["last_order_id"]))
            if row["city"]:
                bits.append(row["city"])
            if row["wechat_status"] == "added":
                bits.append(self.tr("already on WeChat ({name})").format(name=row["wechat_name"] or "—"))
            item = QListWidgetItem(" · ".join(bits))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.results.addItem(item)
        if not rows:
            self.note.setText(self.tr("No customer matches “{text}”. Try part of the name, the last "
                                      "4 digits of the phone, or the full order id.").format(text=text))
        else:
            self.note.setText("")
            self.results.setCurrentRow(0)
        if self._reads is None or self._reads.data_dir is None:  # read inline: no idle signal
            self._settled()

    @property
    def searching(self) -> bool:
        """Typed but not searched yet, or the search still running."""
        return self._timer.isActive() or (self._reads is not None and self._reads.busy)

    def when_settled(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the results are those of the text typed (at once when they are): a
        search typed but not started yet starts now."""
        if self._timer.isActive():
            self.search()
        if self.searching:
            self._after.append(then)
        else:
            then()

    def _settled(self) -> None:
        self.searched.emit()
        after, self._after = self._after, []
        for then in after:
            then()

    def selected_id(self) -> int | None:
        """The customer picked in the results shown (see :meth:`when_settled` for a search that
        may still be running)."""
        if self._timer.isActive():  # typed but not searched yet: search now
            self.search()
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.picked.emit(current.data(Qt.ItemDataRole.UserRole))
