"""The founder's letter: merge fields, the salutation, and what must never be printed.

Merge fields are written in the letter as ``{称呼}`` … and filled per parcel. The salutation uses
the buyer's real name or nickname; a masked value (``张**``), a phone number or an address is
never printed: the card then says 亲爱的朋友. Every merged value passes :func:`printable` so a
phone number or an address that slipped into a name or product field does not reach the card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shopowner.i18n import translate

MERGE_FIELDS = ("称呼", "商品", "下单日期", "店铺", "第几次购买", "城市", "暗号", "创始人")
FIELD_RE = re.compile(r"\{([^{}\s]{1,12})\}")
GENERIC_SALUTATION = "亲爱的朋友"

PHONE_RE = re.compile(r"(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|\d{3,4}-\d{7,8}|\d{7,}")
ADDRESS_RE = re.compile(
    r"\d+\s*(?:号|弄|幢|栋|楼|室|单元|层|组)|(?:省|自治区).{0,8}(?:市|州|盟)|"
    r"(?:路|街|巷|道|村|镇|乡)\s*\d|小区|公寓|大厦|花园\d")
MASK_RE = re.compile(r"[*＊×]|\.\.\.|…")


def field_hint(name: str) -> str:
    """What a merge field prints, in the owner's language (for the editor's buttons)."""
    return {
        "称呼": translate("Cards", "the buyer's name or nickname; 亲爱的朋友 when unknown or masked"),
        "商品": translate("Cards", "the product bought (the first item, “等 N 件” for more)"),
        "下单日期": translate("Cards", "the order date, e.g. 11月24日"),
        "店铺": translate("Cards", "the shop's name"),
        "第几次购买": translate("Cards", "which purchase this is for the buyer: 1, 2, 3…"),
        "城市": translate("Cards", "the buyer's city, without 市"),
        "暗号": translate("Cards", "this card's code, to send when adding the founder's WeChat"),
        "创始人": translate("Cards", "the founder's name"),
    }[name]


def is_masked(value: str) -> bool:
    return bool(MASK_RE.search(value or ""))


def printable(value, *, personal: bool = True) -> str:
    """``value`` as text, or empty when it holds a phone number, or (for a ``personal`` value such
    as a name) when it is masked or looks like an address."""
    text = re.sub(r"\s+", " ", str(value or "")).strip()
    if not text or PHONE_RE.search(text):
        return ""
    if personal and (is_masked(text) or ADDRESS_RE.search(text)):
        return ""
    return text


def salutation(name: str = "", nickname: str = "") -> str:
    """The real name if usable, else the nickname, else the generic 亲爱的朋友."""
    for candidate in (name, nickname):
        text = printable(candidate)
        if text and len(text) <= 16 and not re.fullmatch(r"[\d\W_]+", text):
            return text
    return GENERIC_SALUTATION


def product_text(titles: list[str], names: dict[str, str] | None = None) -> str:
    """The first item's print name (the owner's, from ``names``: cleaned title → name, else the
    automatic one without promotion tags, see :mod:`shopowner.cards.product_names`); ``… 等 N 件``
    when the parcel holds more."""
    from shopowner.cards.product_names import print_name

    titles = [t for t in (printable(t, personal=False) for t in titles) if t]
    if not titles:
        return ""
    first = printable(print_name(titles[0], names), personal=False)
    return first if len(titles) == 1 else f"{first} 等 {len(titles)} 件"


def city_text(city: str) -> str:
    text = printable(city)
    return text[:-1] if len(text) > 2 and text.endswith("市") else text


def date_text(when: str | None) -> str:
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", when or "")
    return f"{int(match[2])}月{int(match[3])}日" if match else ""


@dataclass(frozen=True)
class MergeSource:
    """What one parcel knows about its buyer and order (nothing private is kept here)."""

    name: str = ""
    nickname: str = ""
    products: tuple[str, ...] = ()
    order_date: str | None = None
    shop: str = ""
    purchase_no: int = 1
    city: str = ""
    code: str = ""
    founder: str = ""

    def values(self) -> dict[str, str]:
        return {
            "称呼": salutation(self.name, self.nickname),
            "商品": product_text(list(self.products)),
            "下单日期": date_text(self.order_date),
            "店铺": printable(self.shop, personal=False),
            "第几次购买": str(max(1, int(self.purchase_no or 1))),
            "城市": city_text(self.city),
            "暗号": self.code,
            "创始人": printable(self.founder, personal=False),
        }


def fields_used(body: str) -> list[str]:
    return list(dict.fromkeys(FIELD_RE.findall(body or "")))


def unknown_fields(body: str) -> list[str]:
    return [f for f in fields_used(body) if f not in MERGE_FIELDS]


def fill(body: str, values: dict[str, str]) -> str:
    """Replace each known ``{field}``; unknown ones stay visible so the checker can point at them."""
    return FIELD_RE.sub(lambda m: values.get(m[1], m[0]) if m[1] in MERGE_FIELDS else m[0], body or "")


SAMPLE_SOURCE = MergeSource(name="王小明", products=("明前龙井 250g",), order_date="2026-11-20",
                            shop="小满茶铺", purchase_no=2, city="杭州市", code="K7F2X", founder="林小满")
