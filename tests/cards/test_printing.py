"""Printing a card PDF: the printer's page is set in millimetres from the PDF (never rounded to
whole points), a dialog's "print to file" gets the card PDF itself, and the painted route (Windows)
prints decodable cards at a thermal printer's 203 dpi."""

from __future__ import annotations

import pytest

from shopowner.cards.batch import plan_batch, render_plan
from shopowner.cards.layouts import BUILTIN_LAYOUTS, MM
from tests.cards.conftest import DEMO_QR, decode_cell, open_pdf, page_image, pdf_codes


@pytest.mark.parametrize("name", ["roll-76", "roll-80", "thermal-100x150", "a4-4up-a6"])
def test_the_printer_page_is_the_pdf_page_in_millimetres(name, card_shop, data_dir, tmp_path, qapp):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.ui.cards.printing import prepare_printer

    layout = BUILTIN_LAYOUTS[name]
    source = tmp_path / "cards.pdf"
    render_plan(plan_batch(card_shop, data_dir, "1", layout=layout), layout, source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, source)
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert abs(size.width() - layout.page_w) < 0.01 and abs(size.height() - layout.page_h) < 0.01


def test_print_to_file_from_the_dialog_writes_the_card_pdf_itself(card_shop, data_dir, tmp_path, qapp):
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.ui.cards.printing import deliver, target_for

    layout = BUILTIN_LAYOUTS["roll-76"]
    source = tmp_path / "cards.pdf"
    render_plan(plan_batch(card_shop, data_dir, "1,2", layout=layout), layout, source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    target = target_for(printer)
    assert target.route == "file"
    deliver(source, target, printer)
    printed = open_pdf(tmp_path / "printed.pdf")
    assert pdf_codes(tmp_path / "printed.pdf") == pdf_codes(source)
    w, h = (v / MM for v in printed[0].get_size())
    assert abs(w - 76) <= 0.01 and abs(h - layout.page_h) <= 0.01


def test_the_painted_route_prints_decodable_cards_at_203_dpi(card_shop, data_dir, tmp_path, qapp):
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.ui.cards.printing import prepare_printer, print_pdf

    layout = BUILTIN_LAYOUTS["roll-76"]
    plan = plan_batch(card_shop, data_dir, "1,2,3", layout=layout)
    source = tmp_path / "cards.pdf"
    render_plan(plan, layout, source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)  # Qt's own PDF writer stands in for a GDI printer
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(203)
    prepare_printer(printer, source)
    assert print_pdf(source, printer) == 3
    printed = open_pdf(tmp_path / "printed.pdf")
    assert len(printed) == 3
    for page in printed:
        w, h = (v / MM for v in page.get_size())
        assert abs(w - layout.page_w) <= 0.5 and abs(h - layout.page_h) <= 0.5  # Qt writes whole points
        assert decode_cell(page_image(page, 203, one_bit=True), layout, 0, 203) == [DEMO_QR]


def test_the_painted_route_prints_in_the_drawing_process(card_shop, data_dir, tmp_path, qapp):
    """Windows' route, forced here into Qt's PDF writer: the window's process only hands over the
    printer's settings; the drawing process renders and paints the pages."""
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.progress import Progress
    from shopowner.ui.cards import drawing
    from shopowner.ui.cards.printing import PrintTarget, deliver, prepare_printer, settings_of

    layout = BUILTIN_LAYOUTS["roll-76"]
    source = tmp_path / "cards.pdf"
    render_plan(plan_batch(card_shop, data_dir, "1,2,3", layout=layout), layout, source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(203)
    prepare_printer(printer, source)
    settings = settings_of(printer)
    assert settings.output_file and settings.resolution == 203
    assert abs(settings.page_mm[0] - layout.page_w) < 0.01
    pages = []
    drawing.opened()
    try:
        where = deliver(source, PrintTarget("qt", settings.output_file), settings,
                        Progress(callback=lambda done, total, _text: pages.append((done, total))))
    finally:
        drawing.closed()
    assert where == str(tmp_path / "printed.pdf") and pages[-1] == (3, 3)
    printed = open_pdf(tmp_path / "printed.pdf")
    assert len(printed) == 3
    for n, page in enumerate(printed):
        assert decode_cell(page_image(page, 203, one_bit=True), layout, 0, 203) == [DEMO_QR], n
    assert pdf_codes(source)  # the source stays where it was: the window removes it
