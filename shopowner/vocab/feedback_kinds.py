"""Feedback (反馈): the kinds ``feedback.kind`` allows, a complaint's statuses, and their words."""

from __future__ import annotations

from shopowner.i18n import translate

KINDS = ("review", "complaint", "new_product", "suggestion", "after_sales", "other")
STATUSES = ("open", "resolved")  # complaints only; other feedback has no status


def kind_label(kind: str) -> str:
    """The feedback kind in the owner's words; an unknown key is shown as it is."""
    return {
        "review": translate("Feedback", "Review material"),
        "complaint": translate("Feedback", "Complaint"),
        "new_product": translate("Feedback", "New-product idea"),
        "suggestion": translate("Feedback", "Product suggestion"),
        "after_sales": translate("Feedback", "After-sales"),
        "other": translate("Feedback", "Other"),
    }.get(kind, kind)


def status_label(status: str | None) -> str:
    """A complaint's status; empty for feedback without one."""
    return {"open": translate("Feedback", "Open"),
            "resolved": translate("Feedback", "Resolved")}.get(status or "", "")
