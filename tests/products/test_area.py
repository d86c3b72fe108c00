"""The products area (商品) in the window: the empty state, editing a product in its dialog, the
private-only switch, and the list read again on a products notice (and only then)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shopowner.changes import FOLLOWUPS, PRODUCTS, Change
from shopowner.products.catalogue import get_product, list_products, set_product
from tests.products.conftest import order


def _area(qtbot, window):
    area = window.show_area("products")
    qtbot.waitUntil(lambda: area.listener.applied and not area.model.loading, timeout=5000)
    return area


def _shop(db) -> dict[str, int]:
    order(db, "1", [dict(title="【包邮】紫砂壶 西施", sku="ZS-01", amount_fen=39900),
                    dict(title="茶具套装", amount_fen=12800)])
    order(db, "2", [dict(title="紫砂壶 西施 限时特价", sku="ZS-01", amount_fen=39900)], day="2026-11-02")
    return {p.name: p.id for p in list_products(db)}


def _cell(area, row: int, column: int) -> str:
    return area.model.index(row, column).data()


def _select(area, product_id: int) -> None:
    row = next(r for r in range(area.model.rowCount()) if area.model.row_at(r)["id"] == product_id)
    area.view.selectRow(row)


def test_an_empty_shop_says_to_import_orders_first(qtbot, main_window):
    area = _area(qtbot, main_window)
    qtbot.waitUntil(area.empty.isVisible, timeout=5000)
    assert "import the order exports" in area.empty.text.text()
    assert "Import orders" in area.empty.button.text() and "Ctrl+I" in area.empty.button.text()
    assert "Products" in main_window.nav.item(main_window.area_keys().index("products")).text()


def test_an_import_fills_the_list(qtbot, main_window):
    from tests.ui.test_empty_states import import_jd

    area = _area(qtbot, main_window)
    qtbot.waitUntil(area.empty.isVisible, timeout=5000)
    import_jd(qtbot, main_window)  # its notice (orders) reads the list again
    qtbot.waitUntil(lambda: not area.empty.isVisible() and area.model.rowCount() > 0, timeout=10000)
    assert area.model.rowCount() == len(list_products(main_window.db))
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    aligned = [area.model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) == right
               for c in range(area.model.columnCount())]  # figures line up on the right, words on the left
    assert aligned == [True, False, False, False, True, True, True, False, True, True, False]


def test_edit_a_product_in_its_dialog(qtbot, main_window):
    ids = _shop(main_window.db)
    pot = ids["紫砂壶 西施"]
    area = _area(qtbot, main_window)
    assert not area.empty.isVisible()
    assert area.count.text() == "Products: 2"
    assert [_cell(area, 0, c) for c in (0, 3, 4, 6)] == [str(pot), "ZS-01", "2", "798.00"]

    def fill(dialog, print_name="宜兴壶", price="128", cost="45.5"):
        dialog.print_name.setText(print_name)
        dialog.private_only.setChecked(True)
        dialog.price.setText(price)
        dialog.cost.setText(cost)
        dialog.accept()
        assert dialog.saving and not dialog.buttons.isEnabled()  # saved on a worker
        qtbot.waitUntil(lambda: not dialog.saving)
        return dialog.result() == dialog.DialogCode.Accepted

    refused = []

    def bad_then_cancel(dialog):
        fill(dialog, price="一百")
        refused.append(dialog.error.text())
        assert dialog.buttons.isEnabled() and dialog.focusWidget() is dialog.price  # still open, to correct
        return False

    _select(area, pot)
    main_window.dialogs.dialog_results.append(bad_then_cancel)
    assert not area.edit_selected()
    assert refused == ["The private price “一百” is not an amount. Type it in yuan, such as 68 or 68.50."]
    assert get_product(main_window.db, pot).private_only is False  # nothing written

    main_window.dialogs.dialog_results.append(fill)
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.touches(PRODUCTS)):
        assert area.edit_selected()
    product = get_product(main_window.db, pot)
    assert (product.print_name, product.private_only, product.price_fen, product.cost_fen) == (
        "宜兴壶", True, 12800, 4550)
    qtbot.waitUntil(lambda: _cell(area, 0, 1) == "宜兴壶", timeout=5000)  # the list read again
    assert [_cell(area, 0, c) for c in (8, 9, 10)] == ["128.00", "45.50", "✓"]


def test_private_only_switch_and_filter(qtbot, main_window):
    ids = _shop(main_window.db)
    area = _area(qtbot, main_window)
    _select(area, ids["茶具套装"])
    area.view.setFocus()
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda c: c.touches(PRODUCTS)):
        area.private_button.click()  # written on a worker
    assert get_product(main_window.db, ids["茶具套装"]).private_only is True
    assert "sold only over WeChat" in main_window.statusBar().currentMessage()
    area.private_filter.setChecked(True)
    qtbot.waitUntil(lambda: not area.model.loading and area.model.rowCount() == 1, timeout=5000)
    assert area.model.row_at(0)["id"] == ids["茶具套装"]
    assert not area.empty.isVisible()  # a filter with few rows is not an empty shop
    area.search.setText("没有这个")
    qtbot.waitUntil(lambda: area.count.text() == "No product matches.", timeout=5000)
    assert not area.empty.isVisible()


def test_the_list_reads_again_on_a_products_notice_only(qtbot, main_window):
    ids = _shop(main_window.db)
    area = _area(qtbot, main_window)
    applied = area.listener.applied
    main_window.announce(Change.of(FOLLOWUPS, customer_ids=[], source="test"))
    assert area.listener.applied == applied  # not what it shows
    set_product(main_window.db, ids["茶具套装"], print_name="茶具")  # as the print-names dialog writes
    main_window.announce(Change.of(PRODUCTS, customer_ids=[], source="test"))
    assert area.listener.applied == applied + 1
    qtbot.waitUntil(lambda: any(_cell(area, r, 1) == "茶具" for r in range(area.model.rowCount())), timeout=5000)


def test_shortcuts_reach_search_and_edit(qtbot, main_window):
    ids = _shop(main_window.db)
    area = _area(qtbot, main_window)
    area.view.setFocus()
    qtbot.keyClick(area.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert area.search.hasFocus()
    _select(area, ids["茶具套装"])
    area.view.setFocus()
    seen = []
    main_window.dialogs.dialog_results.append(lambda dialog: seen.append(dialog.product.id) or False)
    qtbot.keyClick(area.view, Qt.Key.Key_Return)
    assert seen == [ids["茶具套装"]]


def test_a_product_saved_meanwhile_elsewhere_keeps_both_changes_and_asks_only_about_a_clash(qtbot, main_window):
    """Another PC (here: the command line's function on the same book) saves the product while
    its dialog is open: a field only one side changed keeps that side's value without a
    question; a field both changed is shown both ways and the owner chooses."""
    from shopowner.products.catalogue import set_product
    from shopowner.ui.products.edit_dialog import ProductDialog

    pot = _shop(main_window.db)["紫砂壶 西施"]
    dialog = ProductDialog(main_window, get_product(main_window.db, pot))
    qtbot.addWidget(dialog)
    set_product(main_window.db, pot, cost="30")  # saved elsewhere while the dialog is open
    dialog.price.setText("128")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    product = get_product(main_window.db, pot)
    assert (product.price_fen, product.cost_fen) == (12800, 3000)  # both kept
    assert not [m for m in main_window.dialogs.messages if m[0] == "choose_version"]  # nothing asked

    dialog = ProductDialog(main_window, product)
    qtbot.addWidget(dialog)
    set_product(main_window.db, pot, price="99")
    dialog.price.setText("150")
    main_window.dialogs.version_answers.append(False)  # take the book's
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert main_window.dialogs.version_rows[-1] == [("Private price", "150", "99.00")]
    assert get_product(main_window.db, pot).price_fen == 9900
