"""The shop's words for the kinds of channel (渠道) a customer comes from: keys to names."""

from __future__ import annotations

from shopowner.i18n import translate

CARD = "card"  # parcel insert cards: attributed through the cards' own codes, never a channel code
CHANNEL_KINDS = ("live", "xiaohongshu", "douyin", "cps", CARD, "offline", "other")


def channel_kind_name(key: str) -> str:
    """Display name of a channel kind; an unknown key is shown as it is."""
    names = {
        "live": translate("ChannelKinds", "Live streaming (直播)"),
        "xiaohongshu": translate("ChannelKinds", "Xiaohongshu (小红书)"),
        "douyin": translate("ChannelKinds", "Douyin (抖音)"),
        "cps": translate("ChannelKinds", "CPS affiliates (CPS 分销)"),
        CARD: translate("ChannelKinds", "Parcel cards (包裹卡)"),
        "offline": translate("ChannelKinds", "Offline (线下)"),
        "other": translate("ChannelKinds", "Other"),
    }
    return names.get(key, key)


def has_channel_code(kind: str) -> bool:
    """Whether a channel of this kind gets a channel code (cards carry their own codes)."""
    return kind != CARD
