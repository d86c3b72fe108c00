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


def test_refresh_rows_redraws_in_place_and_drops_the_gone(qapp, book):
    from shopowner.store.customer_privacy import delete_customer
    from shopowner.store.customers import update_customer

    db, c = book
    model = CustomerTableModel(db, page_size=400)
    row = model.row_of(c["ouyang"])
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    update_customer(db, c["ouyang"], name="欧阳新名")
    model.refresh_rows([c["ouyang"]])
    assert model.index(row, 0).data().startswith("欧阳新名") and changed == [(row, row)]
    delete_customer(db, c["sima"])
    model.refresh_rows([c["sima"]])
    assert model.row_of(c["sima"]) == -1 and model.rowCount() == 302 and model.total == 302


def test_requery_keeping_the_loaded_rows(qapp, book):
    db, c = book
    model = CustomerTableModel(db, page_size=50)
    model.fetchMore()
    model.fetchMore()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.requery(keep_loaded=True)  # nothing moved: the same 150 rows, redrawn, no reset
    assert model.rowCount() == 150 and resets == []
    model.sort(COLUMNS.index("name"), Qt.AscendingOrder)
    assert model.rowCount() == 50 and resets == [1]
