"""The seller's own customer list (any CSV/XLSX): columns mapped to fields by the owner.

The mapping (header name → field) is guessed where the header says it plainly (姓名, 手机, 微信…)
and remembered in the settings table under the file's header signature, so next month's list
with the same columns imports without asking. A table with no name, phone or WeChat column is
not imported on a guess: the owner maps it, or it is refused.
"""

from __future__ import annotations

import hashlib
import json

from shopowner.i18n import translate
from shopowner.imports import clean
from shopowner.store.settings import get_setting, set_setting

FIELDS = ("name", "phone", "wechat", "nickname", "address", "notes", "first_purchase")
IDENTIFYING = ("name", "phone", "wechat")
SETTING_PREFIX = "imports.mapping."

# Words a header contains → field; the first rule a header matches wins, each field used once.
_GUESSES = (
    ("first_purchase", ("首次购买", "首购", "购买日期", "首次下单", "first purchase")),
    ("wechat", ("微信", "wechat", "weixin")),
    ("nickname", ("昵称", "网名", "nickname")),
    ("phone", ("手机", "电话", "联系方式", "phone", "mobile", "tel")),
    ("address", ("地址", "address")),
    ("notes", ("备注", "说明", "note", "remark")),
    ("name", ("姓名", "名字", "客户名", "收货人", "联系人", "name", "客户")),
)


def field_label(field: str) -> str:
    return {
        "name": translate("Imports", "Name"),
        "phone": translate("Imports", "Mobile"),
        "wechat": translate("Imports", "WeChat ID"),
        "nickname": translate("Imports", "Nickname"),
        "address": translate("Imports", "Address"),
        "notes": translate("Imports", "Notes"),
        "first_purchase": translate("Imports", "First purchase date"),
    }[field]


def signature(headers: list[str]) -> str:
    return hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Header → field for the headers whose meaning is plain; unclear ones are left out."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for header in headers:
        low = header.lower()
        for field, words in _GUESSES:
            if field not in used and any(w in low for w in words):
                mapping[header] = field
                used.add(field)
                break
    return mapping


def remembered_mapping(db, headers: list[str]) -> dict[str, str] | None:
    return get_setting(db, SETTING_PREFIX + signature(headers))


def remember_mapping(db, headers: list[str], mapping: dict[str, str]) -> None:
    set_setting(db, SETTING_PREFIX + signature(headers), mapping)


def usable(mapping: dict[str, str] | None) -> bool:
    return any(f in mapping.values() for f in IDENTIFYING) if mapping else False


def check_mapping(mapping: dict, headers: list[str]) -> dict[str, str]:
    """Keep the entries that name a real header and a known field; raise if one field is doubled."""
    clean_map = {h: f for h, f in (mapping or {}).items() if h in headers and f in FIELDS}
    fields = list(clean_map.values())
    if len(fields) != len(set(fields)):
        raise ValueError(translate("Imports", "Each field can be given one column only."))
    return clean_map


def customer_from_row(mapping_index: dict[str, int], cells: list[str]) -> dict:
    """One row's customer: cleaned fields and the keys that identify them."""
    value = {f: clean.text(cells[i]) for f, i in mapping_index.items()}
    name = value.get("name", "")
    phone_text = value.get("phone", "")
    mobile = clean.mobile(phone_text)
    place = clean.address(value.get("address", ""))
    detail = place["detail"]
    first = clean.date_time(value.get("first_purchase", ""))
    customer = {
        "name": name, "nickname": value.get("nickname", ""), "province": place["province"],
        "city": place["city"], "district": place["district"], "address": detail,
        "notes": value.get("notes", ""), "wechat_account": value.get("wechat", ""),
    }
    if first:
        customer["custom_fields"] = json.dumps({"first_purchase": first[:10]}, ensure_ascii=False)
    address_key = ""
    if name and len(detail) >= 4 and not clean.is_masked(name):
        address_key = clean.address_key(name, place["district"], detail)
    notes_extra = phone_text if phone_text and not mobile else ""
    if notes_extra and not customer["notes"]:
        customer["notes"] = notes_extra
    return {"customer": customer, "mobile": mobile, "wechat": value.get("wechat", ""),
            "nickname": value.get("nickname", ""), "address_key": address_key}
