"""Buyers are matched chunk by chunk against the book (imports/identity.py): where a chunk ends
changes nothing, identities stored before the import and earlier chunks of the same file are
found, and the matcher holds only what the chunk in hand needs."""

from __future__ import annotations

import pytest

import shopowner.imports.parse as parse
import shopowner.imports.run as run
from benchmarks.import_bench import generate
from shopowner.imports.identity import Resolver
from shopowner.imports.run import import_files
from shopowner.store.customer_search import rebuild_search_index
from tests.imports.conftest import ORDERS
from tests.imports.test_search_index import index_rows

CLOCK = {"created_at", "updated_at", "imported_at", "decided_at"}
TABLES = ("customers", "customer_identities", "orders", "order_items", "duplicate_candidates")


def book_rows(db) -> dict[str, list[tuple]]:
    """Every row of the matched tables, ids included, without the columns the clock fills."""
    rows = {}
    for table in TABLES:
        cur = db.execute(f"SELECT * FROM {table} ORDER BY id")
        keep = [n for n, d in enumerate(cur.description) if d[0] not in CLOCK]
        rows[table] = [tuple(row[n] for n in keep) for row in cur.fetchall()]
    return rows


def chunked(monkeypatch, size: int) -> None:
    monkeypatch.setattr(parse, "CHUNK", size)
    monkeypatch.setattr(run, "CHUNK", size)


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Generated Taobao OrderLists sharing buyers: a shop's history, a later file with known and
    new buyers, one re-exporting part of the history with other buyers (conflicts: duplicate
    candidates), and a customer list."""
    folder = tmp_path_factory.mktemp("exports")
    generate(folder / "ExportOrderList_a.csv", 1000)
    generate(folder / "ExportOrderList_b.csv", 500, seed=8, first=1000, buyers=2000, month=11)
    generate(folder / "ExportOrderList_c.csv", 400, seed=9, first=800, buyers=3000, month=11)
    return [folder / "ExportOrderList_a.csv", folder / "ExportOrderList_b.csv",
            folder / "ExportOrderList_c.csv", ORDERS / "generic/my-customers.csv",
            ORDERS / "jd/订单导出_20241121.csv", folder / "ExportOrderList_b.csv"]


def import_all(db, files) -> list[tuple]:
    counts = []
    for file in files:
        report = import_files(db, [file], parallel=False).files[0]
        assert report.error is None, report.error
        counts.append((report.new_orders, report.updated_orders, report.new_customers,
                       report.matched_customers, report.duplicates))
    return counts


def test_where_chunks_end_changes_nothing(make_db, monkeypatch, exports):
    whole = make_db("whole")
    whole_counts = import_all(whole, exports)
    chunked(monkeypatch, 23)
    small = make_db("small")
    assert import_all(small, exports) == whole_counts
    assert book_rows(small) == book_rows(whole)
    assert whole_counts[2][4] > 0  # the re-export's other buyers queued duplicate candidates
    assert whole_counts[1][3] > 0  # the later file met buyers the shop already had
    # known buyers' new orders were indexed on their own: the same index as a full rebuild
    indexed = index_rows(small)
    with small.atomic():
        rebuild_search_index(small)
    assert index_rows(small) == indexed


def test_identities_stored_before_the_import_match_in_every_chunk(make_db, monkeypatch, exports):
    db = make_db("shop")
    import_all(db, exports[:1])
    customers = db.execute("SELECT count(*) FROM customers").fetchone()[0]
    chunked(monkeypatch, 3)
    report = import_files(db, [exports[1]], parallel=False).files[0]
    assert report.matched_customers > 0
    # each known buyer is matched (its phone, member name and address), never made again
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == \
        customers + report.new_customers
    assert db.execute("SELECT count(*) FROM (SELECT value FROM customer_identities "
                      "GROUP BY kind, platform, value HAVING count(*) > 1)").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0] == 0


def test_one_new_buyer_in_two_chunks_is_one_customer(make_db, monkeypatch, tmp_path):
    # 60 orders from 20 buyers: with chunks of 2 orders every buyer's orders are in several
    generate(tmp_path / "ExportOrderList_x.csv", 60, seed=3, buyers=20)
    chunked(monkeypatch, 2)
    db = make_db("shop")
    report = import_files(db, [tmp_path / "ExportOrderList_x.csv"], parallel=False).files[0]
    buyers = db.execute("SELECT count(DISTINCT buyer_id) FROM orders").fetchone()[0]
    assert report.new_customers == buyers == db.execute(
        "SELECT count(*) FROM customers").fetchone()[0]
    assert db.execute("SELECT count(DISTINCT customer_id) FROM orders").fetchone()[0] == buyers
    assert report.matched_customers == 0 and report.duplicates == 0
    assert list(run.Resolver(db, "taobao").new_customers) == []


def test_the_matcher_reads_only_the_identities_a_chunk_meets(make_db, exports):
    db = make_db("shop")
    import_all(db, exports[:1])
    assert db.execute("SELECT count(*) FROM customer_identities").fetchone()[0] > 300
    phone, owner = db.execute("SELECT value, customer_id FROM customer_identities "
                              "WHERE kind = 'phone' ORDER BY id LIMIT 1").fetchone()
    resolver = Resolver(db, "taobao")
    keys = resolver.keys(buyer_id="someone new", mobile=phone)
    resolver.prepare([(keys, "someone new", "")])
    assert resolver.strong == {("phone", "", phone): owner}
    assert resolver.resolve(keys, nickname="someone new") == owner
    assert len(resolver.new_customers) == 0 and resolver.matched_customers == {owner}
