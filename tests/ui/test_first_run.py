"""The first start that leads: names → WeChat QR from a saved image → layout and printer → the first
import, on a real empty shop file, with real QR images decoded and a real import."""

from __future__ import annotations

import qrcode
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPrintSupport import QPrinterInfo

from shopowner.shop_settings import change_setting
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, WECHAT_QR, get_setting
from shopowner.ui.main_window import MainWindow
from shopowner.window_start import start_facts
from tests.conftest import FIXTURES
from tests.helpers import ScriptedDialogs

JD_EXPORT = FIXTURES / "orders" / "jd" / "订单导出_20241121.csv"
FOUNDER_URL = "https://u.wechat.com/EJfounderLinXiaoman"


def qr_png(path, text=FOUNDER_URL):
    qrcode.make(text).save(path)
    return path


def noise_png(path):
    Image.effect_noise((160, 160), 90).convert("RGB").save(path)
    return path


def new_shop(qtbot, db, data_dir):
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.show()
    window.welcome.shop_name.setText("小满茶舍")
    window.welcome.founder_name.setText("林小满")
    window.welcome.start_button.click()  # the names are kept off the GUI thread, then the set-up
    qtbot.waitUntil(lambda: window.welcome.flow is not None
                    and window.welcome.pages.currentWidget() is window.welcome.flow, timeout=10000)
    flow = window.welcome.flow
    qtbot.waitUntil(lambda: not flow.qr_step.picker.busy(), timeout=10000)  # the QR in use is read
    return window, flow


def kept(qtbot, db, value) -> None:
    """Wait until the QR the set-up stores off the GUI thread is the shop's."""
    qtbot.waitUntil(lambda: get_setting(db, WECHAT_QR) == value, timeout=10000)


def read_qr(qtbot, flow, path):
    picker = flow.qr_step.picker
    flow.window_.dialogs.files.append(str(path))
    picker.choose_button.click()
    qtbot.waitUntil(lambda: not picker.busy(), timeout=10000)
    return picker


def test_the_whole_set_up_then_the_first_import(qtbot, db, data_dir, tmp_path):
    window, flow = new_shop(qtbot, db, data_dir)
    assert get_setting(db, SHOP_NAME) == "小满茶舍" and get_setting(db, FOUNDER_NAME) == "林小满"
    assert "Set up" in window.welcome.title.text() and "小满茶舍" in window.welcome.title.text()
    assert "No WeChat QR yet" in flow.qr_step.picker.status.text()

    picker = read_qr(qtbot, flow, qr_png(tmp_path / "我的二维码.png"))
    assert FOUNDER_URL in picker.status.text() and not picker.preview.pixmap().isNull()
    assert get_setting(db, WECHAT_QR) is None  # shown first, kept only on Next
    flow.next_button.click()
    kept(qtbot, db, FOUNDER_URL)

    cards = flow.cards_step.choice
    assert flow.current_step() is flow.cards_step
    cards.layout_choice.setCurrentIndex(cards.layout_choice.findData("roll-80"))
    assert "thermal" in cards.description.text()
    printers = QPrinterInfo.availablePrinterNames()
    wanted = printers[0] if printers else ""
    cards.printer_choice.setCurrentIndex(cards.printer_choice.findData(wanted))
    flow.next_button.click()
    assert QSettings().value("cards/layout") == "roll-80"
    assert QSettings().value("cards/printer") == wanted

    assert flow.on_import_step() and not flow.skip_button.isVisible()
    assert "drag" in flow.import_step.findChild(type(window.welcome.title), "dropHint").text()
    window.dialogs.files.append([str(JD_EXPORT)])
    with qtbot.waitSignal(window.changed, timeout=20000):
        flow.import_step.import_button.click()
    assert window.welcome is None and window.current_area() == "customers"
    dialog = window._import_dialog
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=20000)
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 20
    # the cards area opens on the layout chosen in the set-up
    assert window.show_area("cards").layout_choice.currentData() == "roll-80"


def test_an_image_without_a_readable_qr_says_so_and_is_kept_as_the_cli_keeps_it(
        qtbot, db, data_dir, tmp_path):
    window, flow = new_shop(qtbot, db, data_dir)
    photo = noise_png(tmp_path / "photo.png")
    picker = read_qr(qtbot, flow, photo)
    assert "No readable QR code" in picker.status.text()
    assert not (data_dir / "cards").exists()  # nothing copied before Next
    flow.next_button.click()
    stored = {"image": "cards/wechat_qr.png"}
    kept(qtbot, db, stored)
    assert (data_dir / "cards" / "wechat_qr.png").read_bytes() == photo.read_bytes()

    other = tmp_path / "other"
    other.mkdir()
    from shopowner.store import open_database

    cli_db = open_database(other)
    try:
        assert change_setting(cli_db, other, "wechat-qr", str(photo))[0] == stored  # one rule
    finally:
        cli_db.close()


def test_a_file_that_is_no_image_is_explained_and_nothing_is_kept(qtbot, db, data_dir, tmp_path):
    window, flow = new_shop(qtbot, db, data_dir)
    fake = tmp_path / "qr.png"
    fake.write_text("not a picture", encoding="utf-8")
    picker = read_qr(qtbot, flow, fake)
    assert "not a readable image" in picker.status.text()
    flow.next_button.click()
    assert get_setting(db, WECHAT_QR) is None


def test_a_typed_link_is_used_as_the_qr(qtbot, db, data_dir):
    window, flow = new_shop(qtbot, db, data_dir)
    picker = flow.qr_step.picker
    picker.link.setText("https://u.wechat.com/typed")
    picker.link.returnPressed.emit()
    qtbot.waitUntil(lambda: not picker.busy(), timeout=10000)
    assert "https://u.wechat.com/typed" in picker.status.text()
    flow.next_button.click()
    kept(qtbot, db, "https://u.wechat.com/typed")


def test_skip_keeps_nothing_and_back_goes_back_to_the_names(qtbot, db, data_dir, tmp_path):
    window, flow = new_shop(qtbot, db, data_dir)
    read_qr(qtbot, flow, qr_png(tmp_path / "qr.png"))
    flow.skip_button.click()
    assert get_setting(db, WECHAT_QR) is None
    flow.skip_button.click()
    assert QSettings().value("cards/layout") is None and QSettings().value("cards/printer") is None
    flow.back_button.click()
    flow.back_button.click()
    assert flow.current_step() is flow.qr_step
    flow.back_button.click()
    assert window.welcome.pages.currentWidget() is window.welcome.choices
    assert window.welcome.shop_name.text() == "小满茶舍"
    window.welcome.founder_name.setText("林小满 ")
    window.welcome.start_button.click()
    qtbot.waitUntil(lambda: window.welcome.pages.currentWidget() is flow, timeout=10000)
    assert flow.current_step() is flow.qr_step  # the same flow, where it was left
    flow.skip_button.click()
    flow.skip_button.click()
    flow.next_button.click()  # Finish
    assert window.welcome is None and window.current_area() == "customers"
    assert window.dialogs.messages == []


def test_names_that_cannot_be_used_are_refused_with_the_reason(qtbot, db, data_dir):
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.welcome.shop_name.setText("小满茶舍")
    window.welcome.founder_name.setText("林" * 21)
    window.welcome.start_button.click()
    qtbot.waitUntil(lambda: window.welcome.error.text() != "", timeout=10000)  # checked off the GUI thread
    assert "21" in window.welcome.error.text() and "20" in window.welcome.error.text()
    assert window.welcome.start_button.isEnabled()
    assert get_setting(db, SHOP_NAME) is None
    assert window.welcome.pages.currentWidget() is window.welcome.choices


def test_files_dropped_on_the_last_step_are_the_first_import(qtbot, db, data_dir):
    window, flow = new_shop(qtbot, db, data_dir)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(JD_EXPORT))])

    def drop():
        event = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
        window.dropEvent(event)

    drop()  # not on the import step yet: ignored
    assert window.welcome is not None and getattr(window, "_import_dialog", None) is None
    flow.skip_button.click()
    flow.skip_button.click()
    with qtbot.waitSignal(window.changed, timeout=20000):
        drop()
    assert window.welcome is None
    dialog = window._import_dialog
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=20000)
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 20


def test_the_set_up_speaks_chinese(qtbot, db, data_dir, zh_translators):
    window, flow = new_shop(qtbot, db, data_dir)
    assert "小满茶舍" in window.welcome.title.text() and "设置" in window.welcome.title.text()
    assert flow.next_button.text() == "下一步" and flow.skip_button.text() == "跳过"
    assert "微信二维码" in flow.progress.text()
    flow.skip_button.click()
    flow.skip_button.click()
    assert flow.next_button.text() == "完成"
    assert "导入订单" in flow.import_step.import_button.text()
