"""The 商品 area's 私域订单 tab: every order sold over WeChat, newest first, or only those waiting to
ship; marking one shipped and cancelling one from it; the empty state says what to do."""

from __future__ import annotations

from shopowner.orders.private import add_private_order


def _tab(qtbot, main_window):
    area = main_window.show_area("products")
    area.tabs.setCurrentWidget(area.orders)
    tab = area.orders
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=10000)
    return tab


def _numbers(tab) -> list[str]:
    return [tab.model.row_at(r)["platform_order_id"] for r in range(tab.model.rowCount())]


def test_an_empty_list_says_how_to_record_one(qtbot, main_window, shop, en_translators):
    tab = _tab(qtbot, main_window)
    qtbot.waitUntil(tab.empty.isVisible, timeout=10000)
    assert "No private orders yet" in tab.empty.text.text() and "Ctrl+Shift+O" in tab.empty.button.text()
    assert not tab.ship_button.isEnabled() and not tab.cancel_button.isEnabled()


def test_the_list_filters_ships_and_cancels(qtbot, main_window, shop, en_translators):
    db = main_window.db
    first = add_private_order(db, shop.book.zhang, ["SY-GH*2"], paid_via="wechat")
    sent = add_private_order(db, shop.book.li, ["SY-GH"], paid_via="cash", status="shipped")
    third = add_private_order(db, shop.book.li, ["SY-GH*3"], paid_via="alipay")
    tab = _tab(qtbot, main_window)
    qtbot.waitUntil(lambda: len(_numbers(tab)) == 3, timeout=10000)
    assert _numbers(tab) == [third.number, sent.number, first.number]  # newest first
    model = tab.model
    assert [model.index(0, c).data() for c in (2, 3, 4, 5, 6)] == ["李四", "Paid, to ship", "Alipay", "264.00",
                                                                  "桂花龙井 小罐×3"]
    assert tab.count.text() == "Private orders: 3" and not tab.empty.isVisible()

    tab.to_ship.setChecked(True)
    qtbot.waitUntil(lambda: _numbers(tab) == [third.number, first.number], timeout=10000)
    tab.view.selectRow(1)
    assert tab.ship_button.isEnabled() and tab.cancel_button.isEnabled()
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.touches("orders"), timeout=5000):
        tab.ship_button.click()
    qtbot.waitUntil(lambda: _numbers(tab) == [third.number], timeout=10000)  # it left the list to ship

    tab.view.selectRow(0)
    main_window.dialogs.confirm_answers.append(True)
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.touches("orders"), timeout=5000):
        tab.cancel_button.click()
    qtbot.waitUntil(lambda: _numbers(tab) == [] and tab.count.text() == "Nothing is waiting to ship.",
                    timeout=10000)
    assert not tab.empty.isVisible()  # filtered: nothing to ship, not "no orders"
    statuses = dict(db.execute("SELECT platform_order_id, status FROM orders WHERE platform = 'private'"))
    assert statuses == {first.number: "shipped", sent.number: "shipped", third.number: "closed"}

    tab.to_ship.setChecked(False)
    qtbot.waitUntil(lambda: len(_numbers(tab)) == 3, timeout=10000)
    tab.view.selectRow(_numbers(tab).index(sent.number))
    assert not tab.ship_button.isEnabled() and not tab.cancel_button.isEnabled()  # gone out already
