"""The demo shop is made the way a seller makes a shop: imported exports, recorded print runs,
redeemed codes, each on its day; so it holds nothing the app itself could not have made."""

from __future__ import annotations

from datetime import datetime

import pytest

from shopowner.demo import DEMO_CUSTOMERS, DEMO_ORDERS, fill_demo_shop
from shopowner.store.db import is_hub

TODAY = datetime(2026, 11, 24, 18, 30)


@pytest.fixture
def demo(db):
    counts = fill_demo_shop(db, today=TODAY)
    return db, counts


def one(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def test_every_order_came_from_an_imported_export(demo):
    db, counts = demo
    assert counts["customers"] == one(db, "SELECT count(*) FROM customers") == DEMO_CUSTOMERS
    assert counts["orders"] == one(db, "SELECT count(*) FROM orders WHERE platform <> 'private'") == DEMO_ORDERS
    # but the orders sold over WeChat, entered by the owner (tests/orders/test_demo.py)
    assert one(db, "SELECT count(*) FROM orders WHERE import_id IS NULL") == counts["private_orders"] > 0
    kinds = {r[0] for r in db.execute("SELECT DISTINCT platform FROM imports")}
    assert kinds == {"taobao", "jd", "pdd", "douyin", "youzan", "kuaishou"}, kinds
    assert one(db, "SELECT count(*) FROM imports WHERE report LIKE '%ExportOrderDetailList%'") > 0  # joined
    # masked buyers (Pinduoduo, Douyin) cannot be told apart: one anonymous customer per order
    assert one(db, "SELECT count(*) FROM customers WHERE is_anonymous = 1") == one(
        db, "SELECT count(*) FROM orders WHERE platform IN ('pdd', 'douyin')")
    assert one(db, "SELECT count(*) FROM order_items") >= DEMO_ORDERS
    index = "hub_customer_docs" if is_hub(db) else "customer_search"
    assert one(db, f"SELECT count(*) FROM {index}") == DEMO_CUSTOMERS  # the import indexed them


def test_every_time_is_a_day_the_seller_could_have_done_it(demo):
    db, _counts = demo
    today = TODAY.strftime("%Y-%m-%d %H:%M:%S")
    for table, column in (("orders", "imported_at"), ("imports", "started_at"), ("cards", "printed_at"),
                          ("cards", "redeemed_at"), ("card_batches", "created_at"),
                          ("wechat_adds", "added_at"), ("followups", "created_at"),
                          ("feedback", "created_at"), ("letter_versions", "created_at"),
                          ("customers", "created_at")):
        assert one(db, f"SELECT max({column}) FROM {table}") <= today, (table, column)
    # a card is printed after its order came in, and its code comes back after it was printed
    assert one(db, "SELECT count(*) FROM cards c JOIN orders o ON o.id = c.order_id "
                   "WHERE c.printed_at < o.imported_at OR c.printed_at < o.created_at") == 0
    assert one(db, "SELECT count(*) FROM cards WHERE redeemed_at <= printed_at") == 0
    assert one(db, "SELECT count(*) FROM wechat_adds w JOIN customers c ON c.id = w.customer_id "
                   "WHERE w.added_at < c.first_order_at OR w.added_at < c.created_at") == 0
    assert one(db, "SELECT count(*) FROM followups f JOIN customers c ON c.id = f.customer_id "
                   "WHERE f.happened_at < c.wechat_added_at") == 0


def test_cards_are_recorded_print_runs_with_the_letters_two_versions(demo):
    db, counts = demo
    assert counts["cards"] == one(db, "SELECT count(*) FROM cards WHERE state = 'printed'") > 30
    assert one(db, "SELECT count(*) FROM cards WHERE batch_id IS NULL") == 0
    assert one(db, "SELECT sum(card_count) FROM card_batches") == counts["cards"]
    versions = db.execute("SELECT v.version_no, count(c.id) FROM letter_versions v "
                          "JOIN cards c ON c.letter_version_id = v.id GROUP BY 1 ORDER BY 1").fetchall()
    assert [v for v, _n in versions] == [1, 2] and all(n > 0 for _v, n in versions)
    redeemed = one(db, "SELECT count(*) FROM cards WHERE redeemed_at IS NOT NULL")
    assert redeemed > 0
    assert one(db, "SELECT count(*) FROM wechat_adds WHERE via = 'code' AND channel_id IS NULL") == redeemed
    assert one(db, "SELECT count(*) FROM wechat_adds WHERE channel_id IS NOT NULL") > 10  # channel codes
    assert one(db, "SELECT count(*) FROM customers WHERE wechat_status = 'added'") == one(
        db, "SELECT count(DISTINCT customer_id) FROM wechat_adds")
    assert one(db, "SELECT count(*) FROM orders WHERE status = 'paid' AND shipped_at IS NULL") > 0  # to ship


def test_the_same_seed_and_day_give_the_same_shop(db, tmp_path):
    """Twice the same shop; under ``--backend hub`` the hub's and a shop file's are the same too."""
    from shopowner.store import open_database

    fill_demo_shop(db, seed=7, today=TODAY)
    other = open_database(tmp_path / "other", hub=False)
    fill_demo_shop(other, seed=7, today=TODAY)
    for sql in ("SELECT name, total_spent_fen, stage, wechat_status, channel_id FROM customers ORDER BY id",
                "SELECT platform_order_id, status, paid_fen, created_at FROM orders ORDER BY id",
                "SELECT order_id, printed_at, redeemed_at FROM cards ORDER BY id",
                "SELECT customer_id, happened_at, summary FROM followups ORDER BY id"):
        assert list(db.execute(sql)) == list(other.execute(sql)), sql
    other.close()
