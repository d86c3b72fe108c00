"""``--self-test``: prove this build works, offscreen, without touching the owner's data.

Builds the main window on a fresh temp shop, renders a one-card PDF, then loads that PDF with
QtPdf, renders it and decodes the QR, reads back an XLSX the way an import does, checks a
letter written in traditional characters, imports a CSV through the import's parse process and
loads the team-mode hub's driver.
Exit 0, or 1 with the reason on stderr.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import cast


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise AssertionError(reason)


def run_self_test() -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from shopowner.cards.sample import SAMPLE_CODE, SAMPLE_QR, render_sample_card
    from shopowner.store import open_database
    from shopowner.ui.app import register_fonts
    from shopowner.ui.areas import AREAS
    from shopowner.ui.main_window import MainWindow
    from shopowner.window_start import start_facts

    app = cast(QApplication, QApplication.instance())  # main() made it: typed the core one
    try:
        with tempfile.TemporaryDirectory(prefix="shopowner-selftest-") as tmp_name:
            tmp = Path(tmp_name)
            _isolate_settings(tmp)
            _check(bool(register_fonts(app)), "the bundled Chinese font could not be registered")
            db = open_database(tmp / "data")
            window = MainWindow(db, tmp / "data", facts=start_facts(db))
            from shopowner.demo import start_shop

            start_shop(db, "自检小店", "自检")
            window._welcome_done()
            window.show()
            for area in AREAS:
                window.show_area(area.key)
                app.processEvents()
            _check(window.current_area() == AREAS[-1].key, "the areas cannot be switched")
            window.close()
            db.close()

            pdf = render_sample_card(tmp / "card.pdf")
            doc = QPdfDocument()
            doc.load(str(pdf))
            _check(doc.status() == QPdfDocument.Status.Ready, f"QtPdf cannot load the card ({doc.error()})")
            _check(doc.pageCount() == 1, f"expected 1 page, got {doc.pageCount()}")
            size = doc.pagePointSize(0)
            image = doc.render(0, QSize(int(size.width() * 300 / 72), int(size.height() * 300 / 72)))
            _check(not image.isNull(), "QtPdf rendered an empty image")
            texts = _decode_qr(image)
            _check(SAMPLE_QR in texts, f"the card's QR did not decode (found {texts})")
            _check(SAMPLE_CODE in doc.getAllText(0).text(), "the card code is missing from the PDF text")
            doc.close()
            _check_xlsx_reader(tmp / "orders.xlsx")
            _check_letter_checker()
            _check_chart()
            _check_parse_process(tmp)
            _check_drawing_process(tmp)
            _check_hub_driver()
    except Exception as exc:  # noqa: BLE001 - any failure is the reason to report
        print(f"self-test FAILED: {exc}", file=sys.stderr)
        return 1
    print("self-test passed")
    return 0


def _check_hub_driver() -> None:
    """Team mode reaches its hub through psycopg with the libpq its binary wheel carries: the build
    must hold both (no server is needed to load them)."""
    from shopowner.store.pg.hub import driver_version

    _check(bool(driver_version()), "the PostgreSQL driver (psycopg and its libpq) is missing from the build")


def _check_letter_checker() -> None:
    """The checker reads traditional characters through OpenCC, whose tables are data files the
    build must carry."""
    from shopowner.cards.checker import check_letter

    kinds = [w.kind for w in check_letter("谢谢！好評返現")]
    _check(kinds == ["cash_for_review"], "the letter checker cannot read traditional characters "
                                         "(OpenCC's conversion tables are missing from the build)")


def _check_chart() -> None:
    """A growth chart drawn by pygal (its CSS files are data the build must carry) and read by QtSvg."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from shopowner.insights.charts import monthly_chart

    svg = monthly_chart([{"month": "2026-11", "orders": 3, "cards": 2, "adds": 1}])
    _check(svg is not None and QSvgRenderer(QByteArray(svg.encode("utf-8"))).isValid(),
           "a growth chart could not be drawn (pygal's files are missing from the build?)")


def _check_xlsx_reader(path: Path) -> None:
    """Write a two-row workbook and read it back the way an import does (the XLSX reader is a
    compiled extension: this proves the build carries it)."""
    from openpyxl import Workbook

    from shopowner.imports.read import open_table

    book = Workbook()
    book.active.append(["订单编号", "收货人姓名", "实付金额"])
    book.active.append(["3000000000000000001", "王芳", 128.5])
    book.save(path)
    table = open_table(path)
    try:
        rows = list(table.rows())
    finally:
        table.close()
    _check(table.headers == ["订单编号", "收货人姓名", "实付金额"]
           and rows == [(2, ["3000000000000000001", "王芳", "128.5"])],
           f"an XLSX export cannot be read back ({table.headers}, {rows})")


def _check_parse_process(tmp: Path) -> None:
    """Import a small CSV with the parse process forced on: a frozen app must start its own
    child process (``freeze_support`` in ``main.py``), or big imports silently lose a core."""
    import logging

    from shopowner.imports.run import import_files
    from shopowner.store import open_database

    path = tmp / "ExportOrderList_selftest.csv"
    path.write_bytes("订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名\r\n"
                     "=\"3000000000000000001\",buyer_a,128.00,交易成功,王芳\r\n"
                     "=\"3000000000000000002\",buyer_b,99.00,交易成功,李娜\r\n".encode("gbk"))
    warnings: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]  # collects only
    logger = logging.getLogger("shopowner.imports.parse_process")
    logger.addHandler(handler)
    db = open_database(tmp / "parse-check")
    try:
        report = import_files(db, [path], parallel=True).files[0]
    finally:
        db.close()
        logger.removeHandler(handler)
    _check(report.error is None and report.new_orders == 2,
           f"a CSV export cannot be imported ({report.error})")
    _check(not warnings, f"the import's parse process did not run ({'; '.join(warnings)})")


def _check_drawing_process(tmp: Path) -> None:
    """Draw a card in the cards area's drawing process (``ui/cards/drawing.py``): the frozen app
    must start it (``freeze_support``) and carry everything reportlab loads there."""
    from shopowner.cards.sample import render_sample_card
    from shopowner.ui.cards import drawing

    try:
        path = drawing.in_drawing_process(render_sample_card, tmp / "drawn.pdf")
    finally:
        drawing.shutdown(force=True)
    _check(Path(path).is_file() and Path(path).stat().st_size > 1000,
           "the cards area's drawing process did not draw a card")


def _isolate_settings(tmp: Path) -> None:
    """Keep the checks' window state out of the owner's real settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))


def _decode_qr(image) -> list[str]:
    import zxingcpp
    from PIL import Image
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pil = Image.frombuffer("L", (width, height), bytes(gray.constBits()), "raw", "L", stride, 1)
    return [r.text for r in zxingcpp.read_barcodes(pil)]
