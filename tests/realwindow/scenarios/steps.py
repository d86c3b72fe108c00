"""The seller's core loop, one function per step, driven through the window's own widgets.

This is the one place that knows how today's window does each step. When a screen changes (the
first-run set-up wizard, the print run, the redeem box…), adapt the step here; the scenarios only
call these functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

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
# closing the set-up builds the first area, as any start does once its first frame is painted
SETUP_CLOSES = "the first area's build when the set-up closes (app start-up)"


# start ---------------------------------------------------------------------------------------------
def start_app(data_dir: Path, dialogs, language: str = "zh_CN"):
    """What ``shopowner.ui.app.run_gui`` does before ``app.exec()``: translators, fonts, the shop
    file, the main window shown, start-up's objects frozen for the garbage collector (QSettings are
    the test's own, see tests/conftest.py; errors reach pytest-qt, not the error hook's dialog)."""
    from shopowner.i18n import install_translators
    from shopowner.store.db import wait_for_writers
    from shopowner.ui.app import GUI_BUSY_TIMEOUT_MS, open_or_explain, register_fonts
    from shopowner.ui.main_window import MainWindow

    app = QApplication.instance()
    install_translators(app, language)
    register_fonts(app)
    opened = open_or_explain(data_dir, dialogs)
    assert opened is not None, dialogs.messages
    db, facts = opened
    wait_for_writers(db, GUI_BUSY_TIMEOUT_MS)
    window = MainWindow(db, data_dir, dialogs, facts=facts)
    window.show()
    import gc

    gc.freeze()  # as run_gui does: full collections skip what start-up made (here also pytest's own)
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
    """First start on an empty folder: the welcome page's “start my shop” with the shop's and the
    founder's names; the set-up then asks for the WeChat QR."""
    welcome = window.welcome
    assert welcome is not None, "an empty data folder should greet the seller"
    gui.type(welcome.shop_name, shop)
    gui.type(welcome.founder_name, founder)
    gui.click(welcome.start_button)
    # the names are kept off the GUI thread; a refusal would show under the fields
    gui.wait_until(lambda: bool(welcome.error.text())
                   or (welcome.flow is not None and welcome.flow.qr_step.isVisible()), what="the set-up's QR step")
    assert not welcome.error.text(), f"the names were refused: {welcome.error.text()}"
    from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting

    assert (get_setting(window.db, SHOP_NAME), get_setting(window.db, FOUNDER_NAME)) == (shop, founder)


def set_founder_qr(gui, window, image: Path) -> None:
    """The set-up's “your WeChat on every card”: the QR picture saved from WeChat chosen through
    the file dialog, read (off the GUI thread) and shown, then Next keeps it."""
    flow = _setup_flow(window)
    assert flow.current_step() is flow.qr_step, "the set-up should ask for the QR first"
    picker = flow.qr_step.picker
    window.dialogs.files.append(str(image))
    gui.click(picker.choose_button)
    gui.wait_until(lambda: not picker.busy(), WAIT, "the QR image to be read")
    shown = picker.status.text()
    gui.check(FOUNDER_QR in shown, f"the QR read from the image is not shown: {shown!r}")
    gui.check(picker.preview.pixmap() is not None and not picker.preview.pixmap().isNull(),
              "no QR preview")
    gui.look("qr-read")
    gui.click(flow.next_button)
    gui.wait_until(lambda: flow.current_step() is flow.cards_step, what="the printer and cards step")
    from shopowner.store.settings import WECHAT_QR, get_setting

    # stored off the GUI thread
    gui.wait_until(lambda: get_setting(window.db, WECHAT_QR) == FOUNDER_QR, what="the QR to be stored")


def choose_printer_and_layout(gui, window, printer: str, layout: str) -> None:
    """The set-up's “your printer and card size”: ``printer`` is a queue name ("" for “no printer
    yet: save the cards as PDF”); Next keeps both (the cards area opens on them)."""
    flow = _setup_flow(window)
    assert flow.current_step() is flow.cards_step
    choice = flow.cards_step.choice
    index = choice.printer_choice.findData(printer)
    assert index >= 0, f"no printer {printer!r} offered: " \
        f"{[choice.printer_choice.itemText(i) for i in range(choice.printer_choice.count())]}"
    gui.call("choose the printer", choice.printer_choice.setCurrentIndex, index)
    index = choice.layout_choice.findData(layout)
    assert index >= 0, f"no layout {layout} offered"
    gui.call("choose the card layout", choice.layout_choice.setCurrentIndex, index)
    gui.look("printer-and-layout")
    gui.click(flow.next_button)
    gui.wait_until(flow.on_import_step, what="the first-import step")
    from shopowner.ui.setup.cards_choice import remembered_layout, remembered_printer

    assert (remembered_printer(), remembered_layout()) == (printer, layout)


def import_first_exports(gui, window, paths: list[Path]) -> str:
    """The set-up's last step, “import your first orders”: its button closes the set-up and the
    import runs (the files picked in the file dialog); returns the import's summary text."""
    flow = _setup_flow(window)
    assert flow.on_import_step()
    window.dialogs.files.append([str(p) for p in paths])
    before = getattr(window, "_import_dialog", None)
    gui.click(flow.import_step.import_button, allow=SETUP_CLOSES)
    gui.wait_until(lambda: window.welcome is None, what="the set-up to close")
    return _import_summary(gui, window, before)


def finish_setup(gui, window) -> None:
    """The set-up's last step closed with Finish (importing later, from 文件 → 导入订单)."""
    flow = _setup_flow(window)
    assert flow.on_import_step()
    gui.click(flow.next_button, allow=SETUP_CLOSES)
    gui.wait_until(lambda: window.welcome is None, what="the set-up to close")


def _setup_flow(window):
    assert window.welcome is not None and window.welcome.flow is not None, "the set-up is not shown"
    return window.welcome.flow


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
    before = getattr(window, "_import_dialog", None)
    gui.trigger(window.import_action)
    return _import_summary(gui, window, before)


def _import_summary(gui, window, before) -> str:
    """The import dialog that opened after ``before``: its summary once the import is done."""
    gui.wait_until(lambda: getattr(window, "_import_dialog", None) not in (None, before),
                   what="the import dialog")
    dialog = window._import_dialog
    gui.wait_until(lambda: dialog.close_button.isEnabled(), WAIT, "the import to finish")
    summary = dialog.summary.toPlainText()
    gui.look("import-summary")
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


def wait_preview(gui, area) -> dict:
    """The preview drawn (planned and drawn off the GUI thread, in the drawing process) and shown;
    returns what it shows (``plan``, ``exact`` …)."""
    pane = area.preview
    gui.wait_until(lambda: area.editor is not None and not pane.pending() and pane.result is not None,
                   WAIT, "the preview")
    return pane.result


def going_out_order_numbers(db) -> list[str]:
    """The platform order numbers of the parcels going out (paid, not shipped, no card yet)."""
    from shopowner.store.cards import to_ship_order_ids

    ids = to_ship_order_ids(db)
    return [db.execute("SELECT platform_order_id FROM orders WHERE id = ?", [i]).fetchone()[0] for i in ids]


def _printer_answer(gui, *, queue: str | None = None, pdf: Path | None = None, doc_name: str = ""):
    """Work Qt's print dialog: the queue (or “print to file” with a name), press Print.

    ``queue`` is checked to be the one preselected (the printer chosen at set-up or last time), as a
    seller would just press Print; ``doc_name`` is set as the dialog's document name."""
    def answer(dialog):
        printers = dialog.findChild(QComboBox, "printers")
        if queue is not None:
            index = printers.findText(queue)
            assert index >= 0, f"no printer {queue} in {[printers.itemText(i) for i in range(printers.count())]}"
            gui.check(printers.currentIndex() == index,
                      f"the print dialog offered {printers.currentText()!r}, "
                      f"not the printer chosen before ({queue})")
        else:
            index = printers.count() - 1  # the last entry is Qt's “Print to File (PDF)”
        gui.call("choose printer", printers.setCurrentIndex, index)
        if pdf is not None:
            name = dialog.findChild(QLineEdit, "filename")
            name.clear()
            gui.type(name, str(pdf))
        if doc_name:
            dialog.printer().setDocName(doc_name)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        gui.click(ok, "press Print")
        return True
    return answer


@dataclass
class Printed:
    codes: list[str]   # the cards' codes, in print order
    went_to: str       # where the app recorded the batch went: the CUPS job id (CardPDF-12) or the file
    title: str         # the batch's title (包裹卡：待发货的包裹)


def print_going_out(gui, window, *, queue: str | None = None, pdf: Path | None = None,
                    doc_name: str = "") -> Printed:
    """The one-click 为待发货包裹打印卡片: the batch the preview shows, Qt's print dialog answered,
    the job sent for real."""
    area = show_area(gui, window, "cards")
    shown = wait_preview(gui, area)
    window.dialogs.dialog_results.append(_printer_answer(gui, queue=queue, pdf=pdf, doc_name=doc_name))
    before = len(window.dialogs.messages)
    gui.click(area.print_going_out)
    gui.wait_until(lambda: area.taskbar.isHidden() and len(window.dialogs.messages) > before,
                   WAIT * 3, "the cards to print")
    _check_done(window, before, "printing failed")
    plan = area.last_plan
    assert plan.key() == shown["plan"].key(), "what printed is not the batch the preview showed"
    from shopowner.cards.batch import batch_title

    return Printed([c.content.code for c in plan.cards], _last_batch_went_to(window.db), batch_title(plan))


def save_cards_pdf(gui, window, order_numbers: list[str], out: Path) -> list[str]:
    """“Or: these orders …  Save as PDF…”: cards for the given orders written to ``out``; returns
    the cards' codes."""
    area = show_area(gui, window, "cards")
    index = area.selection.findData("ids")
    gui.call("choose these orders", area.selection.setCurrentIndex, index)
    area.order_ids.clear()
    gui.type(area.order_ids, ",".join(order_numbers))
    gui.key(area.order_ids, Qt.Key_Return)  # the typed numbers are the selection (the preview follows)
    # The seller looks at the preview of these cards before saving. (Pressed while the preview is
    # still drawing, Save as PDF… and Print… wait for it and never start: PreviewPane._show emits
    # ``shown`` before its task counts as finished, so the area's start_batch waits again.)
    wait_preview(gui, area)
    window.dialogs.files.append(str(out))
    before = len(window.dialogs.messages)
    gui.click(area.save_button)
    gui.wait_until(lambda: area.taskbar.isHidden() and len(window.dialogs.messages) > before,
                   WAIT * 3, "the PDF to be written")
    _check_done(window, before, "no PDF")
    assert out.exists(), f"no PDF at {out}"
    return [c.content.code for c in area.last_plan.cards]


def _check_done(window, before: int, what: str) -> None:
    from shopowner.i18n import translate

    kind, title, _text = window.dialogs.messages[-1]
    assert (kind, title) == ("information", translate("PrintRun", "Cards done")), \
        f"{what}: {window.dialogs.messages[before:]}"


def _last_batch_went_to(db) -> str:
    row = db.execute("SELECT pdf_path FROM card_batches ORDER BY id DESC LIMIT 1").fetchone()
    assert row is not None, "no batch was recorded as printed"
    return row[0]


# after the parcels went out -------------------------------------------------------------------------
def redeem_code(gui, window, friend_request: str, wechat_name: str) -> tuple[str, str]:
    """Ctrl+K, paste the friend request, mark the buyer added on WeChat.

    Returns the confirmation line and the card's order number (to find the buyer again)."""
    box = look_up_code(gui, window, friend_request)
    assert box.mark_button.isEnabled(), f"the code was not found: {box.result.text()}"
    order = box.match.platform_order_id
    gui.look("redeem-found")
    gui.type(box.wechat_name, wechat_name)
    gui.click(box.mark_button)
    # saved off the GUI thread
    gui.wait_until(lambda: bool(box.status.text()), what="the confirmation of the buyer added")
    status = box.status.text()
    gui.look("redeem-done")
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
    """今日复盘: the day's page loads off the GUI thread (and the day's reminders with it); waits
    until it is shown."""
    from shopowner.ui.followups.keeper import reminder_keeper

    page = show_area(gui, window, "review")
    keeper = reminder_keeper(window)
    # the keeper's reminders arrive first (it then asks the page to load again), the page after
    gui.wait_until(lambda: not keeper.busy and not page.loading and page.review is not None,
                   WAIT, "the daily review to load")
    return page


def open_growth(gui, window):
    """增长: the figures are counted off the GUI thread; waits until they are shown."""
    area = show_area(gui, window, "growth")
    gui.wait_until(lambda: area.task is None and area.figures is not None, WAIT, "the growth figures")
    return area
