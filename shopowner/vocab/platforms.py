"""The shop's words for the platforms: internal keys (``taobao``…) to the names owners use."""

from __future__ import annotations

from shopowner.i18n import translate

PLATFORM_KEYS = ("taobao", "tmall", "jd", "pdd", "douyin", "kuaishou", "youzan", "wechat_shop",
                 "xiaohongshu", "generic", "manual", "private")


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
        "generic": translate("Platforms", "Other platform"),  # orders of a mapped table
        "manual": translate("Platforms", "Added by hand"),
        "private": translate("Platforms", "Private"),  # sold over WeChat (私域订单); short, as in a list of platforms
    }
    return names.get(key, key)


# On paper the platforms keep their Chinese names whatever the window's language: a card is read by
# a buyer and a packer in China, beside a letter the founder wrote in Chinese.
PRINTED_NAMES = {"taobao": "淘宝", "tmall": "天猫", "jd": "京东", "pdd": "拼多多", "douyin": "抖音",
                 "kuaishou": "快手", "youzan": "有赞", "wechat_shop": "微信小店", "xiaohongshu": "小红书",
                 "generic": "", "manual": "", "private": ""}


def printed_platform_name(key: str) -> str:
    """The platform's name as printed on a card (Chinese; nothing for the shop's own lists)."""
    return PRINTED_NAMES.get(key, key)


def platforms_label(platforms: str) -> str:
    """A customer's platforms (``taobao,jd``, as the store keeps them) as one line: 淘宝、京东 (Taobao, JD)."""
    # the list separator of the language shown: 淘宝、京东 / Taobao, JD
    return translate("Platforms", ", ").join(platform_name(p) for p in platforms.split(",") if p)
