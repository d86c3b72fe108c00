"""Merge fields, the salutation's privacy rules and the letter checker, without Qt widgets."""

from __future__ import annotations

import pytest

from shopowner.cards.checker import DEFAULT_BANNED, BANNED_PHRASES_KEY, check_for_shop, check_letter
from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.cards.letter import (
    GENERIC_SALUTATION, MERGE_FIELDS, MergeSource, fill, product_text, salutation,
)
from shopowner.store.settings import set_setting


@pytest.mark.parametrize("name, nickname, expected", [
    ("王小明", "茶友", "王小明"),
    ("", "爱喝茶的猫", "爱喝茶的猫"),
    ("张**", "", GENERIC_SALUTATION),
    ("张**", "小张爱喝茶", "小张爱喝茶"),
    ("", "", GENERIC_SALUTATION),
    ("138****1234", "", GENERIC_SALUTATION),
    ("13812345678", "", GENERIC_SALUTATION),
    ("", "138 1234 5678", GENERIC_SALUTATION),
    ("浙江省杭州市西湖区文三路12号", "", GENERIC_SALUTATION),
    ("李*", "t***a", GENERIC_SALUTATION),
])
def test_salutation_uses_real_names_and_never_masked_phone_or_address(name, nickname, expected):
    assert salutation(name, nickname) == expected


def test_every_merge_field_is_filled():
    source = MergeSource(name="王小明", products=("明前龙井 250g", "茶具"), order_date="2026-11-20 10:00:00",
                         shop="小满茶铺", purchase_no=3, city="杭州市", code="K7F2X", founder="林小满")
    body = "".join("{" + f + "}|" for f in MERGE_FIELDS)
    assert fill(body, source.values()) == "王小明|明前龙井 250g 等 2 件|11月20日|小满茶铺|3|杭州|K7F2X|林小满|"


def test_a_phone_number_in_a_product_title_is_not_printed():
    assert product_text(["13812345678"]) == ""
    assert product_text(["2号礼盒 红茶"]) == "2号礼盒 红茶"  # products may have numbers


@pytest.mark.parametrize("phrase", DEFAULT_BANNED)
def test_the_checker_flags_every_listed_cash_for_review_phrase(phrase):
    warnings = check_letter(f"谢谢你的支持，{phrase}，欢迎再来。")
    assert "cash_for_review" in [w.kind for w in warnings]


def test_the_phrase_list_is_editable_in_the_settings(card_shop):
    body = "谢谢你！加微领红包哦。"
    assert "cash_for_review" not in [w.kind for w in check_for_shop(card_shop, body)]
    set_setting(card_shop, BANNED_PHRASES_KEY, ["加微领红包"])
    assert "cash_for_review" in [w.kind for w in check_for_shop(card_shop, body)]


@pytest.mark.parametrize("body", ["扫码领5元无门槛红包！\n谢谢你。", "加微信送3元优惠券，谢谢你的支持",
                                  "￥2 红包等你来拿\n……"])
def test_a_small_coupon_as_the_headline_is_flagged(body):
    assert "coupon_headline" in [w.kind for w in check_letter(body)]


def test_a_sincere_letter_has_no_warnings():
    from shopowner.cards.batch import letters_folder
    import json

    for path in letters_folder().glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert check_letter(data["body"], layout=BUILTIN_LAYOUTS["a4-4up-a6"]) == [], path.name


def test_a_qr_or_wechat_that_is_not_the_founders_is_flagged():
    kinds = [w.kind for w in check_letter("谢谢！", qr_owner="staff")]
    assert kinds == ["not_founder"]
    assert [w.kind for w in check_letter("谢谢！", qr_text="https://weixin.qq.com/g/AbCdEf")] == ["not_founder"]
    assert [w.kind for w in check_letter("有事加微信号：shop_kefu01")] == ["not_founder"]
    assert check_letter("有事加微信号：linxiaoman88", founder_wechat_id="linxiaoman88") == []


def test_too_long_unknown_fields_and_missing_glyphs_are_flagged():
    long_body = "谢谢你的信任。" * 120
    kinds = [w.kind for w in check_letter(long_body, layout=BUILTIN_LAYOUTS["roll-76"])]
    assert "too_long" in kinds
    assert "too_long" not in [w.kind for w in check_letter("谢谢你。", layout=BUILTIN_LAYOUTS["roll-76"])]
    assert "unknown_field" in [w.kind for w in check_letter("{姓名}你好")]
    assert "missing_glyph" in [w.kind for w in check_letter("谢谢你 \U0001F600")]
