"""The customer book driven with qtbot: search, filters, views, detail pane, tagging, stage,
notes, adding, duplicates merge and undo (also after reopening), export, delete and erase."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton

from shopowner.store import open_database
from shopowner.store.customer_duplicates import find_duplicates
from shopowner.store.customers import get_customer, tags_of
from shopowner.ui.main_window import MainWindow
from shopowner.window_start import start_facts
from shopowner.ui.models.customer_table_model import COLUMNS, ID_ROLE

from tests.customers.conftest import make_customer
from tests.helpers import ScriptedDialogs


@pytest.fixture
def area(book, main_window, qtbot):
    widget = main_window.show_area("customers")
    settled(qtbot, widget)
    return widget


def type_text(widget, text):
    """Key presses carrying the text (QTest.keyClicks only knows ASCII keys)."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, ch))


def search(qtbot, area, text):
    area.search.clear()
    type_text(area.search, text)
    assert area.search_timer.isActive()  # debounced: nothing runs while typing
    qtbot.waitUntil(lambda: not area.searching and area.model.search == text)
    settled(qtbot, area)


def ids(area):
    return [area.model.index(r, 0).data(ID_ROLE) for r in range(area.model.rowCount())]


def settled(qtbot, area):
    """Wait until the list, its count and the detail pane have been read (they are read off the
    GUI thread) and no background job runs."""
    qtbot.waitUntil(lambda: not area.searching and not area.model._count.busy
                    and not area.model._refresh.busy and not area.detail.loading
                    and not area.busy and not area.edits.busy and not area.filter_bar.loading,
                    timeout=10000)


def cells(table, column):
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_search_as_you_type(area, book, qtbot):
    db, c = book
    search(qtbot, area, "欧阳娜娜")
    assert ids(area) == [c["ouyang"]] and "1" in area.count_label.text()
    search(qtbot, area, "相如")
    assert c["sima"] in ids(area)
    search(qtbot, area, "2222")
    assert c["sima"] in ids(area)
    search(qtbot, area, "TB900003")
    assert ids(area) == [c["ouyang"]]
    area.search.clear()
    qtbot.waitUntil(lambda: not area.searching and area.model.total == 303)


def test_keyboard_ctrl_f_enter_and_detail(area, book, qtbot):
    db, c = book
    area.table.setFocus()
    qtbot.keyClick(area, Qt.Key_F, Qt.ControlModifier)
    assert area.search.hasFocus()
    search(qtbot, area, "欧阳娜娜")
    area.table.setFocus()
    area.table.setCurrentIndex(area.model.index(0, 0))
    qtbot.keyClick(area.table, Qt.Key_Return)
    settled(qtbot, area)
    assert area.detail.isVisible() and area.detail.customer_id == c["ouyang"]
    assert area.detail.title.text() == "欧阳娜娜（娜娜爱喝茶）"
    # the phone is masked like the list's until "show full phones" is ticked
    assert "139****4321" in area.detail.identities.text()
    assert "13987654321" not in area.detail.identities.text()
    area.full_phones.setChecked(True)
    assert "13987654321" in area.detail.identities.text()
    area.full_phones.setChecked(False)
    assert area.detail.orders_model.rowCount() == 3
    assert cells(area.detail.orders, 4)[0] == "明前龙井 250g ×1"  # the item line
    assert set(cells(area.detail.timeline, 1)) == {"Order"}


def test_filters_and_saved_view(area, book, qtbot, main_window):
    db, c = book
    bar = area.filter_bar
    bar.stage.setCurrentIndex(bar.stage.findData("dormant"))
    dormant = {r[0] for r in db.execute("SELECT id FROM customers WHERE stage = 'dormant'")}
    settled(qtbot, area)
    assert area.model.total == len(dormant)
    bar.complaint.setChecked(True)
    settled(qtbot, area)
    assert area.model.total <= len(dormant)
    bar.complaint.setChecked(False)
    bar.spend_min.setText("abc")
    bar.spend_min.editingFinished.emit()
    assert "not an amount" in main_window.statusBar().currentMessage()
    bar.spend_min.setText("")
    assert not bar.days.isEnabled()  # no last-order filter: its days count for nothing
    bar.recency.setCurrentIndex(bar.recency.findData("over_days"))
    assert bar.days.isEnabled()
    bar.days.setValue(365)
    settled(qtbot, area)
    assert c["sima"] in ids(area)

    def name_it(dialog):
        dialog.findChild(QLineEdit, "nameText").setText("一年没买")
        return True
    main_window.dialogs.dialog_results.append(name_it)
    bar.save_button.click()
    qtbot.waitUntil(lambda: bar.view.currentText() == "一年没买")  # saved and read back off the GUI thread
    bar.view.setCurrentIndex(0)
    settled(qtbot, area)
    assert area.model.total == 303
    bar.view.setCurrentIndex(bar.view.findText("一年没买"))
    assert area.model.filters == {"stage": "dormant", "over_days": 365}


def _open(area, qtbot, text, customer_id):
    search(qtbot, area, text)
    area.select_customer(customer_id)
    area.open_detail()
    settled(qtbot, area)
    assert area.detail.customer_id == customer_id


def test_tagging_stage_notes_and_fields(area, book, qtbot, main_window):
    db, c = book
    _open(area, qtbot, "欧阳娜娜", c["ouyang"])

    def tag_it(dialog):
        dialog.name.setCurrentText("爱冷泡")
        return True
    main_window.dialogs.dialog_results.append(tag_it)
    qtbot.keyClick(area.table, Qt.Key_T, Qt.ControlModifier)
    settled(qtbot, area)  # the tags read, the dialog answered, the tag written: off the GUI thread
    assert [t["name"] for t in tags_of(db, c["ouyang"])] == ["爱冷泡"]
    chip = area.detail.findChild(type(area.detail.edit_button), f"tagChip_{tags_of(db, c['ouyang'])[0]['id']}")
    assert chip is not None and "爱冷泡" in area.model.index(0, 8).data()
    chip.click()
    settled(qtbot, area)
    assert tags_of(db, c["ouyang"]) == []
    assert area.model.index(0, 8).data() == ""

    area.detail.stage.setCurrentIndex(area.detail.stage.findData("loyal"))
    area.detail.stage.activated.emit(area.detail.stage.currentIndex())
    settled(qtbot, area)
    assert get_customer(db, c["ouyang"])["stage"] == "loyal"
    assert get_customer(db, c["ouyang"])["stage_manual"] == 1
    settled(qtbot, area)
    assert area.model.index(0, 9).data() == "Loyal ✎"
    area.detail.stage.activated.emit(0)
    settled(qtbot, area)
    assert get_customer(db, c["ouyang"])["stage"] == "repeat"

    area.detail.notes.setPlainText("只喝明前茶")
    area.detail.new_field.setCurrentText("宝宝年龄")
    area.detail.new_value.setText("2岁")
    area.detail.findChild(type(area.detail.edit_button), "addField").click()
    area.detail.findChild(type(area.detail.edit_button), "saveProfile").click()
    settled(qtbot, area)
    got = get_customer(db, c["ouyang"])
    assert got["notes"] == "只喝明前茶" and got["custom_fields"] == {"宝宝年龄": "2岁"}


def test_bulk_tag_and_stage(area, book, qtbot, main_window):
    db, c = book
    area.table.selectAll()
    selected = area.selected_ids()
    assert len(selected) == area.model.rowCount()

    def tag_it(dialog):
        dialog.name.setCurrentText("双十一")
        return True
    main_window.dialogs.dialog_results.append(tag_it)
    area.tag_selection()
    settled(qtbot, area)  # many customers: tagged on a worker
    assert all("双十一" in text for text in cells(area.table, 8))
    assert db.execute("SELECT count(*) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                      "WHERE t.name = '双十一'").fetchone()[0] == len(selected)

    def dormant(dialog):
        dialog.stage.setCurrentIndex(dialog.stage.findData("dormant"))
        return True
    main_window.dialogs.dialog_results.append(dormant)
    area.stage_selection()
    settled(qtbot, area)
    assert db.execute("SELECT count(*) FROM customers WHERE stage = 'dormant' AND stage_manual = 1"
                      ).fetchone()[0] == len(selected)


def test_add_customer_by_hand(area, book, qtbot, main_window):
    db, c = book

    def bad_then_good(dialog):
        dialog.accept()  # empty: refused with a message
        assert "at least" in dialog.error.text() and not dialog.result()
        dialog.edits["name"].setText("线下老王")
        dialog.edits["phone"].setText("186 0000 1111")
        dialog.edits["wechat_name"].setText("老王茶馆")
        return True
    main_window.dialogs.dialog_results.append(bad_then_good)
    area.add_customer()
    settled(qtbot, area)
    new_id = area.detail.customer_id
    assert area.current_id() == new_id and area.detail.isVisible()
    got = get_customer(db, new_id)
    assert got["name"] == "线下老王" and got["wechat_status"] == "added" and got["stage"] == "added"
    search(qtbot, area, "1111")
    assert new_id in ids(area)


def test_duplicates_merge_and_undo_after_reopening(book, main_window, qtbot, data_dir):
    db, c = book
    twin = make_customer(db, "欧阳娜娜", nickname="nana_jd", phone="139****4321",
                         address="文一西路969号", orders=[("JD555001", 12800, 5)], platform="jd")
    find_duplicates(db)
    area = main_window.show_area("customers")

    def merge_first(dialog):
        row = next(i for i in range(dialog.pairs.count())
                   if {dialog.pairs.item(i).data(Qt.UserRole)["customer_a"],
                       dialog.pairs.item(i).data(Qt.UserRole)["customer_b"]} == {c["ouyang"], twin})
        dialog.pairs.setCurrentRow(row)
        qtbot.waitUntil(lambda: dialog.current is not None and dialog.merge_button.isEnabled())
        dialog.findChild(QRadioButton, "pick_nickname_b").setChecked(True)
        dialog.merge_button.click()
        qtbot.waitUntil(lambda: dialog.changed and not dialog.loading)  # merged off the GUI thread
        return True
    main_window.dialogs.dialog_results.append(merge_first)
    area.open_duplicates()
    settled(qtbot, area)
    assert not main_window.dialogs.dialog_results  # the dialog was shown
    kept = get_customer(db, c["ouyang"])
    assert kept["nickname"] == "nana_jd" and kept["order_count"] == 4
    assert get_customer(db, twin)["merged_into"] == c["ouyang"]
    main_window.close()
    db.close()

    db2 = open_database(data_dir)
    window = MainWindow(db2, data_dir, ScriptedDialogs(), facts=start_facts(db2))
    qtbot.addWidget(window)
    window.show()
    area2 = window.show_area("customers")
    search(qtbot, area2, "JD555001")
    assert ids(area2) == [c["ouyang"]]
    area2.select_customer(c["ouyang"])
    area2.open_detail()
    settled(qtbot, area2)
    assert area2.detail.undo_button.isVisible()
    area2.detail.undo_button.click()
    settled(qtbot, area2)
    assert get_customer(db2, twin)["merged_into"] is None
    assert get_customer(db2, c["ouyang"])["nickname"] == "娜娜爱喝茶"
    search(qtbot, area2, "JD555001")
    assert ids(area2) == [twin]
    db2.close()


def test_not_the_same_person_in_the_dialog(book, main_window, qtbot):
    db, c = book
    twin = make_customer(db, "欧阳娜娜", address="文一西路969号")
    find_duplicates(db)
    area = main_window.show_area("customers")

    def distinct(dialog):
        before = dialog.pairs.count()
        for i in range(dialog.pairs.count()):
            pair = dialog.pairs.item(i).data(Qt.UserRole)
            if {pair["customer_a"], pair["customer_b"]} == {c["ouyang"], twin}:
                dialog.pairs.setCurrentRow(i)
                qtbot.waitUntil(lambda: dialog.distinct_button.isEnabled())  # the pair is read
                dialog.distinct_button.click()
                break
        qtbot.waitUntil(lambda: dialog.changed and not dialog.loading)
        assert dialog.pairs.count() == before - 1
        return True
    main_window.dialogs.dialog_results.append(distinct)
    area.open_duplicates()
    qtbot.waitUntil(lambda: not main_window.dialogs.dialog_results and not area.edits.busy)
    assert db.execute("SELECT status FROM duplicate_candidates WHERE customer_a = ? AND "
                      "customer_b = ?", sorted([c["ouyang"], twin])).fetchone()[0] == "distinct"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_selected_and_filtered(area, book, qtbot, main_window, tmp_path, suffix):
    db, c = book
    search(qtbot, area, "欧阳")
    area.table.selectAll()
    path = tmp_path / f"sel{suffix}"
    main_window.dialogs.files.append(str(path))
    area.export(selected_only=True)
    qtbot.waitUntil(lambda: not area.busy)
    if suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
    else:
        rows = [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    names = [r[0] for r in rows[1:]]
    assert "欧阳娜娜" in names and len(rows) - 1 == area.model.total
    assert all("****" in (r[2] or "****") for r in rows[1:])


def test_a_step_asked_for_during_quiet_upkeep_waits_and_then_runs(area, book, qtbot, main_window,
                                                                   tmp_path):
    """The book brings stages up to date quietly as it opens; an export asked for meanwhile is
    neither refused nor lost: it starts when the upkeep ends (a CI run caught the refusal)."""
    import threading
    release = threading.Event()
    area.run_in_background(lambda db, progress=None: release.wait(10), quiet=True)
    assert area.busy
    path = tmp_path / "waiting.csv"
    main_window.dialogs.files.extend([str(path), str(tmp_path / "second.csv")])
    area.export(selected_only=False)
    area.export(selected_only=False)  # a second one meanwhile is refused, and says so
    assert "Still working" in main_window.statusBar().currentMessage() or \
        "上一步还在" in main_window.statusBar().currentMessage()
    assert not path.exists() and area.busy
    release.set()
    qtbot.wait(300)
    assert not (tmp_path / "second.csv").exists()
    qtbot.waitUntil(lambda: path.exists() and not area.busy, timeout=10000)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) - 1 == area.model.total


def test_delete_and_erase_confirmed(area, book, qtbot, main_window):
    db, c = book
    _open(area, qtbot, "司马相如", c["sima"])
    main_window.dialogs.confirm_answers.append(False)
    area.detail.delete_button.click()
    settled(qtbot, area)
    assert main_window.dialogs.messages[-1][0] == "confirm"  # asked once the customer was read
    assert get_customer(db, c["sima"]) is not None  # said no: nothing happens
    main_window.dialogs.confirm_answers.append(True)
    area.detail.delete_button.click()
    settled(qtbot, area)  # deleted on a worker
    assert get_customer(db, c["sima"]) is None and c["sima"] not in ids(area)

    _open(area, qtbot, "欧阳娜娜", c["ouyang"])
    asked = []
    main_window.dialogs.dialog_results.append(lambda d: asked.append(d.windowTitle()) or True)
    area.detail.erase_button.click()
    settled(qtbot, area)
    got = get_customer(db, c["ouyang"])
    assert got["erased_at"] and got["name"] == "" and got["order_count"] == 3
    assert area.detail.title.text() == "(personal data erased)"
    assert asked == ["Erase personal data"]


def test_layout_is_remembered(area, book, qtbot):
    area.open_detail()
    area.splitter.setSizes([500, 300])
    area.table.setColumnWidth(1, 111)
    area.save_state()
    assert QSettings().value("customers/splitter")
    from shopowner.ui.customers.area import CustomersArea

    again = CustomersArea(area.window_)
    qtbot.addWidget(again)
    assert again.table.columnWidth(1) == 111
    settled(qtbot, again)


def test_header_click_sorts_off_the_gui_thread(area, book, qtbot):
    db, c = book
    header = area.table.horizontalHeader()
    for column in range(area.model.columnCount()):
        header.setSortIndicator(column, Qt.AscendingOrder)
        settled(qtbot, area)
        assert area.model.sort_key == COLUMNS[column] and not area.model.descending
        assert area.model.rowCount() == 200 and area.model.total == 303
    header.setSortIndicator(4, Qt.DescendingOrder)  # total spent
    settled(qtbot, area)
    assert area.model.descending
    spent = [area.model._rows[r]["total_spent_fen"] for r in range(200)]
    assert spent == sorted(spent, reverse=True) and spent[0] > spent[-1]


def test_edit_and_timeline_of_a_followed_up_customer(area, book, qtbot, main_window):
    db, c = book
    cid = db.execute("SELECT customer_id FROM feedback WHERE kind = 'complaint' AND status = 'open'"
                     ).fetchone()[0]
    db.execute("INSERT INTO cards (code, customer_id, order_id) VALUES ('AB3K9', ?, NULL)", [cid])
    area.model.set_query(filters={"open_complaint": True})
    settled(qtbot, area)
    area.select_customer(cid)
    area.open_detail()
    settled(qtbot, area)
    kinds = set(cells(area.detail.timeline, 1))
    assert {"Order", "Follow-up", "Feedback", "Added on WeChat", "Card printed"} <= kinds
    # the pane shows the core's rows as they are (the CLI's ``customers timeline`` prints them too)
    from shopowner.followups.timeline import customer_timeline
    rows = customer_timeline(db, cid)
    assert [cells(area.detail.timeline, col) for col in range(3)] == \
        [[r[key] for r in rows] for key in ("at", "what", "details")]
    assert "open complaint" in area.detail.summary.text()

    def edit(dialog):
        assert dialog.edits["name"].text() == get_customer(db, cid)["name"]
        dialog.edits["address"].setText("新地址路8号")
        dialog.edits["wechat_name"].setText("")
        return True
    main_window.dialogs.dialog_results.append(edit)
    area.detail.edit_button.click()
    settled(qtbot, area)
    got = get_customer(db, cid)
    assert got["address"] == "新地址路8号" and got["wechat_status"] == "none"
    assert "新地址路8号" in area.detail.summary.text()
