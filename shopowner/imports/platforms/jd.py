"""JD (京东) order exports, CSV (GBK) or XLSX: one row per SKU line.

订单金额/结算金额/应付金额/运费金额 are the order's and repeat on every line: taken once.
Recognised by 订单号 + 京东价 + 订购数量 (JD's own words for unit price and quantity). Later
exports write 下单账号 for 下单帐号, units in brackets (``京东价(元)``) and 商品编号 for 商品ID; the
classic column set is the one published JD order-export parsers read (订单号, 商品ID, 商品名称,
订购数量, 支付方式, 下单时间, 京东价, 订单金额, 结算金额, 余额支付, 应付金额, 订单状态, 订单类型,
下单帐号, 客户姓名, 客户地址, 联系电话, 订单备注, …, 运费金额, 付款确认时间, 货号, 订单完成时间).
"""

from __future__ import annotations

from shopowner.imports.platforms.base import Platform

JD = Platform(
    key="jd",
    kind="jd",
    signature=("order_id", "price", "quantity"),
    columns={
        "order_id": ("订单号",),
        "buyer_id": ("下单帐号", "下单账号"),
        "total": ("订单金额",),
        "paid": ("应付金额", "结算金额"),
        "postage": ("运费金额",),
        "status": ("订单状态",),
        "buyer_message": ("订单备注",),
        "seller_note": ("商家备注",),
        "receiver_name": ("客户姓名", "收货人姓名"),
        "address": ("客户地址", "收货地址"),
        "mobile": ("联系电话", "收货人手机"),
        "phone": ("固定电话",),
        "created_at": ("下单时间",),
        "paid_at": ("付款确认时间",),
        "shipped_at": ("出库时间",),
        "completed_at": ("订单完成时间",),
        "title": ("商品名称",),
        "sku": ("货号", "商家SKU"),
        "item_id": ("商品ID", "商品编号"),
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
