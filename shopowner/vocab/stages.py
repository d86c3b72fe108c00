"""A customer's stage: the keys ``customers.stage`` holds (the store's stage rule sets them) and
the words for them."""

from __future__ import annotations

from shopowner.i18n import translate

STAGES = ("new", "added", "repeat", "loyal", "dormant")


def stage_label(stage: str) -> str:
    """The stage in the owner's words; an unknown key is shown as it is."""
    return {
        "new": translate("Customers", "New"),
        "added": translate("Customers", "On WeChat"),
        "repeat": translate("Customers", "Repeat"),
        "loyal": translate("Customers", "Loyal"),
        "dormant": translate("Customers", "Dormant"),
    }.get(stage, stage)
