"""Words the customer book shows for WeChat status, duplicate reasons, identity kinds and its
columns; phone masking and money. Stages, platforms, feedback and follow-up kinds and a customer's
name are in ``shopowner.vocab``."""

from __future__ import annotations

from shopowner.i18n import translate


def wechat_label(status: str, name: str = "") -> str:
    if status == "added":
        base = translate("Customers", "Added")
        return f"{base} · {name}" if name else base
    return translate("Customers", "Not added")


def reason_label(reason: str) -> str:
    """The owner's words for a duplicate-pair reason, whether the scan or an import queued it."""
    return {
        "same_phone": translate("Customers", "Same phone number"),
        "same_buyer_id": translate("Customers", "Same platform buyer account"),
        "same_wechat": translate("Customers", "Same WeChat ID"),
        "same_name_address": translate("Customers", "Same receiver name and address"),
        "same_nickname": translate("Customers", "Same nickname on different platforms"),
        "name_address": translate("Customers", "Same receiver name and address"),
        "nickname": translate("Customers", "Same nickname on different platforms"),
        "phone": translate("Customers", "Same phone number"),
        "phone_tail": translate("Customers", "Phone numbers end in the same 4 digits"),
        "manual": translate("Customers", "Chosen by hand"),
    }.get(reason, reason)


def identity_kind_label(kind: str) -> str:
    return {
        "buyer_id": translate("Customers", "Buyer ID"),
        "phone": translate("Customers", "Phone"),
        "name_address": translate("Customers", "Name + address"),
        "wechat": translate("Customers", "WeChat"),
        "nickname": translate("Customers", "Nickname"),
    }.get(kind, kind)


def identity_text(kind: str, value: str, full_phones: bool = False) -> str:
    """An identity's value as a person reads it: a phone masked unless ``full_phones``, a name +
    address key (stored as ``name|address``) with a dot between the two."""
    if kind == "phone" and not full_phones:
        return mask_phone(value)
    if kind == "name_address":
        return " · ".join(part for part in value.split("|") if part)
    return value


def mask_phone(phone: str | None) -> str:
    """138****1234 style: the first three and last four digits stay, the middle is hidden."""
    if not phone:
        return ""
    if "*" in phone or len(phone) < 7:
        return phone
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def column_title(key: str) -> str:
    """Headers of the customer table (one place, so the model needs no strings of its own)."""
    return {
        "name": translate("Customers", "Name / nickname"),
        "phone": translate("Customers", "Phone"),
        "platforms": translate("Customers", "Platforms"),
        "order_count": translate("Customers", "Orders"),
        "total_spent": translate("Customers", "Total spent"),
        "first_order": translate("Customers", "First order"),
        "last_order": translate("Customers", "Last order"),
        "wechat": translate("Customers", "WeChat"),
        "tags": translate("Customers", "Tags"),
        "stage": translate("Customers", "Stage"),
    }[key]


def column_tip(key: str) -> str | None:
    """What a column counts (the header's tooltip): the order figures agree with each other."""
    counted = translate("Customers", "Orders that were paid count, refunded ones too; unpaid and "
                                     "closed orders do not.")
    return {
        "order_count": counted,
        "total_spent": translate("Customers", "What the paid orders came to, less refunds."),
        "first_order": translate("Customers", "The first paid order."),
        "last_order": translate("Customers", "The last paid order."),
        "phone": translate("Customers", "Masked unless “Show full phones” is ticked."),
    }.get(key)
