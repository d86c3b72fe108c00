"""Real prints to a CUPS queue (cups-pdf): page sizes within 0.1 mm on the job that reaches the
queue, QR codes that decode, and the window's preview codes equal to the codes CUPS printed.
Skipped, with the reason, only when no CUPS PDF queue exists."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from shopowner.cards.layouts import BUILTIN_LAYOUTS, MM
from tests.cards.conftest import (
    DEMO_QR,
    decode_cell,
    make_parcels,
    open_pdf,
    page_image,
    pdf_codes,
)
from tests.waiting import wait_until

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
    if shutil.which("lpstat") is None or shutil.which("lp") is None:
        return "CUPS is not installed (no lpstat/lp)"
    state = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True)
    if state.returncode != 0:
        return f"no CUPS queue named {QUEUE} ({(state.stderr or state.stdout).strip()}); .ci/run adds it"
    return None


def codes_in_reprocessed_pdf(pdf) -> list[str]:
    """Card codes in a PDF that cups-pdf rewrote with Ghostscript: its Chinese text layer is lost
    (the label 暗号 reads as noise), so codes are the valid 5-character tokens, in page order."""
    import re

    from shopowner.cards.codes import is_valid

    found = []
    for page in pdf:
        found += [t for t in re.findall(r"(?<![0-9A-Za-z])[2-9A-HJKMNP-Z]{5}(?![0-9A-Za-z])",
                                        page.get_textpage().get_text_range()) if is_valid(t)]
    return found


@pytest.fixture
def queue():
    reason = queue_ready()
    if reason:
        pytest.skip(reason)
    return QUEUE


def wait_for_job(pattern: str, pages: int, timeout: float = 120):
    """The PDF cups-pdf writes for one job (its file name matches ``pattern``: ``*-job_12.pdf`` for
    job ``CardPDF-12``, ``TITLE*.pdf`` for a job's title), once complete (``pages`` pages), opened.
    Found by its own name, never as "the next new file": other tests print to the same queue."""
    found: list = []

    def complete() -> bool:
        out_dir = cups_pdf_out_dir()
        for path in out_dir.glob(pattern) if out_dir.is_dir() else ():
            try:
                pdf = open_pdf(path)
            except Exception:  # noqa: BLE001 - cups-pdf is still writing it
                continue
            if len(pdf) == pages:
                found[:] = [path, pdf]
                return True
            pdf.close()
        return False

    if not wait_until(complete, timeout, every=0.1):
        raise AssertionError(f"CUPS wrote no complete PDF {pattern} into {cups_pdf_out_dir()} within "
                             f"{timeout} s (see /var/log/cups/error_log)")
    return tuple(found)


def job_file(job_id: str) -> str:
    """The file name pattern cups-pdf gives job ``CardPDF-12``."""
    return f"*-job_{job_id.rpartition('-')[2]}.pdf"


@pytest.mark.parametrize("layout_name", ["roll-76", "roll-80", "thermal-100x150", "a4-4up-a6"])
def test_the_job_on_the_cups_queue_keeps_the_page_size_to_a_tenth_of_a_millimetre(
        queue, layout_name, card_shop, data_dir, tmp_path, qapp):
    from shopowner.cards.batch import plan_batch, render_plan
    from shopowner.ui.cards.printing import PrintTarget, deliver

    layout = BUILTIN_LAYOUTS[layout_name]
    plan = plan_batch(card_shop, data_dir, "1,2", layout=layout)
    pdf_path = tmp_path / "batch.pdf"
    pages = render_plan(plan, layout, pdf_path).pages
    job = deliver(pdf_path, PrintTarget("cups", queue, title=f"size-{layout_name}-{time.time_ns()}"), None)
    assert job.startswith(queue)
    path, printed = wait_for_job(job_file(job), pages)
    for page in printed:
        w, h = (v / MM for v in page.get_size())
        assert abs(w - layout.page_w) <= 0.1 and abs(h - layout.page_h) <= 0.1, (layout_name, w, h)
    image = page_image(printed[0], 203 if layout.thermal else 300, one_bit=layout.thermal)
    assert decode_cell(image, layout, 0, 203 if layout.thermal else 300) == [DEMO_QR]
    printed.close()
    path.unlink()


def test_the_window_prints_the_preview_codes_to_the_cups_queue(queue, main_window, qtbot):
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.demo import fill_demo_shop
    from shopowner.store.settings import WECHAT_QR, set_setting
    from tests.cards.conftest import clear_print_history
    from tests.cards.test_cards_area import settle

    fill_demo_shop(main_window.db)
    clear_print_history(main_window.db)
    set_setting(main_window.db, WECHAT_QR, DEMO_QR)
    parcels = make_parcels(main_window.db, 5)  # 5, or the demo's parcels going out when more
    area = main_window.show_area("cards")
    area.choose_layout("roll-76")
    shown = pdf_codes(settle(area, qtbot)["path"])
    assert len(shown) == len(parcels) >= 5

    title = f"window-preview-{time.time_ns()}"  # the job's title: its file in cups-pdf's folder

    def to_queue(dialog) -> bool:
        assert dialog.printer().printerName() == queue  # the remembered printer is preselected
        dialog.printer().setOutputFormat(QPrinter.NativeFormat)
        dialog.printer().setDocName(title)
        return True

    QSettings().setValue("cards/printer", queue)
    main_window.dialogs.dialog_results.append(to_queue)
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda change: change.touches("cards"), timeout=60000):
        qtbot.mouseClick(area.print_going_out, Qt.LeftButton)
    path, printed = wait_for_job(f"{title}*.pdf", len(parcels))
    assert codes_in_reprocessed_pdf(printed) == shown
    recorded = [r[0] for r in main_window.db.execute("SELECT code FROM cards WHERE state = 'printed'")]
    assert sorted(recorded) == sorted(shown)
    for page in printed:
        w, h = (v / MM for v in page.get_size())
        assert abs(w - 76) <= 0.1
    printed.close()
    path.unlink()
