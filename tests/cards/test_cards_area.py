"""The cards area driven with qtbot: merge fields, live preview, layout choice, printing through
the print dialog (answered by ScriptedDialogs, the printing itself real: QPrinter → PDF file)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopowner.cards.layouts import MM
from shopowner.store.settings import WECHAT_QR, set_setting
from tests.cards.conftest import DEMO_QR, clear_print_history, decode_cell, flat, open_pdf, page_image

WAIT = 20000


@pytest.fixture
def area(main_window, qtbot):
    widget = main_window.show_area("cards")
    qtbot.waitUntil(lambda: widget.preview.path is not None, timeout=WAIT)
    return widget


def preview_text(area) -> str:
    pdf = open_pdf(area.preview.path)
    return "".join(flat(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))


def test_merge_field_buttons_insert_and_the_preview_follows_the_text(area, qtbot):
    area.editor.body.setPlainText("")
    qtbot.mouseClick(area.editor.field_buttons["称呼"], Qt.LeftButton)
    assert area.editor.body.toPlainText() == "{称呼}"
    area.editor.body.insertPlainText("，这是一封独一无二的测试信。")
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        pass
    text = preview_text(area)
    assert "王小明，这是一封独一无二的测试信。" in text  # the sample parcel's buyer, merged
    area.editor.insert_field("暗号")
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        pass
    assert "测试信。K7F2X" in preview_text(area)


def test_the_checker_warns_in_the_editor(area, qtbot):
    area.editor.body.setPlainText("五星好评返现10元！谢谢")
    assert "cash-for-review" in area.editor.warnings.text() or "返现" in area.editor.warnings.text()


def test_layout_choice_changes_the_preview_and_start_position(area, qtbot):
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        area.choose_layout("roll-80")
    w, h = (v / MM for v in open_pdf(area.preview.path)[0].get_size())
    assert abs(w - 80) < 0.2 and abs(h - 120) < 0.2
    assert not area.start.isEnabled()
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        area.choose_layout("a4-4up-a6")
    assert area.start.isEnabled() and area.start.maximum() == 4
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        area.start.setValue(3)
    text = preview_text(area)
    assert "1·used" in text and "2·used" in text  # the used cells are numbered in the preview


@pytest.fixture
def shop_area(main_window, qtbot):
    from shopowner.demo import fill_demo_shop

    fill_demo_shop(main_window.db)
    clear_print_history(main_window.db)
    set_setting(main_window.db, WECHAT_QR, DEMO_QR)
    widget = main_window.show_area("cards")
    qtbot.waitUntil(lambda: widget.preview.path is not None, timeout=WAIT)
    return widget


def _to_file(path):
    from PySide6.QtPrintSupport import QPrinter

    def answer(dialog) -> bool:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return answer


def test_one_click_prints_the_parcels_going_out_through_the_print_dialog(shop_area, main_window, qtbot, tmp_path):
    from shopowner.store.cards import to_ship_order_ids

    going_out = to_ship_order_ids(main_window.db)
    out = tmp_path / "printed.pdf"
    main_window.dialogs.dialog_results.append(_to_file(out))
    shop_area.choose_layout("thermal-100x150")
    with qtbot.waitSignal(main_window.data_changed, timeout=60000):
        qtbot.mouseClick(shop_area.print_going_out, Qt.LeftButton)
    qtbot.waitUntil(lambda: shop_area.progress.isHidden(), timeout=WAIT)
    rows = main_window.db.execute("SELECT order_id, layout FROM cards ORDER BY id").fetchall()
    assert [r[0] for r in rows] == going_out and {r[1] for r in rows} == {"thermal-100x150"}
    pdf = open_pdf(out)
    assert len(pdf) == len(going_out)
    from shopowner.cards.layouts import BUILTIN_LAYOUTS

    for page in range(len(pdf)):
        image = page_image(pdf[page], 203, one_bit=True)
        assert decode_cell(image, BUILTIN_LAYOUTS["thermal-100x150"], 0, 203) == [DEMO_QR]
    assert shop_area.history.model.rowCount() == len(going_out)
    assert main_window.dialogs.messages[-1][0] == "information"


def test_a_cancelled_print_dialog_records_nothing(shop_area, main_window, qtbot):
    main_window.dialogs.dialog_results.append(False)
    shop_area.start_batch("to-ship", to_printer=True)
    qtbot.waitUntil(lambda: shop_area.progress.isHidden(), timeout=60000)
    assert main_window.db.execute("SELECT count(*) FROM cards").fetchone()[0] == 0


def test_save_as_pdf_and_reprint_a_single_card(shop_area, main_window, qtbot, tmp_path):
    out = tmp_path / "saved.pdf"
    main_window.dialogs.files.append(str(out))
    shop_area.selection.setCurrentIndex(shop_area.selection.findData("ids"))
    shop_area.order_ids.setText("3,5")
    with qtbot.waitSignal(main_window.data_changed, timeout=60000):
        shop_area.save_button.click()
    assert out.exists() and main_window.db.execute("SELECT count(*) FROM cards").fetchone()[0] == 2
    shop_area.history.table.selectRow(0)
    code = shop_area.history.model.code_at(0)
    reprinted = tmp_path / "reprint.pdf"
    main_window.dialogs.dialog_results.append(_to_file(reprinted))
    with qtbot.waitSignal(main_window.data_changed, timeout=60000):
        shop_area.history.reprint_button.click()
    assert main_window.db.execute("SELECT reprint_count FROM cards WHERE code = ?", [code]).fetchone()[0] == 1
    assert shop_area.last_plan.cards[0].content.code == code and shop_area.last_plan.cards[0].content.reprint
    from shopowner.cards.layouts import BUILTIN_LAYOUTS

    page = open_pdf(reprinted)[0]  # printed as page images: the QR must still decode
    assert decode_cell(page_image(page, 300), BUILTIN_LAYOUTS["a4-4up-a6"], 0, 300) == [DEMO_QR]


def test_a_custom_layout_is_edited_saved_and_previewed(area, main_window, qtbot, tmp_path):
    from shopowner.cards.layouts import load_layout_file

    def edit(dialog) -> bool:
        dialog.name.setText("我的明信片")
        dialog.inputs["card_w"].setValue(100)
        dialog.inputs["card_h"].setValue(140)
        dialog.inputs["rows"].setValue(2)
        dialog.inputs["cols"].setValue(2)
        dialog.inputs["margin_left"].setValue(3)
        dialog.inputs["margin_top"].setValue(5)
        dialog.inputs["gap_x"].setValue(4)
        dialog.inputs["gap_y"].setValue(4)
        main_window.dialogs.files.append(str(tmp_path / "share.json"))
        dialog.save_file()
        return True

    main_window.dialogs.dialog_results.append(edit)
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        area.layout_button.click()
    assert area.layout_choice.currentData() == "我的明信片"
    assert load_layout_file(tmp_path / "share.json").card_w == 100
    assert (main_window.data_dir / "layouts").is_dir()
    assert area.layout().card_h == 140


def test_card_settings_read_the_founders_qr_image(area, main_window, qtbot, tmp_path):
    import qrcode

    from shopowner.store.settings import get_setting

    image = tmp_path / "wechat.png"
    qrcode.make("https://u.wechat.com/from-the-dialog").save(image)

    def choose(dialog) -> bool:
        main_window.dialogs.files.append(str(image))
        dialog._choose_qr()
        dialog.owner.setCurrentIndex(dialog.owner.findData("staff"))
        return True

    main_window.dialogs.dialog_results.append(choose)
    area.settings_button.click()
    assert get_setting(main_window.db, WECHAT_QR) == "https://u.wechat.com/from-the-dialog"
    assert "founder" in area.editor.warnings.text().lower() or "创始人" in area.editor.warnings.text()


def test_generation_can_be_cancelled_and_then_nothing_is_recorded(shop_area, main_window, qtbot, tmp_path):
    out = tmp_path / "cancelled.pdf"
    main_window.dialogs.files.append(str(out))
    shop_area.selection.setCurrentIndex(shop_area.selection.findData("all"))
    shop_area.save_button.click()
    assert shop_area.cancel_button.isVisible()
    with qtbot.waitSignal(shop_area.task.signals.cancelled, timeout=60000):
        shop_area.cancel_button.click()
    qtbot.waitUntil(lambda: shop_area.progress.isHidden(), timeout=WAIT)
    assert main_window.db.execute("SELECT count(*) FROM cards").fetchone()[0] == 0
    assert not out.exists()
