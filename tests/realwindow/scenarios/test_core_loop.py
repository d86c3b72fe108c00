"""The seller's whole first day in a real window: an empty folder, the shop set up (names, the
founder's WeChat QR from an image, the printer and card layout, the first import of the platforms'
exports), the parcels' cards printed to the CUPS queue and saved as PDF, a code read off the printed
cards redeemed, a follow-up logged, the daily review and the growth figures read. Then the first
steps once more in English, importing later from 文件 → 导入订单.

Fails on a frozen window (the watchdog), an error, or a GUI thread busy while nothing happens
(measured by the parent at each ``gui.idle``)."""

from __future__ import annotations

import os

from shopowner.cards.layouts import BUILTIN_LAYOUTS
from tests.realwindow.scenarios import steps
from tests.realwindow.scenarios.pdfcheck import (
    Pdf, cups_job_attributes, keep_queue_pdf, page_size_problems, pages_for, queue_missing, wait_cups_job,
)

QUEUE = os.environ.get("SHOPOWNER_TEST_QUEUE", "CardPDF")
LAYOUT = "a4-4up-a6"


def check_cards(gui, pdf: Pdf, codes: list[str], layout, where: str) -> None:
    """The printed cards: one page per ``per_page`` cards, each page the layout's size to 0.1 mm,
    the cards' codes in the text, the founder's QR decoding on the first page."""
    gui.check(len(pdf) == pages_for(len(codes), layout), f"{where}: {len(pdf)} pages for {len(codes)} cards")
    for problem in page_size_problems(pdf, layout):
        gui.check(False, f"{where}: {problem}")
    found = pdf.codes()
    gui.check(sorted(found) == sorted(codes), f"{where}: the codes in the text {found} are not the "
                                              f"cards' {codes}")
    decoded = pdf.qr_texts(0).count(steps.FOUNDER_QR)
    gui.check(decoded == min(len(codes), layout.per_page), f"{where}: {decoded} QR codes decode on page 1")


def test_core_loop(gui, dialogs, data_dir, tmp_path):
    layout = BUILTIN_LAYOUTS[LAYOUT]
    queue_problem = queue_missing(QUEUE)
    with gui.step("first start on an empty folder", allow="app start-up"):
        window = steps.start_app(data_dir, dialogs)
        gui.shown(window)
    gui.idle("the welcome page")

    with gui.step("start my shop"):
        steps.start_my_shop(gui, window, "小满茶舍", "林小满")
    with gui.step("the founder's WeChat QR from an image"):
        steps.set_founder_qr(gui, window, steps.make_qr_image(tmp_path / "我的微信二维码.png"))
    with gui.step("the printer and the card layout"):
        steps.choose_printer_and_layout(gui, window, "" if queue_problem else QUEUE, LAYOUT)
    gui.idle("the set-up's last step")
    with gui.step("import the platforms' exports from the set-up"):
        summary = steps.import_first_exports(gui, window, steps.EXPORTS)
    orders = window.db.execute("SELECT count(*) FROM orders").fetchone()[0]
    assert orders == 141, summary  # tests/fixtures/orders/MANIFEST.md: every distinct order
    with gui.step("the customer book"):
        steps.show_area(gui, window, "customers")
    gui.idle("the customer book")

    with gui.step("the cards area, on the layout chosen at set-up"):
        area = steps.show_area(gui, window, "cards")
        shown = steps.wait_preview(gui, area)
    gui.check(area.layout_choice.currentData() == LAYOUT,
              f"the cards area opened on {area.layout_choice.currentData()}, not {LAYOUT}")
    gui.check(bool(shown.get("exact")), f"the preview is not what prints: {area.preview.status.text()!r}")
    gui.idle("the cards area")

    going_out = steps.going_out_order_numbers(window.db)
    assert going_out, "the fixtures have parcels waiting to ship"
    printed_pdf = None
    if queue_problem is None:
        job_name = f"realwindow-{os.getpid()}-{LAYOUT}"
        with gui.step(f"print the parcels going out to {QUEUE}"):
            printed = steps.print_going_out(gui, window, queue=QUEUE, doc_name=job_name)
        gui.check(len(printed.codes) == len(going_out),
                  f"{len(printed.codes)} cards for {len(going_out)} parcels")
        with gui.step("the job reached the queue"):
            cups = Pdf(wait_cups_job(printed.went_to))
        title = cups_job_attributes(printed.went_to)["job-name"]
        gui.check(title == job_name, f"the queue shows the job as {title!r}, not the dialog's {job_name!r}")
        try:
            check_cards(gui, cups, printed.codes, layout, "the queue's PDF")
            printed_pdf = cups.codes()
        finally:
            cups.close()
            keep_queue_pdf(cups.path, gui.folder)
    else:
        print(f"not printed to a queue: {queue_problem}")

    pdf_path = gui.folder / f"cards-{LAYOUT}.pdf"
    with gui.step("save the same parcels' cards as PDF"):
        saved = steps.save_cards_pdf(gui, window, going_out, pdf_path)
    pdf = Pdf(pdf_path)
    try:
        gui.check(len(saved) == len(going_out), f"{len(saved)} cards for {len(going_out)} parcels")
        check_cards(gui, pdf, saved, layout, pdf_path.name)
        codes = printed_pdf or pdf.codes()  # the code a buyer finds on a card that went out
    finally:
        pdf.close()
    assert codes, "no card code in the printed cards' text: nothing to redeem"
    gui.idle("after printing")

    with gui.step("a buyer sends the card's code"):
        status, order = steps.redeem_code(gui, window, f"你好，我是买茶的，暗号 {codes[0]}", "茶友小林")
    gui.check(codes[0] in status, f"the confirmation does not name the code: {status!r}")
    with gui.step("log a follow-up with that buyer"):
        steps.log_followup(gui, window, order, "问了新茶的口感，下周寄样品")
    with gui.step("the daily review"):
        review = steps.open_review(gui, window)
    gui.check(any(codes[0] in item.text(0) for item in review.items()),
              f"the daily review does not list today's WeChat add with card {codes[0]}")
    gui.idle("the daily review")
    with gui.step("the growth figures"):
        growth = steps.open_growth(gui, window).figures
    gui.check((growth.private_customers, growth.cards_redeemed) == (1, 1),
              f"growth counts {growth.private_customers} private customer(s) and {growth.cards_redeemed} "
              "redeemed card(s), not the one buyer who sent the code")
    gui.idle("the growth figures")
    with gui.step("quit"):
        steps.close_app(gui, window)
    criticals = [m for m in dialogs.messages if m[0] == "critical"]
    assert not criticals, criticals
    gui.finish()


def test_first_start_in_english(gui, dialogs, data_dir, tmp_path):
    """The first steps as an English-speaking seller sees them: the set-up skipped to its end and
    the first import done later from File → Import orders. (How long the set-up and the cards area
    take to build the first time is test_core_loop's check; here only the screens are new.)"""
    with gui.step("first start on an empty folder", allow="app start-up"):
        window = steps.start_app(data_dir, dialogs, language="en")
        gui.shown(window)
    with gui.step("start my shop", allow="the set-up's first build (timed in test_core_loop)"):
        steps.start_my_shop(gui, window, "Xiaoman Tea House", "Lin Xiaoman")
    with gui.step("the founder's WeChat QR from an image"):
        steps.set_founder_qr(gui, window, steps.make_qr_image(tmp_path / "my-wechat-qr.png"))
    with gui.step("no printer yet, a thermal label layout"):
        steps.choose_printer_and_layout(gui, window, "", "thermal-100x150")
    with gui.step("finish the set-up without importing"):
        steps.finish_setup(gui, window)
    gui.idle("the empty customer book")
    with gui.step("import from File, Import orders"):
        steps.import_exports(gui, window, [steps.ORDERS / "jd/订单导出_20241121.csv"])
    with gui.step("open the cards area", allow="its first build (timed in test_core_loop)"):
        area = steps.show_area(gui, window, "cards")
    with gui.step("the cards area, on the layout chosen at set-up"):
        steps.wait_preview(gui, area)
    gui.check(area.layout_choice.currentData() == "thermal-100x150",
              f"the cards area opened on {area.layout_choice.currentData()}")
    with gui.step("quit"):
        steps.close_app(gui, window)
    gui.finish()
