"""Private orders from the window: 新建私域订单… (Ctrl+Shift+O, in the File menu, the customer's
detail pane and the products area) opens :class:`.order_dialog.PrivateOrderDialog`; 导出发货单…
writes the private orders waiting to ship as a CSV or XLSX shipping list, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopowner import clock, tasks
from shopowner.orders.private import PrivateOrder, order_added

translate = QCoreApplication.translate

NEW_ORDER_KEY = "Ctrl+Shift+O"


def new_order_text() -> str:
    return translate("Orders", "New &private order…")


def shipping_list_text() -> str:
    return translate("Orders", "Export &shipping list…")


def open_new_order(window, customer_id: int | None = None, product_id: int | None = None) -> PrivateOrder | None:
    """The new private order dialog; once saved, the change is announced (the book, the detail
    pane, the cards' parcels going out and growth read again) and the status bar says so."""
    from shopowner.ui.orders.order_dialog import PrivateOrderDialog

    dialog = PrivateOrderDialog(window, customer_id, product_id)
    if not window.dialogs.exec_dialog(dialog) or dialog.saved is None:
        return None
    order = dialog.saved
    window.announce(order_added(order))
    saved = translate("Orders", "Private order {number} saved for {receiver}.")
    window.statusBar().showMessage(saved.format(number=order.number, receiver=order.address.receiver_name), 8000)
    return order


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
    from shopowner.orders.private import OrderError, mark_shipped, orders_shipped

    written = translate("Orders", "Shipping list written: %n order(s) in {path}.", None, len(numbers)).format(path=path)
    window.statusBar().showMessage(written, 10000)
    if not window.dialogs.confirm(window, translate("Orders", "Export shipping list"), written + "\n\n" + translate(
            "Orders", "Mark these %n order(s) shipped now? They leave the shipping list and the parcels "
                      "going out. Choose No if the courier has not taken them yet.", None, len(numbers))):
        return
    try:
        marked = mark_shipped(window.db, numbers)
    except OrderError as exc:  # one was changed meanwhile (another window, the CLI)
        window.dialogs.information(window, translate("Orders", "Export shipping list"), str(exc))
        return
    window.announce(orders_shipped(marked))
    window.statusBar().showMessage(translate("Orders", "%n order(s) marked shipped.", None, len(marked)), 10000)


def _failed(window, exc: Exception) -> None:
    window.statusBar().clearMessage()
    # a refusal (nothing to ship) in its own words, else what happened and what to do
    window.dialogs.information(window, translate("Orders", "Export shipping list"), str(exc))


def mark_order_shipped(window, number: str) -> bool:
    """One private order marked shipped (the customer's orders tab: right-click)."""
    from shopowner.orders.private import OrderError, mark_shipped, orders_shipped

    try:
        marked = mark_shipped(window.db, [number])
    except OrderError as exc:
        window.dialogs.information(window, translate("Orders", "Mark shipped"), str(exc))
        return False
    window.announce(orders_shipped(marked))
    window.statusBar().showMessage(translate("Orders", "Order {number} marked shipped.").format(number=number), 8000)
    return True


def cancel_order(window, number: str) -> bool:
    """Cancel a private order not shipped yet, after asking (the customer's orders tab)."""
    from shopowner.orders.private import OrderError, cancel_private_order, order_cancelled

    title = translate("Orders", "Cancel private order")
    if not window.dialogs.confirm(window, title, translate(
            "Orders", "Cancel order {number}? It stays in the customer's orders as closed, no longer counts "
                      "in their totals and gets no card.").format(number=number)):
        return False
    try:
        order = cancel_private_order(window.db, number)
    except OrderError as exc:
        window.dialogs.information(window, title, str(exc))
        return False
    window.announce(order_cancelled(order))
    window.statusBar().showMessage(translate("Orders", "Order {number} cancelled.").format(number=number), 8000)
    return True
