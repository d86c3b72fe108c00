"""Two PCs on one hub at the same moment: two imports, one card code redeemed twice, a customer
added by hand while another PC imports. Each "PC" is a thread with its own connection."""

from __future__ import annotations

import threading

import pytest

from shopowner.followups.redeem import RedeemError, redeem
from shopowner.imports.run import import_files
from shopowner.store.customers import add_customer
from shopowner.store.orders import add_order
from shopowner.store.pg.book import HubBook
from tests.conftest import FIXTURES
from tests.followups.conftest import code_for, make_card

ORDERS = FIXTURES / "orders"


def _at_once(*jobs):
    """Run each job on its own thread, all released together; their results or errors."""
    start = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def run(n, job):
        start.wait()
        try:
            results[n] = job()
        except Exception as exc:  # noqa: BLE001 - the test looks at what each one met
            results[n] = exc
    threads = [threading.Thread(target=run, args=(n, job)) for n, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def _pc(hub_book):
    return HubBook.open(hub_book.url)


def test_two_imports_at_once_both_land_whole(hub_book):
    files = ([ORDERS / "jd" / "订单导出_20241121.csv"], [ORDERS / "pdd" / "拼多多订单导出.csv"])
    pcs = [_pc(hub_book), _pc(hub_book)]
    try:
        reports = _at_once(*[lambda pc=pc, f=f: import_files(pc, f, parallel=False)
                             for pc, f in zip(pcs, files, strict=True)])
    finally:
        for pc in pcs:
            pc.close()
    assert all(not isinstance(r, Exception) for r in reports), reports
    assert all(f.error is None for r in reports for f in r.files)
    new = sum(f.new_customers for r in reports for f in r.files)
    orders = sum(f.new_orders for r in reports for f in r.files)
    assert hub_book.execute("SELECT count(*) FROM customers").fetchone()[0] == new
    assert hub_book.execute("SELECT count(*) FROM orders").fetchone()[0] == orders
    # a customer added by hand afterwards takes none of their ids
    assert add_customer(hub_book, name="手工新客") > hub_book.execute(
        "SELECT max(id) FROM customers WHERE name <> '手工新客'").fetchone()[0]


def test_a_customer_added_by_hand_during_an_import_waits_and_gets_a_free_id(hub_book):
    """The import holds its lock on customers and orders until it commits; the hand-made
    customer's insert waits for it (as a second writer waits on the shop file)."""
    importer, clerk = _pc(hub_book), _pc(hub_book)
    try:
        with importer.atomic():
            from shopowner.store.identities import next_customer_id, insert_customers

            first = next_customer_id(importer)
            insert_customers(importer, [{"id": first, "name": "导入的客户"}])
            added = threading.Thread(target=lambda: add_customer(clerk, name="手工新客"))
            added.start()
            added.join(1.0)
            assert added.is_alive()  # waiting for the import's lock
        added.join(20)
        assert not added.is_alive()
    finally:
        importer.close()
        clerk.close()
    ids = dict(hub_book.execute("SELECT name, id FROM customers").fetchall())
    assert ids["手工新客"] > ids["导入的客户"]


@pytest.fixture
def card(hub_book):
    with hub_book.atomic():
        cid = add_customer(hub_book, name="张三")
        order = add_order(hub_book, dict(platform="taobao", platform_order_id="TB1", customer_id=cid,
                                         status="completed", total_fen=100, paid_fen=100,
                                         created_at="2026-11-01 10:00:00"),
                          [dict(title="龙井", quantity=1, price_fen=100, amount_fen=100)])
        code = code_for("K7F2")
        make_card(hub_book, code, order_id=order, customer_id=cid)
    return code


def test_one_code_redeemed_on_two_pcs_at_once_one_wins_one_is_told(hub_book, card, en_translators):
    pcs = [_pc(hub_book), _pc(hub_book)]
    try:
        results = _at_once(*[lambda pc=pc, n=n: redeem(pc, card, wechat_name=f"微信{n}")
                             for n, pc in enumerate(pcs)])
    finally:
        for pc in pcs:
            pc.close()
    told = [r for r in results if isinstance(r, RedeemError)]
    won = [r for r in results if not isinstance(r, Exception)]
    assert len(won) == 1 and len(told) == 1, results
    assert hub_book.execute("SELECT count(*) FROM wechat_adds").fetchone()[0] == 1
    name = hub_book.execute("SELECT wechat_name FROM customers").fetchone()[0]
    assert name in ("微信0", "微信1")
