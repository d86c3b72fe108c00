"""Follow-ups (跟进): how one happened (``followups.kind``), who reached out (``direction``), and
their words."""

from __future__ import annotations

from shopowner.i18n import translate

KINDS = ("wechat", "phone", "wecom", "platform", "meeting", "other")
DIRECTIONS = ("out", "in")


def kind_label(kind: str) -> str:
    """How the follow-up happened, in the owner's words; an unknown key is shown as it is."""
    return {
        "wechat": translate("Followups", "WeChat chat"),
        "phone": translate("Followups", "Phone call"),
        "wecom": translate("Followups", "WeCom"),
        "platform": translate("Followups", "Wangwang / platform service"),
        "meeting": translate("Followups", "Met in person"),
        "other": translate("Followups", "Other"),
    }.get(kind, kind)


def direction_label(direction: str) -> str:
    return {
        "out": translate("Followups", "We contacted them"),
        "in": translate("Followups", "They contacted us"),
    }.get(direction, direction)
