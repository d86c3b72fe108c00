"""A big file sets the secondary indexes aside while it loads: afterwards the schema, the data and
the search index are exactly what the row-by-row path gives, and a cancel leaves nothing."""

from __future__ import annotations

from shopowner.imports import run
from shopowner.imports.run import import_files
from shopowner.progress import Cancelled, Progress
from shopowner.store.bulk_indexes import BulkIndexes
from shopowner.store.customer_query import matching_ids
from tests.imports.conftest import clock_free_digest as digest, write_orderlist
from tests.imports.test_search_index import index_rows


def schema(db):
    return sorted(db.execute("SELECT type, name, sql FROM sqlite_master "
                             "WHERE name NOT LIKE 'sqlite_autoindex%'").fetchall())


def test_big_file_equals_the_row_by_row_path(tmp_path, make_db, monkeypatch):
    path = tmp_path / "ExportOrderList_big.csv"
    write_orderlist(path, 6000)
    big = make_db("big")
    before = schema(big)
    dropped = []
    real_drop = BulkIndexes.drop
    monkeypatch.setattr(BulkIndexes, "drop", lambda self: dropped.append(1) or real_drop(self))
    report = import_files(big, [path]).files[0]
    assert dropped == [1]
    assert report.error is None and report.new_orders == 6000
    assert schema(big) == before

    monkeypatch.setattr(run, "BULK_MIN_ORDERS", 10 ** 9)  # never set the indexes aside
    small = make_db("small")
    import_files(small, [path])
    assert digest(big) == digest(small)
    assert index_rows(big) == index_rows(small)
    assert matching_ids(big, None, "文三路17号") == matching_ids(small, None, "文三路17号") != []


def test_cancel_in_a_big_file_leaves_schema_and_data(tmp_path, make_db):
    path = tmp_path / "ExportOrderList_big.csv"
    write_orderlist(path, 8000)
    db = make_db("shop")
    import_files(db, [write_small(tmp_path)])
    before_schema, before = schema(db), digest(db)
    calls = []

    def cancel_late(done, total, text):
        calls.append(done)
        if len(calls) == 10:  # after the first chunk was written without indexes
            raise Cancelled()

    result = import_files(db, [path], progress=Progress(cancel_late))
    assert result.cancelled and len(calls) == 10
    assert schema(db) == before_schema and digest(db) == before
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 30


def write_small(tmp_path):
    path = tmp_path / "ExportOrderList_small.csv"
    write_orderlist(path, 30)
    return path


def test_progress_moves_on_through_the_work_after_the_rows(tmp_path, make_db):
    path = tmp_path / "ExportOrderList_big.csv"
    write_orderlist(path, 6000)
    seen = []
    import_files(make_db("shop"), [path], progress=Progress(lambda d, t, text: seen.append((d, t, text))))
    done = [d for d, _t, _text in seen]
    assert done == sorted(done) and done[-1] == seen[-1][1] == 1000
    texts = [text for _d, _t, text in seen]
    for phase in ("building the indexes", "customer totals", "search index", "saving"):
        assert any(phase in text for text in texts), phase
    assert texts.index(next(t for t in texts if "search index" in t)) > texts.index(
        next(t for t in texts if "customer totals" in t))
