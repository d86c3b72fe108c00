"""Private orders from the window: 新建私域订单… (Ctrl+Shift+O, in the File menu, the customer's
detail pane and the products area) opens :class:`.order_dialog.PrivateOrderDialog`; 导出发货单…
writes the private orders waiting to ship as a CSV or XLSX shipping list, off the GUI thread. What
the dialog starts with is read before it opens, and marking shipped or cancelling is written by
:mod:`shopowner.ui.background`: nothing runs on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopowner import clock, tasks
from shopowner.orders.private import (
    OrderError, cancel_private_order, mark_shipped, order_added, order_cancelled, orders_shipped,
)
from shopowner.ui import background

translate = QCoreApplication.translate

NEW_ORDER_KEY = "Ctrl+Shift+O"


def new_order_text() -> str:
    return translate("Orders", "New &private order…")


def shipping_list_text() -> str:
    return translate("Orders", "Export &shipping list…")


def open_new_order(window, customer_id: int | None = None, product_id: int | None = None) -> None:
    """The new private order dialog, opened once what it starts with is read (the products, the
    customer's name and address); once saved, the change is announced (the book, the detail
    pane, the cards' parcels going out and growth read again) and the status bar says so."""
    from shopowner.ui.orders.order_dialog import PrivateOrderDialog, dialog_start

    def opened(start) -> None:
        products, customer = start
        dialog = PrivateOrderDialog(window, customer_id, product_id, products=products, customer=customer)
        if not window.dialogs.exec_dialog(dialog) or dialog.saved is None:
            return
        order = dialog.saved
        window.announce(order_added(order))
        saved = translate("Orders", "Private order {number} saved for {receiver}.")
        window.statusBar().showMessage(saved.format(number=order.number, receiver=order.address.receiver_name), 8000)
    background.read(window, dialog_start, customer_id, on_result=opened)


def export_shipping_list(window):
    """Ask where, then write the private orders waiting to ship there (a background job); the
    job is returned (None when no file was chosen)."""
    from shopowner.orders.shipping_list import export_shipping_list as export

    suggested = str(window.data_dir.parent / f"发货单-{clock.today():%Y%m%d}.xlsx")
    path = window.dialogs.save_file(window, translate("Orders", "Export shipping list"), suggested,
                                    translate("Orders", "Excel workbook (*.xlsx);;CSV (*.csv)"))
    if not path:
        return None
    window.statusBar().showMessage(translate("Orders", "Writing the shipping list…"))
    task = tasks.start_with_db(window.data_dir, export, path, owner=window)
    task.signals.succeeded.connect(lambda numbers: _written(window, path, numbers))
    task.signals.failed.connect(lambda exc: _failed(window, exc))
    window.shipping_list_task = task
    return task


def _written(window, path: str, numbers: list[str]) -> None:
    """The list is written: say so, and offer to mark those orders shipped (the usual next step,
    once the courier has them), so they leave the list and the parcels going out."""
    written = translate("Orders", "Shipping list written: %n order(s) in {path}.", None, len(numbers)).format(path=path)
    window.statusBar().showMessage(written, 10000)
    if not window.dialogs.confirm(window, translate("Orders", "Export shipping list"), written + "\n\n" + translate(
            "Orders", "Mark these %n order(s) shipped now? They leave the shipping list and the parcels "
                      "going out. Choose No if the courier has not taken them yet.", None, len(numbers))):
        return

    def marked(result) -> None:
        window.announce(orders_shipped(result))
        window.statusBar().showMessage(translate("Orders", "%n order(s) marked shipped.", None, len(result)), 10000)
    background.write(window, mark_shipped, numbers, on_done=marked, refused=(OrderError,),  # changed meanwhile
                     on_refused=lambda exc: window.dialogs.information(
                         window, translate("Orders", "Export shipping list"), str(exc)))


def _failed(window, exc: Exception) -> None:
    window.statusBar().clearMessage()
    # a refusal (nothing to ship) in its own words, else what happened and what to do
    window.dialogs.information(window, translate("Orders", "Export shipping list"), str(exc))


def mark_order_shipped(window, number: str) -> None:
    """One private order marked shipped (the customer's orders tab: right-click)."""
    def marked(result) -> None:
        window.announce(orders_shipped(result))
        shipped = translate("Orders", "Order {number} marked shipped.")
        window.statusBar().showMessage(shipped.format(number=number), 8000)
    background.write(window, mark_shipped, [number], on_done=marked, refused=(OrderError,),
                     on_refused=lambda exc: window.dialogs.information(
                         window, translate("Orders", "Mark shipped"), str(exc)))


def cancel_order(window, number: str) -> None:
    """Cancel a private order not shipped yet, after asking (the customer's orders tab)."""
    title = translate("Orders", "Cancel private order")
    if not window.dialogs.confirm(window, title, translate(
            "Orders", "Cancel order {number}? It stays in the customer's orders as closed, no longer counts "
                      "in their totals and gets no card.").format(number=number)):
        return

    def cancelled(result) -> None:
        window.announce(order_cancelled(result))
        window.statusBar().showMessage(translate("Orders", "Order {number} cancelled.").format(number=number), 8000)
    background.write(window, cancel_private_order, number, on_done=cancelled, refused=(OrderError,),
                     on_refused=lambda exc: window.dialogs.information(window, title, str(exc)))
