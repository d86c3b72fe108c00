"""Youzan's item-level export (商品维度, one row per item line) next to its order-level one (订单维度).

The 商品维度 files are written here from the 订单维度 fixture's orders, in the column sets Youzan has
published (see ``shopowner/imports/platforms/youzan.py``): the 2022 header, a newer one with the
buyer's phone, payment time and item ids, and one with its columns shuffled, optional columns
missing and older names. Kept out of ``tests/fixtures`` so the whole-fixture tests stay as they are.
"""

from __future__ import annotations

import csv
import random

import pytest

from shopowner.imports.platforms import detect
from shopowner.imports.run import import_files
from tests.imports.conftest import ORDERS

ORDER_LEVEL = ORDERS / "youzan/有赞订单_订单维度.csv"
OLD = ["订单号", "外部订单号", "订单商品状态", "交易成功时间", "商品名称", "商品类型", "商品类目", "商品规格",
       "规格编码", "商品编码", "商品单价", "商品成本价", "商品优惠方式", "商品优惠后价格", "商品数量",
       "商品金额小计", "店铺优惠（分摊）", "商品实际成交金额", "商品抵用积分数", "商品留言", "收货人/提货人",
       "收货人手机号/提货人手机号", "收货人省份", "收货人城市", "收货人地区", "详细收货地址/提货地址",
       "买家备注", "商品发货状态", "商品发货方式", "商品发货物流公司", "商品发货物流单号", "发货员工",
       "商品发货时间", "商品退款状态", "商品已退款金额", "商家订单备注", "周期购信息"]
NEW_EXTRA = ["订单类型", "买家付款时间", "买家手机号", "商品ID", "商品规格ID"]


def split(fen, n):
    return [fen // n] * (n - 1) + [fen - fen // n * (n - 1)]


def lines():
    rows = list(csv.reader(ORDER_LEVEL.open(encoding="utf-8")))
    h = rows[0]
    for r in rows[1:]:
        o = dict(zip(h, r))
        titles = o["全部商品名称"].split("；")
        n = len(titles)
        fen = lambda k: round(float(o[k]) * 100)
        goods = split(fen("商品金额合计"), n)
        paid = split(fen("订单实付金额") - fen("运费"), n) if o["订单状态"] != "待付款" else [0] * n
        refund = split(fen("订单已退款金额"), n)
        for i, title in enumerate(titles):
            yield o, i, {
                "订单号": o["订单号"], "外部订单号": "——", "订单商品状态": o["订单状态"],
                "交易成功时间": o["交易成功时间"], "商品名称": title, "商品类型": "普通类型商品",
                "商品类目": "茶叶", "商品规格": "默认", "规格编码": f"SKU{i + 1}", "商品编码": "——",
                "商品单价": f"{goods[i] / 100:.2f}", "商品成本价": "", "商品优惠方式": "——",
                "商品优惠后价格": f"{paid[i] / 100:.2f}", "商品数量": "1",
                "商品金额小计": f"{goods[i] / 100:.2f}",
                "店铺优惠（分摊）": f"{(goods[i] - paid[i]) / 100:.2f}(满减送：{(goods[i] - paid[i]) / 100:.2f})",
                "商品实际成交金额": f"{paid[i] / 100:.2f}", "商品抵用积分数": "0", "商品留言": "",
                "收货人/提货人": o["收货人/提货人"], "收货人手机号/提货人手机号": o["收货人手机号/提货人手机号"],
                "收货人省份": o["收货人省份"], "收货人城市": o["收货人城市"], "收货人地区": o["收货人地区"],
                "详细收货地址/提货地址": o["详细收货地址/提货地址"], "买家备注": o["买家备注"],
                "商品发货状态": "已发货" if o["订单状态"] in ("已发货", "交易成功") else "未发货",
                "商品发货方式": o["订单配送方式"], "商品发货物流公司": "", "商品发货物流单号": "",
                "发货员工": "", "商品发货时间": "", "商品退款状态": "退款成功" if refund[i] else "",
                "商品已退款金额": f"{refund[i] / 100:.2f}", "商家订单备注": o["商家订单备注"],
                "周期购信息": "", "订单类型": o["订单类型"], "买家付款时间": o["买家付款时间"],
                "买家手机号": o["买家手机号"], "商品ID": f"{4000 + i}", "商品规格ID": f"{9000 + i}",
            }


def write(path, header, rename=None):
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([(rename or {}).get(c, c) for c in header])
        for _o, _i, line in lines():
            w.writerow([line[c] for c in header])




def newer_header():
    return OLD[:3] + ["订单类型", "买家付款时间"] + OLD[3:10] + ["商品ID", "商品规格ID"] + OLD[10:26] + [
        "买家手机号"] + OLD[26:]


def shuffled_header():
    header = [c for c in newer_header()
              if c not in ("商品单价", "商品金额小计", "商品规格", "商品成本价", "周期购信息")]
    random.Random(14).shuffle(header)
    return header


OLDER_NAMES = {"收货人手机号/提货人手机号": "收货人手机号/提货人手机",
               "详细收货地址/提货地址": "收货地址/提货地址"}
VARIANTS = {"2022": (OLD, None), "newer": (newer_header(), None),
            "shuffled": (shuffled_header(), OLDER_NAMES)}


def order_level():
    rows = list(csv.reader(ORDER_LEVEL.open(encoding="utf-8")))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def fen(text):
    return round(float(text) * 100)


def item_file(tmp_path, variant):
    header, rename = VARIANTS[variant]
    path = tmp_path / f"有赞订单_商品维度_{variant}.csv"
    write(path, header, rename)
    return path


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_item_level_export_is_recognised_by_its_columns(tmp_path, variant):
    path = item_file(tmp_path, variant)
    with path.open(encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh))
    assert detect(header).kind == "youzan_items"


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_item_lines_become_orders_with_items_and_amounts_counted_once(db, tmp_path, variant):
    report = import_files(db, [item_file(tmp_path, variant)]).files[0]
    lines = sum(len(o["全部商品名称"].split("；")) for o in order_level())
    assert (report.error, report.platform, report.kind) == (None, "youzan", "youzan_items")
    assert (report.rows, report.orders, report.skipped) == (lines, 12, [])
    assert lines > 12  # some orders have several item lines
    stored = {r[0]: r[1:] for r in db.execute(
        "SELECT platform_order_id, paid_fen, refund_fen, status, receiver_phone, "
        "(SELECT count(*) FROM order_items i WHERE i.order_id = o.id) FROM orders o")}
    for o in order_level():
        titles = o["全部商品名称"].split("；")
        paid = 0 if o["订单状态"] == "待付款" else fen(o["订单实付金额"]) - fen(o["运费"])
        assert stored[o["订单号"]][:2] == (paid, fen(o["订单已退款金额"])), o["订单号"]
        assert stored[o["订单号"]][3:] == (o["收货人手机号/提货人手机号"], len(titles))
    titles = [r[0] for r in db.execute("SELECT title FROM order_items ORDER BY order_id, line_no")]
    assert "云南普洱熟茶饼 357g 2018年勐海料" in titles and "" not in titles
    statuses = dict(db.execute("SELECT platform_order_id, status FROM orders"))
    assert statuses["E20241103072215065100418"] == "completed"
    assert statuses["E20241031223550065100307"] == "unpaid"
    assert statuses["E20241030091902065100233"] == "refunded"  # 交易关闭, its lines 退款成功
    # the buyers: one customer per receiver phone, as from the order-level export
    phones = {o["收货人手机号/提货人手机号"] for o in order_level()}
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == len(phones)


def test_both_dimensions_give_one_book(db, make_db, tmp_path):
    """The items export and the orders export of the same orders: no order or customer twice;
    the order-level amounts win, the item lines stay."""
    report = import_files(db, [item_file(tmp_path, "newer"), ORDER_LEVEL])
    assert [f.error for f in report.files] == [None, None]
    assert report.files[1].new_orders == 0 and report.files[1].new_customers == 0
    orders = {r[0]: r[1:] for r in db.execute(
        "SELECT platform_order_id, paid_fen, (SELECT count(*) FROM order_items i "
        "WHERE i.order_id = o.id) FROM orders o")}
    assert len(orders) == 12
    for o in order_level():
        assert orders[o["订单号"]] == (fen(o["订单实付金额"]), len(o["全部商品名称"].split("；")))
    other = make_db("orders-only.db")
    import_files(other, [ORDER_LEVEL])
    book = "SELECT name, order_count, first_order_at, platforms FROM customers ORDER BY name"
    assert db.execute(book).fetchall() == other.execute(book).fetchall()


def test_order_level_export_with_its_columns_in_another_order(db, tmp_path):
    rows = list(csv.reader(ORDER_LEVEL.open(encoding="utf-8")))
    order = list(range(len(rows[0])))
    random.Random(5).shuffle(order)
    path = tmp_path / "有赞订单_乱序.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([[r[i] for i in order] for r in rows])
    report = import_files(db, [path]).files[0]
    assert (report.error, report.kind, report.orders) == (None, "youzan", 12)


def test_a_table_that_only_shares_words_is_not_youzan():
    assert detect(["订单号", "商品名称", "商品数量", "单价"]) is None
    assert detect(["订单号", "商品名称", "商品数量", "订单商品状态", "订单实付金额"]) is None
    # WeChat shop's item lines share 商品名称/商品数量/商品已退款金额 but not Youzan's wording
    assert detect(["订单号", "收件人姓名", "订单实际支付金额", "商品名称", "商品数量",
                   "商品已退款金额"]).kind == "wechat_shop"
