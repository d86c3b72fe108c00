"""The customer table model without a window: rows, lazy pages, data, sort, filter, search."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shopowner.ui.models.customer_table_model import COLUMNS, ID_ROLE, CustomerTableModel


def col(key):
    return COLUMNS.index(key)


def test_lazy_fetch_in_pages(qapp, book):
    db, c = book
    model = CustomerTableModel(db, page_size=50)
    assert model.total == 303 and model.rowCount() == 50
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 100
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 303
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(303)]
    assert len(set(ids)) == 303


def test_data_and_masked_phone(qapp, book):
    db, c = book
    model = CustomerTableModel(db)
    model.set_query(search="欧阳娜娜")
    assert model.rowCount() == 1
    row = {key: model.index(0, col(key)).data() for key in COLUMNS}
    assert row["name"] == "欧阳娜娜（娜娜爱喝茶）"
    assert row["phone"] == "139****4321"
    assert row["order_count"] == 3 and row["total_spent"] == "315.00"
    assert row["platforms"] == "Taobao" and row["stage"] == "Repeat"
    assert row["wechat"] == "Not added"
    model.set_show_full_phones(True)
    assert model.index(0, col("phone")).data() == "13987654321"
    assert model.headerData(0, Qt.Horizontal) == "Name / nickname"


def test_sort_every_column_both_ways(qapp, book):
    db, c = book
    model = CustomerTableModel(db, page_size=400)
    for n, key in enumerate(COLUMNS):
        for order in (Qt.AscendingOrder, Qt.DescendingOrder):
            model.sort(n, order)
            assert model.rowCount() == 303
    model.sort(col("total_spent"), Qt.DescendingOrder)
    spent = [model._rows[r]["total_spent_fen"] for r in range(303)]
    assert spent == sorted(spent, reverse=True)
    model.sort(col("first_order"), Qt.AscendingOrder)
    firsts = [model._rows[r]["first_order_at"] for r in range(303) if model._rows[r]["first_order_at"]]
    assert firsts == sorted(firsts)
    model.sort(col("name"), Qt.AscendingOrder)
    assert model.rowCount() == 303


def test_filter_and_search_together(qapp, book):
    db, c = book
    model = CustomerTableModel(db)
    model.set_query(filters={"platform": "jd"})
    jd = model.total
    assert 0 < jd < 303
    model.set_query(search="司马")
    assert model.total == 1 and model.index(0, 0).data(ID_ROLE) == c["sima"]
    model.set_query(filters={"platform": "taobao"})
    assert model.total == 0
