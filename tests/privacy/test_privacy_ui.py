"""The window's side: the erase confirmation with its backups step, hand entry that warns about
an erased person, and 文件 → 导出全部数据 with progress."""

from __future__ import annotations

import csv

import openpyxl

from shopowner.imports.run import import_files
from shopowner.store.backup import backup_to
from shopowner.store.customers import get_customer
from tests.customers.conftest import book  # noqa: F401 - a fixture
from tests.customers.test_ui import _open, area, settled  # noqa: F401 - area is a fixture
from tests.privacy.conftest import CHEN_JING, GENERIC, customer_with_phone, found_in


def test_erase_offers_to_purge_the_backups_and_does(area, book, qtbot, main_window, data_dir,
                                                    en_translators):
    db, c = book
    backup = backup_to(db, data_dir / "backups" / "shopowner-20261201-080000.db")
    assert "欧阳娜娜".encode() in backup.read_bytes()
    _open(area, qtbot, "欧阳娜娜", c["ouyang"])
    seen = {}

    def tick(dialog):
        seen["text"] = dialog.findChild(type(dialog.purge), "purgeBackups").text()
        seen["visible"] = not dialog.purge.isHidden()
        dialog.purge.setChecked(True)
        return True
    main_window.dialogs.dialog_results.append(tick)
    area.detail.erase_button.click()
    settled(qtbot, area)
    assert seen == {"text": "Also erase them from the 1 backup in the data folder (each backup "
                            "is rewritten)", "visible": True}
    assert get_customer(db, c["ouyang"])["erased_at"]
    assert "欧阳娜娜".encode() not in backup.read_bytes()
    assert "13987654321".encode() not in backup.read_bytes()
    assert "1 backup" in main_window.statusBar().currentMessage(), main_window.dialogs.messages
    assert not [m for m in main_window.dialogs.messages if m[0] == "warning"]
    if not getattr(db, "is_hub", False):  # the window's own connection did not hold the old text
        assert "欧阳娜娜".encode() not in (data_dir / "shopowner.db").read_bytes()


def test_erase_without_backups_shows_no_backup_step(area, book, qtbot, main_window):
    db, c = book
    _open(area, qtbot, "欧阳娜娜", c["ouyang"])
    seen = []
    main_window.dialogs.dialog_results.append(lambda d: seen.append(d.purge.isHidden()) or False)
    area.detail.erase_button.click()
    settled(qtbot, area)  # the customer and the backups are read before the dialog opens
    assert seen == [True] and not get_customer(db, c["ouyang"])["erased_at"]  # cancelled


def test_hand_entry_warns_before_storing_an_erased_person_again(area, book, qtbot, main_window):
    db, c = book
    assert import_files(db, [GENERIC]).files[0].error is None
    chen = customer_with_phone(db, CHEN_JING[1])
    _open(area, qtbot, "陈静", chen)
    main_window.dialogs.dialog_results.append(True)
    area.detail.erase_button.click()
    settled(qtbot, area)
    customers = db.execute("SELECT count(*) FROM customers").fetchone()[0]

    def type_her(dialog):
        dialog.edits["name"].setText("陈静")
        dialog.edits["phone"].setText("138 0001 1234")
        return True
    main_window.dialogs.dialog_results.append(type_her)
    main_window.dialogs.confirm_answers.append(False)  # "store again?" — no
    area.add_customer()
    settled(qtbot, area)
    asked = [m for m in main_window.dialogs.messages if m[0] == "confirm"]
    assert asked[-1][1] == "This person asked to be erased" and "erased" in asked[-1][2]
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == customers

    # editing the erased row itself asks too; yes stores it
    assert area.detail.customer_id == chen  # the erased customer's detail is still open
    main_window.dialogs.dialog_results.append(
        lambda d: d.edits["name"].setText("陈静") or True)
    main_window.dialogs.confirm_answers.append(True)
    area.edit_customer()
    settled(qtbot, area)  # read, asked and saved off the GUI thread
    assert get_customer(db, chen)["name"] == "陈静"
    assert len([m for m in main_window.dialogs.messages if m[0] == "confirm"]) == 2

    # someone else is added without a question
    main_window.dialogs.dialog_results.append(
        lambda d: d.edits["name"].setText("新朋友") or d.edits["phone"].setText("13912340000")
        or True)
    area.add_customer()
    settled(qtbot, area)
    assert len([m for m in main_window.dialogs.messages if m[0] == "confirm"]) == 2


def test_export_all_from_the_file_menu(book, main_window, qtbot, tmp_path):
    db, c = book
    db.execute("UPDATE customers SET notes = ? WHERE id = ?", ['=HYPERLINK("http://x","y")',
                                                              c["ouyang"]])
    main_window.export_all_action.trigger()
    dialog = main_window._export_all
    assert dialog.isVisible() and dialog.windowTitle() == "Export all data"
    dialog.folder.setText(str(tmp_path / "out"))
    values = []
    dialog.progress.valueChanged.connect(values.append)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.running(), timeout=20000)
    folder = dialog.result["path"]
    assert folder.parent == tmp_path / "out" and dialog.open_button.isVisible()
    assert values and str(folder) in dialog.status.text()
    book_ = openpyxl.load_workbook(dialog.result["workbook"])
    notes = [r for r in book_["Customers"].iter_rows(values_only=True) if r[1] == "欧阳娜娜"][0]
    assert notes[18] == '\'=HYPERLINK("http://x","y")'
    with open(folder / "CSV" / "Customers.csv", encoding="utf-8-sig", newline="") as fh:
        assert any(r[18].startswith("'=HYPERLINK") for r in csv.reader(fh))
    assert not list((tmp_path / "out").glob(".*part"))


def test_export_all_can_be_cancelled_leaving_nothing(book, main_window, qtbot, tmp_path):
    main_window.export_all()
    dialog = main_window._export_all
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    dialog.cancel_button.click()  # before the worker even starts
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert dialog.result is None and "cancelled" in dialog.status.text()
    assert list((tmp_path / "out").iterdir()) == []
