"""What the person signed in may do, as the window shows it: read once per sign-in (the domain's
:func:`~shopowner.staff.permissions.session_facts`, on a worker), kept on
``window.staff_session``; a widget that leads to something they may not do is disabled with a
tooltip saying why (:func:`follow`). The domain refuses it anyway."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from shopowner import actor
from shopowner.staff.permissions import SessionFacts, refusal, session_facts
from shopowner.vocab.staff import ALLOWANCES


class StaffSession(QObject):
    changed = Signal()  # someone else signed in (or the staff list changed)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.may = dict.fromkeys(ALLOWANCES, True)
        self.person: actor.Person | None = None
        self.has_staff = False
        self.manager = True
        self.people: list[dict] = []  # who may sign in (the active staff)

    def show(self, facts: SessionFacts) -> None:
        """Take what was read (at start, or by :meth:`refresh`)."""
        self.person = actor.current()
        self.has_staff, self.may, self.manager = facts.has_staff, facts.may, facts.manager
        self.people = facts.people
        self.changed.emit()

    def refresh(self) -> None:
        """Read again, on a worker (after a sign-in, or a change to the staff list)."""
        from shopowner.ui import background

        background.read(self, session_facts, on_result=self.show)


def may(window, what: str) -> bool:
    session = getattr(window, "staff_session", None)
    return True if session is None else session.may[what]


class _Follower(QObject):
    """Keeps one widget in step with the session; a child of the widget, so it goes with it."""

    def __init__(self, widget, window, what: str):
        super().__init__(widget)
        self.widget, self.window, self.what = widget, window, what
        self.base_tip = widget.toolTip()
        self.apply()
        session = getattr(window, "staff_session", None)
        if session is not None:
            session.changed.connect(self.apply)

    def apply(self) -> None:
        ok = may(self.window, self.what)
        if not ok and self.widget.isCheckable():
            self.widget.setChecked(False)
        self.widget.setEnabled(ok)
        self.widget.setToolTip(self.base_tip if ok else refusal(self.what))


def follow(widget, window, what: str) -> None:
    """``widget`` (a button, checkbox or action) enabled only while the person signed in may
    ``what``; disabled, its tooltip says why. A checkbox is unticked when disabled."""
    _Follower(widget, window, what)
