"""Douyin 抖店 ``fxg_export_*``: one row per sub-order; receiver name and phone come masked.

订单应付金额, 运费 and 优惠总金额 belong to the sub-order row, so they are summed per order.
Recognised by 主订单编号 + 子订单编号 (no other platform splits its ids so). Older exports call the
unit price 商品金额 (published 抖店 export readers note "商品金额 # 这是单价") and carry 取消原因;
some write 收货人 / 收件人电话 for 收件人 / 收件人手机号.
"""

from __future__ import annotations

from shopowner.imports.platforms.base import Platform

DOUYIN = Platform(
    key="douyin",
    kind="douyin",
    signature=("order_id", "sub_order_id"),
    columns={
        "order_id": ("主订单编号",),
        "sub_order_id": ("子订单编号",),
        "paid": ("订单应付金额",),
        "postage": ("运费",),
        "discount": ("优惠总金额",),
        "status": ("订单状态",),
        "after_sale": ("售后状态",),  # per sub-order: 退款成功, 售后关闭, 售后待处理…
        "buyer_message": ("买家留言",),
        "seller_note": ("商家备注",),
        "receiver_name": ("收件人", "收货人"),
        "mobile": ("收件人手机号", "收件人电话"),
        "province": ("省",),
        "city": ("市",),
        "district": ("区",),
        "street": ("街道",),
        "address": ("详细地址",),
        "created_at": ("订单提交时间",),
        "paid_at": ("支付完成时间",),
        "shipped_at": ("发货时间",),
        "completed_at": ("订单完成时间",),
        "title": ("选购商品",),
        "spec": ("商品规格",),
        "sku": ("商家编码",),
        "item_id": ("商品ID",),
        "quantity": ("商品数量",),
        "price": ("商品单价", "商品金额"),
    },
    statuses={
        "待支付": "unpaid",
        "待发货": "paid",
        "备货中": "paid",
        "已发货": "shipped",
        "已完成": "completed",
        "已关闭": "closed",
        "已取消": "closed",
    },
    item_rows=lambda headers: True,
    summed=frozenset({"paid", "postage", "discount"}),
)
