"""The app's areas, in navigation order. An area not built yet shows a plain notice.

Each entry is (key, factory); a factory takes the :class:`MainWindow` and returns the
area's widget. Areas are built on first visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Area:
    key: str
    factory: Callable[[QWidget], QWidget] | None = None


class NotBuiltYet(QWidget):
    """What an area shows until it exists: says so plainly, shows no fake data."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("areaHeading")
        heading.setAlignment(Qt.AlignCenter)
        note = QLabel(self.tr("This area is not built yet. It will arrive in a later version; "
                              "nothing here is stored or lost in the meantime."))
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(2)


def area_title(key: str) -> str:
    """The area's name in the current language (written out so pyside6-lupdate sees each one)."""
    return {
        "customers": QCoreApplication.translate("Areas", "Customer book"),
        "cards": QCoreApplication.translate("Areas", "Letters & insert cards"),
        "followups": QCoreApplication.translate("Areas", "Follow-ups & feedback"),
        "review": QCoreApplication.translate("Areas", "Daily review"),
        "growth": QCoreApplication.translate("Areas", "Growth figures"),
    }[key]


# Navigation order. Replace ``None`` with the area's factory when the area is built.
AREAS: list[Area] = [
    Area("customers"),
    Area("cards"),
    Area("followups", lambda w: __import__("shopowner.ui.followups", fromlist=["_"]).build_followups_area(w)),
    Area("review", lambda w: __import__("shopowner.ui.review", fromlist=["_"]).build_review_area(w)),
    Area("growth"),
]


def build_area(area: Area, window: QWidget) -> QWidget:
    if area.factory is None:
        return NotBuiltYet(area_title(area.key))
    return area.factory(window)
