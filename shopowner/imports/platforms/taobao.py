"""Taobao/Tmall: the old OrderList + DetailList pair (41–61 columns, GBK) and the 千牛 XLSX.

Names over the years (each layout lists the ones it has used; they are compared by meaning, so
``收货地址 `` with its trailing space and ``买家应付邮费（元）`` need no entry of their own):

- 订单报表 / OrderList: 41 columns until about 2016, 61 later (``ExportOrderList*.csv``). The
  trimmed Tmall 订单报表 that circulates as a public data set (``tmall_order_report.csv``: 订单编号,
  总金额, 买家实际支付金额, 收货地址, 订单创建时间, 订单付款时间, 退款金额, as read by published
  analysis scripts) has no status and no buyer: it is recognised by 订单编号 + 买家实际支付金额, and
  its status follows from the payment time and the refund.
- 宝贝报表 / DetailList: 订单编号, 标题, 价格, 购买数量, 外部系统编号, 商品属性, 套餐信息, 备注,
  订单状态, 商家编码 (2017); later ones say 宝贝标题/商品标题 and 单价/商品价格 (千牛).
- 千牛 XLSX: 买家实付金额 (not 买家实际支付金额), 商品标题, 商家备注, 商品属性SKU.

All three carry Taobao order ids, so their orders share the platform key ``taobao``: an order
seen in an OrderList and later in a 千牛 export is the same order. The DetailList holds item
lines only (unit price, quantity, SKU); joined to an OrderList on 订单编号 it gives the items.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopowner.imports.platforms.base import Platform, status_of

STATUSES = {
    "等待买家付款": "unpaid",
    "买家已付款，等待卖家发货": "paid",
    "买家已付款": "paid",
    "卖家部分发货": "shipped",
    "卖家已发货，等待买家确认": "shipped",
    "交易成功": "completed",
    "交易关闭": "closed",
    "付款以前，卖家或买家主动关闭交易": "closed",
}


@dataclass(frozen=True)
class TaobaoLayout(Platform):
    def status(self, text: str, fields: dict) -> str:
        if not text and "status" not in fields and "paid_at" in fields:
            # a report without 订单状态: paid when it has a payment time (refunds settle later)
            return "paid" if fields["paid_at"] else "unpaid"
        status = status_of(text, self.statuses)
        reason = fields.get("close_reason", "")
        if status == "closed" and "退款" in reason:
            return "refunded"
        return status


ORDER_LIST = TaobaoLayout(
    key="taobao",
    kind="taobao_orderlist",
    signature=("order_id", "paid"),
    columns={
        "order_id": ("订单编号",),
        "buyer_id": ("买家会员名",),
        "nickname": ("买家会员名",),
        "total": ("总金额",),
        "paid": ("买家实际支付金额",),
        "postage": ("买家应付邮费", "邮费"),
        "refund": ("退款金额",),
        "status": ("订单状态",),
        "close_reason": ("订单关闭原因",),
        "refund_state": ("退款状态",),
        "buyer_message": ("买家留言",),
        "seller_note": ("订单备注",),
        "receiver_name": ("收货人姓名",),
        "address": ("收货地址",),
        "mobile": ("联系手机",),
        "phone": ("联系电话",),
        "created_at": ("订单创建时间",),
        "paid_at": ("订单付款时间",),
        "shipped_at": ("发货时间",),
        "completed_at": ("确认收货时间", "交易成功时间"),
        "title": ("宝贝标题", "商品标题"),
        "quantity": ("宝贝总数量",),
    },
    statuses=STATUSES,
    title_separator="，",
)

QIANNIU = TaobaoLayout(
    key="taobao",
    kind="taobao_qianniu",
    signature=("order_id", "paid", "title"),
    columns={
        "order_id": ("订单编号",),
        "buyer_id": ("买家会员名", "买家昵称"),
        "nickname": ("买家会员名", "买家昵称"),
        "total": ("总金额",),
        "paid": ("买家实付金额",),
        "postage": ("买家应付邮费",),
        "refund": ("退款金额",),
        "status": ("订单状态",),
        "close_reason": ("订单关闭原因",),
        "refund_state": ("退款状态",),
        "buyer_message": ("买家留言",),
        "seller_note": ("商家备注",),
        "receiver_name": ("收货人姓名",),
        "address": ("收货地址",),
        "mobile": ("联系手机",),
        "phone": ("联系电话",),
        "created_at": ("订单创建时间",),
        "paid_at": ("订单付款时间",),
        "shipped_at": ("发货时间",),
        "completed_at": ("确认收货时间",),
        "title": ("商品标题",),
        "spec": ("商品属性SKU", "商品属性"),
        "quantity": ("宝贝总数量",),
    },
    statuses=STATUSES,
    title_separator="，",
)

DETAIL_LIST = TaobaoLayout(
    key="taobao",
    kind="taobao_detail",
    signature=("order_id", "title", "price", "quantity"),
    excludes=("买家实际支付金额", "买家实付金额", "总金额"),  # order amounts: an order report
    columns={
        "order_id": ("订单编号",),
        "title": ("标题", "宝贝标题", "商品标题"),
        "price": ("价格", "单价", "商品价格"),
        "quantity": ("购买数量", "宝贝数量"),
        "sku": ("商家编码", "外部系统编号"),
        "spec": ("商品属性",),
        "status": ("订单状态",),
        "refund_state": ("退款状态",),  # per item line in newer DetailLists
    },
    statuses=STATUSES,
    item_rows=lambda headers: True,
    order_only_items=True,
    anonymous=True,
)
