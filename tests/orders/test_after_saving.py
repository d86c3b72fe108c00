"""After a private order is saved: marked shipped or cancelled from the customer's orders tab
(right-click), with the same functions as ``orders shipped`` and ``orders cancel``; a cancelled
order stays listed as closed and leaves the customer's totals."""

from __future__ import annotations

from shopowner.orders.private import OrderError, add_private_order, cancel_private_order
from shopowner.store.customers import get_customer
from tests.customers.test_ui import settled


def _status(db, number: str) -> str:
    return db.execute("SELECT status FROM orders WHERE platform_order_id = ?", [number]).fetchone()[0]


def test_cancelling_takes_the_order_out_of_the_totals_and_refuses_what_went_out(shop, en_translators):
    db = shop.db
    before = get_customer(db, shop.book.li)
    order = add_private_order(db, shop.book.li, ["桂花龙井 小罐*2"], paid_via="wechat")
    assert get_customer(db, shop.book.li)["order_count"] == before["order_count"] + 1
    cancel_private_order(db, order.number)
    assert _status(db, order.number) == "closed"
    after = get_customer(db, shop.book.li)
    assert (after["order_count"], after["total_spent_fen"]) == (before["order_count"], before["total_spent_fen"])
    sent = add_private_order(db, shop.book.li, ["桂花龙井 小罐"], paid_via="cash", status="shipped")
    for number, words in ((sent.number, "only an order not shipped yet"), (order.number, "only an order not"),
                          ("SY20000101-0001", "No private order is numbered"), ("TB2001", "No private order")):
        try:
            cancel_private_order(db, number)
        except OrderError as exc:
            assert words in str(exc)
        else:
            raise AssertionError(f"{number} was cancelled")
    assert _status(db, sent.number) == "shipped"


def test_the_cli_cancels(cli, shop, en_translators):
    order = add_private_order(shop.db, shop.book.zhang, ["SY-GH"], paid_via="alipay")
    done = cli("orders", "cancel", order.number)
    assert done.code == 0 and "cancelled" in done.out and _status(shop.db, order.number) == "closed"
    again = cli("orders", "cancel", order.number)
    assert again.code == 1 and "only an order not shipped yet" in again.err


def test_right_click_marks_shipped_or_cancels_a_private_order(qtbot, main_window, shop, en_translators):
    db = main_window.db
    first = add_private_order(db, shop.book.zhang, ["SY-GH"], paid_via="wechat")
    second = add_private_order(db, shop.book.zhang, ["SY-GH*3"], paid_via="cash")
    area = main_window.show_area("customers")
    settled(qtbot, area)
    area.select_customer(shop.book.zhang)
    area.open_detail()
    settled(qtbot, area)
    pane = area.detail

    def pick(number: str) -> bool:
        """Select the order's row once the pane lists it (a late re-read resets the selection)."""
        listed = [r["platform_order_id"] for r in pane.orders_model.rows]
        if number not in listed:
            return False
        row = listed.index(number)
        chosen = pane.orders.selectionModel()
        if [i.row() for i in chosen.selectedRows()] != [row]:
            chosen.select(pane.orders_model.index(row, 0), chosen.SelectionFlag.ClearAndSelect | chosen.SelectionFlag.Rows)
        return True

    def actions(number: str) -> tuple[bool, bool] | None:
        return (pane.ship_action.isEnabled(), pane.cancel_action.isEnabled()) if pick(number) else None

    qtbot.waitUntil(lambda: actions("TB1001") == (False, False), timeout=10000)  # a platform's order
    qtbot.waitUntil(lambda: actions(first.number) == (True, True), timeout=10000)
    both = pane.orders.selectionModel()
    listed = [r["platform_order_id"] for r in pane.orders_model.rows]
    both.select(pane.orders_model.index(listed.index(second.number), 0), both.SelectionFlag.Select | both.SelectionFlag.Rows)
    assert (pane.ship_action.isEnabled(), pane.cancel_action.isEnabled()) == (False, False)  # two orders: which?
    qtbot.waitUntil(lambda: actions(first.number) == (True, True), timeout=10000)
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.touches("orders"), timeout=5000):
        pane.ship_action.trigger()
    assert _status(db, first.number) == "shipped"
    qtbot.waitUntil(lambda: actions(first.number) == (False, False), timeout=10000)  # it has gone out

    qtbot.waitUntil(lambda: actions(second.number) == (True, True), timeout=10000)
    pane.cancel_action.trigger()  # asked, answered No: nothing changes
    assert main_window.dialogs.messages[-1][0] == "confirm" and _status(db, second.number) == "paid"
    main_window.dialogs.confirm_answers.append(True)
    qtbot.waitUntil(lambda: actions(second.number) == (True, True), timeout=10000)
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.touches("customers"), timeout=5000):
        pane.cancel_action.trigger()
    assert _status(db, second.number) == "closed"
    assert f"Order {second.number} cancelled." in main_window.statusBar().currentMessage()
