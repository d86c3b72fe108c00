"""Staff in the window (team mode's "who did what"): the sign-in at start when the book has staff,
文件 → 切换员工 and 文件 → 员工…, the signed-in name in the status bar, and the session that
disables what the person may not do (:mod:`.session`). A book without staff shows none of it
but 文件 → 员工… (to add the first person, the founder)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from shopowner import actor
from shopowner.changes import Change
from shopowner.i18n import translate
from shopowner.staff.permissions import EXPORT, SessionFacts
from shopowner.ui.staff.session import StaffSession, follow


def sign_in_at_start(data_dir, facts: SessionFacts, dialogs, parent=None, preselect: str = "") -> bool:
    """Before the window: who is working, when the book has staff (``facts``, read on a worker
    as the shop opened). ``preselect`` (``--staff NAME``): someone on the list without a PIN is
    signed in without asking; else the dialog opens with them chosen. False: nobody signed in
    (the dialog was cancelled) and the window should not open."""
    if not facts.people:
        return True
    named = next((p for p in facts.people if p["name"] == preselect), None)
    if named is not None and not named["has_pin"]:
        actor.sign_in(actor.Person(named["id"], named["name"], named["role"]))
        return True
    return dialogs.sign_in(parent, data_dir, facts.people, preselect) is not None


def add_staff_menu(window, facts: SessionFacts) -> None:
    """文件 → 切换员工 and 员工…, the status bar's name, and ``window.staff_session`` (``facts``:
    read as the shop opened)."""
    window.staff_session = session = StaffSession(window)
    window.file_menu.setToolTipsVisible(True)  # a disabled entry says why
    window.switch_person_action = QAction(translate("StaffMenu", "S&witch person…"), window, objectName="switchPerson")
    window.switch_person_action.triggered.connect(lambda: switch_person(window))
    window.file_menu.addAction(window.switch_person_action)
    window.staff_action = QAction(translate("StaffMenu", "S&taff…"), window, objectName="staffAction")
    window.staff_action.triggered.connect(lambda: open_staff(window))
    window.file_menu.addAction(window.staff_action)
    window.signed_in_label = QLabel(objectName="signedInLabel")
    window.statusBar().addPermanentWidget(window.signed_in_label)
    session.changed.connect(lambda: _show_session(window))
    follow(window.export_all_action, window, EXPORT)
    session.show(facts)


def _show_session(window) -> None:
    from shopowner.vocab.staff import role_label

    session = window.staff_session
    person = session.person
    window.switch_person_action.setVisible(session.has_staff)
    manager = session.manager
    window.staff_action.setEnabled(manager)
    only = translate("StaffMenu", "Only the founder manages the staff list.")
    window.staff_action.setToolTip("" if manager else only)
    window.signed_in_label.setVisible(person is not None)
    if person is not None:
        window.signed_in_label.setText(translate("StaffMenu", "Signed in: {name} ({role})").format(
            name=person.name, role=role_label(person.role)))


def switch_person(window):
    """文件 → 切换员工: someone else works at this PC now (the person before stays signed in when
    the dialog is cancelled)."""
    before = actor.current()
    person = window.dialogs.sign_in(window, window.data_dir, window.staff_session.people)
    if person is None:
        if before is not None:
            actor.sign_in(before)
        return None
    _reread(window)
    return person


def _reread(window) -> None:
    """Someone else signed in, or the staff list changed: the session is read again, then every
    list and pane redraws with what the person may see."""
    session = window.staff_session
    session.changed.connect(lambda: window.announce(Change.everything(source="staff")),
                            Qt.ConnectionType.SingleShotConnection)
    session.refresh()


def open_staff(window) -> bool:
    """文件 → 员工…: the founder's staff list (anyone's while the book has no staff)."""
    from shopowner.ui.staff.staff_dialog import StaffDialog

    if not window.staff_session.manager:
        window.dialogs.warning(window, translate("StaffMenu", "Staff"), translate(
            "StaffMenu", "Only the founder manages the staff list. Sign in as the founder (File → Switch person)."))
        return False
    dialog = StaffDialog(window, window.data_dir)
    window.dialogs.exec_dialog(dialog)
    if dialog.changed:
        _reread(window)
    return dialog.changed
