"""The ``cards`` command and ``settings set wechat-qr`` run as real processes."""

from __future__ import annotations

import json

import pypdfium2.raw as pdfium_c
import qrcode

from shopowner.cards.qr_source import decode_qr_image, setting_from_input, source_from_setting
from tests.cards.conftest import decode_cell, open_pdf, page_image


def test_cards_command_prints_the_promised_json(run_main, tmp_path):
    shop = tmp_path / "shop"
    assert run_main("init-demo", data_dir=shop).returncode == 0
    img = tmp_path / "my-qr.png"
    qrcode.make("https://u.wechat.com/founder-from-image").save(img)
    setq = run_main("settings", "set", "wechat-qr", str(img), data_dir=shop)
    assert setq.returncode == 0, setq.stderr
    assert run_main("settings", "get", "wechat-qr", data_dir=shop).stdout.strip() == \
        "https://u.wechat.com/founder-from-image"
    out = tmp_path / "cards.pdf"
    result = run_main("cards", "--layout", "roll-80", "--out", str(out), "--json", data_dir=shop)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"pages", "cards", "seconds"} and data["pages"] == len(data["cards"]) > 0
    assert set(data["cards"][0]) >= {"order_id", "code", "letter_version"}
    from shopowner.cards.layouts import BUILTIN_LAYOUTS

    pdf = open_pdf(out)
    image = page_image(pdf[0], 203, one_bit=True)
    assert decode_cell(image, BUILTIN_LAYOUTS["roll-80"], 0, 203) == ["https://u.wechat.com/founder-from-image"]
    again = run_main("cards", "--out", str(tmp_path / "none.pdf"), data_dir=shop)
    assert again.returncode == 1 and not (tmp_path / "none.pdf").exists()
    bad = run_main("cards", "--orders", "1,999999", "--out", str(tmp_path / "x.pdf"), data_dir=shop)
    assert bad.returncode == 1 and not (tmp_path / "x.pdf").exists()


def test_an_undecodable_qr_image_is_placed_as_is(tmp_path, card_shop, data_dir):
    from PIL import Image

    from shopowner.cards.batch import make_cards
    from shopowner.cards.layouts import BUILTIN_LAYOUTS
    from shopowner.store.settings import WECHAT_QR, set_setting

    blob = tmp_path / "photo.png"
    Image.effect_noise((120, 120), 80).convert("RGB").save(blob)
    assert decode_qr_image(blob) is None
    stored, note = setting_from_input(str(blob), data_dir)
    assert isinstance(stored, dict) and (data_dir / stored["image"]).is_file()
    assert source_from_setting(stored, data_dir).image is not None
    set_setting(card_shop, WECHAT_QR, stored)
    make_cards(card_shop, data_dir, "to-ship", BUILTIN_LAYOUTS["a4-4up-a6"], tmp_path / "c.pdf")
    page = open_pdf(tmp_path / "c.pdf")[0]
    images = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))
    assert images, "the QR image is on the card"
    w, h = images[0].get_px_size()
    assert (w, h) == (120, 120)  # full resolution, not resampled


def test_a_link_is_kept_as_text_even_when_it_ends_like_an_image(data_dir):
    stored, _ = setting_from_input("https://u.wechat.com/qr.png", data_dir)
    assert stored == "https://u.wechat.com/qr.png"
    assert source_from_setting(stored, data_dir).matrix() is not None
