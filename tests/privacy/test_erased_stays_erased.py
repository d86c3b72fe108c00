"""An erased person never comes back through an import: every platform export, the seller's own
customer list and Youzan's item export; the report counts their rows without naming them."""

from __future__ import annotations

import pytest

from shopowner.imports.run import import_files
from shopowner.store.customer_privacy import erase_customer
from tests.imports.conftest import make_db  # noqa: F401 - a fixture
from tests.imports.test_youzan_items import item_file
from tests.privacy.conftest import (
    CHEN_JING, GENERIC, ZHOU_YUTONG, customer_with_phone, file_bytes, found_in, platform_files,
)


def _settled(db, data_dir) -> bytes:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return file_bytes(data_dir)


@pytest.mark.file_only("the bytes of the shop file itself")
def test_people_erased_from_the_generic_list_never_come_back_from_any_export(db, data_dir,
                                                                            tmp_path):
    assert import_files(db, [GENERIC]).files[0].error is None
    people = (CHEN_JING, ZHOU_YUTONG)
    erased = [customer_with_phone(db, p[1]) for p in people]
    for cid in erased:
        assert erase_customer(db, cid)["clean"]
    assert all(found_in(_settled(db, data_dir), p) == [] for p in people)
    orders_before = db.execute("SELECT count(*) FROM orders").fetchone()[0]

    files = platform_files() + [item_file(tmp_path, "newer"), GENERIC]
    reports = import_files(db, files).files
    assert all(r.error is None for r in reports), [r.error for r in reports]
    data = _settled(db, data_dir)
    assert [found_in(data, p) for p in people] == [[], []]
    # their orders still count, on their erased (anonymous) customer rows
    counted = db.execute("SELECT count(*), sum(paid_fen) FROM orders WHERE customer_id IN (?, ?)",
                         erased).fetchone()
    assert counted[0] >= 6 and counted[1] > 0
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] > orders_before
    assert db.execute("SELECT count(*) FROM customers WHERE id IN (?, ?) AND erased_at IS NOT NULL "
                      "AND name = '' AND is_anonymous = 1", erased).fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM customer_identities WHERE customer_id IN (?, ?)",
                      erased).fetchone()[0] == 0
    # every report that met them says how many rows, without a name
    warned = {r.file.rsplit("/", 1)[-1]: w for r in reports for w in r.warnings if "erased" in w}
    assert set(warned) >= {"my-customers.csv", "订单导出_20241121.csv", "快手订单.xlsx",
                           "微信小店订单.xlsx", "ExportOrderList202411201030.csv",
                           "有赞订单_订单维度.csv"}
    assert "2 row(s)" in warned["my-customers.csv"] or "2 rows" in warned["my-customers.csv"]
    assert all(found_in(w.encode(), p) == [] for w in warned.values() for p in people)


@pytest.mark.file_only("the bytes of the shop file itself")
def test_erase_then_reimport_everything_brings_nothing_back(db, data_dir, tmp_path):
    files = platform_files() + [item_file(tmp_path, "2022"), GENERIC]
    assert all(r.error is None for r in import_files(db, files).files)
    chen = customer_with_phone(db, CHEN_JING[1])
    customers = db.execute("SELECT count(*) FROM customers").fetchone()[0]
    erase_customer(db, chen)
    assert found_in(_settled(db, data_dir), CHEN_JING) == []

    reports = import_files(db, files).files
    assert all(r.error is None for r in reports)
    assert found_in(_settled(db, data_dir), CHEN_JING) == []
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == customers
    assert sum(r.new_customers for r in reports) == 0


@pytest.mark.parametrize("path", platform_files() + [GENERIC], ids=lambda p: p.name)
def test_each_file_alone_after_an_erase(make_db, path):
    db = make_db("shop")
    assert import_files(db, [GENERIC]).files[0].error is None
    for person in (CHEN_JING, ZHOU_YUTONG):
        erase_customer(db, customer_with_phone(db, person[1]))
    report = import_files(db, [path]).files[0]
    assert report.error is None
    names = {r[0] for r in db.execute("SELECT name FROM customers UNION SELECT receiver_name "
                                      "FROM orders UNION SELECT value FROM customer_identities")}
    assert not names & {"陈静", "周雨桐", "13800011234", "13800021345", "chenjing_tea",
                        "yutong_zhou"}
