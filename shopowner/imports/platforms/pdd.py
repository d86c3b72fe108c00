"""Pinduoduo (拼多多): merchant-selected columns, often no receiver or buyer at all (anonymous).

Recognised by 订单号 + 用户实付金额 (PDD's own word; ``(元)`` is folded away, older exports wrote
it, later ones not always). Money columns as published PDD export readers name them: 商品总价(元),
店铺优惠折扣(元), 平台优惠折扣(元), 邮费(元), 用户实付金额(元), 商家实收金额(元), 商品数量(件).
Sellers who choose the receiver columns get 收货人 / 手机 (or 收货人手机号) and 省/市/区/详细地址.
"""

from __future__ import annotations

from shopowner.imports.platforms.base import Platform

PDD = Platform(
    key="pdd",
    kind="pdd",
    signature=("order_id", "paid"),
    columns={
        "order_id": ("订单号",),
        "total": ("商品总价(元)",),
        "paid": ("用户实付金额(元)",),
        "postage": ("邮费(元)",),
        "status": ("订单状态",),
        "after_sale": ("售后状态",),  # 无售后或售后取消, 售后处理中, 退款成功…
        "seller_note": ("商家备注",),
        "buyer_message": ("买家留言",),
        "receiver_name": ("收货人", "收货人姓名"),
        "mobile": ("手机", "收货人手机号", "收货人电话"),
        "address": ("详细地址",),
        "province": ("省",),
        "city": ("市",),
        "district": ("区",),
        "created_at": ("订单成交时间", "支付时间"),
        "paid_at": ("支付时间", "订单成交时间"),
        "shipped_at": ("发货时间",),
        "completed_at": ("确认收货时间",),
        "title": ("商品", "商品名称"),
        "spec": ("商品规格",),
        "sku": ("商家编码-规格维度", "商家编码-商品维度"),
        "item_id": ("商品id",),
        "quantity": ("商品数量(件)",),
    },
    statuses={
        "待支付": "unpaid",
        "待发货": "paid",
        "未发货": "paid",
        "已发货，待签收": "shipped",
        "已发货": "shipped",
        "已签收": "completed",
        "已取消": "closed",
        "未发货，退款成功": "refunded",
        "已发货，退款成功": "refunded",
        "已签收，退款成功": "refunded",
    },
)
