"""Imports index the customer search once at the end of each file; the result must equal a full
rebuild, the per-row triggers must be back afterwards, and a rejected file leaves the index alone.
On the shop file the index is FTS5's tables, on the hub its own documents (``schema_p0001_search``),
whose triggers a bulk load pauses with ``shopowner.bulk_load`` instead of dropping them."""

from __future__ import annotations

from shopowner.imports.run import import_files
from shopowner.store.customer_query import matching_ids
from shopowner.store.customer_search import rebuild_search_index
from shopowner.store.db import is_hub
from tests.imports.conftest import ORDERS, good_files

INDEX = ("customer_search", "order_search", "customer_bigrams", "customer_phones")
HUB_INDEX = ("hub_customer_docs", "hub_order_docs", "hub_phones")


def index_rows(db):
    """Every row of the search index, by table (the hub's keep their row's id in a column)."""
    if is_hub(db):
        return {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall())) for t in HUB_INDEX}
    return {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}" if t == "customer_phones"
                                           else f"SELECT rowid, * FROM {t}").fetchall()))
            for t in INDEX}


def triggers(db):
    """The book's triggers by name; on the hub also whether a bulk load still pauses them."""
    if is_hub(db):
        names = sorted(r[0] for r in db.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
        paused = db.execute("SELECT current_setting('shopowner.bulk_load', true)").fetchone()[0]
        return [*names, f"bulk_load={paused or 'off'}"]
    return sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"))


def test_index_after_imports_equals_a_full_rebuild(db):
    before = triggers(db)
    result = import_files(db, good_files())
    assert not result.rejected
    assert triggers(db) == before
    incremental = index_rows(db)
    assert all(incremental.values())
    with db.atomic():
        rebuild_search_index(db)
    assert index_rows(db) == incremental


def test_index_after_reimports_in_another_order_equals_a_full_rebuild(db):
    """Later files update, re-own and fill in what earlier ones wrote: still exactly indexed."""
    import_files(db, list(reversed(good_files())))
    import_files(db, good_files())
    incremental = index_rows(db)
    with db.atomic():
        rebuild_search_index(db)
    assert index_rows(db) == incremental


def test_imported_customers_are_found_and_later_edits_still_indexed(db):
    import_files(db, good_files())
    chen = db.execute("SELECT customer_id FROM customer_identities WHERE value = '13800011234'").fetchone()[0]
    assert chen in matching_ids(db, None, "陈静")
    assert chen in matching_ids(db, None, "1234")
    db.execute("UPDATE customers SET notes = '喜欢桂花乌龙' WHERE id = ?", [chen])  # a trigger again
    assert matching_ids(db, None, "桂花乌龙") == [chen]


def test_rejected_file_leaves_index_and_triggers(db):
    import_files(db, [ORDERS / "taobao/ExportOrderList202411201030.csv"])
    before, trig = index_rows(db), triggers(db)
    result = import_files(db, [ORDERS / "bad/truncated.xlsx"])
    assert result.rejected
    assert index_rows(db) == before and triggers(db) == trig


def test_index_after_a_file_of_many_chunks_equals_a_full_rebuild(tmp_path, db):
    """A file of several chunks whose later orders give customers of earlier chunks a new phone,
    and fill in the names a previous file left blank: still exactly indexed."""
    from tests.imports.conftest import write_orderlist

    nameless = tmp_path / "ExportOrderList_nameless.csv"
    write_orderlist(nameless, 60)
    text = nameless.read_bytes().decode("gbk")
    for b in range(20):  # of its 40 buyers
        text = text.replace(f",王{b % 97}芳,", ",,")
    nameless.write_bytes(text.encode("gbk"))
    big = tmp_path / "ExportOrderList_big.csv"
    write_orderlist(big, 6000)
    lines = big.read_bytes().decode("gbk").split("\r\n")
    for n in range(4000, 6000, 3):  # repeat orders (buyers of the first 4,000) with a new phone
        lines[n + 1] = lines[n + 1].replace(",138", ",139")
    big.write_bytes("\r\n".join(lines).encode("gbk"))

    assert not import_files(db, [nameless]).rejected
    # the owner cleared the other names: their orders' documents now carry the receiver name
    assert db.execute("UPDATE customers SET name = '' WHERE name <> '' AND id IN "
                      "(SELECT customer_id FROM orders WHERE receiver_name <> '')").rowcount == 20
    report = import_files(db, [big]).files[0]
    assert report.error is None and report.new_orders == 5940
    assert db.execute("SELECT count(*) FROM customers WHERE name = ''").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM customer_identities WHERE value LIKE '139%'"
                      ).fetchone()[0] > 600
    incremental = index_rows(db)
    with db.atomic():
        rebuild_search_index(db)
    assert index_rows(db) == incremental
