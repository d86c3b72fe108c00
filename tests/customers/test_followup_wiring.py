"""The customer book and the follow-up log together: Ctrl+N starts a follow-up, and erasing or
deleting a customer also removes their copied attachment files."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from shopowner.followups.log import add_followup
from shopowner.paths import attachments_dir
from tests.customers.test_ui import _open, area, settled  # noqa: F401 - the area fixture


def test_ctrl_n_then_typing_and_enter_logs_a_follow_up(area, book, qtbot, main_window):  # noqa: F811
    db, c = book
    _open(area, qtbot, "欧阳娜娜", c["ouyang"])
    area.table.setFocus()

    def type_and_enter(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.summary, "ask about tea")
        qtbot.keyClick(dialog.summary, Qt.Key_Return)  # saved in the background, then closed
        qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted, timeout=5000)
        return True

    main_window.dialogs.dialog_results.append(type_and_enter)
    qtbot.keyClick(area.table, Qt.Key_N, Qt.ControlModifier)  # keystroke 1; typing 2; Enter 3
    assert db.execute("SELECT customer_id FROM followups WHERE summary = 'ask about tea'").fetchall() \
        == [(c["ouyang"],)]
    assert area.detail.followup_button.isVisible()


def test_erase_and_delete_remove_attachment_files(area, book, qtbot, main_window, data_dir,  # noqa: F811
                                                  tmp_path):
    db, c = book
    shot = tmp_path / "chat.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + "聊天截图".encode() * 20)
    for who in ("ouyang", "sima"):
        add_followup(db, data_dir, c[who], summary="聊天截图", attachments=[shot])
    assert len(list(attachments_dir(data_dir).iterdir())) == 2

    _open(area, qtbot, "欧阳娜娜", c["ouyang"])
    main_window.dialogs.dialog_results.append(True)  # the erase confirmation
    area.detail.erase_button.click()
    settled(qtbot, area)
    assert len(list(attachments_dir(data_dir).iterdir())) == 1

    _open(area, qtbot, "司马相如", c["sima"])
    main_window.dialogs.confirm_answers.append(True)
    area.detail.delete_button.click()
    settled(qtbot, area)
    assert list(attachments_dir(data_dir).iterdir()) == []
