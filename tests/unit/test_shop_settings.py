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


def test_the_settings_dialog_and_the_cli_store_through_one_function(db, data_dir):
    """Everything the window's card settings hold can be set from the CLI too, with the same
    rules; several at once are checked first and stored together or not at all."""
    from shopowner.store.settings import (
        ASK_LINE_KEY, BANNED_PHRASES_KEY, FOUNDER_WECHAT_ID_KEY, ORDER_BARCODE_KEY, QR_OWNER_KEY,
    )
    from shopowner.shop_settings import change_settings

    stored = change_settings(db, data_dir, {"qr-owner": "staff", "founder-wechat-id": " xm_tea ",
                                            "ask-line": "", "banned-phrases": "返现\n好评有礼；送券",
                                            "order-barcode": "on"})
    assert stored["ask-line"] == ("加我微信时，请发这个暗号", "")  # empty: the standard line
    assert get_setting(db, QR_OWNER_KEY) == "staff" and get_setting(db, FOUNDER_WECHAT_ID_KEY) == "xm_tea"
    assert get_setting(db, BANNED_PHRASES_KEY) == ["返现", "好评有礼", "送券"]
    assert get_setting(db, ORDER_BARCODE_KEY) is True and get_setting(db, ASK_LINE_KEY) == "加我微信时，请发这个暗号"

    with pytest.raises(SettingError) as refused:
        change_settings(db, data_dir, {"qr-owner": "founder", "ask-line": "字" * 25})
    assert refused.value.key == "ask-line" and "at most 24" in str(refused.value)
    assert get_setting(db, QR_OWNER_KEY) == "staff"  # the good value before it was not stored either
    with pytest.raises(SettingError, match="founder, staff, shop"):
        change_setting(db, data_dir, "qr-owner", "boss")
    assert change_setting(db, data_dir, "banned-phrases", "none") == ([], "")


def test_cli_sets_what_the_letter_checker_reads(run_main, tmp_path):
    shop = tmp_path / "shop"
    done = run_main("--lang", "en", "settings", "set", "qr-owner", "shop", data_dir=shop)
    assert done.returncode == 0 and "qr-owner = shop" in done.stdout
    assert '"wechat_qr_owner": "shop"' in run_main("settings", "list", data_dir=shop).stdout
