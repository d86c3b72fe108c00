"""The demo's orders written as the platforms export them, for the import to read.

Each platform gets its own file with the column names its layout in
:mod:`shopowner.imports.platforms` recognises (a subset of the real export's columns): a Taobao
OrderList and DetailList pair in GBK, and JD, Pinduoduo, Douyin, Youzan and Kuaishou exports in
UTF-8 with a byte-order mark. An order is written as it stood when the file was exported
(:func:`status_at`): a later export of the same order moves it on, as the seller's next import does.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from shopowner.demo.shop_data import STAMP, DemoOrder

ORDER_LIST = ["订单编号", "买家会员名", "买家应付货款", "总金额", "买家实际支付金额", "订单状态",
              "收货人姓名", "收货地址", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题",
              "宝贝总数量", "发货时间", "确认收货时间", "订单关闭原因", "退款金额"]
DETAIL_LIST = ["订单编号", "标题", "价格", "购买数量", "商品属性", "订单状态", "商家编码"]
JD = ["订单号", "商品ID", "商品名称", "订购数量", "京东价", "下单帐号", "订单金额", "应付金额",
      "订单状态", "客户姓名", "客户地址", "联系电话", "下单时间", "付款确认时间", "出库时间", "订单完成时间"]
PDD = ["订单号", "商品", "商品数量(件)", "商品总价(元)", "用户实付金额(元)", "订单状态", "售后状态",
       "收货人", "手机", "省", "市", "区", "详细地址", "订单成交时间", "支付时间", "发货时间", "确认收货时间"]
DOUYIN = ["主订单编号", "子订单编号", "选购商品", "商品数量", "商品单价", "订单应付金额", "订单状态",
          "售后状态", "收件人", "收件人手机号", "省", "市", "区", "详细地址", "订单提交时间", "支付完成时间",
          "发货时间", "订单完成时间"]
YOUZAN = ["订单号", "买家昵称", "商品名称", "商品单价", "商品数量", "商品金额合计", "订单实付金额",
          "订单状态", "订单已退款金额", "订单配送方式", "收货人/提货人", "收货人手机号/提货人手机号",
          "收货人省份", "收货人城市", "收货人地区", "详细收货地址/提货地址", "订单创建时间", "买家付款时间",
          "商家发货时间", "交易成功时间"]
KUAISHOU = ["订单号", "商品名称", "商品单价", "成交数量", "实付款", "订单状态", "售后状态", "收货人姓名",
            "收货人电话", "收货地址-省", "收货地址-市", "收货地址-区", "收货地址", "订单创建时间",
            "订单支付时间", "发货时间", "订单完成时间"]

# each platform's status words: unpaid, paid, shipped, completed, closed, refunded
WORDS = {
    "taobao": ("等待买家付款", "买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易成功", "交易关闭",
               "交易关闭"),
    "jd": ("等待付款", "等待出库", "等待确认收货", "完成", "已取消", "已取消"),
    "pdd": ("待支付", "待发货", "已发货，待签收", "已签收", "已取消", "已签收，退款成功"),
    "douyin": ("待支付", "待发货", "已发货", "已完成", "已关闭", "已关闭"),
    "youzan": ("待付款", "待发货", "已发货", "交易成功", "交易关闭", "交易关闭"),
    "kuaishou": ("待付款", "待发货", "已发货", "交易成功", "交易关闭", "交易关闭"),
}
STATUSES = ("unpaid", "paid", "shipped", "completed", "closed", "refunded")


def status_at(order: DemoOrder, at: datetime) -> str:
    """How the order stood at ``at`` (it reaches its final status when its day comes)."""
    if order.status == "completed" and order.completed_at and order.completed_at <= at:
        return "completed"
    if order.status in ("shipped", "completed"):
        return "shipped" if order.shipped_at and order.shipped_at <= at else "paid"
    return order.status


def _yuan(fen: int) -> str:
    return f"{fen / 100:.2f}"


def _time(when: datetime | None) -> str:
    return when.strftime(STAMP) if when else ""


class _Row:
    """What every layout writes of one order as it stood at export time."""

    def __init__(self, order: DemoOrder, at: datetime):
        self.order, self.person = order, order.person
        self.status = status_at(order, at)
        self.word = WORDS[order.platform][STATUSES.index(self.status)]
        self.total = _yuan(order.total_fen)
        self.paid = "0.00" if self.status == "unpaid" else self.total
        self.refunded = self.status == "refunded"
        self.created, self.paid_at = _time(order.created), _time(order.paid_at)
        self.shipped_at = _time(order.shipped_at) if self.status in ("shipped", "completed") else ""
        self.completed_at = _time(order.completed_at) if self.status == "completed" else ""

    def region(self) -> list[str]:
        p = self.person
        return [p.province, p.city, p.district, p.address]


def _taobao(r: _Row) -> list[list[str]]:
    p, o = r.person, r.order
    titles = "，".join(i["title"] for i in o.items)
    reason = "退款" if r.refunded else ("买家未付款，超时关闭" if r.status == "closed" else "订单未关闭")
    return [[o.order_id, p.nickname, r.total, r.total, r.paid, r.word, p.name, " ".join(r.region()),
             f"'{p.phone}" if p.phone else "", r.created, r.paid_at, titles,
             str(sum(i["quantity"] for i in o.items)), r.shipped_at, r.completed_at, reason,
             r.total if r.refunded else "0.00"]]


def _taobao_items(r: _Row) -> list[list[str]]:
    return [[r.order.order_id, i["title"], _yuan(i["price_fen"]), str(i["quantity"]), "", r.word,
             f"T{n:03d}"] for n, i in enumerate(r.order.items)]


def _jd(r: _Row) -> list[list[str]]:
    p, o = r.person, r.order
    return [[o.order_id, f"{100000 + n}", i["title"], str(i["quantity"]), _yuan(i["price_fen"]),
             p.nickname, r.total, r.paid, r.word, p.name, "".join(r.region()), p.phone, r.created,
             r.paid_at, r.shipped_at, r.completed_at] for n, i in enumerate(o.items)]


def _pdd(r: _Row) -> list[list[str]]:
    p, o = r.person, r.order
    [item] = o.items
    return [[o.order_id, item["title"], str(item["quantity"]), r.total, r.paid, r.word,
             "退款成功" if r.refunded else "无售后或售后取消", p.name, p.phone, *r.region(), r.created,
             r.paid_at, r.shipped_at, r.completed_at]]


def _douyin(r: _Row) -> list[list[str]]:
    p, o = r.person, r.order
    return [[o.order_id, f"{o.order_id[:-2]}{n + 10}", i["title"], str(i["quantity"]),
             _yuan(i["price_fen"]), "0.00" if r.status == "unpaid" else _yuan(i["price_fen"] * i["quantity"]),
             r.word, "退款成功" if r.refunded else "-", p.name, p.phone, *r.region(), r.created,
             r.paid_at, r.shipped_at, r.completed_at] for n, i in enumerate(o.items)]


def _youzan(r: _Row) -> list[list[str]]:
    p, o = r.person, r.order
    return [[o.order_id, p.nickname, i["title"], _yuan(i["price_fen"]), str(i["quantity"]), r.total,
             r.paid, r.word, r.total if r.refunded else "0.00", "快递发货", p.name, p.phone,
             *r.region(), r.created, r.paid_at, r.shipped_at, r.completed_at] for i in o.items]


def _kuaishou(r: _Row) -> list[list[str]]:
    p, o = r.person, r.order
    [item] = o.items
    return [[o.order_id, item["title"], _yuan(item["price_fen"]), str(item["quantity"]), r.paid, r.word,
             "退款成功" if r.refunded else "", p.name, p.phone, *r.region(), r.created, r.paid_at,
             r.shipped_at, r.completed_at]]


Writer = Callable[[_Row], list[list[str]]]
# platform → its files: (file name, encoding, headers, rows of one order)
FILES: dict[str, list[tuple[str, str, list[str], Writer]]] = {
    "taobao": [("ExportOrderList{stamp}.csv", "gbk", ORDER_LIST, _taobao),
               ("ExportOrderDetailList{stamp}.csv", "gbk", DETAIL_LIST, _taobao_items)],
    "jd": [("订单导出_{stamp}.csv", "utf-8-sig", JD, _jd)],
    "pdd": [("拼多多订单导出_{stamp}.csv", "utf-8-sig", PDD, _pdd)],
    "douyin": [("fxg_export_{stamp}.csv", "utf-8-sig", DOUYIN, _douyin)],
    "youzan": [("有赞订单_订单维度_{stamp}.csv", "utf-8-sig", YOUZAN, _youzan)],
    "kuaishou": [("快手订单_{stamp}.csv", "utf-8-sig", KUAISHOU, _kuaishou)],
}


def write_exports(folder: Path, orders: Iterable[DemoOrder], at: datetime) -> list[Path]:
    """Write the exports the seller would download at ``at`` for these orders (one file per
    platform, two for Taobao); returns their paths, Taobao's OrderList first."""
    by_platform: dict[str, list[_Row]] = {}
    for order in orders:
        by_platform.setdefault(order.platform, []).append(_Row(order, at))
    stamp = at.strftime("%Y%m%d%H%M")
    paths = []
    for platform, rows in by_platform.items():
        for name, encoding, headers, write in FILES[platform]:
            path = folder / name.format(stamp=stamp)
            with open(path, "w", encoding=encoding, newline="") as fh:
                out = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
                out.writerow(headers)
                for row in rows:
                    out.writerows(write(row))
            paths.append(path)
    return paths
