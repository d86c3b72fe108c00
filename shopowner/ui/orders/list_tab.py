"""私域订单: every order sold over WeChat, newest first (or only those waiting to ship), in the 商品
area beside the products: what the founder looks at before packing. The list is read off the GUI
thread a page at a time, again on an orders notice while on screen; its buttons are the same
actions as the customer's orders tab and the File menu (new order, shipping list, mark shipped,
cancel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopowner.changes import ORDERS
from shopowner.orders.private import can_cancel, can_ship, count_orders, list_orders
from shopowner.orders.shipping_list import items_text
from shopowner.ui.empty_state import EmptyState
from shopowner.ui.followups.table_model import SqlTableModel, make_view, selected_row
from shopowner.ui.notices import listen
from shopowner.ui.orders import cancel_order, export_shipping_list, mark_order_shipped
from shopowner.vocab.money import yuan
from shopowner.vocab.order_statuses import status_label
from shopowner.vocab.paid_via import paid_via_label

ITEMS_COLUMN = 6


def _fetch(db, limit, offset, to_ship=False) -> list[dict]:
    return list_orders(db, limit=limit, offset=offset, to_ship=to_ship)


def _count(db, to_ship=False) -> int:
    return count_orders(db, to_ship=to_ship)


class PrivateOrdersTab(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.to_ship = QCheckBox(self.tr("Waiting to ship only"), objectName="ordersToShip")
        self.new_button = QPushButton(self.tr("New private order…  (Ctrl+Shift+O)"), objectName="ordersNew")
        self.ship_button = QPushButton(self.tr("Mark shipped  (Ctrl+Shift+S)"), objectName="ordersShip")
        self.cancel_button = QPushButton(self.tr("Cancel order…"), objectName="ordersCancel")
        self.list_button = QPushButton(self.tr("Export shipping list…"), objectName="ordersShippingList")
        self.new_button.clicked.connect(lambda: window.new_private_order())
        self.ship_button.clicked.connect(lambda: self._on_selected(mark_order_shipped))
        self.cancel_button.clicked.connect(lambda: self._on_selected(cancel_order))
        self.list_button.clicked.connect(lambda: export_shipping_list(window))
        self.count = QLabel(objectName="ordersCount")
        self.model = SqlTableModel([
            (self.tr("Order"), "platform_order_id"),
            (self.tr("Date"), lambda r: (r["created_at"] or "")[:16]),
            (self.tr("Customer"), "customer_name"),
            (self.tr("Status"), lambda r: status_label(r["status"])),
            (self.tr("Paid via"), lambda r: paid_via_label(r["paid_via"])),
            (self.tr("Total (yuan)"), lambda r: yuan(r["total_fen"])),
            (self.tr("Items"), lambda r: items_text(r["items"])),
            (self.tr("Receiver"), "receiver_name"),
        ], window.data_dir, fetch=_fetch, count=_count, filters=self._filters, right=(5,), parent=self)
        self.view = make_view(self.model, "orders/private", stretch=ITEMS_COLUMN, free=(2, 6, 7), samples={
            0: ["SY20261231-0001"], 1: ["2026-12-31 23:59"], 5: ["12,345.00"]})
        self.view.setObjectName("privateOrdersView")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)
        self.model.loaded.connect(self._loaded)
        self.empty = EmptyState(self.view)
        self.to_ship.toggled.connect(lambda _: self.refresh())
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self._on_selected(mark_order_shipped),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bar = QHBoxLayout()
        bar.addWidget(self.to_ship)
        bar.addStretch(1)
        for button in (self.new_button, self.ship_button, self.cancel_button, self.list_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        self._enable()
        self.listener = listen(self, window, lambda _change: self.refresh(), ORDERS, first=True)

    def _filters(self) -> dict:
        return {"to_ship": self.to_ship.isChecked()}

    def refresh(self) -> None:
        self.model.refresh()

    def selected(self) -> dict | None:
        return selected_row(self.view)

    def _enable(self) -> None:
        order = self.selected()
        self.ship_button.setEnabled(order is not None and can_ship(order))
        self.cancel_button.setEnabled(order is not None and can_cancel(order))

    def _on_selected(self, act) -> None:
        order = self.selected()
        if order is not None:
            act(self.window_, order["platform_order_id"])

    def _loaded(self, _extra) -> None:
        total = self.model.total()
        self.count.setText(self.tr("Private orders: {n}").format(n=total))
        if total == 0 and not self.to_ship.isChecked():
            self.empty.show_message(
                self.tr("No private orders yet. When a customer buys over WeChat, record the order here or "
                        "from their page in the customer book: it gets a card with the parcels going out and "
                        "a line in the shipping list."),
                self.tr("New private order…  (Ctrl+Shift+O)"), lambda: self.window_.new_private_order())
        else:
            self.empty.hide()
            if total == 0:
                self.count.setText(self.tr("Nothing is waiting to ship."))
        self._enable()
