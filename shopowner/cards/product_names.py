"""Product names for print: what ``{商品}`` says on a card.

A listing title is written for the platform's search box (``【包邮】2024新茶 明前特级龙井 杭州
西湖 250g 罐装 现货``), not for a letter. The automatic print name drops the promotion tags
(anything in 【】 or [], and words such as 包邮, 现货, 新品, 限时…), then keeps the title's first
words up to :data:`AUTO_LENGTH` characters. The owner can give any product a print name of their
own (at most :data:`MAX_LENGTH` characters); it is stored by the product's *cleaned* title (the
title without its promotion tags, see :func:`title_key`), so a listing that changes its tags keeps
its print name. The cleaning itself is :mod:`shopowner.vocab.product_titles` (the products list
merges listings by the same key).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from shopowner.vocab.product_titles import title_key

MAX_LENGTH = 20   # characters an owner's print name may have
AUTO_LENGTH = 16  # Chinese characters the automatic print name keeps at most (Latin counts half)


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
