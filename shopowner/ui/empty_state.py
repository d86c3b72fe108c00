"""An empty view that says what to do next: one sentence, an optional hint and the one button
that helps, laid over the view (a table, a tree, a page) while the shop has nothing to show there.

An area hooks it in with one call, ``attach_empty_state(view, "customers", window)``: the
sentence and the button for each area live in :mod:`shopowner.ui.setup.empty_hints`. What the
shop holds is read off the GUI thread (``store/shop_state.py``) when the view is first shown, and
again on a change notice that can make the area empty or not (:data:`SHOWS`), while the view
is on screen (a hidden view keeps the notice until shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopowner import tasks
from shopowner.changes import CARDS, FOLLOWUPS, ORDERS, Change
from shopowner.ui.notices import listen

TEXT_WIDTH = 520
# what can make each area empty or not: customers coming or going (``membership``), and these
SHOWS = {
    "customers": (),
    "followups": (FOLLOWUPS,),
    "review": (ORDERS,),
    "growth": (ORDERS,),
    "printed_cards": (CARDS, ORDERS),
}
RESTACK_EVENTS = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.ChildAdded)


class EmptyState(QFrame):
    """Covers ``host`` (kept to its size) while shown; hidden until :meth:`show_message`."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setObjectName("emptyState")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._action: Callable[[], object] | None = None
        self.text = QLabel(objectName="emptyStateText", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.text.setFont(font)
        self.text.setMaximumWidth(TEXT_WIDTH)
        self.hint = QLabel(objectName="emptyStateHint", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #666;")
        self.hint.setMaximumWidth(TEXT_WIDTH)
        self.button = QPushButton(objectName="emptyStateButton")
        self.button.setMinimumHeight(34)
        self.button.clicked.connect(self._clicked)
        column = QVBoxLayout(self)
        column.addStretch(2)
        for widget in (self.text, self.hint):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget, 4)
            row.addStretch(1)
            column.addLayout(row)
        column.addSpacing(10)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.button)
        button_row.addStretch(1)
        column.addLayout(button_row)
        column.addStretch(3)
        # a scroll area raises its scroll bars when it lays them out: come back on top after that
        self._restack_timer = QTimer(self, singleShot=True, interval=0)
        self._restack_timer.timeout.connect(self._restack)
        host.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, button_text: str, action: Callable[[], object],
                     hint: str = "") -> None:
        self.text.setText(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.button.setText(button_text)
        self._action = action
        self._restack()
        self.show()

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()

    def _restack(self) -> None:
        parent = self.parentWidget()
        if parent is not None:  # always: the overlay is made on the widget it covers
            self.setGeometry(parent.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in RESTACK_EVENTS:
            self.setGeometry(watched.rect())
            if self.isVisible():
                self._restack_timer.start()
        return False


class AreaEmptyState(EmptyState):
    """An :class:`EmptyState` that decides by itself, from what the shop holds, whether its
    area is empty and which step comes next."""

    def __init__(self, host: QWidget, key: str, window):
        super().__init__(host)
        self.key = key
        self.window_ = window
        self.checks = 0  # answers shown (tests wait on it)
        self._reads = tasks.Latest(self, data_dir=window.data_dir, db=window.db)
        self.listener = listen(host, window, self.refresh, concerns=self._concerns, first=True)

    def _concerns(self, change: Change) -> bool:
        return change.membership or change.touches(*SHOWS[self.key])

    @property
    def checking(self) -> bool:
        return self._reads.busy or self.listener.stale is not None

    def refresh(self, *_changes) -> None:
        """Read what the shop holds (off the GUI thread), then show or hide the message."""
        from shopowner.store.shop_state import shop_state

        self._reads.request(shop_state, on_result=self._answer)

    def _answer(self, state) -> None:
        from shopowner.ui.setup.empty_hints import hint_for

        self.checks += 1
        hint = hint_for(self.key, state, self.window_)
        if hint is None:
            self.hide()
        else:
            self.show_message(hint.text, hint.button, hint.action, hint.hint)


def attach_empty_state(host: QWidget, key: str, window) -> AreaEmptyState:
    """Lay the next-step message for area ``key`` over ``host`` while the area has nothing to show.
    Keys: ``customers``, ``followups``, ``review``, ``growth``, ``printed_cards``."""
    return AreaEmptyState(host, key, window)
