"""A real print: a batch goes through QPrinter to a CUPS queue (cups-pdf), and the QR decodes
from the PDF that CUPS writes. Skipped, with the reason, only when no CUPS PDF queue exists."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from shopowner.cards.layouts import BUILTIN_LAYOUTS
from tests.cards.conftest import DEMO_QR, decode_cell, open_pdf, page_image

QUEUE = os.environ.get("SHOPOWNER_TEST_QUEUE", "CardPDF")


def cups_pdf_out_dir() -> Path:
    """Where cups-pdf writes jobs: its ``Out`` setting (default ~/PDF) for the submitting user."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        for line in conf.read_text(errors="replace").splitlines():
            if line.strip().startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", os.environ.get("USER", "root")))


def queue_ready() -> str | None:
    """None when the queue can print, else why not."""
    if shutil.which("lpstat") is None:
        return "CUPS is not installed (no lpstat)"
    state = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True)
    if state.returncode != 0:
        return f"no CUPS queue named {QUEUE} ({(state.stderr or state.stdout).strip()}); .ci/run adds it"
    return None


def test_a_batch_printed_through_qprinter_to_cups_decodes(card_shop, data_dir, tmp_path, qapp):
    reason = queue_ready()
    if reason:
        pytest.skip(reason)
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from shopowner.cards.batch import plan_batch, render_plan
    from shopowner.ui.cards.printing import prepare_printer, print_pdf

    assert QUEUE in [p.printerName() for p in QPrinterInfo.availablePrinters()]
    layout = BUILTIN_LAYOUTS["a4-4up-a6"]
    plan = plan_batch(card_shop, data_dir, "1,2,3,4,5")
    pdf_path = tmp_path / "batch.pdf"
    render_plan(plan, layout, pdf_path)
    out_dir = cups_pdf_out_dir()
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    printer.setDocName(f"shopowner-cards-test-{os.getpid()}-{time.time_ns()}")
    prepare_printer(printer, pdf_path)
    assert print_pdf(pdf_path, printer) == 2
    deadline, new = time.time() + 90, []
    while time.time() < deadline and not new:
        time.sleep(1)
        new = [p for p in (set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()) - before
               if p.stat().st_size > 0]
    assert new, f"CUPS wrote no PDF into {out_dir} within 90 s (see /var/log/cups/error_log)"
    printed = None
    while printed is None:  # cups-pdf creates the file first, then writes it
        try:
            printed = open_pdf(new[0])
        except Exception:  # noqa: BLE001 - not complete yet
            if time.time() > deadline:
                raise
            time.sleep(1)
    assert len(printed) == 2
    for page_no, cells in ((0, 4), (1, 1)):
        image = page_image(printed[page_no], 300)
        for cell in range(cells):
            assert decode_cell(image, layout, cell, 300) == [DEMO_QR], (page_no, cell)
    printed.close()
    new[0].unlink()
