"""Ask for a printer (QPrintDialog through ``window.dialogs``), remember it, and print a card PDF
off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

from shopowner import tasks
from shopowner.i18n import translate
from shopowner.ui.cards.printing import deliver, prepare_printer, settings_of, target_for

PRINTER_KEY = "cards/printer"  # also written by the first-run set-up


def remembered_printer() -> str:
    name = QSettings().value(PRINTER_KEY, "") or ""
    return name if name in QPrinterInfo.availablePrinterNames() else ""


def ask_printer(widget, page_mm: tuple[float, float]) -> QPrinter | None:
    """A printer set up for the cards' page (``page_mm``: the layout's page, which is the PDF's), with
    the remembered printer preselected; None when the owner cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = remembered_printer()
    if name:
        printer.setPrinterName(name)
    prepare_printer(printer, page_mm)
    dialog = QPrintDialog(printer, widget)
    dialog.setWindowTitle(translate("Cards", "Print the cards"))
    if not widget.window().dialogs.exec_dialog(dialog):
        return None
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        QSettings().setValue(PRINTER_KEY, printer.printerName())
    prepare_printer(printer, page_mm)  # the dialog may have changed the paper: the cards decide
    return printer


def job_title(printer: QPrinter, title: str = "") -> str:
    """The name the print queue shows for the job: the document name the print dialog set, when one
    was set, else ``title`` (the batch's, e.g. 包裹卡：待发货的包裹)."""
    return printer.docName().strip() or title.strip()


def start_printing(pdf_path: Path, printer: QPrinter, title: str, owner: QObject):
    """Print off the GUI thread (Qt's painted route in the drawing process); ``succeeded``
    carries where it went (a CUPS job id or a file). The printer is read here, on the GUI
    thread: the job gets its settings, never the ``QPrinter`` itself.

    The job carries :func:`job_title` both ways: as ``lp -t`` on CUPS and as the printer's document
    name where Qt paints the pages (the Windows spooler's list shows it)."""
    title = job_title(printer, title)
    printer.setDocName(title)
    return tasks.start(deliver, Path(pdf_path), target_for(printer, title), settings_of(printer),
                       owner=owner)
