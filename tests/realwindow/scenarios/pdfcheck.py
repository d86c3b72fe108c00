"""What came out of the printing: the PDF written by “Save as PDF” and the job CUPS wrote to its
PDF queue. Page sizes in millimetres, the text layer, the card codes in it, the QR codes decoded
from the rendered pages (pypdfium2 + zxing-cpp)."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

from shopowner.cards.codes import is_valid
from tests.realwindow import events

MM = 72 / 25.4


def cups_pdf_out_dir() -> Path:
    """Where cups-pdf writes jobs: its ``Out`` setting (default ~/PDF) for the submitting user."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.is_file():
        for line in conf.read_text(errors="replace").splitlines():
            if line.strip().startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", os.environ.get("USER", "root")))


def queue_missing(queue: str) -> str | None:
    import shutil
    import subprocess

    if shutil.which("lpstat") is None:
        return "CUPS is not installed (no lpstat); .ci/run installs it"
    if shutil.which("ipptool") is None:
        return "CUPS's ipptool is not installed (Debian: cups-ipp-utils); .ci/run installs it"
    state = subprocess.run(["lpstat", "-p", queue], capture_output=True, text=True)
    if state.returncode != 0:
        return f"no CUPS queue named {queue}; .ci/run adds it"
    return None


_JOB_ATTRIBUTES = """{
  NAME "the job's attributes"
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job
  ATTR name requesting-user-name $user
  ATTR keyword requested-attributes job-name,job-state
  STATUS successful-ok
  DISPLAY job-name
  DISPLAY job-state
}
"""


def cups_job_attributes(job_id: str) -> dict[str, str]:
    """What the CUPS queue shows for the job ``CardPDF-12`` (its title ``job-name``, ``job-state``),
    asked over IPP with ipptool."""
    import getpass
    import subprocess
    import tempfile

    queue, _, number = job_id.rpartition("-")
    assert queue and number.isdigit(), f"not a CUPS job id: {job_id!r}"
    with tempfile.NamedTemporaryFile("w", suffix=".test", delete=False) as test:
        test.write(_JOB_ATTRIBUTES)
    try:
        done = subprocess.run(["ipptool", "-t", "-d", f"job={number}", "-d", f"user={getpass.getuser()}",
                               f"ipp://localhost/printers/{queue}", test.name],
                              capture_output=True, text=True, timeout=30)
    finally:
        os.unlink(test.name)
    found = dict(re.findall(r"^\s*(job-name|job-state) \([^)]*\) = (.*)$", done.stdout, re.M))
    assert "job-name" in found, f"CUPS did not say what job {job_id} is:\n{done.stdout}{done.stderr}"
    return found


def wait_cups_job(job_id: str, timeout: float = 120.0) -> Path:
    """The PDF cups-pdf wrote for the job ``CardPDF-12`` (``<title>-job_12.pdf`` in its Out folder),
    once it is complete (it can be opened)."""
    folder = cups_pdf_out_dir()
    number = job_id.rpartition("-")[2]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in (folder.glob(f"*-job_{number}.pdf") if folder.is_dir() else [])
                 if p.stat().st_size > 0]
        if found:
            try:
                pdfium.PdfDocument(str(found[0])).close()
                return found[0]
            except pdfium.PdfiumError:
                pass  # cups-pdf is still writing it
        events.heartbeat()
        time.sleep(0.5)
    raise AssertionError(f"CUPS wrote no PDF for job {job_id} into {folder} within {timeout:.0f} s "
                         f"(CUPS says {cups_job_attributes(job_id)}; see /var/log/cups/error_log)")


def keep_queue_pdf(path: Path, folder: Path) -> Path:
    """Move the queue's PDF beside the scenario's screenshots (CI keeps them), out of cups-pdf's
    folder, which every print test shares."""
    import shutil

    kept = folder / f"queue-{path.name}"
    shutil.move(str(path), kept)
    return kept


class Pdf:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.doc = pdfium.PdfDocument(str(path))

    def close(self) -> None:
        self.doc.close()

    def __len__(self) -> int:
        return len(self.doc)

    def size_mm(self, page: int = 0) -> tuple[float, float]:
        w, h = self.doc[page].get_size()
        return w / MM, h / MM

    def text(self, page: int | None = None) -> str:
        pages = range(len(self.doc)) if page is None else [page]
        return "\n".join(self.doc[p].get_textpage().get_text_range() for p in pages)

    def codes(self) -> list[str]:
        """Card codes in the text layer: 5–7 character tokens whose check character is right."""
        found: list[str] = []
        for token in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{5,7}(?![0-9A-Z])", self.text()):
            if is_valid(token) and token not in found:
                found.append(token)
        return found

    def qr_texts(self, page: int = 0, dpi: int = 300) -> list[str]:
        image = self.doc[page].render(scale=dpi / 72).to_pil().convert("L")
        return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def page_size_problems(pdf: Pdf, layout, tolerance_mm: float = 0.1) -> list[str]:
    """Pages whose size is off the layout's by more than ``tolerance_mm`` (cards are cut to size:
    issue 13 asks for 0.1 mm, in the PDF and in the job that reaches the queue)."""
    off: dict[tuple[float, float], list[int]] = {}
    for page in range(len(pdf)):
        w, h = pdf.size_mm(page)
        if abs(w - layout.page_w) > tolerance_mm or abs(h - layout.page_h) > tolerance_mm:
            off.setdefault((round(w, 2), round(h, 2)), []).append(page + 1)
    return [f"{len(pages)} of {len(pdf)} page(s) of {pdf.path.name} are {w:.2f} × {h:.2f} mm, "
            f"the layout {layout.name} is {layout.page_w} × {layout.page_h} mm"
            for (w, h), pages in off.items()]


def pages_for(cards: int, layout) -> int:
    return -(-cards // layout.per_page)
