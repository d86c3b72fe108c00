"""The customer book on a 200,000-customer shop with the GUI-thread watchdog on: searching,
scrolling on to row 20,000, sorting every column both ways, edits (a tag, a note, a stage, a
merge) and opening a customer with 2,439 orders never stall the event loop over 100 ms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopowner.scale_shop import HEAVY_CUSTOMER
from shopowner.store.customer_query import matching_ids
from shopowner.store.customers import get_customer, refresh_customer_totals, tags_of
from shopowner.ui.models.customer_table_model import COLUMNS, ID_ROLE
from tests.customers.test_ui import type_text
from tests.perf.conftest import SCALE_CUSTOMERS, settle

pytestmark = pytest.mark.slow


def test_the_scale_shop_is_what_the_tests_count_on(big_shop):
    db, _ = big_shop
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == SCALE_CUSTOMERS
    assert db.execute("SELECT count(*) FROM orders WHERE customer_id = ?",
                      [HEAVY_CUSTOMER]).fetchone()[0] == 2439
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] > SCALE_CUSTOMERS
    # the totals loaded in bulk are what the app itself computes
    sample = [r[0] for r in db.execute("SELECT id FROM customers ORDER BY id LIMIT 300")]
    before = [get_customer(db, i) for i in sample]
    refresh_customer_totals(db, sample)
    after = [get_customer(db, i) for i in sample]
    keys = ("order_count", "total_spent_fen", "first_order_at", "last_order_at", "platforms",
            "stage", "list_phone", "tag_names")
    assert [[c[k] for k in keys] for c in before] == [[c[k] for k in keys] for c in after]


def _search(qtbot, area, text):
    area.search.clear()
    type_text(area.search, text)
    qtbot.waitUntil(lambda: area.model.search == text, timeout=30_000)
    settle(qtbot, area)


def test_search_without_stalls(big_window, gui_watchdog, qtbot):
    area = big_window.show_area("customers")
    db = big_window.db
    name = db.execute("SELECT name FROM customers WHERE length(name) = 3 LIMIT 1").fetchone()[0]
    phone = db.execute("SELECT list_phone FROM customers WHERE list_phone NOT LIKE '%*%' "
                       "AND list_phone <> '' LIMIT 1").fetchone()[0]
    order = db.execute("SELECT platform_order_id FROM orders WHERE id = 777").fetchone()[0]
    for what, text in (("a name", name), ("two characters", name[1:]),
                       ("a phone's last 4 digits", phone[-4:]), ("a street (broad)", "文三路"),
                       ("an order id", order), ("a surname (broadest)", name[0])):
        with gui_watchdog.watch(f"search {what}"):
            _search(qtbot, area, text)
        assert area.model.rowCount() > 0 and area.model.total > 0, text
    with gui_watchdog.watch("clear the search"):
        area.search.clear()
        settle(qtbot, area)
    assert area.model.total == SCALE_CUSTOMERS


def test_scrolling_on_to_row_20000_without_stalls(big_window, gui_watchdog, qtbot):
    area = big_window.show_area("customers")
    model, bar = area.model, area.table.verticalScrollBar()
    with gui_watchdog.watch("scroll to row 20,000"):
        while model.rowCount() < 20_000:
            rows = model.rowCount()
            bar.setValue(bar.maximum())  # the owner drags the scroll bar to the end
            qtbot.waitUntil(lambda: model.rowCount() > rows, timeout=10_000)
        area.table.scrollToBottom()
        qtbot.wait(50)
    ids = [model.customer_id(r) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    assert ids[:20_000] == matching_ids(big_window.db, sort="last_order")[:20_000]


@pytest.mark.parametrize("column", COLUMNS)
def test_sorting_without_stalls(big_window, gui_watchdog, qtbot, column):
    area = big_window.show_area("customers")
    header = area.table.horizontalHeader()
    n = COLUMNS.index(column)
    for order in (Qt.AscendingOrder, Qt.DescendingOrder):
        with gui_watchdog.watch(f"sort by {column} {order.name}"):
            header.setSortIndicator(n, order)  # what a click on the header does
            settle(qtbot, area)
        assert area.model.sort_key == column and area.model.rowCount() >= 200
        with gui_watchdog.watch(f"sorted by {column}: next pages"):
            for _ in range(3):
                rows = area.model.rowCount()
                area.table.verticalScrollBar().setValue(area.table.verticalScrollBar().maximum())
                qtbot.waitUntil(lambda: area.model.rowCount() > rows, timeout=10_000)
        first = [area.model.customer_id(r) for r in range(area.model.rowCount())]
        assert first == matching_ids(big_window.db, sort=column,
                                     descending=order == Qt.DescendingOrder)[:len(first)]


def _open(qtbot, area, customer_id):
    _search(qtbot, area, str(get_customer(area.window_.db, customer_id)["name"]))
    assert area.select_customer(customer_id)
    area.open_detail()
    settle(qtbot, area)
    assert area.detail.customer_id == customer_id


def test_opening_a_customer_with_thousands_of_orders_without_stalls(big_window, gui_watchdog,
                                                                      qtbot):
    area = big_window.show_area("customers")
    with gui_watchdog.watch("open a customer with 2,439 orders"):
        _open(qtbot, area, HEAVY_CUSTOMER)
        area.detail.tabs.setCurrentIndex(1)  # the orders
        qtbot.wait(50)
        area.detail.orders.scrollToBottom()
        area.detail.tabs.setCurrentIndex(2)  # the timeline
        qtbot.wait(50)
    assert area.detail.orders_model.rowCount() == 2439
    assert area.detail.timeline_model.rowCount() >= 2439


def test_edits_without_stalls(big_window, gui_watchdog, qtbot):
    area = big_window.show_area("customers")
    db = big_window.db
    cid = db.execute("SELECT id FROM customers WHERE length(name) = 3 ORDER BY id DESC "
                     "LIMIT 1").fetchone()[0]
    with gui_watchdog.watch("open a customer"):
        _open(qtbot, area, cid)

    def tag_it(dialog):
        dialog.name.setCurrentText("压测标签")
        return True
    big_window.dialogs.dialog_results.append(tag_it)
    with gui_watchdog.watch("tag a customer"):
        area.table.setFocus()
        qtbot.keyClick(area.table, Qt.Key_T, Qt.ControlModifier)
        settle(qtbot, area)
    assert "压测标签" in [t["name"] for t in tags_of(db, cid)]
    assert "压测标签" in area.model.index(area.model.row_of(cid), COLUMNS.index("tags")).data()

    with gui_watchdog.watch("save a note"):
        area.detail.notes.setPlainText("大客户，喜欢冷泡")
        area.detail.findChild(type(area.detail.edit_button), "saveProfile").click()
        settle(qtbot, area)
    assert get_customer(db, cid)["notes"] == "大客户，喜欢冷泡"

    with gui_watchdog.watch("set a stage"):
        area.detail.stage.setCurrentIndex(area.detail.stage.findData("loyal"))
        area.detail.stage.activated.emit(area.detail.stage.currentIndex())
        settle(qtbot, area)
    assert area.model.index(area.model.row_of(cid), COLUMNS.index("stage")).data() == "Loyal ✎"

    with gui_watchdog.watch("clear the search"):
        area.search.clear()
        settle(qtbot, area)

    # a merge through the duplicates dialog: two records of one buyer
    twin = db.execute("SELECT id FROM customers WHERE id <> ? AND merged_into IS NULL "
                      "ORDER BY id LIMIT 1 OFFSET 1000", [cid]).fetchone()[0]
    db.execute("INSERT INTO duplicate_candidates (customer_a, customer_b, reason) "
               "VALUES (?, ?, 'same_phone')", sorted([cid, twin]))
    kept, gone = sorted([cid, twin])

    def merge_it(dialog):
        dialog.pairs.setCurrentRow(0)
        qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=30_000)  # the pair is read
        dialog.merge_button.click()
        qtbot.waitUntil(lambda: dialog.changed and not dialog.loading, timeout=30_000)
        return True
    big_window.dialogs.dialog_results.append(merge_it)
    with gui_watchdog.watch("merge two customers"):
        area.open_duplicates()
        settle(qtbot, area)
    assert get_customer(db, gone)["merged_into"] == kept
    assert area.model.row_of(gone) == -1
    loaded = {area.model.index(r, 0).data(ID_ROLE) for r in range(area.model.rowCount())}
    assert gone not in loaded
