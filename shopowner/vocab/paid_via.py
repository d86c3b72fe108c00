"""How a private order (私域订单) was paid: 微信, 支付宝, bank transfer or cash. Stored as keys in
``orders.paid_via`` ('' for the platforms' own orders, paid on the platform)."""

from __future__ import annotations

from shopowner.i18n import translate

PAID_VIA = ("wechat", "alipay", "bank", "cash")


def paid_via_label(key: str) -> str:
    """The way of paying in the owner's words (an unknown key is shown as it is)."""
    return {
        "wechat": translate("Orders", "WeChat Pay"),
        "alipay": translate("Orders", "Alipay"),
        "bank": translate("Orders", "Bank transfer"),
        "cash": translate("Orders", "Cash"),
    }.get(key, key)
