"""Exports recognised by what their columns mean: every platform's older and newer layouts (the
files of tests/fixtures/orders/variants/, written by its make_variants.py), renamed headers,
reordered and missing columns, and which layout wins when two match."""

from __future__ import annotations

import pytest

from shopowner.imports.platforms import candidates, detect
from shopowner.imports.platforms.meaning import meaning_key
from shopowner.imports.read import open_table
from shopowner.imports.run import import_files
from tests.imports.conftest import ORDERS

VARIANTS = ORDERS / "variants"

# file → (layout, platform, orders, customers, {order id: (status, paid fen, refund fen)})
EXPECTED = {
    "taobao/tmall_order_report.csv": ("taobao_orderlist", "taobao", 5, 5, {
        "1": ("unpaid", 0, 0), "2": ("paid", 2100, 0), "3": ("unpaid", 0, 0),
        "4": ("refunded", 15700, 15700), "5": ("paid", 6480, 2000)}),
    "taobao/ExportOrderList_reordered.xlsx": ("taobao_orderlist", "taobao", 5, 3, {
        "3100000000000000001": ("completed", 9900, 0),
        "3100000000000000002": ("completed", 5800, 0),
        "3100000000000000003": ("unpaid", 3000, 0),
        "3100000000000000004": ("refunded", 4500, 4500),
        "3100000000000000005": ("shipped", 12000, 0)}),
    "taobao/宝贝报表_新版.csv": ("taobao_detail", "taobao", 3, 3, {
        "3100000000000000011": ("completed", 12900, 0),
        "3100000000000000012": ("paid", 5800, 0),
        "3100000000000000013": ("closed", 3000, 0)}),
    "jd/京东订单_新版.xlsx": ("jd", "jd", 3, 3, {
        "290000000001": ("completed", 10300, 0), "290000000002": ("paid", 17600, 0),
        "290000000003": ("closed", 2600, 0)}),
    "pdd/拼多多订单_新版.csv": ("pdd", "pdd", 4, 3, {
        "240301-000000000000001": ("completed", 1990, 0),
        "240302-000000000000002": ("shipped", 3980, 0),
        "240303-000000000000003": ("refunded", 2500, 2500),
        "240304-000000000000004": ("paid", 2500, 0)}),
    "douyin/抖店订单_旧版.csv": ("douyin", "douyin", 3, 2, {
        "48000000000000100": ("completed", 5500, 0),
        "48000000000000200": ("refunded", 3500, 3500),
        "48000000000000300": ("paid", 3000, 0)}),
    "kuaishou/快手订单_新版.xlsx": ("kuaishou", "kuaishou", 4, 3, {
        "2411030000000501": ("completed", 2990, 0), "2411030000000502": ("shipped", 5980, 0),
        "2411030000000503": ("refunded", 2990, 2990), "2411030000000504": ("unpaid", 3900, 0)}),
    "youzan/有赞订单_商品维度_乱序.xlsx": ("youzan_items", "youzan", 3, 2, {
        "E20240601000001": ("completed", 7800, 1000),
        "E20240602000002": ("shipped", 14800, 0),
        "E20240603000003": ("refunded", 8800, 8800)}),
    "youzan/有赞订单_订单维度_旧版.csv": ("youzan", "youzan", 3, 2, {
        "E20190101000001": ("completed", 4500, 0), "E20190102000002": ("paid", 3000, 0),
        "E20190103000003": ("closed", 2000, 0)}),
    "wechat-shop/视频号小店订单.csv": ("wechat_shop", "wechat_shop", 3, 2, {
        "3700000000000001": ("completed", 10000, 2000),
        "3700000000000002": ("refunded", 8000, 8000),
        "3700000000000003": ("paid", 4000, 0)}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_variant_is_its_platforms_layout_and_imports_right(db, name):
    kind, platform, orders, customers, by_order = EXPECTED[name]
    path = VARIANTS / name
    table = open_table(path)
    try:
        assert detect(table.headers).kind == kind
    finally:
        table.close()
    report = import_files(db, [path]).files[0]
    assert report.error is None, report.error
    assert (report.kind, report.platform, report.orders, report.new_customers) == (
        kind, platform, orders, customers)
    stored = {r[0]: r[1:] for r in db.execute(
        "SELECT platform_order_id, status, paid_fen, refund_fen FROM orders WHERE platform = ?",
        [platform])}
    assert stored == by_order
    again = import_files(db, [path]).files[0]  # the same file again: nothing new
    assert (again.new_orders, again.new_customers) == (0, 0)


def test_variants_cover_both_encodings_and_both_formats():
    files = [VARIANTS / n for n in EXPECTED]
    raw = {p: p.read_bytes() for p in files if p.suffix == ".csv"}
    gbk = [p for p, b in raw.items() if _decodes_only_as_gbk(b)]
    utf8 = [p for p, b in raw.items() if p not in gbk]
    assert len(gbk) >= 3 and len(utf8) >= 2 and sum(p.suffix == ".xlsx" for p in files) >= 3


def _decodes_only_as_gbk(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return False
    except UnicodeDecodeError:
        data.decode("gbk")
        return True


def test_buyers_receivers_and_items_of_a_renamed_reordered_export(db):
    import_files(db, [VARIANTS / "taobao/ExportOrderList_reordered.xlsx"])
    row = db.execute("SELECT receiver_name, receiver_phone, province, city, district, address, "
                     "zip, postage_fen FROM orders WHERE platform_order_id = "
                     "'3100000000000000005'").fetchone()
    assert row == ("周敏", "13800070003", "广东省", "广州市", "天河区", "体育西路3号", "510000", 1000)
    # 买家会员名 tea_fan bought twice: one customer with two orders
    assert db.execute("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                      "WHERE c.name = '王芳'").fetchone()[0] == 2


def test_older_douyin_unit_price_and_jd_lines(db):
    import_files(db, [VARIANTS / "douyin/抖店订单_旧版.csv", VARIANTS / "jd/京东订单_新版.xlsx"])
    items = db.execute("SELECT title, quantity, price_fen FROM order_items i JOIN orders o "
                       "ON o.id = i.order_id WHERE o.platform_order_id = '48000000000000100' "
                       "ORDER BY title").fetchall()
    assert items == [("桂花乌龙", 1, 3500), ("茶包", 2, 1000)]
    assert db.execute("SELECT count(*) FROM order_items i JOIN orders o ON o.id = i.order_id "
                      "WHERE o.platform = 'jd'").fetchone()[0] == 4


def test_names_compared_by_meaning():
    assert meaning_key("用户实付金额(元)") == meaning_key("用户实付金额（元）") == "用户实付金额"
    assert meaning_key("商品数量(件)") == "商品数量"
    assert meaning_key(" 收货 地址 ") == "收货地址"
    assert meaning_key("ＳＫＵ编码（自定义）") == "sku编码(自定义)"  # a bracket that means something stays
    assert meaning_key("商品编码(平台)") != meaning_key("商品编码(自定义)")


def test_columns_in_any_order_extra_ones_ignored_optional_ones_missing():
    base = ["订单号", "实付款", "成交数量"]
    assert detect(base).kind == "kuaishou"
    assert detect(["备注列", *reversed(base), "无关的列"]).kind == "kuaishou"
    assert detect(["订单号", "实付款"]) is None  # a signature field missing: not this layout


def test_two_matching_layouts_the_most_specific_wins_deterministically():
    # JD's columns plus Kuaishou's 实付款/成交数量: both signatures hold; JD reads more of the file
    headers = ["订单号", "京东价", "订购数量", "下单帐号", "客户姓名", "客户地址", "联系电话",
               "实付款", "成交数量"]
    assert [p.kind for p in candidates(headers)][:2] == ["jd", "kuaishou"]
    # the same columns in another order give the same answer, every time
    for shift in range(len(headers)):
        assert detect(headers[shift:] + headers[:shift]).kind == "jd"
    # a layout with more signature fields beats one with fewer: 千牛 (3) over the OrderList (2)
    both = ["订单编号", "买家实际支付金额", "买家实付金额", "商品标题"]
    assert [p.kind for p in candidates(both)][:2] == ["taobao_qianniu", "taobao_orderlist"]
    # equal on both counts: the first in LAYOUTS, whatever the column order
    tie = ["订单号", "实付款", "成交数量", "订单实际支付金额", "商品数量"]
    assert detect(tie).kind == detect(list(reversed(tie))).kind == "kuaishou"


def test_a_detail_list_is_not_taken_for_an_order_report():
    # item columns beside an order amount: an order report with items, not a 宝贝报表
    assert detect(["订单编号", "买家实付金额", "商品标题", "单价", "购买数量"]).kind == "taobao_qianniu"
