"""Youzan 有赞: the order-level export (订单维度, one row per order) and the item-level one (商品维度,
one row per item line). ``分销员`` appears twice; ``——`` means empty. For 到店自提 the address
column holds the shop's pickup address, so it is not the buyer's.

Both are recognised by what their columns mean, under the names Youzan has used, in any order and
with optional columns missing. The 订单维度 export has the order's amounts (订单实付金额); a file
that also has item columns (商品名称…) repeats them on every item line and they count once. The
商品维度 export has no order-level amount at all, only per-line ones (商品实际成交金额, 商品已退款金额)
and a per-line status (订单商品状态): its order amounts are the sums of its lines.

Column sets, as published (a 商品维度 sample with its header in a public write-up, and code that
writes and reads both exports): 商品维度 = 订单号, 外部订单号, 订单商品状态, 交易成功时间, 商品名称,
商品类型, 商品类目, 商品规格, 规格编码, 商品编码, 商品单价, 商品成本价, 商品优惠方式, 商品优惠后价格,
商品数量, 商品金额小计, 店铺优惠（分摊）, 商品实际成交金额, 商品抵用积分数, 商品留言, 收货人/提货人,
收货人手机号/提货人手机号, 收货人省份, 收货人城市, 收货人地区, 详细收货地址/提货地址, 买家备注,
商品发货状态, 商品发货方式, 商品发货物流公司, 商品发货物流单号, 发货员工, 商品发货时间, 商品退款状态,
商品已退款金额, 商家订单备注 (+ 周期购信息 or 入住时间); newer ones add 买家手机号, 买家付款时间,
订单类型, 商品ID, 商品规格ID. Older 订单维度 exports say 买家姓名 for 买家昵称 and
预约同城送达时间/预约自提时间 for 同城送达时间/提货时间.
"""

from __future__ import annotations

from shopowner.imports.platforms.base import Platform


def _pickup(fields: dict) -> None:
    if "自提" in fields.get("delivery", ""):
        for key in ("province", "city", "district", "address"):
            fields[key] = ""


ORDER_ID = ("订单号",)
ORDER_PAID = ("订单实付金额", "实付金额")
RECEIVER = ("收货人/提货人", "收货人/提货人姓名", "收货人姓名")
RECEIVER_PHONE = ("收货人手机号/提货人手机号", "收货人/提货人手机号", "收货人手机号/提货人手机",
                  "收货人手机号")
ADDRESS = ("详细收货地址/提货地址", "收货地址/提货地址", "收货人/提货人详细地址", "详细收货地址")
# Youzan's own wording (收货 *or* 提货: delivery or pickup): no other platform writes these
PICKUP_WORDING = ("收货人/提货人", "收货人/提货人姓名", "收货人手机号/提货人手机号",
                  "收货人/提货人手机号", "收货人手机号/提货人手机", "详细收货地址/提货地址",
                  "收货地址/提货地址", "收货人/提货人详细地址")
# item-level columns only the 商品维度 export has (WeChat shop writes 商品已退款金额 too: not here)
ITEM_WORDING = ("订单商品状态", "商品实际成交金额", "商品发货状态")

STATUSES = {
    "待付款": "unpaid",
    "待成团": "paid",
    "待接单": "paid",
    "待发货": "paid",
    "已发货": "shipped",
    "部分发货": "shipped",
    "交易成功": "completed",
    "交易完成": "completed",
    "已完成": "completed",
    "交易关闭": "closed",
    "已关闭": "closed",
}

COMMON = {
    "order_id": ORDER_ID,
    "buyer_id": ("买家昵称",),
    "nickname": ("买家昵称", "买家姓名"),
    "phone": ("买家手机号",),
    "delivery": ("订单配送方式", "配送方式", "商品发货方式"),
    "buyer_message": ("买家备注", "买家留言"),
    "seller_note": ("商家订单备注", "商家备注"),
    "receiver_name": RECEIVER,
    "mobile": RECEIVER_PHONE,
    "province": ("收货人省份",),
    "city": ("收货人城市",),
    "district": ("收货人地区",),
    "address": ADDRESS,
    "created_at": ("订单创建时间", "下单时间"),
    "paid_at": ("买家付款时间", "付款时间"),
    "shipped_at": ("商家发货时间", "发货时间", "商品发货时间"),
    "completed_at": ("交易成功时间", "交易完成时间"),
    "spec": ("商品规格",),
    "sku": ("规格编码", "商品编码"),
    "item_id": ("商品ID",),
    "quantity": ("商品数量",),
    "price": ("商品单价",),
    "item_amount": ("商品实际成交金额",),
}

YOUZAN = Platform(
    key="youzan",
    kind="youzan",
    signature=("order_id", "paid", "pickup_wording"),
    marks={"pickup_wording": PICKUP_WORDING},
    columns={
        **COMMON,
        "total": ("商品金额合计",),
        "paid": ORDER_PAID,
        "postage": ("运费",),
        "discount": ("店铺优惠合计",),
        "refund": ("订单已退款金额",),
        "item_refund": ("商品已退款金额",),
        "refund_state": ("订单退款状态", "商品退款状态"),
        "status": ("订单状态",),
        "title": ("商品名称", "全部商品名称"),
    },
    statuses=STATUSES,
    item_rows=lambda headers: "商品名称" in headers,
    title_separator="；",
    adjust=_pickup,
)

YOUZAN_ITEMS = Platform(
    key="youzan",
    kind="youzan_items",
    signature=("order_id", "title", "quantity", "youzan_wording"),
    marks={"youzan_wording": ITEM_WORDING + PICKUP_WORDING},
    excludes=(*ORDER_PAID, "订单实际支付金额"),  # order amounts: 订单维度, or WeChat shop
    columns={
        **COMMON,
        "total": ("商品金额小计",),
        "paid": ("商品实际成交金额",),
        "postage": ("运费",),
        "refund": ("商品已退款金额",),  # summed over the lines: the order's refund
        "refund_state": ("商品退款状态",),
        "status": ("订单商品状态", "订单状态"),
        "title": ("商品名称",),
    },
    statuses=STATUSES,
    item_rows=lambda headers: True,
    summed=frozenset({"total", "paid", "refund"}),
    adjust=_pickup,
)
