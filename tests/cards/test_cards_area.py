"""The cards area driven with qtbot: the preview is the planned batch (reserved codes), printing
through the print dialog (answered by ScriptedDialogs, the printing itself real), letters that do
not fit refused before anything prints, and the preview kept current after prints and imports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopowner.cards.layouts import BUILTIN_LAYOUTS, MM
from shopowner.changes import LETTERS, Change, orders_imported
from shopowner.store.settings import WECHAT_QR, set_setting
from tests.cards.conftest import (
    DEMO_QR, clear_print_history, decode_cell, flat, make_parcels, open_pdf, page_image, pdf_codes,
)

WAIT = 30000


@pytest.fixture
def area(main_window, qtbot):
    """The cards area of a shop with no orders."""
    widget = main_window.show_area("cards")
    qtbot.waitUntil(lambda: widget.preview.result is not None and letter_shown(widget), timeout=WAIT)
    return widget


def letter_shown(area) -> bool:
    """The editor shows a letter (read off the GUI thread once the editor is built)."""
    return area.editor is not None and area.editor.letter_id is not None and not area.editor.body.isReadOnly()


def preview_text(area) -> str:
    pdf = open_pdf(area.preview.path)
    return "".join(flat(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))


def settle(area, qtbot) -> dict:
    """Wait until the preview shows the newest request."""
    qtbot.waitUntil(lambda: not area.preview.pending() and area.preview.result is not None, timeout=WAIT)
    return area.preview.result


def reserved(db) -> dict[int, str]:
    return dict(db.execute("SELECT order_id, code FROM cards WHERE state = 'reserved'").fetchall())


def printed_codes(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT code FROM cards WHERE state = 'printed' ORDER BY id")]


def test_no_parcels_shows_one_marked_sample_and_the_merge_fields_follow(area, qtbot):
    result = settle(area, qtbot)
    assert result["kind"] == "empty" and area.preview.banner.isVisible()
    assert "SAMPLE" in area.preview.banner.text() and "parcels going out" in area.preview.banner.text()
    assert "to-ship" not in area.preview.banner.text()
    area.editor.body.setPlainText("")
    qtbot.mouseClick(area.editor.field_buttons["称呼"], Qt.LeftButton)
    assert area.editor.body.toPlainText() == "{称呼}"
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        area.editor.body.insertPlainText("，这是一封独一无二的测试信。")
    text = preview_text(area)
    assert "王小明，这是一封独一无二的测试信。" in text and "SAMPLE" in text
    assert len(open_pdf(area.preview.path)) == 1  # the sample stands alone


def test_the_pdf_view_fits_to_width_with_fixed_scroll_bars(area, qtbot):
    """Its zoom must not depend on whether a scroll bar shows: in a real X display a fit mode that
    does looped forever showing and hiding them (see test_cards_real_window.py for the idle check)."""
    from PySide6.QtPdfWidgets import QPdfView

    view = area.preview.view
    assert view is not None and view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarAlwaysOn
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarAlwaysOff


def test_the_checker_warns_in_the_editor(area, qtbot):
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        area.editor.body.setPlainText("五星好评返现10元！谢谢")
    assert "cash-for-review" in area.editor.warnings.text() or "返现" in area.editor.warnings.text()


@pytest.fixture
def shop_area(main_window, qtbot):
    """The demo shop, nothing printed yet, seven parcels going out."""
    from shopowner.demo import fill_demo_shop

    fill_demo_shop(main_window.db)
    clear_print_history(main_window.db)
    set_setting(main_window.db, WECHAT_QR, DEMO_QR)
    make_parcels(main_window.db, 7)
    widget = main_window.show_area("cards")
    widget.choose_layout("a4-4up-a6")
    qtbot.waitUntil(lambda: letter_shown(widget), timeout=WAIT)
    settle(widget, qtbot)
    return widget


def test_the_preview_is_the_planned_batch_with_its_reserved_codes(shop_area, main_window, qtbot):
    from shopowner.store.cards import to_ship_order_ids

    result = settle(shop_area, qtbot)
    going_out = to_ship_order_ids(main_window.db)
    codes = reserved(main_window.db)
    assert len(going_out) == 7 and sorted(codes) == sorted(going_out)
    assert result["exact"] and "exactly what prints" in shop_area.preview.status.text()
    assert pdf_codes(shop_area.preview.path) == [codes[o] for o in going_out]
    assert "王小明" not in preview_text(shop_area)
    shop_area.start.setValue(3)  # a part-used sheet: numbered blanks, then the same cards
    settle(shop_area, qtbot)
    text = preview_text(shop_area)
    assert "1·used" in text and "2·used" in text and "王小明" not in text
    shop_area.choose_layout("roll-80")  # planned again: the same codes
    settle(shop_area, qtbot)
    w, h = (v / MM for v in open_pdf(shop_area.preview.path)[0].get_size())
    assert abs(w - 80) < 0.1 and abs(h - 120) < 0.1 and not shop_area.start.isEnabled()
    assert reserved(main_window.db) == codes
    assert pdf_codes(shop_area.preview.path) == [codes[o] for o in going_out]
    assert main_window.db.execute("SELECT count(*) FROM cards WHERE state = 'printed'").fetchone()[0] == 0


def test_an_unsaved_letter_is_previewed_on_the_same_codes_as_a_draft(shop_area, main_window, qtbot):
    codes = set(reserved(main_window.db).values())
    shop_area.editor.body.setPlainText("{称呼}，草稿信，暗号是 {暗号}。")
    result = settle(shop_area, qtbot)
    assert result["draft"] and not result["exact"] and shop_area.preview.banner.isVisible()
    assert "exactly what prints" not in shop_area.preview.status.text()
    assert set(pdf_codes(shop_area.preview.path)) == codes and "草稿信" in preview_text(shop_area)
    stored = []
    shop_area.editor.save(then=lambda: stored.append(True))  # off the GUI thread
    qtbot.waitUntil(lambda: stored == [True], timeout=WAIT)
    result = settle(shop_area, qtbot)
    assert result["exact"] and not shop_area.preview.banner.isVisible()


def _to_file(path):
    from PySide6.QtPrintSupport import QPrinter

    def answer(dialog) -> bool:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return answer


def print_and_wait(area, main_window, qtbot, answer, button=None):
    main_window.dialogs.dialog_results.append(answer)
    before = len(main_window.dialogs.messages)
    qtbot.mouseClick(button or area.print_going_out, Qt.LeftButton)
    qtbot.waitUntil(lambda: len(main_window.dialogs.messages) > before or (
        area.taskbar.isHidden() and not main_window.dialogs.dialog_results), timeout=60000)
    qtbot.waitUntil(lambda: area.taskbar.isHidden(), timeout=60000)
    return main_window.dialogs.messages[before:]


def test_the_printed_codes_are_the_preview_codes_and_the_preview_moves_on(shop_area, main_window, qtbot, tmp_path):
    shown = pdf_codes(shop_area.preview.path)
    out = tmp_path / "printed.pdf"
    messages = print_and_wait(shop_area, main_window, qtbot, _to_file(out))
    assert messages[-1][0] == "information", messages
    assert pdf_codes(out) == shown and sorted(shown) == sorted(printed_codes(main_window.db))
    page = open_pdf(out)[0]
    assert decode_cell(page_image(page, 300), BUILTIN_LAYOUTS["a4-4up-a6"], 0, 300) == [DEMO_QR]
    assert main_window.db.execute("SELECT count(*) FROM cards WHERE state = 'reserved'").fetchone()[0] == 0
    assert shop_area.history.listener.stale is not None  # hidden: read when its tab is shown
    shop_area.tabs.setCurrentWidget(shop_area.history)
    qtbot.waitUntil(lambda: shop_area.history.model.rowCount() == 7, timeout=WAIT)
    model = shop_area.history.model
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert not {"taobao", "jd", "pdd", "douyin", "kuaishou", "youzan", "wechat_shop", "a4-4up-a6"} & set(row), row
    result = settle(shop_area, qtbot)  # refreshed after the print: nothing left to print
    assert result["kind"] == "empty"


def test_a_cancelled_or_failed_print_keeps_the_codes_for_the_next_print(shop_area, main_window, qtbot, tmp_path):
    codes = reserved(main_window.db)
    while_asked = []  # what the bar says while the print dialog waits: not "writing the PDF"
    print_and_wait(shop_area, main_window, qtbot,
                   lambda _dialog: while_asked.append(shop_area.progress.format()) or False)  # cancelled
    assert while_asked == ["Drawn; choose the printer…"]
    assert reserved(main_window.db) == codes and not printed_codes(main_window.db)
    messages = print_and_wait(shop_area, main_window, qtbot, _to_file(tmp_path / "no-such-folder" / "x.pdf"))
    assert messages and messages[-1][0] == "warning" and "same codes" in messages[-1][2]
    assert reserved(main_window.db) == codes and not printed_codes(main_window.db)
    settle(shop_area, qtbot)
    out = tmp_path / "later.pdf"
    print_and_wait(shop_area, main_window, qtbot, _to_file(out))
    assert sorted(pdf_codes(out)) == sorted(codes.values()) == sorted(printed_codes(main_window.db))


def test_a_letter_too_long_is_refused_and_another_letter_fixes_it(shop_area, main_window, qtbot, tmp_path):
    codes = reserved(main_window.db)  # planned with the short letter before
    long_text = "{称呼}，你好：\n" + "谢谢你选择我们的茶，每一包都是我们亲手挑过、亲自试过才寄出的。" * 40
    for letter in main_window.db.execute("SELECT id FROM letters").fetchall():
        main_window.db.execute("UPDATE letters SET body = ? WHERE id = ?", [long_text, letter[0]])
    from shopowner.store.letters import add_letter

    add_letter(main_window.db, "短信", "{称呼}，谢谢你！", "{创始人}", active=False)
    shop_area.choose_layout("roll-76")
    main_window.announce(Change.of(LETTERS, customer_ids=[]))  # what the letter editor says
    result = settle(shop_area, qtbot)
    assert result["plan"].overflow and not result["exact"]
    assert shop_area.overflow.isVisible() and "(order " in shop_area.overflow.text.text()
    assert "cannot print" in shop_area.preview.status.text()
    messages = print_and_wait(shop_area, main_window, qtbot, _to_file(tmp_path / "never.pdf"))
    assert messages[-1][0] == "warning" and "Nothing was printed" in messages[-1][2]
    assert "(order " in messages[-1][2]
    assert main_window.dialogs.dialog_results  # the print dialog was never shown
    main_window.dialogs.dialog_results.clear()
    assert not (tmp_path / "never.pdf").exists()
    assert reserved(main_window.db) == codes and not printed_codes(main_window.db)  # nothing recorded
    shop_area.overflow.edit_button.click()
    assert shop_area.editor.body.hasFocus() or shop_area.editor.letter_id == result["plan"].cards[0].letter_id
    shop_area.overflow.letters.setCurrentIndex(shop_area.overflow.letters.findText("短信"))
    shop_area.overflow.use_button.click()
    result = settle(shop_area, qtbot)
    assert result["exact"] and not shop_area.overflow.isVisible()
    out = tmp_path / "fixed.pdf"
    print_and_wait(shop_area, main_window, qtbot, _to_file(out))
    assert pdf_codes(out) == printed_codes(main_window.db) and sorted(printed_codes(main_window.db)) == sorted(
        codes.values())


def test_save_as_pdf_checks_for_parcels_before_asking_for_a_file(shop_area, main_window, qtbot, tmp_path):
    shop_area.selection.setCurrentIndex(shop_area.selection.findData("ids"))
    shop_area.order_ids.setText("3,5")
    shop_area.order_ids.editingFinished.emit()
    shown = pdf_codes(settle(shop_area, qtbot)["path"])
    out = tmp_path / "saved.pdf"
    main_window.dialogs.files.append(str(out))
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda change: change.touches("cards"), timeout=60000):
        shop_area.save_button.click()
    assert pdf_codes(out) == shown and sorted(shown) == sorted(printed_codes(main_window.db))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no part file left
    shop_area.selection.setCurrentIndex(shop_area.selection.findData("to-ship"))
    make_parcels(main_window.db, 0, ship_all=True)
    main_window.announce(orders_imported())
    assert settle(shop_area, qtbot)["kind"] == "empty"
    main_window.dialogs.files.append(str(tmp_path / "nothing.pdf"))
    shop_area.save_button.click()
    qtbot.waitUntil(lambda: shop_area.taskbar.isHidden(), timeout=WAIT)
    assert main_window.dialogs.messages[-1][0] == "warning"
    assert "parcels going out" in main_window.dialogs.messages[-1][2]
    assert main_window.dialogs.files == [str(tmp_path / "nothing.pdf")]  # no file name was asked


def test_save_as_pdf_pressed_while_the_preview_is_drawing_waits_for_it_then_saves(shop_area, main_window,
                                                                                 qtbot, tmp_path):
    settle(shop_area, qtbot)
    shop_area.crop.toggle()  # the preview starts drawing again …
    shop_area.refresh_preview(at_once=True)
    assert shop_area.preview.pending()
    out = tmp_path / "while-drawing.pdf"
    main_window.dialogs.files.append(str(out))
    shop_area.save_button.click()  # … and the owner does not wait for it
    qtbot.waitUntil(lambda: out.exists() and shop_area.taskbar.isHidden(), timeout=WAIT)
    assert main_window.dialogs.messages[-1][0] == "information"
    assert pdf_codes(out) and sorted(pdf_codes(out)) == sorted(printed_codes(main_window.db))


def test_a_reprint_keeps_its_code(shop_area, main_window, qtbot, tmp_path):
    print_and_wait(shop_area, main_window, qtbot, _to_file(tmp_path / "first.pdf"))
    shop_area.tabs.setCurrentWidget(shop_area.history)
    qtbot.waitUntil(lambda: shop_area.history.model.rowCount() > 0, timeout=WAIT)  # read off the GUI thread
    shop_area.history.table.selectRow(0)
    code = shop_area.history.model.code_at(0)
    reprinted = tmp_path / "reprint.pdf"
    main_window.dialogs.dialog_results.append(_to_file(reprinted))
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda change: change.touches("cards"), timeout=60000):
        shop_area.history.reprint_button.click()
    assert main_window.db.execute("SELECT reprint_count FROM cards WHERE code = ?", [code]).fetchone()[0] == 1
    assert pdf_codes(reprinted) == [code] and "补打" in flat(open_pdf(reprinted)[0].get_textpage().get_text_range())


def test_the_preview_follows_new_parcels_after_an_import(shop_area, main_window, qtbot):
    before = len(settle(shop_area, qtbot)["plan"].cards)
    make_parcels(main_window.db, 9)
    main_window.announce(orders_imported())  # what an import does when it is done
    assert len(settle(shop_area, qtbot)["plan"].cards) == 9 > before


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
        dialog.accept()  # OK: stored off the GUI thread, the dialog closes once it is
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=WAIT)
        return True

    main_window.dialogs.dialog_results.append(choose)
    with qtbot.waitSignal(area.preview.ready, timeout=WAIT):
        area.settings_button.click()
    assert get_setting(main_window.db, WECHAT_QR) == "https://u.wechat.com/from-the-dialog"
    assert "founder" in area.editor.warnings.text().lower() or "创始人" in area.editor.warnings.text()


def test_drawing_can_be_cancelled_and_then_nothing_is_printed(shop_area, main_window, qtbot, tmp_path):
    shop_area.selection.setCurrentIndex(shop_area.selection.findData("all"))
    settle(shop_area, qtbot)
    main_window.dialogs.files.append(str(tmp_path / "cancelled.pdf"))
    shop_area.save_button.click()
    assert shop_area.cancel_button.isVisible()
    with qtbot.waitSignal(shop_area.task.signals.cancelled, timeout=60000):
        shop_area.cancel_button.click()
    qtbot.waitUntil(lambda: shop_area.taskbar.isHidden(), timeout=WAIT)
    assert not printed_codes(main_window.db) and not list(tmp_path.glob("*.pdf"))
    assert main_window.dialogs.files  # never asked: cancelled while drawing
