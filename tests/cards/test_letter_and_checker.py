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


# cash-for-review wording however it is written ------------------------------------------------
@pytest.mark.parametrize("body, shown", [
    ("谢谢你！好評返現，欢迎再来。", "好評返現"),               # traditional
    ("谢谢你！好评返現，欢迎再来。", "好评返現"),               # mixed traditional/simplified
    ("谢谢你！好 评 返 现，欢迎再来。", "好 评 返 现"),          # spaced out
    ("谢谢你！好-评-返-现，欢迎再来。", "好-评-返-现"),          # hyphenated
    ("谢谢你！好　評　返　現。", "好　評　返　現"),              # ideographic spaces, traditional
    ("谢谢你！好·评·返·现。", "好·评·返·现"),
    ("谢谢你！好\u200b评\u200b返\u200b现。", "好\u200b评\u200b返\u200b现"),  # invisible spaces
    ("谢谢你！好，评，返，现。", "好，评，返，现"),              # every character set apart
    ("谢谢你！好💰评💰返💰现。", "好💰评💰返💰现"),
    ("谢谢你！曬圖返現哦", "曬圖返現"),
    ("給個五星好評吧", "五星好評"),
])
def test_cash_for_review_is_caught_however_it_is_written(body, shown):
    warnings = [w for w in check_letter(body) if w.kind == "cash_for_review"]
    assert len(warnings) == 1, body
    (start, end), = warnings[0].spans
    assert body[start:end] == shown  # the span is the founder's own wording
    assert f"“{shown.replace(chr(0x3000), ' ')}”" in warnings[0].message or shown in warnings[0].message


def test_full_width_and_compatibility_forms_are_folded():
    from shopowner.cards.wording import find_phrases

    # a full-width Latin phrase from the owner's list, and CJK compatibility ideographs
    assert [h.text for h in find_phrases("加ＶＸ领红包", ["vx领红包"])] == ["ＶＸ领红包"]
    assert [h.text for h in find_phrases("\uf9f7减5元", ["立减"])] == ["\uf9f7减"]  # U+F9F7 is 立
    assert [h.text for h in find_phrases("晒\u2f47返现", ["晒日返现"])] == ["晒\u2f47返现"]  # ⽇ (Kangxi radical) is 日


@pytest.mark.parametrize("body", [
    "往返，现在天冷了，注意保暖。",       # 返，现 across a sentence is not 返现
    "好的，评价随意，返回时请小心。",
    "谢谢你的支持，欢迎再来。",
    "我们不打折，也不搞活动。好好喝茶。",
    "来回往返。\n\n\n\n现在……",
])
def test_ordinary_sentences_are_not_mistaken_for_the_phrases(body):
    assert [w for w in check_letter(body) if w.kind == "cash_for_review"] == []


def test_the_warning_names_the_line_and_how_the_wording_reads(qapp):
    body = "{称呼}你好：\n\n谢谢你！\n好 評 返 現，还有返现。"
    warning, = [w for w in check_letter(body) if w.kind == "cash_for_review"]
    assert [body[s:e] for s, e in warning.spans] == ["好 評 返 現", "返现"]  # 返现 inside 好评返现 once
    assert "“好 評 返 現” in line 4 (read as 好评返现)" in warning.message
    assert "“返现” in line 4" in warning.message and "(read as 返现)" not in warning.message


def test_the_warning_reads_in_chinese_too(zh_translators):
    warning, = check_letter("谢谢！好-評-返-現")
    assert "第 1 行的“好-評-返-現”（即“好评返现”）" in warning.message
    assert "好评返现" in warning.message and "Platforms" not in warning.message


def test_a_traditional_phrase_in_the_owners_list_matches_simplified_text(card_shop):
    set_setting(card_shop, BANNED_PHRASES_KEY, ["加微領紅包"])
    warning, = [w for w in check_for_shop(card_shop, "谢谢你！加 微 领 红 包哦。") if w.kind == "cash_for_review"]
    assert warning.spans == ((4, 13),)


def test_other_warnings_point_at_their_words_too():
    body = "扫码领5元无门槛红包！\n有事加微信号：shop_kefu01 {姓名}"
    spans = {w.kind: [body[s:e] for s, e in w.spans] for w in check_letter(body)}
    assert spans["coupon_headline"] == ["5元无门槛红包"[:len(spans["coupon_headline"][0])]]
    assert spans["not_founder"] == ["shop_kefu01"]
    assert spans["unknown_field"] == ["{姓名}"]
