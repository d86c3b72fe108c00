"""JD (京东) order exports, CSV (GBK) or XLSX: one row per SKU line.

订单金额/结算金额/应付金额/运费金额 are the order's and repeat on every line: taken once.
"""

from __future__ import annotations

from shopowner.imports.platforms.base import Platform

JD = Platform(
    key="jd",
    kind="jd",
    signature=("订单号", "京东价", "订购数量"),
    columns={
        "order_id": ("订单号",),
        "buyer_id": ("下单帐号", "下单账号"),
        "total": ("订单金额",),
        "paid": ("应付金额", "结算金额"),
        "postage": ("运费金额",),
        "status": ("订单状态",),
        "buyer_message": ("订单备注",),
        "seller_note": ("商家备注",),
        "receiver_name": ("客户姓名",),
        "address": ("客户地址",),
        "mobile": ("联系电话",),
        "phone": ("固定电话",),
        "created_at": ("下单时间",),
        "paid_at": ("付款确认时间",),
        "shipped_at": ("出库时间",),
        "completed_at": ("订单完成时间",),
        "title": ("商品名称",),
        "sku": ("货号", "商家SKU"),
        "item_id": ("商品ID",),
        "quantity": ("订购数量",),
        "price": ("京东价",),
    },
    statuses={
        "等待付款": "unpaid",
        "等待出库": "paid",
        "等待发货": "paid",
        "锁定": "paid",
        "暂停": "paid",
        "等待确认收货": "shipped",
        "已出库": "shipped",
        "完成": "completed",
        "已完成": "completed",
        "已取消": "closed",
        "取消": "closed",
    },
    item_rows=lambda headers: True,
)
