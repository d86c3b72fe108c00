"""The detail pane open on a customer while a second connection (another window, another PC)
saves them: the pane's save shows "yours" and "now in the book" and both choices work; a field
only the other side changed is kept without asking. The resolve-complaint dialog likewise."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from shopowner.store import open_database
from shopowner.store.customers import add_customer, get_customer, set_stage, update_customer


@pytest.fixture
def other(data_dir, main_window):
    book = open_database(data_dir)
    yield book
    book.close()


def settled(qtbot, area):
    qtbot.waitUntil(lambda: not area.searching and not area.model._count.busy
                    and not area.model._refresh.busy and not area.detail.loading
                    and not area.busy and not area.edits.busy, timeout=10000)


@pytest.fixture
def pane(main_window, db, qtbot):
    cid = add_customer(db, name="欧阳娜娜", notes="爱喝绿茶", custom_fields='{"尺码": "M"}')
    area = main_window.show_area("customers")
    area.refresh()
    settled(qtbot, area)
    assert area.select_customer(cid)
    area.open_detail()
    settled(qtbot, area)
    assert area.detail.customer_id == cid and area.detail.notes.toPlainText() == "爱喝绿茶"
    return area, cid


def _save(area, notes: str, qtbot=None) -> None:
    """Save the pane's notes; with ``qtbot``, wait for the save (it runs off the GUI thread)."""
    area.detail.notes.setPlainText(notes)
    area.detail.findChild(QPushButton, "saveProfile").click()
    if qtbot is not None:
        qtbot.waitUntil(lambda: not area.edits.busy, timeout=10000)


def test_take_the_books_version(pane, other, main_window, qtbot, en_translators):
    area, cid = pane
    update_customer(other, cid, notes="换了地址，记得改")  # the other window saves while the pane is open
    main_window.dialogs.version_answers.append(False)
    _save(area, "只喝明前茶", qtbot)
    (kind, title, text), = [m for m in main_window.dialogs.messages if m[0] == "choose_version"]
    assert title == "Someone else changed this customer" and "欧阳娜娜" in text
    assert main_window.dialogs.version_rows == [[("Notes", "只喝明前茶", "换了地址，记得改")]]
    assert get_customer(other, cid)["notes"] == "换了地址，记得改"  # nothing written
    qtbot.waitUntil(lambda: area.detail.notes.toPlainText() == "换了地址，记得改")  # the book's, shown
    settled(qtbot, area)
    _save(area, "只喝明前茶", qtbot)  # now made over the version shown: no question
    assert get_customer(other, cid)["notes"] == "只喝明前茶"
    assert len(main_window.dialogs.version_rows) == 1


def test_keep_mine_over_the_current_version(pane, other, main_window, qtbot):
    area, cid = pane
    update_customer(other, cid, notes="换了地址", custom_fields={"尺码": "S"})
    main_window.dialogs.version_answers.append(True)
    area.detail.field_edits["尺码"].setText("L")
    _save(area, "只喝明前茶", qtbot)
    assert len(main_window.dialogs.version_rows[0]) == 2  # the notes and 尺码 both differ
    row = get_customer(other, cid)
    assert (row["notes"], row["custom_fields"], row["version"]) == ("只喝明前茶", {"尺码": "L"}, 3)
    # a second save at once (before the pane read the customer again) is made over its own save
    _save(area, "只喝明前茶，不加糖", qtbot)
    assert get_customer(other, cid)["notes"] == "只喝明前茶，不加糖"
    assert len(main_window.dialogs.version_rows) == 1
    settled(qtbot, area)


def test_two_saves_at_once_after_a_question(pane, other, main_window, qtbot):
    """Saved twice before the first save has come back (the saves run off the GUI thread): the
    second waits for the first and is made over what it left, without a second question."""
    area, cid = pane
    update_customer(other, cid, notes="换了地址", custom_fields={"尺码": "S"})
    main_window.dialogs.version_answers.append(True)
    area.detail.field_edits["尺码"].setText("L")
    _save(area, "只喝明前茶")
    _save(area, "只喝明前茶，不加糖")  # the pane still holds the row it read before either save
    assert area.edits.saving
    settled(qtbot, area)
    assert len(main_window.dialogs.version_rows) == 1 and len(main_window.dialogs.version_rows[0]) == 2
    row = get_customer(other, cid)
    assert (row["notes"], row["custom_fields"], row["version"]) == ("只喝明前茶，不加糖", {"尺码": "L"}, 4)


def test_a_field_only_the_other_side_changed_is_kept_without_asking(pane, other, main_window, qtbot):
    area, cid = pane
    update_customer(other, cid, name="欧阳菲菲")
    _save(area, "只喝明前茶", qtbot)
    row = get_customer(other, cid)
    assert (row["name"], row["notes"]) == ("欧阳菲菲", "只喝明前茶")
    assert main_window.dialogs.version_rows == []
    qtbot.waitUntil(lambda: "欧阳菲菲" in area.detail.title.text())
    settled(qtbot, area)


def test_the_stage_chosen_in_the_pane(pane, other, main_window, qtbot, en_translators):
    area, cid = pane
    set_stage(other, [cid], "dormant")
    main_window.dialogs.version_answers.append(True)
    stage = area.detail.stage
    stage.setCurrentIndex(stage.findData("loyal"))
    stage.activated.emit(stage.currentIndex())
    qtbot.waitUntil(lambda: not area.edits.busy, timeout=10000)
    assert main_window.dialogs.version_rows == [[("Stage", "Loyal", "Dormant")]]
    assert get_customer(other, cid)["stage"] == "loyal"
    settled(qtbot, area)


def test_two_resolvers_of_one_complaint(main_window, other, db, data_dir, qtbot):
    from shopowner.followups.feedback import add_feedback, resolve_complaint
    from shopowner.store.followups import feedback_row
    from shopowner.ui.followups.feedback_dialog import ResolveDialog

    for keep, expected in ((False, "补发了一盒"), (True, "退款20元")):
        complaint = add_feedback(db, data_dir, kind="complaint", text="茶叶受潮了")
        version = feedback_row(db, complaint)["version"]
        dialog = ResolveDialog(main_window, complaint, "茶叶受潮了", version)
        qtbot.addWidget(dialog)
        resolve_complaint(other, complaint, "补发了一盒", expected_version=version)  # another PC, first
        main_window.dialogs.version_answers.append(keep)
        dialog.resolution.setPlainText("退款20元")
        with qtbot.waitSignal(dialog.finished, timeout=5000):  # saved (or left) in the background
            dialog.accept()
        assert dialog.changed_elsewhere and bool(dialog.time_taken) == keep
        assert main_window.dialogs.version_rows[-1][0][1:] == ("退款20元", "补发了一盒")
        assert feedback_row(other, complaint)["resolution"] == expected


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_version_dialog_in_both_languages(qtbot, language, request):
    from PySide6.QtWidgets import QDialog, QTableWidget

    from shopowner.customers.versions import Conflict, conflict_rows
    from shopowner.ui.version_dialog import VersionDialog

    request.getfixturevalue(f"{language}_translators")
    rows = conflict_rows([Conflict("notes", "", "只喝明前茶", "换了地址"), Conflict("custom_fields", "尺码", "L", ""),
                          Conflict("stage", "", None, "loyal")])
    words = {"zh": ("备注", "（空）", "自动（按规则）", "客户簿里现在的", "保留我的", "采用客户簿里的"),
             "en": ("Notes", "(empty)", "Automatic (by the rules)", "Now in the book", "Keep mine", "Take the book's")}
    notes, empty, automatic, header, keep, take = words[language]
    assert rows[0] == (notes, "只喝明前茶", "换了地址") and rows[1] == ("尺码", "L", empty)
    assert rows[2][1] == automatic
    for button, result in (("keepMine", QDialog.DialogCode.Accepted), ("takeTheirs", QDialog.DialogCode.Rejected)):
        dialog = VersionDialog(None, "t", "text", rows)
        qtbot.addWidget(dialog)
        table = dialog.findChild(QTableWidget, "versionFields")
        assert table.horizontalHeaderItem(2).text() == header and table.item(1, 2).text() == empty
        assert [dialog.findChild(QPushButton, n).text() for n in ("keepMine", "takeTheirs")] == [keep, take]
        dialog.show()
        dialog.findChild(QPushButton, button).click()
        assert dialog.result() == result
