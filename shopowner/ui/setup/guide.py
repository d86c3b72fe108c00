"""帮助 → 使用指南 (F1): the daily loop in five steps, each with its shortcut and a button that goes
there, and the keyboard shortcuts. A window beside the main one (not modal): the owner can follow
it while working.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout,
)

from shopowner.ui.areas import AREAS


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    keys: str
    button: str
    go: Callable[[], object]


ARROWS = {"Left": "←", "Right": "→"}


def keys_text(sequence: str) -> str:
    """A shortcut as this system writes it (Ctrl+I; ⌘I on a Mac); arrow keys as arrows."""
    for name, arrow in ARROWS.items():
        if sequence.endswith("+" + name):
            return keys_text(sequence[:-len(name)] + "A")[:-1] + arrow
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def area_keys(key: str) -> str:
    return keys_text(f"Ctrl+{[a.key for a in AREAS].index(key) + 1}")


class GuideDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("ShopOwner guide"))
        intro = QLabel(self.tr("Every day the same loop turns buyers into your own customers:"),
                       wordWrap=True)
        steps = QGridLayout()
        steps.setHorizontalSpacing(12)
        steps.setVerticalSpacing(10)
        steps.setColumnStretch(1, 1)
        self.step_buttons: list[QPushButton] = []
        for row, step in enumerate(self.steps()):
            number = QLabel(str(row + 1), alignment=Qt.AlignmentFlag.AlignCenter)
            number.setFixedSize(28, 28)
            number.setStyleSheet("background: #a06a2c; color: white; border-radius: 14px; "
                                 "font-weight: bold;")
            text = QLabel(f"<b>{step.title}</b>  <span style='color:#666'>{step.keys}</span>"
                          f"<br>{step.text}", wordWrap=True)
            text.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(step.button)
            button.clicked.connect(step.go)
            self.step_buttons.append(button)
            steps.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(text, row, 1)
            steps.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        line = QFrame(frameShape=QFrame.Shape.HLine)
        heading = QLabel(self.tr("Keyboard shortcuts"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        keys = QGridLayout()
        keys.setHorizontalSpacing(14)
        for n, (sequences, what) in enumerate(self.shortcuts()):
            row, column = n % 8, (n // 8) * 2
            key_label = QLabel(" / ".join(keys_text(k) for k in sequences))
            key_label.setStyleSheet("color: #a06a2c; font-weight: bold;")
            keys.addWidget(key_label, row, column)
            keys.addWidget(QLabel(what), row, column + 1)
        keys.setColumnStretch(1, 1)
        keys.setColumnStretch(3, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(steps)
        layout.addWidget(line)
        layout.addWidget(heading)
        layout.addLayout(keys)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())

    def steps(self) -> list[Step]:
        w = self.window_
        return [
            Step(self.tr("Import orders"),
                 self.tr("Export the orders from your seller center as CSV or Excel and import them, "
                         "or drag the files onto the window. Every buyer lands in the customer book."),
                 keys_text("Ctrl+I"), self.tr("Import…"), lambda: w.import_orders()),
            Step(self.tr("Write the letter"),
                 self.tr("Write your thank-you letter once; the buyer's name, the product and the date "
                         "are filled in on each card."),
                 area_keys("cards"), self.tr("Open"), lambda: w.show_area("cards")),
            Step(self.tr("Print the cards"),
                 self.tr("Print one card for every parcel going out, each with your WeChat QR and its "
                         "own card code, on A4 sheets or a thermal printer."),
                 self.tr("{keys} in the cards area").format(keys=keys_text("Ctrl+P")),
                 self.tr("Open"), lambda: w.show_area("cards")),
            Step(self.tr("Redeem codes when buyers add you"),
                 self.tr("When a buyer adds your WeChat and sends the code, paste the friend request: "
                         "the customer is marked as added, with the card that brought them."),
                 keys_text("Ctrl+K"), self.tr("Redeem…"), self._redeem),
            Step(self.tr("Read the daily review"),
                 self.tr("Each morning: new feedback and complaints, follow-ups due, new WeChat adds "
                         "and how many of yesterday's cards came back."),
                 area_keys("review"), self.tr("Open"), lambda: w.show_area("review")),
        ]

    def shortcuts(self) -> list[tuple[list[str], str]]:
        """(key sequences, what they do); a test checks that each one exists in the window."""
        from shopowner.ui.areas import area_title

        areas = [([f"Ctrl+{n}"], area_title(area.key)) for n, area in enumerate(AREAS, start=1)]
        return [
            *areas,
            (["Ctrl+I"], self.tr("Import orders")),
            (["Ctrl+Shift+I"], self.tr("Import history")),
            (["Ctrl+K"], self.tr("Redeem a card code")),
            (["Ctrl+F"], self.tr("Search the customer book")),
            (["Ctrl+N"], self.tr("New follow-up")),
            (["Ctrl+T"], self.tr("Tag the selected customers")),
            (["Ctrl+Shift+O"], self.tr("New private order (sold over WeChat)")),
            (["Ctrl+P"], self.tr("Print cards for the parcels going out")),
            (["Alt+Left", "Alt+Right"], self.tr("Daily review: day before / after")),
            (["Ctrl+,"], self.tr("Settings")),
            (["F1"], self.tr("This guide")),
        ]

    def _redeem(self) -> None:
        from shopowner.ui.followups.quick_redeem import open_quick_redeem

        open_quick_redeem(self.window_)


def show_guide(window) -> GuideDialog:
    """Open the guide, or bring the open one to the front."""
    from shopowner.ui.services import show_once

    return show_once(window, "_guide", lambda: GuideDialog(window))
