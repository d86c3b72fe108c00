"""Listening to the window's change notices (:mod:`shopowner.changes`) for one view.

Every view that shows records listens the same way: a notice about what it does not show is
ignored; one it shows is applied at once while the view is on screen, and kept (merged with the
others) while it is hidden, to be applied once when it is shown again. Applying means starting a
read off the GUI thread (``shopowner.tasks``); nothing is read here.

    listen(self, window, self.refresh_from, ORDERS, CARDS)            # topics it shows
    listen(self, window, self.refresh_from, concerns=self._concerns)  # or a finer test
    listen(self, window, self.refresh_from, ORDERS, first=True)       # and load when first shown

``apply`` receives the (merged) :class:`~shopowner.changes.Change`; with ``first=True`` the view
also loads the first time it is shown (``Change.everything(source="first")``), so a tab never
looked at reads nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from shopowner.changes import Change


class NoticeListener(QObject):
    """Applies ``window.changed`` notices to ``view`` when it shows them (see the module)."""

    def __init__(self, view: QWidget, window, apply: Callable[[Change], object],
                 topics: tuple[str, ...] = (), concerns: Callable[[Change], bool] | None = None,
                 first: bool = False):
        super().__init__(view)
        self.view = view
        self.apply = apply
        self.topics = tuple(topics)
        self.concerns = concerns or (lambda change: change.touches(*self.topics))
        self.stale: Change | None = None
        self.applied = 0  # notices applied (tests read it)
        view.installEventFilter(self)
        window.changed.connect(self.heard)  # a QObject's slot: disconnected when the view goes
        if first:
            self.stale = Change.everything(source="first")
            if view.isVisible():
                self.apply_now()

    def apply_now(self) -> None:
        """Apply what was kept while hidden (nothing when nothing was)."""
        if self.stale is not None:
            change, self.stale = self.stale, None
            self._apply(change)

    def heard(self, change: Change) -> None:
        if not self.concerns(change):
            return
        if self.view.isVisible():
            self._apply(change)
        else:
            self.stale = self.stale.merge(change) if self.stale is not None else change

    def _apply(self, change: Change) -> None:
        self.applied += 1
        self.apply(change)

    def eventFilter(self, watched, event) -> bool:
        # (getattr: Qt may call the filter while the view is being torn down)
        if event.type() == QEvent.Type.Show and watched is getattr(self, "view", None):
            self.apply_now()
        return False


def listen(view: QWidget, window, apply: Callable[[Change], object], *topics: str,
           concerns: Callable[[Change], bool] | None = None, first: bool = False) -> NoticeListener:
    """Apply the notices about ``topics`` (or those ``concerns`` accepts) to ``view``: now when
    it is on screen, else once when it is shown again (``first``: also when first shown)."""
    return NoticeListener(view, window, apply, topics, concerns, first)
