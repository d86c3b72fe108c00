"""Ask for a printer (QPrintDialog through ``window.dialogs``) and print a card PDF off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from shopowner import tasks
from shopowner.i18n import translate
from shopowner.ui.cards.printing import prepare_printer, print_pdf


def ask_printer(widget, pdf_path: Path) -> QPrinter | None:
    """A printer set up for the PDF's page size, or None when the owner cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, pdf_path)
    dialog = QPrintDialog(printer, widget)
    dialog.setWindowTitle(translate("Cards", "Print the cards"))
    if not widget.window().dialogs.exec_dialog(dialog):
        return None
    prepare_printer(printer, pdf_path)  # the dialog may have changed the paper: the PDF decides
    return printer


def start_printing(pdf_path: Path, printer: QPrinter):
    return tasks.start(print_pdf, Path(pdf_path), printer)
