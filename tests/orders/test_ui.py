"""The private order dialog and the shipping list export driven with qtbot on a real shop: opened
from the customer's detail pane (customer and address filled in) and from the products area (the
product filled in), items added and removed, the total shown as typed, a refusal explained with
nothing written, the saved order announced; the shipping list written off the GUI thread and
opened back with openpyxl."""

from __future__ import annotations

from openpyxl import load_workbook

from shopowner.changes import CUSTOMERS, ORDERS
from shopowner.orders.shipping_list import HEADERS
from shopowner.store.customers import get_customer
from tests.customers.test_ui import settled


def _orders(db) -> list[tuple]:
    return db.execute("SELECT platform_order_id, customer_id, status, paid_via, total_fen, receiver_name "
                      "FROM orders WHERE platform = 'private' ORDER BY id").fetchall()


def _pick(row, product_id: int) -> None:
    row.product.setCurrentIndex(row.product.findData(product_id, role=0x0101))


def test_a_private_order_from_the_customers_page(qtbot, main_window, shop, en_translators):
    area = main_window.show_area("customers")
    settled(qtbot, area)
    area.select_customer(shop.book.zhang)
    area.open_detail()
    settled(qtbot, area)
    assert area.detail.customer_id == shop.book.zhang and area.detail.order_button.isEnabled()
    seen = {}

    def refused(dialog):
        seen["address"] = [dialog.address[f].text() for f in ("receiver_name", "receiver_phone", "address")]
        seen["customer"] = dialog.customer.selected_id()
        dialog.rows[0].product.setEditText("新茶")  # no price
        dialog.accept()
        assert dialog.saving and not dialog.buttons.isEnabled()  # refused by the save, on a worker
        qtbot.waitUntil(lambda: not dialog.saving)
        seen["error"] = dialog.error.text()
        assert dialog.buttons.isEnabled() and dialog.result() != dialog.DialogCode.Accepted
        return False

    main_window.dialogs.dialog_results.append(refused)
    area.detail.order_button.click()  # the dialog opens once what it starts with is read
    qtbot.waitUntil(lambda: "error" in seen)
    assert seen == {"address": ["张三", "13812345678", "文三路90号"], "customer": shop.book.zhang,
                    "error": "“新茶” has no private price: give the price it sells at."}
    assert _orders(main_window.db) == []

    def fill(dialog):
        first = dialog.rows[0]
        _pick(first, shop.private)
        assert first.price.text() == "88.00"  # the private price
        first.quantity.setValue(2)
        second = dialog.add_row()
        second.product.setEditText("手写贺卡")
        second.price.setText("5")
        third = dialog.add_row()
        third.product.setEditText("多余的")
        dialog.remove_row(third)
        assert len(dialog.rows) == 2 and dialog.total.text() == "Total: 181.00 yuan"
        second.price.setText("五")
        seen["wrong"] = dialog.total.text()
        second.price.setText("5")
        dialog.paid_via.setCurrentIndex(dialog.paid_via.findData("bank"))
        dialog.address["address"].setText("文三路100号")
        dialog.note.setText("加急")
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.saving)  # saved on a worker
        return dialog.result() == dialog.DialogCode.Accepted

    main_window.dialogs.dialog_results.append(fill)
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.touches(ORDERS, CUSTOMERS)
                          and c.customer_ids == {shop.book.zhang}):
        area.detail.order_button.click()
    assert seen["wrong"] == "Total: — (a price is missing or wrong)"
    [(number, customer, status, paid_via, total, receiver)] = _orders(main_window.db)
    assert (customer, status, paid_via, total, receiver) == (shop.book.zhang, "paid", "bank", 18100, "张三")
    assert number in main_window.statusBar().currentMessage()
    assert get_customer(main_window.db, shop.book.zhang)["order_count"] == 3
    # the detail pane reads the customer again: the order is in their orders
    qtbot.waitUntil(lambda: area.detail.orders_model.rowCount() == 3, timeout=5000)
    assert number in area.detail.orders_model.index(0, 0).data()


def test_from_the_products_area_with_the_keyboard_then_a_shipping_list(qtbot, main_window, shop, tmp_path,
                                                                        en_translators):
    area = main_window.show_area("products")
    qtbot.waitUntil(lambda: area.listener.applied and not area.model.loading and area.model.rowCount() == 2,
                    timeout=5000)
    row = next(r for r in range(area.model.rowCount()) if area.model.row_at(r)["id"] == shop.private)
    area.view.selectRow(row)
    seen = {}

    def fill(dialog):
        seen["product"] = dialog.rows[0].chosen()["id"]
        seen["customer"] = dialog.customer.selected_id()
        dialog.customer.query.setText("李四")
        dialog.customer.search()
        qtbot.waitUntil(lambda: dialog.customer.selected_id() == shop.book.li)
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.saving)
        return dialog.result() == dialog.DialogCode.Accepted

    main_window.dialogs.dialog_results.append(fill)
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.touches(ORDERS), timeout=10000):
        qtbot.keyClick(area.view, "O", main_window.new_order_action.shortcut()[0].keyboardModifiers())
    assert seen == {"product": shop.private, "customer": None}
    assert [(o[1], o[4]) for o in _orders(main_window.db)] == [(shop.book.li, 8800)]

    out = tmp_path / "发货单.xlsx"
    main_window.dialogs.files.append(str(out))
    task = main_window.shipping_list_action.trigger() or main_window.shipping_list_task
    with qtbot.waitSignal(task.signals.finished, timeout=10000):
        pass
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS and rows[1][0] == "李四" and rows[1][7] == "桂花龙井 小罐×1"
    asked = main_window.dialogs.messages[-1]
    assert asked[0] == "confirm" and "1 order in" in asked[2] and "Mark these 1 order" not in asked[2]
    assert "Mark this order shipped now?" in asked[2] or "shipped now?" in asked[2]
    assert [o[4] for o in _orders(main_window.db)] == [8800]  # answered No: still waiting to ship
    assert main_window.db.execute("SELECT status FROM orders WHERE platform = 'private'").fetchone()[0] == "paid"

    # the same list again, and this time the courier has them: marked shipped, announced
    main_window.dialogs.files.append(str(out))
    main_window.dialogs.confirm_answers.append(True)
    main_window.shipping_list_action.trigger()
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda change: change.touches("orders"),
                          timeout=10000):
        pass
    assert "1 order marked shipped." in main_window.statusBar().currentMessage()
    status, shipped_at = main_window.db.execute(
        "SELECT status, shipped_at FROM orders WHERE platform = 'private'").fetchone()
    assert status == "shipped" and shipped_at
    # nothing left to ship: said, and no file written
    main_window.dialogs.files.append(str(tmp_path / "none.csv"))
    main_window.shipping_list_action.trigger()
    with qtbot.waitSignal(main_window.shipping_list_task.signals.finished, timeout=10000):
        pass
    assert "No private order is waiting to ship" in main_window.dialogs.messages[-1][2]
    assert not (tmp_path / "none.csv").exists()


def test_the_dialog_speaks_chinese(zh_translators, qtbot, main_window, shop):
    seen = {}

    def refused(dialog):
        seen["title"] = dialog.windowTitle()
        dialog.accept()  # nobody chosen
        seen["no customer"] = dialog.error.text()
        dialog.set_customer(shop.book.zhang)  # their name and address are read first
        qtbot.waitUntil(lambda: dialog.customer.selected_id() == shop.book.zhang)
        dialog.rows[0].product.setEditText("SY-GH")
        dialog.rows[0].price.setText("八十八")
        seen["total"] = dialog.total.text()
        dialog.accept()
        seen["bad price"] = dialog.error.text()
        return False

    main_window.dialogs.dialog_results.append(refused)
    assert main_window.new_order_action.text() == "新建私域订单(&P)…"
    main_window.new_order_action.trigger()
    qtbot.waitUntil(lambda: "bad price" in seen)
    assert seen == {"title": "新建私域订单", "no customer": "请先选择客户：输入姓名的一部分、手机尾号或订单号。",
                    "total": "合计：—（有价格没填或填错了）",
                    "bad price": "“SY-GH”的价格“八十八”不是金额。请按元填写，例如 68 或 68.50。"}
    assert _orders(main_window.db) == []


def test_a_save_refused_on_the_worker_keeps_the_dialog_open(qtbot, main_window, shop, en_translators):
    """The customer deleted (on another PC) while the dialog was open: the save, on a worker, is
    refused in its own words under the fields, nothing is written, and the dialog stays open with
    Save usable again."""
    from shopowner.store.customer_privacy import delete_customer

    seen = {}

    def refused(dialog):
        _pick(dialog.rows[0], shop.private)
        delete_customer(main_window.db, shop.book.wang)
        dialog.accept()
        assert dialog.saving and not dialog.buttons.isEnabled()
        dialog.reject()  # a save under way finishes first
        qtbot.waitUntil(lambda: not dialog.saving)
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.buttons.isEnabled() and dialog.result() != dialog.DialogCode.Accepted
        return False

    main_window.dialogs.dialog_results.append(refused)
    main_window.new_private_order(shop.book.wang)
    qtbot.waitUntil(lambda: "error" in seen)
    assert seen == {"error": f"There is no customer {shop.book.wang}. The customer book shows each one's "
                             "number (customers list).", "open": True}
    assert _orders(main_window.db) == []
