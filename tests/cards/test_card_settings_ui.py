"""The card settings dialog and the product-names dialog, driven with qtbot on a real shop file;
what they save is checked on the printed card."""

from __future__ import annotations

import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image, ImageDraw

from shopowner.cards.batch import SIGNATURE_IMAGE_KEY, plan_batch, render_plan
from shopowner.cards.designs import DESIGN_IMAGE_KEY, DESIGN_KEY, DESIGNS, ORDER_BARCODE_KEY
from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.cards.selection import Selection
from shopowner.demo import PRIVATE_PRODUCTS, PRODUCTS
from shopowner.store.cards import all_order_ids
from shopowner.store.settings import get_setting

from tests.cards.conftest import flat, open_pdf
from shopowner.window_start import start_facts

WAIT = 20000


@pytest.fixture
def demo_window(qtbot, demo_db, data_dir):
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    window = MainWindow(demo_db, data_dir, ScriptedDialogs(), facts=start_facts(demo_db))
    qtbot.addWidget(window)
    return window


def card_settings(window, qtbot):
    """The card settings dialog as the cards area opens it: what it shows read first, off the
    GUI thread."""
    from shopowner.cards.card_settings import dialog_values
    from shopowner.ui import background
    from shopowner.ui.cards.settings_dialog import CardSettingsDialog

    read = []
    background.read(window, dialog_values, on_result=read.append)
    qtbot.waitUntil(lambda: read != [], timeout=WAIT)
    dialog = CardSettingsDialog(window, read[0])
    qtbot.addWidget(dialog)
    return dialog


def scans(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 200), (180, 60, 40)).save(logo)
    signature = tmp_path / "signature.jpg"
    scan = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(scan).line((10, 80, 290, 20), fill="black", width=8)
    scan.save(signature)
    return logo, signature


def test_the_design_is_picked_from_rendered_thumbnails_and_reaches_the_card(demo_window, qtbot, tmp_path):
    logo, signature = scans(tmp_path)
    dialog = card_settings(demo_window, qtbot)
    qtbot.waitUntil(lambda: set(dialog.design.images) == set(DESIGNS), timeout=WAIT)
    for key, image in dialog.design.images.items():
        assert not image.isNull() and image.width() > 50, key
        assert not dialog.design.buttons[key].icon().isNull()
    assert dialog.design.key() == "letter_paper"  # the default
    dialog.design.buttons["portrait"].click()
    demo_window.dialogs.files += [str(logo), str(signature)]
    dialog._choose_picture()
    dialog._choose_signature()
    dialog.barcode.setChecked(True)
    with qtbot.waitSignal(demo_window.changed, timeout=WAIT):  # stored off the GUI thread, then announced
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    db = demo_window.db
    assert get_setting(db, DESIGN_KEY) == "portrait" and get_setting(db, ORDER_BARCODE_KEY) is True
    assert get_setting(db, DESIGN_IMAGE_KEY) == "cards/design-image.png"
    assert get_setting(db, SIGNATURE_IMAGE_KEY) == "cards/signature.png"
    stored = Image.open(demo_window.data_dir / "cards" / "signature.png")
    assert stored.mode == "RGBA" and stored.getpixel((2, 2))[3] == 0 and stored.getpixel((150, 50))[3] == 255
    # the next card carries the logo, the scanned signature and the barcode
    plan = plan_batch(db, demo_window.data_dir, Selection("ids", refs=(str(all_order_ids(db)[0]),)))
    assert plan.art.design == "portrait" and plan.art.order_barcode
    render_plan(plan, BUILTIN_LAYOUTS["roll-80"], tmp_path / "card.pdf")
    page = open_pdf(tmp_path / "card.pdf")[0]
    sizes = sorted(o.get_px_size() for o in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
    assert sizes == [(300, 100), (400, 200)]


def test_cancel_keeps_the_cards_as_they_were(demo_window, qtbot, tmp_path):
    logo, _ = scans(tmp_path)
    dialog = card_settings(demo_window, qtbot)
    demo_window.dialogs.files.append(str(logo))
    dialog._choose_picture()
    dialog.reject()
    assert get_setting(demo_window.db, DESIGN_IMAGE_KEY) is None
    assert not (demo_window.data_dir / "cards" / "design-image.png").exists()


def test_product_print_names_are_listed_edited_and_printed(demo_window, qtbot, tmp_path):
    from shopowner.ui.cards.print_names_dialog import NAME, TITLE, PrintNamesDialog

    db = demo_window.db
    dialog = PrintNamesDialog(demo_window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=WAIT)
    titles = [dialog.model.item(r, TITLE).text() for r in range(dialog.model.rowCount())]
    assert len(titles) == len(set(titles)) == len(PRODUCTS) + len(PRIVATE_PRODUCTS)  # the demo's products, each once
    row = titles.index("明前龙井 250g")
    dialog.model.item(row, NAME).setText("狮峰明前龙井")
    too_long = titles.index("安吉白茶 100g")
    dialog.model.item(too_long, NAME).setText("特" * 21)  # refused: more than 20 characters
    assert demo_window.dialogs.messages[-1][0] == "warning"
    assert dialog.model.item(too_long, NAME).text() == "安吉白茶 100g"
    assert dialog.apply()
    qtbot.waitUntil(lambda: dialog.saved, timeout=WAIT)  # stored off the GUI thread
    order = db.execute("SELECT o.id FROM orders o JOIN order_items i ON i.order_id = o.id "
                       "WHERE i.title = '明前龙井 250g' AND (SELECT count(*) FROM order_items j "
                       "WHERE j.order_id = o.id) = 1 LIMIT 1").fetchone()[0]
    plan = plan_batch(db, demo_window.data_dir, Selection("ids", refs=(str(order),)))
    render_plan(plan, BUILTIN_LAYOUTS["roll-80"], tmp_path / "named.pdf")
    text = flat(open_pdf(tmp_path / "named.pdf")[0].get_textpage().get_text_range())
    assert "狮峰明前龙井" in text and "明前龙井250g" not in text
    # reset: back to the automatic name
    again = PrintNamesDialog(demo_window)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.model.rowCount() > 0, timeout=WAIT)
    row = [again.model.item(r, TITLE).text() for r in range(again.model.rowCount())].index("明前龙井 250g")
    assert again.model.item(row, NAME).text() == "狮峰明前龙井" and again.model.item(row, NAME).font().bold()
    again.table.selectRow(again.proxy.mapFromSource(again.model.index(row, NAME)).row())
    again.reset_selected()
    assert again.model.item(row, NAME).text() == "明前龙井 250g"
    assert again.apply()
    qtbot.waitUntil(lambda: again.saved, timeout=WAIT)
    assert db.execute("SELECT count(*) FROM product_print_names").fetchone()[0] == 0


def test_the_card_settings_open_the_product_names(demo_window, qtbot):
    from shopowner.ui.cards.print_names_dialog import PrintNamesDialog

    seen = []
    demo_window.dialogs.dialog_results.append(lambda d: seen.append(d) or False)
    dialog = card_settings(demo_window, qtbot)
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton, "printNamesButton").click()
    assert len(seen) == 1 and isinstance(seen[0], PrintNamesDialog)


def test_a_value_that_cannot_be_stored_keeps_the_dialog_open(demo_window, qtbot, tmp_path):
    """A refused value (a picture that is not one) is said, nothing is written, and the dialog
    stays open with OK usable again."""
    dialog = card_settings(demo_window, qtbot)
    dialog.show()
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("not an image")
    dialog.picture.path.setText(str(not_a_picture))
    dialog.barcode.setChecked(True)
    dialog.accept()
    assert not dialog.ok_button.isEnabled()  # saving
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
    assert demo_window.dialogs.messages[-1][0] == "warning"
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert get_setting(demo_window.db, ORDER_BARCODE_KEY) is not True  # nothing written


def test_the_cards_area_reads_the_settings_then_opens_them(demo_window, qtbot):
    from shopowner.ui.cards.settings_dialog import CardSettingsDialog

    area = demo_window.show_area("cards")
    seen = []
    demo_window.dialogs.dialog_results.append(lambda d: seen.append(d) or False)
    area.settings_button.click()
    qtbot.waitUntil(lambda: seen != [], timeout=WAIT)
    assert isinstance(seen[0], CardSettingsDialog) and area.settings_button.isEnabled()
