"""A table no platform layout matches: which column holds what, proposed from the names' meaning.

An order table from a shop system we do not know (订单号, 收货人, 手机, 实付金额, 状态, 下单时间,
商品…, or Order No / Recipient / Phone / Amount / Status in English) gets an *order* mapping and
imports as orders of the platform key ``generic`` (shown as “Other platform”), or of a platform the
seller names when it is one we know under another layout; its order numbers are de-duplicated on
re-import like any platform's. A table without an order number column is a customer list
(:mod:`generic`). A mapping is a flat dict, header → field, plus ``"@platform": key`` for orders;
once confirmed it is remembered for the file's header signature and used next time without asking.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopowner.i18n import translate
from shopowner.imports import generic
from shopowner.imports.platforms.base import Platform, status_of
from shopowner.imports.platforms.meaning import meaning_key

ORDERS, CUSTOMERS = "orders", "customers"
PLATFORM = "@platform"
GENERIC = "generic"
# platforms an order table may be said to come from (tmall orders are stored as taobao)
PLATFORM_CHOICES = (GENERIC, "taobao", "jd", "pdd", "douyin", "kuaishou", "youzan", "wechat_shop",
                    "xiaohongshu")
ORDER_FIELDS = ("order_id", "status", "refund_state", "created_at", "paid_at", "paid", "total",
                "postage", "refund", "receiver_name", "mobile", "address", "province", "city",
                "district", "buyer_id", "nickname", "title", "spec", "quantity", "price",
                "buyer_message", "seller_note")

_ID = ("编号", "id", "号", "码")
_MONEY_NOT = ("邮费", "运费", "快递费", "退款", "优惠", "折扣", "时间", "日期", "方式", "单价", "状态",
              "refund", "shipping", "discount", "date", "time", "method", "status", "unit")
# field, exact names (by meaning key), words a name contains, words that rule it out. Fields are
# settled in this order, each header used once, so 订单状态 is the status before 订单 is an id.
RULES: tuple[tuple[str, tuple, tuple, tuple], ...] = (
    ("order_id", ("订单号", "订单编号", "主订单号", "主订单编号", "订单id", "单号", "orderno",
                  "orderid", "ordernumber", "order#", "order"),
     ("订单号", "订单编号", "订单id", "单号", "orderno", "orderid", "ordernumber"),
     ("子订单", "物流", "快递", "运单", "外部", "支付单", "退款", "售后", "商品", "tracking", "waybill",
      "payment", "refund", "item")),
    ("refund_state", ("退款状态", "售后状态", "refundstatus"), ("退款状态", "售后状态", "退货退款",
                                                          "refundstatus"), ()),
    ("status", ("订单状态", "交易状态", "状态", "status", "orderstatus"), ("状态", "status"),
     ("支付状态", "发货状态", "物流", "payment", "fulfillment")),
    ("paid_at", ("付款时间", "支付时间", "订单付款时间", "paidat", "paymentdate", "paymenttime"),
     ("付款时间", "支付时间", "付款日期", "支付日期", "paidat", "paymentdate", "paymenttime"), ()),
    ("created_at", ("下单时间", "创建时间", "订单创建时间", "订单时间", "成交时间", "下单日期",
                    "订单日期", "日期", "时间", "orderdate", "createdat", "created", "date"),
     ("下单", "创建", "成交时间", "订单时间", "订单日期", "日期", "created", "orderdate"),
     ("发货", "完成", "收货", "shipped", "delivered")),
    ("refund", ("退款金额", "已退款金额", "退款", "refund", "refunded", "refundamount"),
     ("退款金额", "已退款", "退款", "refund"), ("状态", "时间", "原因", "单号", "status", "date",
                                             "reason")),
    ("postage", ("运费", "邮费", "快递费", "配送费", "shipping", "postage", "freight"),
     ("运费", "邮费", "快递费", "配送费", "shipping", "postage", "freight"),
     ("单号", "公司", "方式", "时间", "险", "地址", "method", "company", "tracking", "address")),
    ("paid", ("实付金额", "实付款", "实付", "实收金额", "支付金额", "付款金额", "应付金额", "金额",
              "paid", "amountpaid", "totalpaid", "amount"),
     ("实付", "实际支付", "支付金额", "付款金额", "实收", "应付", "paid"), _MONEY_NOT),
    ("total", ("总金额", "订单金额", "订单总额", "总价", "合计", "金额", "total", "ordertotal",
               "amount"),
     ("总金额", "订单金额", "总额", "总价", "合计", "金额", "total", "amount"), _MONEY_NOT),
    ("nickname", ("买家昵称", "昵称", "nickname", "nick"), ("昵称", "网名", "nickname"), ()),
    ("buyer_id", ("买家id", "买家账号", "买家帐号", "会员名", "买家会员名", "用户id", "客户id",
                  "下单账号", "buyerid", "customerid", "userid"),
     ("买家id", "买家账号", "买家帐号", "会员名", "用户id", "客户id", "下单账号", "下单帐号",
      "buyerid", "customerid", "userid"), ()),
    ("mobile", ("手机", "手机号", "收货人手机", "收件人手机", "电话", "联系电话", "联系方式", "phone",
                "mobile", "tel"), ("手机", "电话", "联系方式", "phone", "mobile", "tel"), ()),
    ("province", ("省", "省份", "收货省份", "province", "state"), ("省份",), ()),
    ("city", ("市", "城市", "收货城市", "city"), ("城市",), ()),
    ("district", ("区", "区县", "县区", "地区", "district", "county"), ("区县",), ()),
    ("address", ("地址", "收货地址", "收件地址", "详细地址", "address", "shippingaddress"),
     ("地址", "address"), ("邮箱", "email", "ip")),
    ("receiver_name", ("收货人", "收件人", "收货人姓名", "收件人姓名", "姓名", "客户姓名", "联系人",
                       "客户", "买家姓名", "name", "recipient", "consignee", "customer",
                       "customername", "receiver", "shippingname"),
     ("收货人", "收件人", "姓名", "联系人", "客户名", "recipient", "consignee", "receiver", "name"),
     ("商品", "宝贝", "店铺", "产品", "product", "item", "shop", "store")),
    ("quantity", ("数量", "购买数量", "商品数量", "件数", "qty", "quantity"),
     ("数量", "件数", "qty", "quantity"), ("退",)),
    ("price", ("单价", "价格", "商品单价", "商品价格", "price", "unitprice"),
     ("单价", "价格", "price"), ("总", "实付")),
    ("spec", ("规格", "商品规格", "属性", "商品属性", "sku属性", "variant", "option", "spec"),
     ("规格", "属性", "颜色", "尺码", "variant", "option"), _ID),
    ("title", ("商品", "宝贝", "商品名称", "商品标题", "宝贝标题", "宝贝名称", "品名", "产品",
               "产品名称", "product", "item", "goods", "title", "productname", "itemname"),
     ("商品名", "宝贝", "商品标题", "品名", "产品", "product", "goods", "title"),
     ("数量", "单价", "价格", "金额", "种类", "quantity", "price", "qty", "amount", *_ID)),
    ("buyer_message", ("买家留言", "买家备注", "留言", "buyermessage", "message"),
     ("买家留言", "买家备注", "留言", "message"), ()),
    ("seller_note", ("卖家备注", "商家备注", "备注", "remark", "note", "notes", "memo"),
     ("卖家备注", "商家备注", "备注", "remark", "note", "memo"), ()),
)
# beside the order number, at least this many of these make a proposal confident
_TELLING = (("paid", "total"), ("status",), ("created_at", "paid_at"), ("title",),
            ("receiver_name", "mobile", "buyer_id", "nickname", "address"))
CONFIDENT = 2


class MappingNeeded(ValueError):
    """No usable mapping: ``str()`` says why; ``proposal`` is what we would propose, if any."""

    def __init__(self, message: str, proposal: Mapping | None = None):
        super().__init__(message)
        self.proposal = proposal


@dataclass
class Mapping:
    kind: str  # ORDERS or CUSTOMERS
    columns: dict[str, str]  # header → field
    platform: str = GENERIC
    confident: bool = False
    remembered: bool = False

    def stored(self) -> dict[str, str]:
        """The flat form (remembered setting, ``--mapping`` JSON, the dialog's answer)."""
        if self.kind == ORDERS:
            return {**self.columns, PLATFORM: self.platform}
        return dict(self.columns)

    def header_of(self, fld: str) -> str | None:
        return next((h for h, f in self.columns.items() if f == fld), None)


def guess_orders(headers: list[str]) -> dict[str, str]:
    """Header → order field for the headers whose meaning is plain; unclear ones are left out."""
    keys = [(h, meaning_key(h)) for h in headers if h]
    used: set[str] = set()
    mapping: dict[str, str] = {}
    for fld, exact, words, avoid in RULES:
        header = _exact(keys, exact, used) or _containing(keys, words, avoid, used)
        if header is not None:
            mapping[header] = fld
            used.add(header)
    return mapping


def _exact(keys, exact, used) -> str | None:
    for name in exact:
        for header, key in keys:
            if header not in used and key == name:
                return header
    return None


def _containing(keys, words, avoid, used) -> str | None:
    for header, key in keys:
        if header in used or any(a in key for a in avoid):
            continue
        if any(w in key for w in words):
            return header
    return None


def propose(headers: list[str]) -> Mapping:
    """What we think the table is: orders (an order number column) or a customer list."""
    orders = guess_orders(headers)
    if "order_id" in orders.values():
        fields = set(orders.values())
        telling = sum(1 for group in _TELLING if fields & set(group))
        return Mapping(ORDERS, orders, confident=telling >= CONFIDENT)
    customers = generic.guess_mapping(headers)
    return Mapping(CUSTOMERS, customers, confident=generic.usable(customers))


def kind_of(mapping: dict) -> str:
    return ORDERS if "order_id" in (mapping or {}).values() else CUSTOMERS


def check(mapping: dict, headers: list[str], kind: str | None = None) -> Mapping:
    """The entries of a given mapping that name a real header and a known field of ``kind`` (by
    default: orders when an order number column is chosen); raises ``ValueError`` when one
    field is given two columns."""
    kind = kind or kind_of(mapping)
    known = ORDER_FIELDS if kind == ORDERS else generic.FIELDS
    columns = {h: f for h, f in (mapping or {}).items()
               if h != PLATFORM and h in headers and f in known}
    fields = list(columns.values())
    if len(fields) != len(set(fields)):
        raise ValueError(translate("Imports", "Each field can be given one column only."))
    platform = (mapping or {}).get(PLATFORM, GENERIC)
    return Mapping(kind, columns, platform if platform in PLATFORM_CHOICES else GENERIC,
                   confident=True)


def usable(mapping: Mapping) -> bool:
    if mapping.kind == ORDERS:
        return "order_id" in mapping.columns.values()
    return generic.usable(mapping.columns)


def choose(db, headers: list[str], given: dict | None) -> Mapping:
    """The mapping to import with: the one given (the owner's choice), else the one confirmed
    before for these columns, else a plain customer list's guess. An order table seen for the
    first time is not imported on a guess: :class:`MappingNeeded` carries the proposal."""
    if given is not None:
        mapping = check(given, headers)
        if not usable(mapping):
            raise MappingNeeded(_unusable_message(mapping))
        return mapping
    remembered = generic.remembered_mapping(db, headers)
    if remembered is not None:
        try:
            known: Mapping | None = check(remembered, headers)
        except ValueError:
            known = None
        if known is not None and usable(known):
            known.remembered = True
            return known
    proposal = propose(headers)
    if proposal.kind == CUSTOMERS and proposal.confident:
        return proposal
    if proposal.kind == ORDERS:
        raise MappingNeeded(proposal_message(proposal), proposal)
    raise MappingNeeded(_unusable_message(proposal))


def _unusable_message(mapping: Mapping) -> str:
    if mapping.kind == ORDERS:
        return translate("Imports", "No column was chosen for the order number: orders cannot be "
                                    "told apart without it.")
    return translate(
        "Imports", "Unrecognised table: it is not a known platform's order export and has no "
                   "name, mobile or WeChat column. Check that you chose the right file, or map "
                   "its columns by hand (File → Import orders…, then choose the columns).")


def proposal_message(proposal: Mapping) -> str:
    """What we think an unknown order table holds, in words, and that it waits for a yes."""
    from shopowner.imports.mapping_preview import field_label

    parts = [translate("Imports", "{field} in “{column}”").format(field=field_label(f), column=h)
             for h, f in sorted(proposal.columns.items(), key=lambda hf: ORDER_FIELDS.index(hf[1]))]
    return translate("Imports", "Not a known platform's export, but it looks like a table of "
                                "orders: {columns}. Nothing was imported: confirm these columns "
                                "first (File → Import orders… shows them).").format(
        columns=translate("Imports", ", ").join(parts))


def layout_for(mapping: Mapping) -> MappedLayout:
    """An order layout reading the chosen columns (one row per order or per item line)."""
    key = mapping.platform if mapping.platform in PLATFORM_CHOICES else GENERIC
    return MappedLayout(key=key, kind="generic_orders" if key == GENERIC else key,
                        signature=("order_id",),
                        columns={f: (h,) for h, f in mapping.columns.items()},
                        statuses=ENGLISH_STATUSES, item_rows=lambda headers: True)


ENGLISH_STATUSES = {
    "pending": "unpaid", "unpaid": "unpaid", "awaiting payment": "unpaid",
    "paid": "paid", "processing": "paid", "to ship": "paid", "unfulfilled": "paid",
    "awaiting shipment": "paid", "shipped": "shipped", "in transit": "shipped",
    "fulfilled": "shipped", "delivered": "completed", "completed": "completed",
    "complete": "completed", "done": "completed", "closed": "closed", "cancelled": "closed",
    "canceled": "closed", "voided": "closed", "refunded": "refunded",
}


@dataclass(frozen=True)
class MappedLayout(Platform):
    """The chosen columns, found by their exact header (two headers may share a meaning)."""

    def column_index(self, headers: list[str]) -> dict[str, int]:
        position: dict[str, int] = {}
        for i, h in enumerate(headers):
            if h:
                position.setdefault(h, i)
        return {f: position[names[0]] for f, names in self.columns.items() if names[0] in position}

    def status(self, text: str, fields: dict) -> str:
        return self.statuses.get((text or "").strip().lower()) or status_of(text, {})

    def summed_for(self, rows: list[dict]) -> frozenset:
        """An order on several lines: an amount written the same on every line is the order's
        (taken once); one that differs from line to line is each line's own (summed)."""
        if len(rows) < 2:
            return frozenset()
        return frozenset(f for f in ("total", "paid", "postage", "discount", "refund")
                         if len({r.get(f, "") for r in rows}) > 1)
