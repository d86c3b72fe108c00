"""Every sample export gives the counts its MANIFEST.md states, imported into an empty book."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from shopowner.imports.run import import_files
from tests.imports.conftest import ORDERS

# file, rows, distinct orders, statuses as written, distinct identified buyers (None: anonymous)
MANIFEST = [
    ("taobao/ExportOrderList202411201030.csv", 30, 30,
     {"交易成功": 14, "卖家已发货，等待买家确认": 6, "买家已付款，等待卖家发货": 5, "交易关闭": 3,
      "等待买家付款": 2}, 23),
    ("taobao/ExportOrderDetailList202411201030.csv", 37, 30,
     {"交易成功": 14, "卖家已发货，等待买家确认": 6, "买家已付款，等待卖家发货": 5, "交易关闭": 3,
      "等待买家付款": 2}, None),
    ("taobao-qianniu/订单导出20241121.xlsx", 15, 15,
     {"交易成功": 7, "卖家已发货，等待买家确认": 3, "买家已付款，等待卖家发货": 2, "交易关闭": 2,
      "等待买家付款": 1}, None),
    ("jd/订单导出_20241121.csv", 29, 20,
     {"完成": 9, "等待出库": 4, "已取消": 2, "锁定": 2, "(删除)等待出库": 1, "等待确认收货": 1,
      "等待付款": 1}, 18),
    ("pdd/拼多多订单导出.csv", 20, 20,
     {"已签收": 8, "已发货，待签收": 5, "待发货": 4, "已取消": 1, "未发货，退款成功": 1,
      "已发货，退款成功": 1}, None),
    ("douyin/fxg_export_202411211530.csv", 23, 20,
     {"已完成": 9, "已发货": 4, "待发货": 4, "已关闭": 2, "已取消": 1}, None),
    ("kuaishou/快手订单.xlsx", 12, 12, {"交易成功": 6, "已发货": 3, "待发货": 2, "交易关闭": 1}, 11),
    ("youzan/有赞订单_订单维度.csv", 12, 12,
     {"交易成功": 6, "已发货": 2, "待发货": 2, "交易关闭": 1, "待付款": 1}, 11),
    ("wechat-shop/微信小店订单.xlsx", 18, 12, {"已完成": 6, "待发货": 3, "待收货": 2, "已取消": 1}, 11),
]

OUR_STATUS = {
    "交易成功": "completed", "卖家已发货，等待买家确认": "shipped", "买家已付款，等待卖家发货": "paid",
    "等待买家付款": "unpaid", "完成": "completed", "等待出库": "paid",
    "已取消": ("closed", "refunded"),  # refunded when a refund column says so (test_refunds.py)
    "锁定": "paid", "(删除)等待出库": "paid", "等待确认收货": "shipped", "等待付款": "unpaid",
    "已签收": "completed", "已发货，待签收": "shipped", "待发货": "paid", "未发货，退款成功": "refunded",
    "已发货，退款成功": "refunded", "已完成": "completed", "已发货": "shipped",
    "已关闭": ("closed", "refunded"),
    "交易关闭": ("closed", "refunded"), "待付款": "unpaid", "待收货": "shipped",
}


@pytest.mark.parametrize("name,rows,orders,statuses,buyers", MANIFEST,
                         ids=[m[0].split("/")[0] + "-" + str(i) for i, m in enumerate(MANIFEST)])
def test_manifest_counts(db, name, rows, orders, statuses, buyers):
    report = import_files(db, [ORDERS / name]).files[0]
    assert report.error is None
    assert (report.rows, report.orders, report.new_orders) == (rows, orders, orders)
    assert report.skipped == []
    written = Counter(r[0] for r in db.execute("SELECT status_text FROM orders"))
    assert dict(written) == statuses
    for text, status in db.execute("SELECT status_text, status FROM orders"):
        expected = OUR_STATUS[text]
        assert status in (expected if isinstance(expected, tuple) else (expected,)), text
    customers = db.execute("SELECT count(*), sum(is_anonymous) FROM customers").fetchone()
    if buyers is None:
        assert customers == (orders, orders)  # one anonymous customer per order
    else:
        assert customers == (buyers, 0)
    assert report.new_customers == customers[0]
    assert db.execute("SELECT count(*) FROM orders WHERE import_id IS NULL").fetchone()[0] == 0


def test_generic_list_gives_fourteen_phones_and_a_wechat_only_customer(db):
    report = import_files(db, [ORDERS / "generic/my-customers.csv"]).files[0]
    assert report.error is None and report.rows == 15 and report.orders == 0
    phones = db.execute("SELECT count(DISTINCT value) FROM customer_identities "
                        "WHERE kind = 'phone'").fetchone()[0]
    assert phones == 14
    # 夏雨 left no phone, only a WeChat id: still one customer, so 15 in all; the two 黎明 differ.
    assert report.new_customers == 15
    assert db.execute("SELECT count(*) FROM customers WHERE name = '黎明'").fetchone()[0] == 2
    chen = db.execute("SELECT c.name, c.wechat_account, c.custom_fields FROM customers c JOIN "
                      "customer_identities i ON i.customer_id = c.id WHERE i.value = '13800011234'"
                      ).fetchone()
    assert chen == ("陈静", "chenjing_tea", '{"first_purchase": "2022-03-18"}')
    note = db.execute("SELECT notes FROM customers WHERE name = '武娟'").fetchone()[0]
    assert note == '备注："大客户"，逢年过节送礼'


def test_taobao_pair_is_joined_with_items_from_the_detail_list(db):
    result = import_files(db, [ORDERS / "taobao/ExportOrderList202411201030.csv",
                               ORDERS / "taobao/ExportOrderDetailList202411201030.csv"])
    main, detail = result.files
    assert main.new_orders == 30 and detail.error is None and detail.rows == 37
    assert db.execute("SELECT count(*) FROM order_items").fetchone()[0] == 37
    assert db.execute("SELECT count(*) FROM order_items WHERE price_fen = 0").fetchone()[0] == 0
    with open(ORDERS / "taobao/ExportOrderList202411201030.csv", encoding="gbk", newline="") as fh:
        paid = sum(round(float(r["买家实际支付金额"]) * 100) for r in csv.DictReader(fh))
    assert db.execute("SELECT sum(paid_fen) FROM orders").fetchone()[0] == paid
    order = db.execute("SELECT * FROM orders WHERE platform_order_id = '2043000000000550005'")
    row = dict(zip([d[0] for d in order.description], order.fetchone()))
    assert row["receiver_phone"] == "13800011234" and row["zip"] == "310012"
    assert (row["province"], row["city"], row["district"]) == ("浙江省", "杭州市", "西湖区")
    assert row["created_at"] == "2024-10-08 15:37:46" and row["buyer_id"] == "阿静爱喝茶"


def test_jd_order_amounts_are_counted_once_per_order(db):
    import_files(db, [ORDERS / "jd/订单导出_20241121.csv"])
    with open(ORDERS / "jd/订单导出_20241121.csv", encoding="gbk", newline="") as fh:
        first = {}
        for r in csv.DictReader(fh):
            first.setdefault(r["订单号"], round(float(r["订单金额"]) * 100))
    assert db.execute("SELECT sum(total_fen) FROM orders").fetchone()[0] == sum(first.values())
    assert db.execute("SELECT count(*) FROM order_items").fetchone()[0] == 29
    note = db.execute("SELECT buyer_message FROM orders WHERE buyer_message LIKE '%\n%'").fetchone()
    assert note is not None  # the embedded newline survived as data


def test_wechat_same_product_twice_keeps_both_lines(db):
    import_files(db, [ORDERS / "wechat-shop/微信小店订单.xlsx"])
    assert db.execute("SELECT count(*) FROM order_items").fetchone()[0] == 18
    twice = db.execute("SELECT order_id, title, count(DISTINCT spec) FROM order_items "
                       "GROUP BY order_id, title HAVING count(*) > 1").fetchall()
    assert twice and all(n == 2 for _o, _t, n in twice)
    money = db.execute("SELECT max(paid_fen) FROM orders").fetchone()[0]
    assert money >= 100000  # "¥1,234.00"-style amounts read with their thousands


def test_long_ids_stay_text(db):
    import_files(db, [ORDERS / "taobao-qianniu/订单导出20241121.xlsx",
                      ORDERS / "douyin/fxg_export_202411211530.csv"])
    ids = [r[0] for r in db.execute("SELECT platform_order_id FROM orders")]
    assert all(i.isdigit() and len(i) == 19 for i in ids)
    assert "4012800000000000834" in ids and "6920000000000711100" in ids
