"""Print a card PDF on the printer the owner chose, keeping the card's page size to 0.1 mm.

Three ways, picked by :func:`print_route`:

- ``file``: the print dialog's "print to PDF file": the card PDF itself is copied there (vector,
  exact size).
- ``cups`` (Linux, macOS): the card PDF itself goes to the CUPS queue with ``lp`` and an exact
  custom page size (``PageSize=Custom.WxHmm``). Qt's own CUPS path writes its PDF in whole points
  (a 76 mm roll came out 0.15–0.29 mm short), so it is not used for cards.
- ``qt`` (Windows, or no ``lp``): each page rendered by QtPdf at the printer's resolution (203 dpi
  on a thermal printer) and painted full size, on a page set in millimetres. Rendering a page
  (``QPdfDocument.render``) and painting it on the printer hold Python's interpreter lock for
  their whole length (about a second per page on a big card sheet), so this runs in the drawing
  process (``drawing.py``): the window hands it the printer's settings (:class:`PrinterSettings`,
  read on the GUI thread) and the child sets up the same printer and prints.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from shopowner.i18n import translate
from shopowner.progress import Progress, maybe

MAX_DPI = 600  # enough for any card; higher only costs memory
PT_TO_MM = 25.4 / 72


class PrintError(RuntimeError):
    pass


def page_size_mm(pdf_path: Path) -> tuple[float, float]:
    """The first page's size in millimetres (to 0.01 mm), read from the PDF."""
    doc = QPdfDocument()
    doc.load(str(pdf_path))
    size = doc.pagePointSize(0)
    doc.close()
    return round(size.width() * PT_TO_MM, 2), round(size.height() * PT_TO_MM, 2)


def prepare_printer(printer: QPrinter, page: Path | tuple[float, float]) -> None:
    """The card page in millimetres (never rounded to whole points), no margins; ``page`` is the
    size (the layout's, which the PDF has) or the PDF to read it from."""
    w, h = page if isinstance(page, tuple) else page_size_mm(page)
    printer.setFullPage(True)
    size = QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))


@dataclass(frozen=True)
class PrintTarget:
    """What the print dialog chose, read on the GUI thread so a worker can print without it."""

    route: str            # file | cups | qt
    name: str             # printer name, or the output file
    copies: int = 1
    first_page: int = 0   # 0: every page
    last_page: int = 0
    title: str = ""


@dataclass(frozen=True)
class PrinterSettings:
    """What the print dialog set on a ``QPrinter``, as plain values another process can use to set
    up the same printer (:func:`settings_of`, :func:`printer_from`)."""

    name: str = ""
    output_file: str = ""  # set: Qt's own PDF writer (a test, or "print to file")
    resolution: int = 0
    copies: int = 1
    collate: bool = True
    color: bool = True
    duplex: int = 0  # QPrinter.DuplexMode value
    page_mm: tuple[float, float] = field(default=(0.0, 0.0))
    doc_name: str = ""


def settings_of(printer: QPrinter) -> PrinterSettings:
    """The chosen printer's settings (on the GUI thread, where the dialog set them)."""
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    pdf = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    return PrinterSettings(
        name="" if pdf else printer.printerName(), output_file=printer.outputFileName() if pdf else "",
        resolution=printer.resolution(), copies=max(1, printer.copyCount()), collate=printer.collateCopies(),
        color=printer.colorMode() == QPrinter.ColorMode.Color, duplex=printer.duplex().value,
        page_mm=(round(size.width(), 3), round(size.height(), 3)), doc_name=printer.docName())


def printer_from(settings: PrinterSettings) -> QPrinter:
    """A printer set up as ``settings`` say (in the process that prints)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if settings.output_file:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(settings.output_file)
    elif settings.name:
        printer.setPrinterName(settings.name)
    if settings.resolution:
        printer.setResolution(settings.resolution)
    printer.setCopyCount(settings.copies)
    printer.setCollateCopies(settings.collate)
    printer.setColorMode(QPrinter.ColorMode.Color if settings.color else QPrinter.ColorMode.GrayScale)
    printer.setDuplex(QPrinter.DuplexMode(settings.duplex))
    if settings.doc_name:
        printer.setDocName(settings.doc_name)
    if all(settings.page_mm):
        prepare_printer(printer, (settings.page_mm[0], settings.page_mm[1]))
    return printer


def paint_in_child(pdf_path: str, settings: PrinterSettings, progress: Progress | None = None) -> int:
    """In the drawing process: print ``pdf_path`` page by page on the printer ``settings`` describe."""
    return print_pdf(Path(pdf_path), printer_from(settings), progress)


def lp_command() -> str | None:
    return None if sys.platform == "win32" else shutil.which("lp")


def print_route(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return "file"
    return "cups" if lp_command() and printer.printerName() else "qt"


def target_for(printer: QPrinter, title: str = "") -> PrintTarget:
    route = print_route(printer)
    first, last = ((printer.fromPage(), printer.toPage())
                   if printer.printRange() == QPrinter.PrintRange.PageRange else (0, 0))
    return PrintTarget(route, printer.outputFileName() if route == "file" else printer.printerName(),
                       max(1, printer.copyCount()), first, last, title)


def cups_command(pdf_path: Path, target: PrintTarget) -> list[str]:
    w, h = page_size_mm(pdf_path)
    command = [lp_command() or "lp", "-d", target.name, "-n", str(target.copies),
               "-o", f"PageSize=Custom.{w:g}x{h:g}mm"]
    if target.first_page:
        command += ["-P", f"{target.first_page}-{target.last_page or target.first_page}"]
    if target.title:
        command += ["-t", target.title]
    return [*command, "--", str(pdf_path)]


def submit_to_cups(pdf_path: Path, target: PrintTarget, progress: Progress | None = None) -> str:
    """Hand the PDF to the CUPS queue; returns the job id (``CardPDF-12``)."""
    progress = maybe(progress)
    progress.update(0, 1, translate("Cards", "Sending the cards to {printer}").format(printer=target.name))
    try:
        done = subprocess.run(cups_command(pdf_path, target), capture_output=True, text=True, timeout=120,
                              check=False)  # lp's exit status and stderr are read below
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(translate("Cards", "The printer “{name}” did not take the job ({error}). Check "
                                            "that it is switched on and ready, then print again.").format(
            name=target.name, error=exc)) from exc
    if done.returncode != 0:
        raise PrintError(translate("Cards", "The printer “{name}” did not take the job ({error}). Check "
                                            "that it is switched on and ready, then print again.").format(
            name=target.name, error=(done.stderr or done.stdout).strip()))
    progress.update(1, 1)
    match = re.search(r"request id is (\S+)", done.stdout)
    return match.group(1) if match else ""


def deliver(pdf_path: Path, target: PrintTarget, printer: QPrinter | PrinterSettings | None,
            progress: Progress | None = None) -> str:
    """Print ``pdf_path`` the way ``target`` says; returns where it went (job id or file). The
    ``qt`` route paints in the drawing process, on a printer set up as ``printer`` is (give its
    :func:`settings_of`, read on the GUI thread, when calling from a worker)."""
    if target.route == "file":
        shutil.copyfile(pdf_path, target.name)
        return target.name
    if target.route == "cups":
        return submit_to_cups(pdf_path, target, progress) or target.name
    from shopowner.ui.cards.drawing import in_drawing_process

    assert printer is not None  # the Qt route prints on a printer
    settings = printer if isinstance(printer, PrinterSettings) else settings_of(printer)
    in_drawing_process(paint_in_child, str(pdf_path), settings, progress=progress)
    return target.name


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
