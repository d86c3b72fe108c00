"""The seller's whole first day in a real window: an empty folder, the shop set up with the
founder's QR, the platforms' exports imported, the parcels' cards printed to the CUPS queue and
to PDF, a card's code redeemed, a follow-up logged, the daily review and the growth figures read.

Fails on a frozen window (the watchdog), an error, or a GUI thread busy while nothing happens
(measured by the parent at each ``gui.idle``)."""

from __future__ import annotations

import os

from shopowner.cards.layouts import BUILTIN_LAYOUTS
from tests.realwindow.scenarios import steps
from tests.realwindow.scenarios.pdfcheck import (
    Pdf, page_size_problems, pages_for, queue_missing, wait_cups_job,
)

QUEUE = os.environ.get("SHOPOWNER_TEST_QUEUE", "CardPDF")
LAYOUT = "a4-4up-a6"


def test_core_loop(gui, dialogs, data_dir, tmp_path):
    layout = BUILTIN_LAYOUTS[LAYOUT]
    with gui.step("first start on an empty folder", allow="app start-up"):
        window = steps.start_app(data_dir, dialogs)
        gui.shown(window)
    gui.idle("the welcome page")

    # the first area is built when the welcome page closes, as at any start: start-up cost
    with gui.step("start my shop", allow="the first area's build (app start-up)"):
        steps.start_my_shop(gui, window, "小满茶舍", "林小满")
    with gui.step("the founder's WeChat QR from an image"):
        steps.set_founder_qr(gui, window, steps.make_qr_image(tmp_path / "我的微信二维码.png"))

    with gui.step("import the platforms' exports"):
        summary = steps.import_exports(gui, window, steps.EXPORTS)
    orders = window.db.execute("SELECT count(*) FROM orders").fetchone()[0]
    assert orders == 141, summary  # tests/fixtures/orders/MANIFEST.md: every distinct order
    with gui.step("the customer book"):
        book = steps.show_area(gui, window, "customers")
    gui.idle("the customer book")

    with gui.step(f"the cards area, layout {LAYOUT}"):
        steps.choose_layout(gui, window, LAYOUT)
    gui.idle("the cards area")

    going_out = steps.going_out_order_numbers(window.db)
    assert going_out, "the fixtures have parcels waiting to ship"
    reason = queue_missing(QUEUE)
    if reason is None:
        job = f"realwindow-{os.getpid()}-{LAYOUT}"
        with gui.step(f"print the parcels going out to {QUEUE}"):
            printed = steps.print_going_out(gui, window, queue=QUEUE, doc_name=job)
        assert printed == len(going_out)
        with gui.step("the job reached the queue"):
            cups = Pdf(wait_cups_job(job))
        try:
            gui.check(len(cups) == pages_for(printed, layout), f"{len(cups)} pages reached the queue")
            for problem in page_size_problems(cups, layout):
                gui.check(False, f"the queue's PDF: {problem}")
            gui.check(steps.FOUNDER_QR in cups.qr_texts(0), "the QR on the queue's first page does not decode")
        finally:
            cups.close()
            cups.path.unlink(missing_ok=True)
    else:
        print(f"not printed to a queue: {reason}")

    pdf_path = gui.folder / f"cards-{LAYOUT}.pdf"
    with gui.step("save the same parcels' cards as PDF"):
        saved = steps.save_cards_pdf(gui, window, going_out, pdf_path)
    pdf = Pdf(pdf_path)
    try:
        gui.check(saved == len(going_out), f"{saved} cards for {len(going_out)} parcels")
        gui.check(len(pdf) == pages_for(saved, layout), f"{len(pdf)} pages for {saved} cards")
        for problem in page_size_problems(pdf, layout):
            gui.check(False, problem)
        codes = pdf.codes()
        gui.check(len(codes) == saved, f"{len(codes)} codes in the PDF's text for {saved} cards")
        decoded = pdf.qr_texts(0).count(steps.FOUNDER_QR)
        gui.check(decoded == min(saved, layout.per_page), f"{decoded} QR codes decode on page 1")
        assert codes, "no card code in the PDF's text: nothing to redeem"
    finally:
        pdf.close()
    gui.idle("after printing")

    with gui.step("a buyer sends the card's code"):
        status, order = steps.redeem_code(gui, window, f"你好，我是买茶的，暗号 {codes[0]}", "茶友小林")
    assert codes[0] in status
    with gui.step("log a follow-up with that buyer"):
        steps.log_followup(gui, window, order, "问了新茶的口感，下周寄样品")
    with gui.step("the daily review"):
        steps.open_review(gui, window)
    gui.idle("the daily review")
    with gui.step("the growth figures"):
        steps.open_growth(gui, window)
    gui.idle("the growth figures")
    with gui.step("quit"):
        steps.close_app(gui, window)
    criticals = [m for m in dialogs.messages if m[0] == "critical"]
    assert not criticals, criticals
    gui.finish()
