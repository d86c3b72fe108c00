"""No stalls in the cards area: opening it and printing 1,000 cards keep every GUI-thread gap
under 100 ms (the watchdog of ``tests/watchdog.py``: time lost to a busy machine does not count)."""

from __future__ import annotations

import shutil

import pytest

from tests.cards.conftest import fresh_card_shop, open_pdf, pdf_codes
from shopowner.window_start import start_facts
PARCELS = 1000


@pytest.fixture(scope="session")
def parcels_shop(tmp_path_factory):
    """The demo shop with 1,000 parcels going out, built once; tests copy the file."""
    from shopowner.cards.batch import ensure_starter_letters
    folder = tmp_path_factory.mktemp("parcels-shop")
    db = fresh_card_shop(folder, "测试小店", "测试创始人")
    ensure_starter_letters(db)
    with db.atomic():
        db.execute("UPDATE orders SET status = 'completed' WHERE status = 'paid'")
        for copy in (1, 2):
            db.execute(
                "INSERT INTO orders (platform, platform_order_id, customer_id, status, total_fen, paid_fen, "
                "created_at, paid_at) SELECT platform, platform_order_id || ?, customer_id, 'paid', total_fen, "
                "paid_fen, created_at, created_at FROM orders WHERE platform_order_id NOT LIKE '%-_' AND customer_id IN "
                "(SELECT id FROM customers) ORDER BY id LIMIT 500",
                [f"-{copy}"])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.close()
    return folder / "shopowner.db"


@pytest.fixture
def big_window(qtbot, tmp_path, parcels_shop):
    from shopowner.store import open_database
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(parcels_shop, data / "shopowner.db")
    db = open_database(data)
    window = MainWindow(db, data, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    db.close()


def test_opening_the_cards_area_and_printing_1000_cards_never_stalls(big_window, qtbot, tmp_path,
                                                                     gui_watchdog):
    from PySide6.QtPrintSupport import QPrinter

    with gui_watchdog.watch("open the cards area on 1,000 parcels"):
        area = big_window.show_area("cards")
        area.choose_layout("a4-4up-a6")
        qtbot.waitUntil(lambda: area.preview.result is not None and not area.preview.pending(), timeout=120000)
    assert len(area.preview.result["plan"].cards) == PARCELS and area.preview.result["exact"]

    out = tmp_path / "thousand.pdf"

    def to_file(dialog) -> bool:
        dialog.printer().setOutputFormat(QPrinter.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return True

    big_window.dialogs.dialog_results.append(to_file)
    with gui_watchdog.watch("print 1,000 cards to a PDF file"):
        with qtbot.waitSignal(big_window.changed, check_params_cb=lambda change: change.touches("cards"), timeout=180000):
            area.print_going_out.click()
        qtbot.waitUntil(lambda: not area.preview.pending(), timeout=120000)
    assert len(pdf_codes(out)) == PARCELS
    assert big_window.db.execute("SELECT count(*) FROM cards WHERE state = 'printed'").fetchone()[0] == PARCELS


def test_printing_1000_cards_on_the_painted_route_never_stalls(big_window, qtbot, tmp_path, monkeypatch,
                                                                gui_watchdog):
    """Windows' route (each page rendered and painted, about a second a page on a big sheet, all of
    it holding Python's lock) runs in the drawing process; forced here into Qt's PDF writer."""
    from PySide6.QtPrintSupport import QPrinter

    from shopowner.ui.cards import printing

    monkeypatch.setattr(printing, "print_route", lambda printer: "qt")
    area = big_window.show_area("cards")
    area.choose_layout("a4-10up-90x54")
    qtbot.waitUntil(lambda: area.preview.result is not None and not area.preview.pending()
                    and area.preview.result.get("exact"), timeout=120000)
    out = tmp_path / "painted.pdf"

    def to_file(dialog) -> bool:
        dialog.printer().setOutputFormat(QPrinter.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        dialog.printer().setResolution(150)
        return True

    big_window.dialogs.dialog_results.append(to_file)
    with gui_watchdog.watch("print 1,000 cards on the painted route"):
        with qtbot.waitSignal(big_window.changed, check_params_cb=lambda change: change.touches("cards"),
                              timeout=600000):
            area.print_going_out.click()
        qtbot.waitUntil(lambda: not area.preview.pending(), timeout=120000)
    assert big_window.db.execute("SELECT count(*) FROM cards WHERE state = 'printed'").fetchone()[0] == PARCELS
    assert len(open_pdf(out)) == PARCELS // 10  # painted pages: images, no text to read back
