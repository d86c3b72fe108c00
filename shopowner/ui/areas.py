"""The app's areas, in navigation order.

Each entry is (key, factory); a factory takes the :class:`MainWindow` and returns the
area's widget. Areas are built on first visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from shopowner.ui.followups import build_followups_area
from shopowner.ui.review import build_review_area


@dataclass(frozen=True)
class Area:
    key: str
    factory: Callable[[QWidget], QWidget]


def area_title(key: str) -> str:
    """The area's name in the current language (written out so pyside6-lupdate sees each one)."""
    return {
        "customers": QCoreApplication.translate("Areas", "Customer book"),
        "cards": QCoreApplication.translate("Areas", "Letters and insert cards"),
        "followups": QCoreApplication.translate("Areas", "Follow-ups and feedback"),
        "review": QCoreApplication.translate("Areas", "Daily review"),
        "products": QCoreApplication.translate("Areas", "Products"),
        "moments": QCoreApplication.translate("Areas", "Moments"),
        "growth": QCoreApplication.translate("Areas", "Growth figures"),
    }[key]


def _customers(window: QWidget) -> QWidget:
    from shopowner.ui.customers import build

    return build(window)


def _cards(window: QWidget) -> QWidget:
    from shopowner.ui.cards.area import build

    return build(window)


def _products(window: QWidget) -> QWidget:
    from shopowner.ui.products import build

    return build(window)


def _moments(window: QWidget) -> QWidget:
    from shopowner.ui.moments import build

    return build(window)


def _growth(window: QWidget) -> QWidget:
    from shopowner.ui.growth.area import GrowthArea

    return GrowthArea(window)


# Navigation order; each factory imports its area only when it is first shown.
AREAS: list[Area] = [
    Area("customers", _customers),
    Area("cards", _cards),
    Area("followups", build_followups_area),
    Area("review", build_review_area),
    Area("products", _products),  # stage 2: what sells, what is sold only over WeChat
    Area("moments", _moments),  # 朋友圈: posts planned per day and account, friend counts
    Area("growth", _growth),
]


def build_area(area: Area, window: QWidget) -> QWidget:
    return area.factory(window)
