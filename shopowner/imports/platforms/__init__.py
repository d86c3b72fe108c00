"""One module per platform; :func:`detect` picks the layout whose signature columns a file has."""

from __future__ import annotations

from shopowner.i18n import translate
from shopowner.platform_names import platform_name
from shopowner.imports.platforms.base import Platform
from shopowner.imports.platforms.douyin import DOUYIN
from shopowner.imports.platforms.jd import JD
from shopowner.imports.platforms.kuaishou import KUAISHOU
from shopowner.imports.platforms.pdd import PDD
from shopowner.imports.platforms.taobao import DETAIL_LIST, ORDER_LIST, QIANNIU
from shopowner.imports.platforms.wechat_shop import WECHAT_SHOP
from shopowner.imports.platforms.youzan import YOUZAN, YOUZAN_ITEMS

LAYOUTS: tuple[Platform, ...] = (ORDER_LIST, QIANNIU, DETAIL_LIST, JD, PDD, DOUYIN, KUAISHOU,
                                 YOUZAN, YOUZAN_ITEMS, WECHAT_SHOP)


def detect(headers: list[str]) -> Platform | None:
    """The layout whose signature columns are all present (the most specific one), or None."""
    present = set(headers)
    found = [p for p in LAYOUTS if p.matches(present)]
    return max(found, key=lambda p: len(p.signature)) if found else None


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
    }.get(key) or platform_name(key)
