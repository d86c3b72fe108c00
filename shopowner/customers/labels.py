"""Words the owner sees for stages, WeChat status, platforms and duplicate reasons; phone masking."""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.platform_names import platform_name


def stage_label(stage: str) -> str:
    return {
        "new": translate("Customers", "New"),
        "added": translate("Customers", "On WeChat"),
        "repeat": translate("Customers", "Repeat"),
        "loyal": translate("Customers", "Loyal"),
        "dormant": translate("Customers", "Dormant"),
    }.get(stage, stage)


def wechat_label(status: str, name: str = "") -> str:
    if status == "added":
        base = translate("Customers", "Added")
        return f"{base} · {name}" if name else base
    return translate("Customers", "Not added")


def platform_label(platform: str) -> str:
    return platform_name(platform)


def platforms_label(platforms: str) -> str:
    return "、".join(platform_label(p) for p in platforms.split(",") if p)


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


def mask_phone(phone: str | None) -> str:
    """138****1234 style: the first three and last four digits stay, the middle is hidden."""
    if not phone:
        return ""
    if "*" in phone or len(phone) < 7:
        return phone
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def display_name(name: str, nickname: str, erased: bool = False) -> str:
    if erased:
        return translate("Customers", "(personal data erased)")
    if name and nickname and nickname != name:
        return f"{name}（{nickname}）"
    return name or nickname or translate("Customers", "(anonymous)")


def yuan(fen: int | None) -> str:
    return f"{(fen or 0) / 100:,.2f}"


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


def feedback_kind_label(kind: str) -> str:
    return {
        "review": translate("Customers", "Review"),
        "complaint": translate("Customers", "Complaint"),
        "new_product": translate("Customers", "New product idea"),
        "suggestion": translate("Customers", "Suggestion"),
        "after_sales": translate("Customers", "After-sales"),
        "other": translate("Customers", "Other"),
    }.get(kind, kind)


def followup_kind_label(kind: str) -> str:
    return {
        "wechat": translate("Customers", "WeChat"),
        "phone": translate("Customers", "Phone"),
        "wecom": translate("Customers", "WeCom"),
        "platform": translate("Customers", "Platform chat"),
        "meeting": translate("Customers", "Met in person"),
        "other": translate("Customers", "Other"),
    }.get(kind, kind)
