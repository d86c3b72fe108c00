"""Refunds from every column that carries them, through the real import.

The shipped samples already hold refunds that only an after-sale or refund column tells (抖店
已关闭 + 售后状态 退款成功, 快手 交易关闭 + 退货退款 退款成功, 微信小店 已取消 + 商品已退款金额,
有赞 交易关闭 + 订单退款状态 全额退款). The variants below are written from those samples with the
refund columns filled in: full, partial (per item line, summed), rejected and in-progress refunds.
"""

from __future__ import annotations

import csv

import openpyxl
import pytest

from shopowner.imports.platforms.refunds import refund_state
from shopowner.imports.run import import_files
from shopowner.insights.figures import growth_figures
from tests.imports.conftest import ORDERS

DOUYIN = ORDERS / "douyin/fxg_export_202411211530.csv"
WECHAT = ORDERS / "wechat-shop/微信小店订单.xlsx"
KUAISHOU = ORDERS / "kuaishou/快手订单.xlsx"


def orders(db) -> dict[str, tuple[str, int, int]]:
    """Order id → (status, paid, refund) in fen."""
    return {r[0]: (r[1], r[2], r[3]) for r in db.execute(
        "SELECT platform_order_id, status, paid_fen, refund_fen FROM orders")}


def xlsx_rows(path) -> list[list]:
    wb = openpyxl.load_workbook(path)
    return [list(r) for r in wb.active.iter_rows(values_only=True)]


def write_xlsx(path, rows) -> None:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)


@pytest.mark.parametrize("text,state", [
    ("退款成功", "done"), ("\t退款成功", "done"), ("退货退款成功", "done"), ("售后完成", "done"),
    ("已退款", "done"), ("全额退款", "done"), ("部分退款", "done"), ("仅退款成功", "done"),
    ("退款关闭", "rejected"), ("售后关闭", "rejected"), ("拒绝退款", "rejected"),
    ("无售后或售后取消", "rejected"), ("用户取消申请", "rejected"), ("没有申请退款", "rejected"),
    ("换货成功", "rejected"), ("退款中", ""), ("售后待处理", ""), ("售后处理中", ""),
    ("待买家退货", ""), ("买家已经申请退款，等待卖家同意", ""), ("无", ""), ("", ""), ("-", ""),
])
def test_refund_states(text, state):
    assert refund_state(text) == state


def test_refunds_in_the_shipped_samples(make_db):
    expected = {
        DOUYIN: {"6920000006173737855": ("refunded", 13900, 13900),  # 已关闭 + 退款成功
                 "6920000013581125101": ("refunded", 12790, 12790),  # two sub-orders, both
                 "6920000018518802465": ("closed", 28800, 0)},  # 已取消, no after-sale
        KUAISHOU: {"2411030000494274": ("refunded", 16800, 16800)},  # 交易关闭 + 退款成功
        WECHAT: {"3720950000016001126": ("refunded", 15900, 15900)},  # 已取消 + 商品已退款金额
        ORDERS / "youzan/有赞订单_订单维度.csv": {
            "E20241030091902065100233": ("refunded", 29900, 29900)},  # 交易关闭 + 全额退款
        ORDERS / "pdd/拼多多订单导出.csv": {
            "241104-402233800286408": ("closed", 3792, 0),  # 已取消, 无售后或售后取消
            "241105-402233800641695": ("refunded", 12220, 12220),
            "241107-402233801555114": ("refunded", 10020, 10020)},
    }
    for n, (path, wanted) in enumerate(expected.items()):
        db = make_db(f"shop{n}.db")
        assert import_files(db, [path]).files[0].error is None
        got = orders(db)
        assert {k: got[k] for k in wanted} == wanted, path.name
        # nothing else became a refund: an in-progress or closed after-sale is not one
        others = {k: v for k, v in got.items() if k not in wanted}
        assert not [k for k, v in others.items() if v[0] == "refunded" or v[2]], path.name


def test_douyin_sub_order_refunds(db, tmp_path):
    with open(DOUYIN, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    h = rows[0]
    after, paid = h.index("售后状态"), h.index("订单应付金额")
    lines = {}
    for row in rows[1:]:
        lines.setdefault(row[0].strip(), []).append(row)
    lines["6920000000000711100"][0][after] = "\t退货退款成功"  # 已完成, refunded in full
    partial = lines["6920000007407556746"]  # 已完成, two sub-orders: the second refunded
    assert len(partial) == 2
    partial[1][after] = "\t退款成功"
    lines["6920000006173737855"][0][after] = "\t退款关闭"  # 已关闭, the refund was refused
    lines["6920000001235259991"][0][after] = "\t换货成功"  # an exchange is no refund
    path = tmp_path / "fxg_export_202412011200.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)

    assert import_files(db, [path]).files[0].error is None
    got = orders(db)
    full_paid = got["6920000000000711100"][1]
    assert got["6920000000000711100"] == ("refunded", full_paid, full_paid)
    second = round(float(partial[1][paid].replace(",", "")) * 100)
    status, paid_fen, refund = got["6920000007407556746"]
    assert (status, refund) == ("completed", second) and 0 < refund < paid_fen
    assert got["6920000006173737855"] == ("closed", 13900, 0)
    assert got["6920000001235259991"][0] == "completed" and got["6920000001235259991"][2] == 0
    assert got["6920000013581125101"] == ("refunded", 12790, 12790)  # untouched sample refund


def wechat_variant(tmp_path):
    rows = xlsx_rows(WECHAT)
    h = rows[0]
    oid, status, after = h.index("订单号"), h.index("订单状态"), h.index("商品售后")
    refunded, paid = h.index("商品已退款金额"), h.index("订单实际支付金额")
    by_order = {}
    for row in rows[1:]:
        by_order.setdefault(row[oid], []).append(row)
    cancelled = by_order["3720950000016001126"][0]  # 已取消: the state says it, no amount written
    cancelled[after], cancelled[refunded] = "退款成功", "¥0.00"
    two = by_order["3720950000036000549"]  # 已完成, two lines: each partly refunded
    two[0][refunded], two[1][refunded] = "￥20.00", "￥9.90"
    singles = [k for k, v in by_order.items() if len(v) == 1 and v[0][status] == "已完成"]
    refused, full = singles[0], singles[1]
    by_order[refused][0][after] = "退款关闭"
    by_order[full][0][after] = "售后完成"
    by_order[full][0][refunded] = by_order[full][0][paid]
    path = tmp_path / "微信小店订单_退款.xlsx"
    write_xlsx(path, rows)
    return path, refused, full


def test_wechat_shop_item_refunds(db, tmp_path):
    path, refused, full = wechat_variant(tmp_path)
    assert import_files(db, [path]).files[0].error is None
    got = orders(db)
    assert got["3720950000016001126"] == ("refunded", 15900, 15900)
    assert got["3720950000036000549"] == ("completed", 11890, 2990)  # lines summed per order
    assert got[refused] == ("completed", got[refused][1], 0)
    assert got[full] == ("refunded", got[full][1], got[full][1])
    shipped = [v for v in got.values() if v[0] == "shipped"]
    assert len(shipped) == 2 and not any(v[2] for v in shipped)  # 用户取消申请 is no refund


def test_partial_refunds_come_off_revenue_and_refunds_count_as_refunds(make_db, tmp_path):
    before = make_db("before.db")
    import_files(before, [WECHAT])
    path, refused, full = wechat_variant(tmp_path)
    after = make_db("after.db")
    import_files(after, [path])
    full_paid = orders(after)[full][1]
    g0, g1 = growth_figures(before), growth_figures(after)
    # a refund, partial or full, keeps the order counted and takes its amount off revenue
    assert g1.platform_total["orders"] == g0.platform_total["orders"] == 12
    assert g1.platform_total["revenue_fen"] == g0.platform_total["revenue_fen"] - 2990 - full_paid
    assert g1.average_order_fen == round(g1.platform_total["revenue_fen"]
                                         / g1.platform_total["orders"])
    spent = after.execute("SELECT sum(total_spent_fen) FROM customers").fetchone()[0]
    assert spent == g1.platform_total["revenue_fen"]


def test_kuaishou_after_sale_columns_and_growth(db, tmp_path):
    rows = xlsx_rows(KUAISHOU)
    h = rows[0]
    rows[0] = h + ["售后状态"]  # newer exports carry it next to 退货退款
    states = {"2411030000494274": "退款成功",  # 交易关闭: refunded
              "2411030000000406": "退款成功",  # 交易成功, then refunded in full
              "2411030000198245": "拒绝退款",
              "2411030000692253": "退款中"}
    for row in rows[1:]:
        row.append(states.get(row[0], ""))
        if row[0] == "2411030000494274":
            row[h.index("退货退款")] = "无"
        if row[0] == "2411030000395816":
            row[h.index("退货退款")] = "退款关闭"
    path = tmp_path / "快手订单_售后.xlsx"
    write_xlsx(path, rows)

    assert import_files(db, [path]).files[0].error is None
    got = orders(db)
    assert got["2411030000494274"] == ("refunded", 16800, 16800)
    assert got["2411030000000406"] == ("refunded", 29800, 29800)
    for kept in ("2411030000198245", "2411030000692253", "2411030000395816"):
        assert got[kept][0] == "completed" and got[kept][2] == 0
    assert sum(v[0] == "closed" for v in got.values()) == 0

    g = growth_figures(db)
    # 12 paid orders worth ¥2,580.00, of which ¥168 + ¥298 went back: no closed order left out
    assert (g.platform_total["orders"], g.platform_total["buyers"]) == (12, 11)
    assert g.platform_total["revenue_fen"] == 258000 - 16800 - 29800
    assert g.average_order_fen == round((258000 - 16800 - 29800) / 12)
    jing = db.execute("SELECT order_count, total_spent_fen FROM customers c JOIN "
                      "customer_identities i ON i.customer_id = c.id WHERE i.value = '13800011234'"
                      ).fetchone()
    assert tuple(jing) == (2, 16800)  # her refunded ¥298 order is not spend
