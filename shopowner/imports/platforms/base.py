"""What every platform module declares, and how a group of rows becomes one normalised order.

A layout is recognised by what its columns mean: its ``signature`` is a set of *fields*, each
satisfied by any of the names the platform has used for it (``columns[field]``, or ``marks`` for
a column that only tells the layout apart), compared by :func:`meaning.meaning_key` (full/half
width, spaces, ``(元)`` units folded away), in any order; extra columns are ignored and missing
optional ones are fine. A column named in ``excludes`` says the file is another layout. When two
layouts match, :meth:`Platform.specificity` picks the one that explains the file best.
``columns`` maps our field names to the header names the platform has used over the years; the
first one present wins. Exports that write one row per item line (``item_rows``) repeat the
order's columns on every line: order amounts are taken once, except the fields listed in
``summed`` which really are per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Callable

from shopowner.i18n import translate
from shopowner.imports import clean
from shopowner.imports.platforms import refunds
from shopowner.imports.platforms.meaning import first_present, key_positions, meaning_key

from shopowner.vocab.order_statuses import STATUSES  # noqa: F401  (the keys a layout maps onto)
MONEY_FIELDS = ("total", "paid", "postage", "discount", "refund")
TIME_FIELDS = ("created_at", "paid_at", "shipped_at", "completed_at")


@dataclass(frozen=True)
class Platform:
    key: str  # stored in orders.platform ("taobao" for every Taobao layout)
    kind: str  # this layout ("taobao_orderlist", "taobao_qianniu"…)
    signature: tuple[str, ...]  # fields that must all be present (see the module's doc)
    columns: dict[str, tuple[str, ...]]
    statuses: dict[str, str]
    item_rows: Callable[[list[str]], bool] = lambda headers: False
    summed: frozenset = frozenset()
    title_separator: str = ""  # several items written into one title cell
    adjust: Callable[[dict], None] | None = None  # platform quirks on the first row's fields
    order_only_items: bool = False  # a file of item lines only (Taobao DetailList)
    anonymous: bool = False  # the layout carries no buyer identity at all
    marks: dict = field(default_factory=dict)  # identifying-only columns: mark → names
    excludes: tuple[str, ...] = ()  # a column only another layout has

    def names(self, fld: str) -> tuple[str, ...]:
        return self.columns.get(fld) or self.marks.get(fld, ())

    def matches(self, positions: dict[str, int]) -> bool:
        """Does a file with these columns (:func:`meaning.key_positions`) have this layout?"""
        return (all(first_present(self.names(f), positions) is not None for f in self.signature)
                and not any(meaning_key(n) in positions for n in self.excludes))

    def specificity(self, positions: dict[str, int]) -> tuple[int, int]:
        """(signature fields, fields of the file this layout reads): the larger, the better it
        explains the file."""
        read = sum(1 for names in self.columns.values() if first_present(names, positions)
                   is not None)
        return len(self.signature), read

    def summed_for(self, rows: list[dict]) -> frozenset:
        """The money fields summed over these item lines of one order (see ``summed``)."""
        return self.summed

    def column_index(self, headers: list[str]) -> dict[str, int]:
        """Field → column position in this file, by the meaning of the header name."""
        positions = key_positions(headers)
        index = {}
        for fld, names in self.columns.items():
            i = first_present(names, positions)
            if i is not None:
                index[fld] = i
        return index

    def status(self, text: str, fields: dict) -> str:
        return status_of(text, self.statuses)


_PREFIX = re.compile(r"^[(（\[【][^)）\]】]*[)）\]】]")


def status_of(text: str, mapping: dict[str, str]) -> str:
    """Our status for a platform's status text: the exact word, else by its telling parts."""
    s = _PREFIX.sub("", text or "").strip()
    if s in mapping:
        return mapping[s]
    if text in mapping:
        return mapping[text]
    if "退款成功" in s or "已退款" in s or s.startswith("退款"):
        return "refunded"
    if any(w in s for w in ("关闭", "取消", "作废")):
        return "closed"
    if any(w in s for w in ("成功", "完成", "签收", "已收货")):
        return "completed"
    if any(w in s for w in ("待付款", "未付款", "等待付款", "等待买家付款", "待支付")):
        return "unpaid"
    if any(w in s for w in ("已发货", "待收货", "确认收货", "配送中", "运输")):
        return "shipped"
    return "paid"


def row_values(index: dict[str, int], cells: list[str]) -> dict[str, str]:
    """The mapped cells of one row, cleaned to text."""
    text, odd_start, odd_end, empty = clean.text, clean.ODD_START, clean.ODD_END, clean.EMPTY_MARKERS
    out = {}
    for f, i in index.items():
        s = cells[i]
        if s and (s[0] in odd_start or s[-1] in odd_end or s in empty):
            s = text(s)  # only cells that need it pay for the call
        out[f] = s
    return out


@dataclass
class Order:
    """One normalised order, ready for the store, with what identifies its buyer."""

    row_no: int
    fields: dict
    items: list[dict] = field(default_factory=list)
    buyer_id: str = ""
    nickname: str = ""
    mobile: str = ""
    name: str = ""
    address_key: str = ""
    partial: bool = False  # from an item-only file: amounts/receiver unknown, only status+items

    @property
    def platform_order_id(self) -> str:
        return self.fields["platform_order_id"]


class RowProblem(ValueError):
    """A row that cannot become an order; ``str()`` is the reason shown to the owner."""


def build_order(platform: Platform, row_no: int, rows: list[dict], item_rows: bool) -> Order:
    """Turn the cleaned field dicts of one order's rows into an :class:`Order`."""
    first = rows[0]
    if platform.adjust:
        first = dict(first)
        platform.adjust(first)
    get = first.get
    money_fen = clean.money_fen
    money: dict[str, int | None] = {}
    summed = platform.summed_for(rows) if item_rows else platform.summed
    for name in MONEY_FIELDS:
        raw = get(name, "")
        if name in summed:
            values = [money_fen(r.get(name, "")) for r in rows]
            money[name] = sum(v for v in values if v is not None) if any(
                v is not None for v in values) else None
        else:
            money[name] = money_fen(raw) if raw else None
        if raw and money[name] is None and name in ("total", "paid"):
            raise RowProblem(translate("Imports", "the amount “{value}” is not a number").format(
                value=raw[:40]))
    items = _items(platform, rows if item_rows else [first], item_rows)
    if money["total"] is None:
        money["total"] = sum(i["amount_fen"] for i in items)
    if money["paid"] is None:
        money["paid"] = money["total"]
    status_text = first.get("status", "")
    status = platform.status(status_text, first)
    done, refund = refunds.refund_of(rows if item_rows else [first], money["refund"],
                                     money["paid"] or 0, "paid" in summed)
    status, refund = refunds.settle(status, done, refund, money["paid"] or 0)
    total, paid, postage = money["total"] or 0, money["paid"] or 0, money["postage"] or 0
    discount = money["discount"]
    if discount is None:
        discount = max(total + postage - paid, 0)

    name = first.get("receiver_name", "")
    mobile_digits, mobile_masked = clean.phone(first.get("mobile", ""))
    other_digits, other_masked = clean.phone(first.get("phone", ""))
    mobile = next((d for d, m in ((mobile_digits, mobile_masked), (other_digits, other_masked))
                   if not m and clean.is_mobile(d)), "")
    phone_digits, phone_masked = ((mobile_digits, mobile_masked) if mobile_digits
                                  else (other_digits, other_masked))
    name_masked = clean.is_masked(name)
    region = _region(first)
    fields = {
        "platform": platform.key,
        "platform_order_id": first["order_id"],
        "status": status,
        "status_text": status_text,
        "total_fen": total,
        "paid_fen": paid,
        "postage_fen": postage,
        "discount_fen": discount,
        "refund_fen": refund,
        "created_at": clean.date_time(first.get("created_at")) or None,
        "paid_at": clean.date_time(first.get("paid_at")) or None,
        "shipped_at": clean.date_time(first.get("shipped_at")) or None,
        "completed_at": clean.date_time(first.get("completed_at")) or None,
        "buyer_id": first.get("buyer_id", ""),
        "buyer_message": first.get("buyer_message", ""),
        "seller_note": first.get("seller_note", ""),
        "receiver_name": name,
        "receiver_phone": mobile or phone_digits,
        "receiver_masked": int(name_masked or phone_masked),
        **region,
    }
    _check_ranges(first, money, items, rows if item_rows else [first], fields)
    if fields["created_at"] is None:
        fields["created_at"] = fields["paid_at"]
    if fields["paid_at"] is None and status in ("paid", "shipped", "completed"):
        fields["paid_at"] = fields["created_at"]
    order = Order(row_no=row_no, fields=fields, items=items)
    buyer = first.get("buyer_id", "")
    order.buyer_id = "" if clean.is_masked(buyer) else buyer
    nick = first.get("nickname", "")
    order.nickname = "" if clean.is_masked(nick) else nick
    order.mobile = mobile
    if name and not name_masked:
        order.name = name
        detail = fields["address"]
        if len(detail) >= 4 and not clean.is_masked(detail):
            order.address_key = clean.address_key(name, fields["district"], detail)
    return order


def _region(f: dict) -> dict:
    """province/city/district/address/zip from separate columns or one combined address."""
    full = f.get("address", "")
    if f.get("province") or f.get("city"):
        province, city, district = f.get("province", ""), f.get("city", ""), f.get("district", "")
        detail = clean.strip_region(full, province, city, district, f.get("street", ""))
        if f.get("street") and not full:
            detail = f["street"] + detail
        if not (district or detail) and full:
            detail = full
        zip_code = ""
        m = re.search(r"[(（](\d{6})[)）]$", detail)
        if m:
            zip_code, detail = m.group(1), detail[: m.start()]
        return {"province": province, "city": city, "district": district, "address": detail,
                "zip": zip_code}
    parts = clean.address(full)
    return {"province": parts["province"], "city": parts["city"], "district": parts["district"],
            "address": parts["detail"], "zip": parts["zip"]}


def _items(platform: Platform, rows: list[dict], item_rows: bool) -> list[dict]:
    items = []
    for r in rows:
        title = r.get("title", "")
        if not item_rows and platform.title_separator and platform.title_separator in title:
            titles = [t.strip() for t in title.split(platform.title_separator) if t.strip()]
            specs = r.get("spec", "").split("；") if r.get("spec") else []
            for n, t in enumerate(titles):
                items.append(_item(t, specs[n] if n < len(specs) else "", r.get("sku", ""),
                                   1, None, None, ""))
            continue
        if not (title or r.get("sku") or r.get("item_id")):
            continue
        items.append(_item(title, r.get("spec", ""), r.get("sku", ""),
                           clean.quantity(r.get("quantity", "")), clean.money_fen(r.get("price", "")),
                           clean.money_fen(r.get("item_amount", "")), r.get("item_id", "")))
    return items


def _item(title, spec, sku, quantity, price, amount, item_id) -> dict:
    price = price or 0
    if amount is None:
        amount = price * quantity
    return {"title": title, "sku": sku, "spec": spec, "quantity": quantity, "price_fen": price,
            "amount_fen": amount, "platform_item_id": item_id}


def _check_ranges(first: dict, money: dict, items: list[dict], rows: list[dict],
                  fields: dict) -> None:
    """Raise :class:`RowProblem` for a value no order can have: an amount beyond ¥100,000,000
    (see ``clean.MAX_FEN``), a negative or absurd quantity, a date no calendar has."""
    for name, fen in money.items():
        if not clean.amount_in_range(fen):
            raise _too_large(first.get(name) or fen)
    for row in rows:
        if not clean.quantity_in_range(row.get("quantity", "")):
            raise RowProblem(translate(
                "Imports", "the quantity “{value}” is not a count of items (0 to {limit})").format(
                value=row["quantity"][:40], limit=f"{clean.MAX_QUANTITY:,}"))
    for item in items:
        for key in ("price_fen", "amount_fen"):
            if not clean.amount_in_range(item[key]):
                raw = next((r[f] for r in rows for f in ("price", "item_amount")
                            if r.get(f) and clean.money_fen(r[f]) == item[key]), None)
                raise _too_large(raw or f"{item[key] / 100:.2f}")
    for name in TIME_FIELDS:
        raw = first.get(name)
        if fields[name] is None and raw and clean.impossible_date(raw):
            raise RowProblem(translate(
                "Imports", "the date “{value}” does not exist (check the month, day and "
                           "time)").format(value=raw[:40]))


def _too_large(value) -> RowProblem:
    return RowProblem(translate(
        "Imports", "the amount “{value}” is more than any order can be (over ¥{limit})").format(
        value=str(value)[:40], limit=f"{clean.MAX_FEN // 100:,}"))

