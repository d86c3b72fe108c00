"""WeChat shop 微信小店 / 视频号小店 XLSX: one row per product line, order columns repeated;
money alternates ``¥``/``￥`` with thousands commas. 商品已退款金额 is per line (summed).

Recognised by 订单号 + 订单实际支付金额 + 商品数量. The 视频号小店 exports (2022–23) and the 微信小店
ones after the 2024 rename share those; the receiver columns have been 收件人姓名/收件人手机/收件人地址
and, in some, 收件人/收件人手机号/详细地址.
"""

from __future__ import annotations

from shopowner.imports.platforms.base import Platform

WECHAT_SHOP = Platform(
    key="wechat_shop",
    kind="wechat_shop",
    signature=("order_id", "paid", "quantity"),
    columns={
        "order_id": ("订单号",),
        "paid": ("订单实际支付金额",),
        "postage": ("订单运费",),
        "item_refund": ("商品已退款金额",),
        "status": ("订单状态",),
        "after_sale": ("商品售后",),
        "buyer_message": ("买家备注",),
        "seller_note": ("商家备注",),
        "receiver_name": ("收件人姓名", "收件人"),
        "mobile": ("收件人手机", "收件人手机号", "收件人电话"),
        "province": ("省",),
        "city": ("市",),
        "district": ("区",),
        "address": ("收件人地址", "详细地址"),
        "created_at": ("下单时间",),
        "paid_at": ("支付时间",),
        "shipped_at": ("发货时间",),
        "completed_at": ("完成时间",),
        "title": ("商品名称",),
        "spec": ("商品属性",),
        "sku": ("SKU编码(自定义)", "商品编码(自定义)"),
        "item_id": ("商品编码(平台)",),
        "quantity": ("商品数量",),
        "price": ("商品价格",),
    },
    statuses={
        "待付款": "unpaid",
        "待发货": "paid",
        "待收货": "shipped",
        "已完成": "completed",
        "已取消": "closed",
    },
    item_rows=lambda headers: True,
)
