"""The bar under the preview when letters do not fit their cards: it names the parcels and offers
the two fixes (edit the letter, or print these parcels with another letter)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class OverflowBar(QFrame):
    edit_letter = Signal(int)          # the letter to open in the editor
    use_letter = Signal(list, int)     # order ids, the letter to print them with

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("overflowBar")
        self.setStyleSheet("QFrame#overflowBar { background: #fdecea; border: 1px solid #e6a39a; "
                           "border-radius: 3px; }")
        self.text = QLabel()
        self.text.setObjectName("overflowText")
        self.text.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Shorten the letter"))
        self.edit_button.setObjectName("overflowEdit")
        self.edit_button.clicked.connect(lambda: self.edit_letter.emit(self._letter_id))
        self.letters = QComboBox()
        self.letters.setObjectName("overflowLetters")
        self.use_button = QPushButton(self.tr("Print these with this letter"))
        self.use_button.setObjectName("overflowUse")
        self.use_button.clicked.connect(self._use)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("or")))
        row.addWidget(self.letters, 1)
        row.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self._letter_id: int = 0
        self._orders: list[int] = []
        self.setVisible(False)

    def show_cards(self, cards: list, layout_name: str, letters: list[dict]) -> None:
        """``cards``: the planned cards that do not fit; ``letters``: every letter of the shop."""
        if not cards:
            self.setVisible(False)
            return
        self._orders = [c.order_id for c in cards]
        self._letter_id = cards[0].letter_id or 0
        names = "\n".join("· " + c.who() for c in cards[:6])
        more = len(cards) - 6
        self.text.setText(self.tr(
            "The letter is too long for the card on {layout} for %n parcel(s); nothing prints until "
            "this is fixed:", "", len(cards)).format(layout=layout_name) + "\n" + names
            + ("\n" + self.tr("… and %n more", "", more) if more > 0 else ""))
        used = {c.letter_id for c in cards}
        self.letters.clear()
        for letter in letters:
            if letter["id"] not in used:
                self.letters.addItem(letter["name"], letter["id"])
        self.letters.setEnabled(self.letters.count() > 0)
        self.use_button.setEnabled(self.letters.count() > 0)
        self.edit_button.setText(self.tr("Shorten “{name}”").format(name=cards[0].letter_name))
        self.setVisible(True)

    def _use(self) -> None:
        if self.letters.currentData() is not None:
            self.use_letter.emit(list(self._orders), int(self.letters.currentData()))
