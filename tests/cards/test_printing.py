"""Printing a card PDF through QPrinter: page images at the printer's resolution, thermal 203 dpi
included; the output keeps the card's page size and the QR decodes from a 1-bit render."""

from __future__ import annotations

from shopowner.cards.batch import plan_batch, render_plan
from shopowner.cards.layouts import BUILTIN_LAYOUTS, MM
from tests.cards.conftest import DEMO_QR, decode_cell, open_pdf, page_image


def test_a_thermal_printer_at_203_dpi_prints_decodable_cards(card_shop, data_dir, tmp_path, qapp):
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.ui.cards.printing import prepare_printer, print_pdf

    layout = BUILTIN_LAYOUTS["roll-76"]
    plan = plan_batch(card_shop, data_dir, "1,2,3")
    source = tmp_path / "cards.pdf"
    render_plan(plan, layout, source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(203)
    prepare_printer(printer, source)
    assert print_pdf(source, printer) == 3
    printed = open_pdf(tmp_path / "printed.pdf")
    assert len(printed) == 3
    for page in printed:
        w, h = (v / MM for v in page.get_size())
        assert abs(w - layout.page_w) <= 0.5 and abs(h - layout.page_h) <= 0.5
        assert decode_cell(page_image(page, 203, one_bit=True), layout, 0, 203) == [DEMO_QR]
