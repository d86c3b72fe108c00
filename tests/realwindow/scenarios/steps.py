"""The seller's core loop, one function per step, driven through the window's own widgets.

This is the one place that knows how today's window does each step. When a screen changes (the
first-run set-up wizard, the print run, the redeem box…), adapt the step here; the scenarios only
call these functions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QPushButton

from tests.conftest import FIXTURES

ORDERS = FIXTURES / "orders"
# every platform export of the fixtures (the bad files are for the import tests)
EXPORTS = [ORDERS / p for p in (
    "taobao/ExportOrderList202411201030.csv", "taobao/ExportOrderDetailList202411201030.csv",
    "taobao-qianniu/订单导出20241121.xlsx", "jd/订单导出_20241121.csv", "pdd/拼多多订单导出.csv",
    "douyin/fxg_export_202411211530.csv", "kuaishou/快手订单.xlsx", "youzan/有赞订单_订单维度.csv",
    "wechat-shop/微信小店订单.xlsx")]
FOUNDER_QR = "https://u.wechat.com/realwindow-founder-test"
WAIT = 60000


# start ---------------------------------------------------------------------------------------------
def start_app(data_dir: Path, dialogs, language: str = "zh_CN"):
    """What ``shopowner.ui.app.run_gui`` does before ``app.exec()``: translators, fonts, the shop
    file, the main window shown (QSettings are the test's own, see tests/conftest.py)."""
    from shopowner.i18n import install_translators
    from shopowner.ui.app import GUI_BUSY_TIMEOUT_MS, open_or_explain, register_fonts
    from shopowner.ui.main_window import MainWindow

    app = QApplication.instance()
    install_translators(app, language)
    register_fonts(app)
    db = open_or_explain(data_dir, dialogs)
    assert db is not None, dialogs.messages
    db.execute(f"PRAGMA busy_timeout = {GUI_BUSY_TIMEOUT_MS}")
    window = MainWindow(db, data_dir, dialogs)
    window.show()
    return window


def close_app(gui, window) -> None:
    window.close()
    gui.settle(50)
    window.db.close()
    window.deleteLater()
    gui.settle(50)


def make_qr_image(path: Path, text: str = FOUNDER_QR) -> Path:
    """The founder's WeChat QR as an image file, as saved from WeChat."""
    import qrcode

    qrcode.make(text, border=4, box_size=10).save(str(path))
    return path


# set-up --------------------------------------------------------------------------------------------
def start_my_shop(gui, window, shop: str, founder: str) -> None:
    """First start on an empty folder: the welcome page's “start my shop”."""
    welcome = window.welcome
    assert welcome is not None, "an empty data folder should greet the seller"
    gui.type(welcome.shop_name, shop)
    gui.type(welcome.founder_name, founder)
    gui.click(welcome.start_button)
    gui.wait_until(lambda: window.welcome is None, what="the welcome page to close")


def set_founder_qr(gui, window, image: Path) -> None:
    """The founder's WeChat QR from an image file. Today: 卡片设置 in the cards area
    (the set-up wizard will offer it at first start; adapt here when it does)."""
    area = show_area(gui, window, "cards")
    window.dialogs.files.append(str(image))

    def fill(dialog):
        choose = next(b for b in dialog.findChildren(QPushButton) if b.text() == dialog.tr("Choose image…"))
        gui.click(choose)
        assert dialog.qr.text() == str(image)
        gui.click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok))
        return True

    window.dialogs.dialog_results.append(fill)
    gui.click(area.settings_button)
    found = [m for m in window.dialogs.messages if m[0] in ("information", "warning")][-1:]
    assert found and found[0][0] == "information", f"the QR image was not taken: {found}"
    from shopowner.store.settings import WECHAT_QR, get_setting

    assert get_setting(window.db, WECHAT_QR), "no QR stored"


# areas ---------------------------------------------------------------------------------------------
def show_area(gui, window, key: str):
    """Click the area in the navigation list."""
    row = window.area_keys().index(key)
    item = window.nav.item(row)
    rect = window.nav.visualItemRect(item)
    gui._timed(f"open area {key}", QTest.mouseClick, window.nav.viewport(), Qt.LeftButton,
               Qt.NoModifier, rect.center())
    gui.wait_until(lambda: window.current_area() == key and key in window._area_widgets
                   and window._area_widgets[key].isVisible(), what=f"the {key} area")
    return window._area_widgets[key]


def open_customer(gui, window, customer_id: int):
    """The customer book with this customer's details open (as after a double-click)."""
    area = show_area(gui, window, "customers")
    gui.call("find the customer", area.select_customer, customer_id)
    gui.call("open the customer", area.open_detail)
    gui.settle(200)
    return area


def look_up_code(gui, window, friend_request: str):
    """Ctrl+K with a friend request pasted, the card found (nothing marked); returns the box."""
    action = next(a for a in window.file_menu.actions() if a.objectName() == "redeemAction")
    gui.trigger(action)
    box = window._quick_redeem_box
    gui.shown(box)
    gui.call("paste the friend request", box.paste.setText, friend_request)
    gui.wait_until(lambda: box.mark_button.isEnabled() or bool(box.result.text()), what="the look-up")
    return box


# import --------------------------------------------------------------------------------------------
def import_exports(gui, window, paths: list[Path]) -> str:
    """文件 → 导入订单…, the files picked, the import runs; returns the import's summary text."""
    window.dialogs.files.append([str(p) for p in paths])
    gui.trigger(window.import_action)
    dialog = window._import_dialog
    gui.wait_until(lambda: dialog.close_button.isEnabled(), WAIT, "the import to finish")
    summary = dialog.summary.toPlainText()
    gui.shot("import-summary")
    gui.click(dialog.close_button)
    return summary


# cards ---------------------------------------------------------------------------------------------
def choose_layout(gui, window, name: str):
    area = show_area(gui, window, "cards")
    combo = area.layout_choice
    index = combo.findData(name)
    assert index >= 0, f"no layout {name} in the list"
    gui.call(f"choose layout {name}", combo.setCurrentIndex, index)
    wait_preview(gui, area)
    return area


def wait_preview(gui, area) -> None:
    pane = area.preview
    gui.wait_until(lambda: not pane.timer.isActive() and pane.path is not None
                   and pane.status.text() != pane.tr("Drawing the preview…"), WAIT, "the preview")


def going_out_order_numbers(db) -> list[str]:
    """The platform order numbers of the parcels going out (paid, not shipped, no card yet)."""
    from shopowner.store.cards import to_ship_order_ids

    ids = to_ship_order_ids(db)
    return [db.execute("SELECT platform_order_id FROM orders WHERE id = ?", [i]).fetchone()[0] for i in ids]


def _printer_answer(gui, *, queue: str | None = None, pdf: Path | None = None, doc_name: str = ""):
    """Work Qt's print dialog: pick the queue (or “print to file” with a name), press Print."""
    def answer(dialog):
        printers = dialog.findChild(QComboBox, "printers")
        if queue is not None:
            index = printers.findText(queue)
            assert index >= 0, f"no printer {queue} in {[printers.itemText(i) for i in range(printers.count())]}"
        else:
            index = printers.count() - 1  # the last entry is Qt's “Print to File (PDF)”
        gui.call("choose printer", printers.setCurrentIndex, index)
        if pdf is not None:
            name = dialog.findChild(QLineEdit, "filename")
            name.clear()
            gui.type(name, str(pdf))
        if doc_name:
            dialog.printer().setDocName(doc_name)  # to find this job among the queue's output
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        gui.click(ok, "press Print")
        return True
    return answer


def print_going_out(gui, window, *, queue: str | None = None, pdf: Path | None = None,
                    doc_name: str = "") -> int:
    """The one-click 为待发货包裹打印卡片: the print dialog answered, the job printed for real.
    Returns the number of cards."""
    area = show_area(gui, window, "cards")
    window.dialogs.dialog_results.append(_printer_answer(gui, queue=queue, pdf=pdf, doc_name=doc_name))
    before = len(window.dialogs.messages)
    gui.click(area.print_going_out)
    gui.wait_until(lambda: area.progress.isHidden() and len(window.dialogs.messages) > before,
                   WAIT * 3, "the cards to print")
    kind, _title, text = window.dialogs.messages[-1]
    assert kind == "information", f"printing failed: {window.dialogs.messages[before:]}"
    return len(area.last_plan.cards)


def save_cards_pdf(gui, window, order_numbers: list[str], out: Path) -> int:
    """“Or: these orders …  Save as PDF…”: cards for the given orders written to ``out``."""
    area = show_area(gui, window, "cards")
    index = area.selection.findData("ids")
    gui.call("choose these orders", area.selection.setCurrentIndex, index)
    area.order_ids.clear()
    gui.type(area.order_ids, ",".join(order_numbers))
    window.dialogs.files.append(str(out))
    before = len(window.dialogs.messages)
    gui.click(area.save_button)
    gui.wait_until(lambda: area.progress.isHidden() and len(window.dialogs.messages) > before,
                   WAIT * 3, "the PDF to be written")
    kind, _title, text = window.dialogs.messages[-1]
    assert kind == "information" and out.exists(), f"no PDF: {window.dialogs.messages[before:]}"
    return len(area.last_plan.cards)


# after the parcels went out -------------------------------------------------------------------------
def redeem_code(gui, window, friend_request: str, wechat_name: str) -> tuple[str, str]:
    """Ctrl+K, paste the friend request, mark the buyer added on WeChat.

    Returns the confirmation line and the card's order number (to find the buyer again)."""
    box = look_up_code(gui, window, friend_request)
    assert box.mark_button.isEnabled(), f"the code was not found: {box.result.text()}"
    order = box.match.platform_order_id
    gui.shot("redeem-found")
    gui.type(box.wechat_name, wechat_name)
    gui.click(box.mark_button)
    status = box.status.text()
    assert status, "no confirmation after marking the buyer added"
    gui.shot("redeem-done")
    box.close()
    return status, order


def log_followup(gui, window, customer_query: str, summary: str) -> None:
    """跟进与反馈 → 跟进记录 → 新建跟进: find the customer, type the summary, save."""
    area = show_area(gui, window, "followups")
    gui.call("open the follow-ups tab", area.tabs.setCurrentWidget, area.log)

    def fill(dialog):
        gui.type(dialog.search.query, customer_query)
        gui.wait_until(lambda: dialog.search.results.count() > 0, what="the customer search")
        gui.type(dialog.summary, summary)
        gui.click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save))
        assert not dialog.error.text(), dialog.error.text()
        return True

    window.dialogs.dialog_results.append(fill)
    rows = area.log.model.rowCount()
    gui.click(area.log.new_button)
    gui.wait_until(lambda: area.log.model.rowCount() == rows + 1, what="the follow-up in the log")


def open_review(gui, window):
    page = show_area(gui, window, "review")
    gui.wait_until(lambda: getattr(page, "review", True) is not None, WAIT, "the daily review")
    return page


def open_growth(gui, window):
    area = show_area(gui, window, "growth")
    gui.wait_until(lambda: getattr(area, "task", None) is None, WAIT, "the growth figures")
    return area

