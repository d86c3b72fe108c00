"""The print job's title, as the print queue (CUPS, or the Windows spooler) lists it: the batch's
title in the owner's words, or the document name the print dialog set."""

from __future__ import annotations

from shopowner.cards.batch import batch_title, plan_batch, render_plan
from shopowner.cards.layouts import BUILTIN_LAYOUTS


def test_the_batch_title_unless_the_dialog_named_the_document(qapp):
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.ui.cards.print_flow import job_title

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert job_title(printer, "Insert cards: the parcels going out") == "Insert cards: the parcels going out"
    printer.setDocName("Monday's parcels")
    assert job_title(printer, "Insert cards: the parcels going out") == "Monday's parcels"


def test_the_job_carries_the_title_on_cups_and_where_qt_paints(card_shop, data_dir, tmp_path, qapp, qtbot):
    from PySide6.QtCore import QObject
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.ui.cards.print_flow import start_printing
    from shopowner.ui.cards.printing import cups_command, target_for

    layout = BUILTIN_LAYOUTS["roll-80"]
    plan = plan_batch(card_shop, data_dir, "1,2", layout=layout)
    source = tmp_path / "cards.pdf"
    render_plan(plan, layout, source)
    title = batch_title(plan)
    assert "to-ship" not in title and title

    queue = QPrinter(QPrinter.PrinterMode.HighResolution)
    queue.setPrinterName("CardPDF")  # only the command is built here: nothing is sent
    command = cups_command(source, target_for(queue, title))
    assert command[command.index("-t") + 1] == title

    to_file = QPrinter(QPrinter.PrinterMode.HighResolution)
    to_file.setOutputFormat(QPrinter.PdfFormat)
    to_file.setOutputFileName(str(tmp_path / "printed.pdf"))
    owner = QObject()  # the cards area in the window: the job lives as long as it does
    task = start_printing(source, to_file, title, owner=owner)
    with qtbot.waitSignal(task.signals.finished, timeout=20000):
        pass
    assert to_file.docName() == title  # what the Windows spooler would list
    assert (tmp_path / "printed.pdf").exists()
