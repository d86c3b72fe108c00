"""Product names for print: what ``{商品}`` says on a card.

A listing title is written for the platform's search box (``【包邮】2024新茶 明前特级龙井 杭州
西湖 250g 罐装 现货``), not for a letter. The automatic print name drops the promotion tags
(anything in 【】 or [], and words such as 包邮, 现货, 新品, 限时…), then keeps the title's first
words up to :data:`AUTO_LENGTH` characters. The owner can give any product a print name of their
own (at most :data:`MAX_LENGTH` characters); it is stored by the product's *cleaned* title (the
title without its promotion tags, see :func:`title_key`), so a listing that changes its tags keeps
its print name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MAX_LENGTH = 20   # characters an owner's print name may have
AUTO_LENGTH = 16  # Chinese characters the automatic print name keeps at most (Latin counts half)

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


def _units(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def shorten(text: str, limit: float = AUTO_LENGTH) -> str:
    """``text`` cut to ``limit`` Chinese characters' width (a Latin letter or digit counts half),
    at a space when one keeps at least half of it."""
    text = text.strip()
    total, end = 0.0, len(text)
    for i, ch in enumerate(text):
        total += _units(ch)
        if total > limit:
            end = i
            break
    if end == len(text):
        return text
    cut = text.rfind(" ", 0, end + 1)
    return (text[:cut] if cut >= end // 2 else text[:end]).strip()


def auto_print_name(title: str) -> str:
    """The automatic print name of a listing title; the raw title when cleaning leaves nothing."""
    return shorten(title_key(title))


def print_name(title: str, names: Mapping[str, str] | None = None) -> str:
    """The owner's print name for ``title`` when there is one (``names``: key → name), else the
    automatic one."""
    if names:
        own = names.get(title_key(title))
        if own:
            return own
    return auto_print_name(title)


def check_print_name(name: str) -> str:
    """``name`` tidied for storing; raises ValueError (a message for the owner) when unusable."""
    from shopowner.i18n import translate

    name = re.sub(r"\s+", " ", str(name or "")).strip()
    if not name:
        raise ValueError(translate("Cards", "The print name is empty. Type a short name, or reset the "
                                            "product to its automatic name."))
    if len(name) > MAX_LENGTH:
        raise ValueError(translate("Cards", "The print name is {n} characters long; at most {max} fit "
                                            "a card's sentence. Shorten it.").format(n=len(name), max=MAX_LENGTH))
    return name
