"""Find a customer by name, phone tail or order id (for adding WeChat without a code, and for
follow-ups or feedback started outside a customer's page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from shopowner.store.redemptions import search_customers
from shopowner.vocab.names import display_name


class CustomerSearch(QWidget):
    picked = Signal(int)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
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
        self._timer.stop()
        text = self.query.text().strip()
        self.results.clear()
        rows = search_customers(self.db, text) if text else []
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
        if text and not rows:
            self.note.setText(self.tr("No customer matches “{text}”. Try part of the name, the last "
                                      "4 digits of the phone, or the full order id.").format(text=text))
        else:
            self.note.setText("")
        if rows:
            self.results.setCurrentRow(0)

    def selected_id(self) -> int | None:
        if self._timer.isActive():  # typed but not searched yet: search now
            self.search()
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.picked.emit(current.data(Qt.ItemDataRole.UserRole))
