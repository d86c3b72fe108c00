"""The shop's words for the platforms: internal keys (``taobao``…) to the names owners use."""

from __future__ import annotations

from shopowner.i18n import translate

PLATFORM_KEYS = ("taobao", "tmall", "jd", "pdd", "douyin", "kuaishou", "youzan", "wechat_shop",
                 "xiaohongshu", "generic", "manual")


def platform_name(key: str) -> str:
    """Display name of a platform key; an unknown key is shown as it is."""
    names = {
        "taobao": translate("Platforms", "Taobao"),
        "tmall": translate("Platforms", "Tmall"),
        "jd": translate("Platforms", "JD"),
        "pdd": translate("Platforms", "Pinduoduo"),
        "douyin": translate("Platforms", "Douyin"),
        "kuaishou": translate("Platforms", "Kuaishou"),
        "youzan": translate("Platforms", "Youzan"),
        "wechat_shop": translate("Platforms", "WeChat shop"),
        "xiaohongshu": translate("Platforms", "Xiaohongshu"),
        "generic": translate("Platforms", "Own list"),
        "manual": translate("Platforms", "Added by hand"),
    }
    return names.get(key, key)
