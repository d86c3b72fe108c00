"""A listing title's words without its promotions: the key products are merged by when they have
no SKU (商家编码), and the key an owner's print name is stored under.

A listing title is written for the platform's search box (``【包邮】2024新茶 明前特级龙井 杭州
西湖 250g 罐装 现货``): :func:`title_key` drops what is in 【】 or [] and words such as 包邮, 现货,
新品, 限时…, and tidies the spaces. :func:`product_key` is the key one product is merged under:
its SKU when the item has one, else its cleaned title.
"""

from __future__ import annotations

import re
from functools import lru_cache

BRACKETS_RE = re.compile(r"【[^】]*】|\[[^\]]*\]|〖[^〗]*〗|［[^］]*］|〔[^〕]*〕")
# promotion words, longest first so that 顺丰包邮 goes before 包邮
PROMO_WORDS = sorted({
    "顺丰包邮", "全国包邮", "包邮", "现货速发", "现货", "当天发货", "24小时发货", "新品上市", "新品",
    "限时特价", "限时折扣", "限时秒杀", "限时", "特价", "秒杀", "爆款", "热卖", "热销", "清仓", "促销",
    "折扣", "包退换", "假一赔十", "正品保证", "官方正品", "官方旗舰店", "旗舰店", "官方", "正品",
    "买一送一", "买二送一", "第二件半价", "送礼袋", "送手提袋", "领券", "满减", "预售", "抢购", "专享",
    "直播专享", "直播间", "福利", "优惠", "特惠", "促销价", "亏本", "冲量", "年货节", "双11", "双十一",
    "新款",
}, key=len, reverse=True)
PROMO_RE = re.compile("|".join(re.escape(w) for w in PROMO_WORDS))
# an empty pair of brackets or a lone joiner left behind once the words are gone
LEFTOVER_RE = re.compile(r"[（(]\s*[)）]|^[\s/|｜+＋,，、!！*★☆]+|[\s/|｜+＋,，、!！*★☆]+$")


def title_key(title: str) -> str:
    """The listing title without its promotion tags and extra spaces: the key an owner's print
    name is stored under (the title itself, spaces tidied, when it is nothing but tags)."""
    return _cleaned(title) or re.sub(r"\s+", " ", str(title or "")).strip()


def _cleaned(title: str) -> str:
    text = BRACKETS_RE.sub(" ", str(title or ""))
    text = PROMO_RE.sub(" ", text)
    text = re.sub(r"\s+", " ", text)
    for _ in range(3):
        text = LEFTOVER_RE.sub("", text).strip()
    return text


@lru_cache(maxsize=8192)  # an import meets the same few titles on thousands of lines
def product_key(sku: str | None, title: str | None) -> str | None:
    """``"sku:…"`` for an item with a SKU (商家编码), else ``"title:…"`` (its cleaned title); None
    for an item with neither."""
    sku = (sku or "").strip()
    if sku:
        return f"sku:{sku}"
    key = title_key(title or "")
    return f"title:{key}" if key else None
