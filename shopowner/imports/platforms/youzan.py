"""Youzan 有赞: the order-level export (one row per order) and the item-level one (one row per
item line, with 商品名称/商品单价/商品数量). ``分销员`` appears twice; ``——`` means empty. For
到店自提 the address column holds the shop's pickup address, so it is not the buyer's."""

from __future__ import annotations

from shopowner.imports.platforms.base import Platform


def _pickup(fields: dict) -> None:
    if "自提" in fields.get("delivery", ""):
        for key in ("province", "city", "district", "address"):
            fields[key] = ""


YOUZAN = Platform(
    key="youzan",
    kind="youzan",
    signature=("订单号", "订单实付金额", "收货人/提货人"),
    columns={
        "order_id": ("订单号",),
        "buyer_id": ("买家昵称",),
        "nickname": ("买家昵称",),
        "total": ("商品金额合计",),
        "paid": ("订单实付金额",),
        "postage": ("运费",),
        "discount": ("店铺优惠合计",),
        "refund": ("订单已退款金额",),
        "item_refund": ("商品已退款金额",),
        "refund_state": ("订单退款状态", "商品退款状态"),
        "status": ("订单状态",),
        "delivery": ("订单配送方式",),
        "buyer_message": ("买家备注",),
        "seller_note": ("商家订单备注",),
        "receiver_name": ("收货人/提货人",),
        "mobile": ("收货人手机号/提货人手机号",),
        "phone": ("买家手机号",),
        "province": ("收货人省份",),
        "city": ("收货人城市",),
        "district": ("收货人地区",),
        "address": ("详细收货地址/提货地址",),
        "created_at": ("订单创建时间",),
        "paid_at": ("买家付款时间",),
        "shipped_at": ("商家发货时间", "发货时间"),
        "completed_at": ("交易成功时间",),
        "title": ("商品名称", "全部商品名称"),
        "spec": ("商品规格",),
        "sku": ("商品编码", "规格编码"),
        "quantity": ("商品数量",),
        "price": ("商品单价",),
        "item_amount": ("商品实际成交金额",),
    },
    statuses={
        "待付款": "unpaid",
        "待发货": "paid",
        "已发货": "shipped",
        "交易成功": "completed",
        "交易关闭": "closed",
    },
    item_rows=lambda headers: "商品名称" in headers,
    title_separator="；",
    adjust=_pickup,
)
