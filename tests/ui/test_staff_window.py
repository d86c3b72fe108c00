"""Staff in the window: the sign-in dialog at start (pre-selecting who signed in here last; a PIN
only for who has one), the signed-in name in the status bar, 文件 → 切换员工 and 员工…, and what a
staff member may not do disabled with the reason as its tooltip. A book without staff: no sign-in,
nothing disabled."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from shopowner import actor
from shopowner.staff.people import add_person, people, sign_in
from shopowner.staff.permissions import session_facts
from shopowner.ui.staff import sign_in_at_start
from shopowner.ui.staff.sign_in_dialog import SignInDialog
from tests.helpers import ScriptedDialogs
from shopowner.window_start import start_facts


@pytest.fixture
def staffed(db):
    """老板 (founder), 小王 (staff with PIN 2468, may see phones), 小李 (staff, nothing extra)."""
    from shopowner.demo import start_shop
    from shopowner.store.customers import add_customer, add_identity

    start_shop(db, "测试小店", "测试创始人")
    add_person(db, "老板")
    sign_in(db, "老板")
    add_person(db, "小王", allow=["phones"], pin="2468")
    add_person(db, "小李")
    customer = add_customer(db, name="张三")
    add_identity(db, customer, "phone", "13812345678")
    actor.sign_out()
    return db


def _window(qtbot, db, data_dir, dialogs):
    from shopowner.ui.main_window import MainWindow

    window = MainWindow(db, data_dir, dialogs, facts=start_facts(db))
    qtbot.addWidget(window)
    window.show()
    return window


def _at_start(db, data_dir, dialogs) -> bool:
    return sign_in_at_start(data_dir, session_facts(db), dialogs)


def test_the_sign_in_dialog_asks_a_pin_only_of_who_has_one(qtbot, staffed, data_dir):
    dialog = SignInDialog(None, data_dir, people(staffed, active_only=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.who.itemData(i) for i in range(dialog.who.count())] == ["老板", "小李", "小王"]
    assert dialog.chosen() == "老板" and not dialog.pin.isVisible()
    dialog.choose("小王")
    assert dialog.pin.isVisible()
    dialog.pin.setText("1111")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.tried):  # the PIN is checked on a worker
        qtbot.mouseClick(ok, qtbot_left())
    assert dialog.isVisible() and dialog.error.isVisible() and "not right" in dialog.error.text()
    assert actor.current() is None
    dialog.pin.setText("2468")
    with qtbot.waitSignal(dialog.tried):
        qtbot.mouseClick(ok, qtbot_left())
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert actor.current().name == "小王"
    # the next start on this PC chooses 小王 already
    again = SignInDialog(None, data_dir, people(staffed, active_only=True))
    qtbot.addWidget(again)
    assert again.chosen() == "小王"


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_book_without_staff_starts_without_signing_in_and_allows_everything(qtbot, db, data_dir):
    from shopowner.demo import start_shop

    start_shop(db, "测试小店", "测试创始人")
    dialogs = ScriptedDialogs()
    assert _at_start(db, data_dir, dialogs) and dialogs.sign_in_dialogs == []
    window = _window(qtbot, db, data_dir, dialogs)
    assert not window.signed_in_label.isVisible() and not window.switch_person_action.isVisible()
    assert window.staff_action.isEnabled() and window.export_all_action.isEnabled()
    area = window.show_area("customers")
    assert area.full_phones.isEnabled()
    # 文件 → 员工…: the first person added is the founder, signed in at once
    def add_founder(dialog):
        qtbot.waitUntil(lambda: not dialog.busy)  # the list is read on a worker
        dialog.name.setText("阿芳")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.changed and not dialog.busy)
        return True

    dialogs.dialog_results.append(add_founder)
    assert window.staff_action.trigger() is None and actor.current().name == "阿芳"
    qtbot.waitUntil(lambda: window.signed_in_label.isVisible())  # the session is read again on a worker
    assert "阿芳" in window.signed_in_label.text()
    assert window.switch_person_action.isVisible()


def test_a_staff_member_finds_what_they_may_not_do_disabled_saying_why(qtbot, staffed, data_dir):
    dialogs = ScriptedDialogs()
    dialogs.sign_in_answers = [("小李", "")]
    assert _at_start(staffed, data_dir, dialogs)
    assert dialogs.messages[0][2] == "老板"  # nobody signed in here before: the first on the list
    window = _window(qtbot, staffed, data_dir, dialogs)
    assert window.signed_in_label.text() == "Signed in: 小李 (Staff member)"
    assert not window.export_all_action.isEnabled()
    assert "小李 may not export the book" in window.export_all_action.toolTip()
    assert not window.staff_action.isEnabled()
    area = window.show_area("customers")
    assert not area.full_phones.isEnabled() and "full phone numbers" in area.full_phones.toolTip()
    exports = _export_actions(area)
    assert exports and not any(a.isEnabled() for a in exports)
    customer = staffed.execute("SELECT id FROM customers WHERE name = '张三'").fetchone()[0]
    qtbot.waitUntil(lambda: area.select_customer(customer))
    area.open_detail()
    qtbot.waitUntil(lambda: area.detail.data is not None and area.detail.edit_button.isEnabled())
    assert not area.detail.delete_button.isEnabled() and not area.detail.erase_button.isEnabled()
    assert "小李 may not erase" in area.detail.erase_button.toolTip()

    # 文件 → 切换员工: 小王 (PIN) — a wrong PIN is said in the dialog, then the right one
    dialogs.sign_in_answers = [("小王", "0000"), ("小王", "2468")]
    assert window.switch_person_action.trigger() is None and actor.current().name == "小王"
    assert [m for m in dialogs.messages if m[0] == "sign_in_refused"] == [
        ("sign_in_refused", "Who is working?", "The PIN for 小王 is not right.")]
    assert dialogs.sign_in_dialogs[-1].chosen() == "小王"
    qtbot.waitUntil(area.full_phones.isEnabled)  # what 小王 may do, read on a worker
    assert not window.export_all_action.isEnabled()
    qtbot.waitUntil(lambda: area.detail.data is not None and area.detail.edit_button.isEnabled())
    assert not area.detail.delete_button.isEnabled()  # 小王 may see phones, not erase
    # the founder may do everything; cancelling a switch keeps who was signed in
    dialogs.sign_in_answers = [("老板", "")]
    window.switch_person_action.trigger()
    qtbot.waitUntil(window.export_all_action.isEnabled)
    assert all(a.isEnabled() for a in _export_actions(area))
    qtbot.waitUntil(lambda: area.detail.delete_button.isEnabled() and area.detail.erase_button.isEnabled())
    assert window.staff_action.isEnabled() and window.signed_in_label.text() == "Signed in: 老板 (Founder)"
    dialogs.sign_in_answers = [None]
    window.switch_person_action.trigger()
    assert actor.current().name == "老板"


def _export_actions(area):
    from PySide6.QtWidgets import QPushButton

    bulk = area.findChild(QPushButton, "bulkActions")
    return [a for a in bulk.menu().actions() if a.text().startswith("Export")]


def test_cancelling_the_sign_in_at_start_opens_no_window(staffed, data_dir):
    dialogs = ScriptedDialogs()
    assert not _at_start(staffed, data_dir, dialogs)
    assert actor.current() is None and len(dialogs.sign_in_dialogs) == 1


def test_a_staff_member_cannot_open_the_staff_list(qtbot, staffed, data_dir):
    from shopowner.ui.staff import open_staff

    dialogs = ScriptedDialogs()
    dialogs.sign_in_answers = [("小李", "")]
    _at_start(staffed, data_dir, dialogs)
    window = _window(qtbot, staffed, data_dir, dialogs)
    assert open_staff(window) is False
    assert dialogs.messages[-1][0] == "warning" and "Only the founder" in dialogs.messages[-1][2]


def test_the_founder_adds_and_allows_someone_in_the_staff_dialog(qtbot, staffed, data_dir):
    from shopowner.ui.staff.staff_dialog import StaffDialog

    sign_in(staffed, "老板")
    dialog = StaffDialog(None, data_dir)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.people))  # read on a worker
    assert not dialog.save_button.isEnabled() or dialog.people
    dialog.start_new()
    dialog.name.setText("小赵")
    dialog.allow["export"].setChecked(True)
    dialog.save()
    assert dialog.busy and not dialog.save_button.isEnabled()  # saving on a worker: no second click
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.current()) and dialog.current()["name"] == "小赵")
    assert dialog.changed
    dialog.name.setText("小王")  # a name already used: said in the dialog, nothing written
    dialog.save()
    qtbot.waitUntil(lambda: "already on the staff list" in dialog.error.text())
    assert {p["name"]: p["allowed"] for p in people(staffed)}["小赵"] == ["export"]
    dialog.list.setCurrentRow([p["name"] for p in dialog.people].index("小赵"))
    dialog.remove()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.current()["active"] == 0)
    assert not {p["name"]: p["active"] for p in people(staffed)}["小赵"]


def test_the_window_says_it_in_chinese(qtbot, staffed, data_dir, zh_translators):
    dialogs = ScriptedDialogs()
    dialogs.sign_in_answers = [("小李", "")]
    assert _at_start(staffed, data_dir, dialogs)
    assert dialogs.messages[0][1] == "谁在用这台电脑？"
    window = _window(qtbot, staffed, data_dir, dialogs)
    assert window.signed_in_label.text() == "当前登录：小李（员工）"
    assert window.switch_person_action.text() == "切换员工(&W)…"
    assert "小李 没有导出客户资料的权限" in window.export_all_action.toolTip()


def test_staff_named_at_start_is_signed_in_or_chosen_when_they_have_a_pin(staffed, data_dir):
    """``python main.py --staff 小李`` (or $SHOPOWNER_STAFF): no PIN, so no question; 小王 has one,
    so the dialog opens with 小王 chosen."""
    dialogs = ScriptedDialogs()
    assert sign_in_at_start(data_dir, session_facts(staffed), dialogs, preselect="小李")
    assert actor.current().name == "小李" and dialogs.sign_in_dialogs == []
    actor.sign_out()
    dialogs.sign_in_answers = [("小王", "2468")]
    assert sign_in_at_start(data_dir, session_facts(staffed), dialogs, preselect="小王")
    assert dialogs.messages[0] == ("sign_in", "Who is working?", "小王") and actor.current().name == "小王"
