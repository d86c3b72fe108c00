"""Kuaishou 快手小店 XLSX: one row per order, ids/phones/money as text cells (``¥19.90``).

Recognised by 订单号 + 实付款 + 成交数量 (Kuaishou's own words); some exports say 实付金额 and
收货人 / 收货人手机号 for 收货人姓名 / 收货人电话.
"""

from __future__ import annotations

from shopowner.imports.platforms.base import Platform

KUAISHOU = Platform(
    key="kuaishou",
    kind="kuaishou",
    signature=("order_id", "paid", "quantity"),
    columns={
        "order_id": ("订单号",),
        "paid": ("实付款", "实付金额"),
        "postage": ("快递费",),
        "status": ("订单状态",),
        "after_sale": ("售后状态",),
        "refund_state": ("退货退款",),
        "buyer_message": ("买家留言",),
        "seller_note": ("商家备注",),
        "receiver_name": ("收货人姓名", "收货人"),
        "mobile": ("收货人电话", "收货人手机号"),
        "province": ("收货地址-省",),
        "city": ("收货地址-市",),
        "district": ("收货地址-区",),
        "street": ("收货地址-街道",),
        "address": ("收货地址",),
        "created_at": ("订单创建时间",),
        "paid_at": ("订单支付时间",),
        "shipped_at": ("发货时间",),
        "completed_at": ("收货时间", "订单完成时间"),
        "title": ("商品名称",),
        "spec": ("商品规格",),
        "sku": ("SKU编码",),
        "item_id": ("商品ID",),
        "quantity": ("成交数量",),
        "price": ("商品单价",),
    },
    statuses={
        "待付款": "unpaid",
        "待发货": "paid",
        "已发货": "shipped",
        "交易成功": "completed",
        "已收货": "completed",
        "交易关闭": "closed",
    },
)
