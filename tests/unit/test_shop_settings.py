"""The shop's settings: one set of rules for the window and ``settings set`` (run as a real process)."""

from __future__ import annotations

import pytest
import qrcode
from PIL import Image

from shopowner.shop_settings import (
    SettingError, change_setting, clean_name, read_qr, save_names, save_qr,
)
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, WECHAT_QR, get_setting


def test_names_are_tidied_and_checked():
    assert clean_name("shop-name", "  小满  茶舍\t") == "小满 茶舍"
    with pytest.raises(SettingError, match="shop name is empty"):
        clean_name("shop-name", " \n ")
    with pytest.raises(SettingError, match="21 characters long; at most 20"):
        clean_name("founder-name", "林" * 21)
    assert clean_name("founder-name", "林" * 20) == "林" * 20


def test_names_are_stored_together_or_not_at_all(db):
    with pytest.raises(SettingError):
        save_names(db, "小满茶舍", "")
    assert get_setting(db, SHOP_NAME) is None
    assert save_names(db, " 小满茶舍", "林小满 ") == ("小满茶舍", "林小满")
    assert (get_setting(db, SHOP_NAME), get_setting(db, FOUNDER_NAME)) == ("小满茶舍", "林小满")


def test_reading_a_qr_stores_nothing_until_saved(db, data_dir, tmp_path):
    photo = tmp_path / "photo.jpg"
    Image.effect_noise((100, 100), 80).convert("RGB").save(photo)
    qr = read_qr(str(photo))
    assert not qr.readable and qr.image == photo and "could not be read" in qr.note
    assert not (data_dir / "cards").exists() and get_setting(db, WECHAT_QR) is None
    assert save_qr(db, data_dir, qr) == {"image": "cards/wechat_qr.jpg"}
    # choosing the kept copy again is harmless (it is not copied onto itself)
    again = read_qr(str(data_dir / "cards" / "wechat_qr.jpg"))
    assert save_qr(db, data_dir, again) == {"image": "cards/wechat_qr.jpg"}

    image = tmp_path / "mine.png"
    qrcode.make("https://u.wechat.com/abc").save(image)
    qr = read_qr(str(image))
    assert qr.readable and qr.from_image and qr.text == "https://u.wechat.com/abc"
    with pytest.raises(SettingError, match="does not exist"):
        read_qr(str(tmp_path / "missing.png"))


def test_change_setting_is_what_the_cli_calls(db, data_dir):
    assert change_setting(db, data_dir, "shop-name", " 茶小铺 ") == ("茶小铺", "")
    with pytest.raises(SettingError, match="no setting called"):
        change_setting(db, data_dir, "colour", "red")


def test_cli_refuses_what_the_window_refuses(run_main, tmp_path):
    shop = tmp_path / "shop"
    empty = run_main("settings", "set", "shop-name", "   ", data_dir=shop)
    assert empty.returncode == 1 and "店铺名称是空的" in empty.stderr
    long = run_main("--lang", "en", "settings", "set", "founder-name", "林" * 21, data_dir=shop)
    assert long.returncode == 1 and "at most 20" in long.stderr
    assert run_main("settings", "list", data_dir=shop).stdout.strip() == "{}"
