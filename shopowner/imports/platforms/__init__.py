"""One module per platform; :func:`detect` picks the layout whose columns' meaning a file has."""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.imports.platforms.base import Platform
from shopowner.imports.platforms.douyin import DOUYIN
from shopowner.imports.platforms.jd import JD
from shopowner.imports.platforms.kuaishou import KUAISHOU
from shopowner.imports.platforms.meaning import key_positions
from shopowner.imports.platforms.pdd import PDD
from shopowner.imports.platforms.taobao import DETAIL_LIST, ORDER_LIST, QIANNIU
from shopowner.imports.platforms.wechat_shop import WECHAT_SHOP
from shopowner.imports.platforms.youzan import YOUZAN, YOUZAN_ITEMS
from shopowner.vocab.platforms import platform_name

LAYOUTS: tuple[Platform, ...] = (ORDER_LIST, QIANNIU, DETAIL_LIST, JD, PDD, DOUYIN, KUAISHOU,
                                 YOUZAN, YOUZAN_ITEMS, WECHAT_SHOP)


def detect(headers: list[str]) -> Platform | None:
    """The layout whose signature fields the file has, or None. When several match, the most
    specific one: the most signature fields, then the most of the file's columns read, then the
    first in :data:`LAYOUTS` (so the answer never depends on chance)."""
    return next(iter(candidates(headers)), None)


def candidates(headers: list[str]) -> list[Platform]:
    """Every layout the file matches, the most specific first."""
    positions = key_positions(headers)
    found = [(p.specificity(positions), -n, p) for n, p in enumerate(LAYOUTS)
             if p.matches(positions)]
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [p for _score, _n, p in found]


def layout_of_kind(kind: str) -> Platform:
    """The layout called ``kind`` (``taobao_orderlist``…)."""
    return next(p for p in LAYOUTS if p.kind == kind)


def platform_label(key: str) -> str:
    """The platform's name for the owner (kinds and keys both accepted)."""
    return {
        "taobao": translate("Imports", "Taobao/Tmall"),
        "taobao_orderlist": translate("Imports", "Taobao/Tmall (order list)"),
        "taobao_detail": translate("Imports", "Taobao/Tmall (order details)"),
        "taobao_qianniu": translate("Imports", "Taobao/Tmall (Qianniu)"),
        "douyin": translate("Imports", "Douyin shop"),
        "kuaishou": translate("Imports", "Kuaishou shop"),
        "youzan_items": translate("Imports", "Youzan (one row per item)"),
        "generic": translate("Imports", "Own customer list"),
        "generic_orders": translate("Imports", "Other platform"),
    }.get(key) or platform_name(key)
