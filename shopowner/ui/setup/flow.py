"""The short set-up after 开始我的店铺: the founder's WeChat QR, the card layout and printer, then
the first import. Every step can be skipped (Skip keeps what is there, Next keeps the new choice),
Back returns to the step before; the first step's Back returns to the shop and founder names.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from shopowner.ui.setup.cards_choice import CardsChoice
from shopowner.ui.setup.qr_picker import QrPicker


def _heading(text: str) -> QLabel:
    label = QLabel(text, objectName="stepHeading", wordWrap=True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def _explain(text: str) -> QLabel:
    label = QLabel(text, objectName="stepText", wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class QrStep(QWidget):
    def __init__(self, window):
        super().__init__()
        self.picker = QrPicker(window)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Your WeChat on every card")))
        layout.addWidget(_explain(self.tr(
            "Each card carries your own WeChat QR code, so a buyer who likes the letter can add "
            "you. Choose the picture of it that WeChat saves for you.")))
        layout.addSpacing(8)
        layout.addWidget(self.picker)
        layout.addStretch(1)

    def ready(self) -> bool:
        return not self.picker.busy()

    def apply(self) -> None:
        self.picker.apply()


class CardsStep(QWidget):
    def __init__(self, window):
        super().__init__()
        self.choice = CardsChoice(window)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Your printer and card size")))
        layout.addWidget(_explain(self.tr(
            "Cards print on the printer you already have. You can change both later in the cards "
            "area or under File → Settings.")))
        layout.addSpacing(8)
        layout.addWidget(self.choice)
        layout.addStretch(1)

    def ready(self) -> bool:
        return True

    def apply(self) -> None:
        self.choice.apply()


class ImportStep(QWidget):
    import_requested = Signal()

    def __init__(self, window):
        super().__init__()
        self.import_button = QPushButton(self.tr("Import orders…  (Ctrl+I)"), objectName="setupImport")
        self.import_button.setMinimumHeight(40)
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Import your first orders")))
        layout.addWidget(_explain(self.tr(
            "In your seller center (Taobao/Qianniu, JD, Pinduoduo, Douyin, Kuaishou, Youzan, WeChat "
            "shop) export the orders as CSV or Excel, then import the file here. Every buyer becomes "
            "a customer in your book, and the parcels going out are ready for their cards.")))
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        hint = _explain(self.tr("Or drag the exported files onto this window. Press F1 at any time "
                                "for the guide."))
        hint.setObjectName("dropHint")
        hint.setStyleSheet("color: #666;")
        layout.addWidget(hint)
        layout.addStretch(1)

    def ready(self) -> bool:
        return True

    def apply(self) -> None:
        pass


class SetupFlow(QWidget):
    """Steps after the names. ``finished(import_now)``; ``back_to_names`` from the first step."""

    finished = Signal(bool)
    back_to_names = Signal()

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("setupFlow")
        self.qr_step = QrStep(window)
        self.cards_step = CardsStep(window)
        self.import_step = ImportStep(window)
        self.import_step.import_requested.connect(lambda: self.finished.emit(True))
        self.steps = [self.qr_step, self.cards_step, self.import_step]
        self.step_names = [self.tr("Shop"), self.tr("WeChat QR"), self.tr("Printer and cards"),
                           self.tr("First import")]
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)
        self.progress = QLabel(objectName="setupProgress", wordWrap=True)
        self.back_button = QPushButton(self.tr("Back"), objectName="setupBack")
        self.skip_button = QPushButton(self.tr("Skip"), objectName="setupSkip")
        self.next_button = QPushButton(self.tr("Next"), objectName="setupNext")
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(lambda: self.advance(keep=False))
        self.next_button.clicked.connect(lambda: self.advance(keep=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addSpacing(6)
        layout.addWidget(self.stack)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._update()

    def current(self) -> int:
        return self.stack.currentIndex()

    def current_step(self) -> QWidget:
        return self.steps[self.current()]

    def on_import_step(self) -> bool:
        return self.current_step() is self.import_step

    def advance(self, keep: bool) -> None:
        step = self.current_step()
        if keep:
            if not step.ready():
                return
            step.apply()
        if self.current() == len(self.steps) - 1:
            self.finished.emit(False)
            return
        self.stack.setCurrentIndex(self.current() + 1)
        self._update()

    def back(self) -> None:
        if self.current() == 0:
            self.back_to_names.emit()
            return
        self.stack.setCurrentIndex(self.current() - 1)
        self._update()

    def _update(self) -> None:
        index = self.current() + 1  # the names were step 1
        parts = []
        for n, name in enumerate(self.step_names):
            text = f"{n + 1}. {name}"
            parts.append(f"<b>{text}</b>" if n == index else
                         f"<span style='color:#888'>{text}</span>")
        self.progress.setText("  →  ".join(parts))
        last = self.current() == len(self.steps) - 1
        self.skip_button.setVisible(not last)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
