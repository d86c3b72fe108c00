"""Print a card PDF on any QPrinter: each page rendered by QtPdf at the printer's resolution
(203 dpi on a thermal printer) and painted onto the page, full size, no margins or scaling."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from shopowner.i18n import translate
from shopowner.progress import Progress, maybe

MAX_DPI = 600  # enough for any card; higher only costs memory


class PrintError(RuntimeError):
    pass


def prepare_printer(printer: QPrinter, pdf_path: Path) -> None:
    """Page size of the PDF, no margins: the card's geometry is the PDF's."""
    doc = QPdfDocument()
    doc.load(str(pdf_path))
    size = doc.pagePointSize(0)
    doc.close()
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Point),
                                      QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))


def print_pdf(pdf_path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint every page of ``pdf_path`` on ``printer``; returns the pages printed."""
    progress = maybe(progress)
    doc = QPdfDocument()
    doc.load(str(pdf_path))
    if doc.status() != QPdfDocument.Status.Ready:
        raise PrintError(translate("Cards", "The card PDF could not be opened for printing ({error}). "
                                            "Make the cards again.").format(error=doc.error()))
    dpi = min(max(printer.resolution(), 72), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("Cards", "The printer “{name}” cannot start the job. Check that it "
                                            "is switched on and ready, then print again.").format(
            name=printer.printerName() or printer.outputFileName()))
    try:
        pages = doc.pageCount()
        for page in range(pages):
            progress.update(page, pages, translate("Cards", "Printing page {n} of {total}").format(
                n=page + 1, total=pages))
            if page:
                printer.newPage()
            points = doc.pagePointSize(page)
            image = doc.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRectF(target), image)
        progress.update(pages, pages)
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
        doc.close()
    return pages
