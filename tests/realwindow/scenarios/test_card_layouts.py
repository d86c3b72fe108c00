"""Printing in every card layout, in a real window: the parcels going out printed to the CUPS
queue through Qt's print dialog, and the same parcels saved as PDF, then both files checked
(pages, page size, codes in the text, the founder's QR decoding).

The core loop (test_core_loop.py) does the whole day once on A4 4 × A6; here only the printing
step runs for each other layout, on a small shop (two exports, a handful of parcels) so the
printing at the printer's resolution stays quick.
"""

from __future__ import annotations

import os

import pytest

from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.demo import start_shop
from shopowner.imports.run import import_files
from shopowner.store import open_database
from shopowner.store.settings import WECHAT_QR, set_setting
from tests.realwindow.scenarios import steps
from tests.realwindow.scenarios.pdfcheck import (
    Pdf, cups_job_attributes, keep_queue_pdf, queue_missing, wait_cups_job,
)
from tests.realwindow.scenarios.test_core_loop import LAYOUT as DONE_IN_THE_CORE_LOOP
from tests.realwindow.scenarios.test_core_loop import check_cards

QUEUE = os.environ.get("SHOPOWNER_TEST_QUEUE", "CardPDF")
LAYOUTS = [name for name in BUILTIN_LAYOUTS if name != DONE_IN_THE_CORE_LOOP]
SMALL_SHOP = [steps.ORDERS / "jd/订单导出_20241121.csv", steps.ORDERS / "pdd/拼多多订单导出.csv"]


@pytest.fixture
def shop(data_dir):
    db = open_database(data_dir)
    start_shop(db, "小满茶舍", "林小满")
    set_setting(db, WECHAT_QR, steps.FOUNDER_QR)
    result = import_files(db, [str(p) for p in SMALL_SHOP])
    db.close()
    assert all(not f.error for f in result.files), result.files
    return data_dir


@pytest.mark.parametrize("name", LAYOUTS)
def test_card_layout(gui, dialogs, shop, name):
    layout = BUILTIN_LAYOUTS[name]
    with gui.step("start", allow="app start-up"):
        window = steps.start_app(shop, dialogs)
        gui.shown(window)
    with gui.step("open the cards area", allow="its first build (timed in test_core_loop)"):
        steps.show_area(gui, window, "cards")
    with gui.step(f"choose {name}"):
        steps.choose_layout(gui, window, name)
    gui.idle(f"the cards area on {name}")
    going_out = steps.going_out_order_numbers(window.db)
    assert len(going_out) >= 4

    reason = queue_missing(QUEUE)
    if reason is None:
        with gui.step(f"print the parcels going out on {name} to {QUEUE}"):
            printed = steps.print_going_out(gui, window, queue=QUEUE)
        gui.check(len(printed.codes) == len(going_out),
                  f"{len(printed.codes)} cards for {len(going_out)} parcels")
        with gui.step("the job reached the queue"):
            cups = Pdf(wait_cups_job(printed.went_to))
        title = cups_job_attributes(printed.went_to)["job-name"]
        gui.check(title == printed.title, f"the queue shows the job as {title!r}, not {printed.title!r}")
        try:
            check_cards(gui, cups, printed.codes, layout, "the queue's PDF")
        finally:
            cups.close()
            keep_queue_pdf(cups.path, gui.folder)
    else:
        print(f"not printed to a queue: {reason}")

    pdf_path = gui.folder / f"cards-{name}.pdf"
    with gui.step(f"save the same parcels' cards on {name} as PDF"):
        saved = steps.save_cards_pdf(gui, window, going_out, pdf_path)
    pdf = Pdf(pdf_path)
    try:
        gui.check(len(saved) == len(going_out), f"{len(saved)} cards for {len(going_out)} parcels")
        check_cards(gui, pdf, saved, layout, pdf_path.name)
    finally:
        pdf.close()
    gui.idle(f"after printing on {name}")
    with gui.step("quit"):
        steps.close_app(gui, window)
    gui.finish()
