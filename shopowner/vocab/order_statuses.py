"""An order's status (订单状态) as the shop stores it, whatever the platform called it: each
platform's own words map onto these keys in ``imports/platforms``; screens show :func:`status_label`."""

from __future__ import annotations

from shopowner.i18n import translate

STATUSES = ("unpaid", "paid", "shipped", "completed", "closed", "refunded")


def status_label(status: str) -> str:
    """The status in the owner's words (an unknown key is shown as it is)."""
    return {
        "unpaid": translate("Orders", "Unpaid"),
        "paid": translate("Orders", "Paid, to ship"),
        "shipped": translate("Orders", "Shipped"),
        "completed": translate("Orders", "Completed"),
        "closed": translate("Orders", "Closed"),
        "refunded": translate("Orders", "Refunded"),
    }.get(status, status)
