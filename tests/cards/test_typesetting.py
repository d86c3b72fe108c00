"""The line breaker and the letter fitter, without a PDF: 禁则, whole words, exact widths, fitting."""

from __future__ import annotations

import pytest

from shopowner.cards.fit import LetterFitter, LetterStyle, paragraphs
from shopowner.cards.typeset import (
    CANNOT_END, CANNOT_START, break_lines, breaks_rules, clusters, measurer, short_text_lines,
)

LETTER = ("亲爱的王小明，你好！我是小满茶铺的林小满。谢谢你在11月20日选了我们的「明前龙井 250g」，"
          "每一包茶都是我们亲手挑过、亲自试过才寄出的……收到以后（好不好喝、哪里不满意），都请直接告诉我；"
          "扫卡片上的二维码加我的个人微信：我本人每天都会看。iPhone 用户也可以扫码，3.5 秒就好！"
          "《茶经》说：“茶之为用，味至寒。”——愿它陪你度过一段好时光。")


@pytest.mark.parametrize("width", [x * 3.0 for x in range(30, 90)])  # 9 to 27 characters a line
def test_no_line_breaks_the_rules_at_any_width(width):
    lines = break_lines(LETTER, 10, width)
    texts = [line.text for line in lines]
    assert "".join(texts) == LETTER.replace(" ", "") or "".join(texts).replace(" ", "") == LETTER.replace(" ", "")
    assert breaks_rules(texts) == []
    m = measurer()
    for line in lines:
        assert line.width == pytest.approx(m.width(line.text, 10))
        assert line.width <= width + 0.01 or len(line.text) == 1


def test_latin_words_and_numbers_are_never_split():
    text = "谢谢你选了 iPhone-15 Pro 和 250g 的龙井，订单 TB2026112000001 在 2026-11-20 发出，好评率 99.5% 哦"
    words = ["iPhone-15", "Pro", "250g", "TB2026112000001", "2026-11-20", "99.5%"]
    for width in range(100, 260, 7):  # every word fits a line
        lines = [line.text for line in break_lines(text, 9, width)]
        for word in words:
            assert any(word in line for line in lines), (width, word, lines)


def test_a_word_wider_than_the_line_is_cut_rather_than_run_off_the_card():
    url = "https://u.wechat.com/abcdefghijklmnopqrstuvwxyz0123456789"
    lines = break_lines(url, 10, 80)
    assert len(lines) > 1 and "".join(l.text for l in lines) == url
    assert all(l.width <= 80.01 for l in lines)


def test_closing_marks_stay_with_their_word_and_opening_marks_with_theirs():
    assert clusters("好！」我（是") == ["好！」", "我", "（是"]
    assert clusters("等等……再见——朋友") == ["等", "等……", "再", "见——", "朋", "友"]
    assert "，" in CANNOT_START and "？" in CANNOT_START and "…" in CANNOT_START and "》" in CANNOT_START
    assert "（" in CANNOT_END and "《" in CANNOT_END and "“" in CANNOT_END


def test_a_paragraph_typed_with_an_indent_keeps_it_and_wrapped_lines_drop_spaces():
    lines = break_lines("　　我是林小满 word word word word word word", 10, 90)
    assert lines[0].text.startswith("　　")
    assert all(not l.text.startswith(" ") for l in lines[1:])
    assert lines[-1].wrapped is False and all(l.wrapped for l in lines[:-1])


def test_a_short_label_breaks_at_its_comma():
    m = measurer()
    width = m.width("加我微信时，请发这", 7) + 1
    assert [l.text for l in short_text_lines("加我微信时，请发这个暗号", 7, width)] == ["加我微信时，", "请发这个暗号"]


def test_the_fitter_picks_the_largest_size_that_fits_and_caches_paragraphs():
    fitter = LetterFitter(200, 150, 12, 7, LetterStyle())
    short = fitter.fit("谢谢你。", "林小满")
    assert short.fits and short.size == 12
    long = fitter.fit("\n\n".join([LETTER] * 2), "林小满")
    assert long.fits and 7 <= long.size < 12 and long.height <= 150.01
    bigger = fitter.block(paragraphs("\n\n".join([LETTER] * 2)), long.size + 0.25, "林小满")
    assert not bigger.fits  # the next size up would not fit
    assert (LETTER, long.size, False) in fitter._wrapped


def test_the_signature_follows_the_text_and_blank_lines_collapse():
    fitter = LetterFitter(300, 400, 12, 7, LetterStyle(para_gap=0.5))
    one = fitter.fit("第一段。\n第二段。", "林小满")
    two = fitter.fit("第一段。\n\n\n第二段。", "林小满")
    assert one.height == two.height
    (_, last_base), sig = one.lines[-1], one.signature
    assert sig[0] > last_base and sig[0] - last_base < one.pitch * 1.5


def test_too_long_is_reported_at_the_smallest_size_and_can_be_cut_to_fit():
    fitter = LetterFitter(150, 100, 12, 8, LetterStyle())
    block = fitter.fit(LETTER * 4, "林小满")
    assert not block.fits and block.size == 8
    cut = fitter.cut(block)
    assert cut.height <= 100.01 and cut.cut > 0 and cut.signature is not None
    assert len(cut.lines) + cut.cut == len(block.lines)


def test_ruled_paper_sets_every_line_on_the_grid():
    fitter = LetterFitter(200, 300, 11, 8, LetterStyle(leading=1.6, para_gap=0, indent=2, grid=True))
    block = fitter.fit(LETTER + "\n" + LETTER, "林小满")
    bases = [base for _, base in block.lines]
    steps = {round(b - a, 6) for a, b in zip(bases, bases[1:])}
    assert steps == {round(block.pitch, 6)}
    assert block.signature[1] == pytest.approx(block.pitch)  # the signature takes one ruled line
    second = [line for line, _ in block.lines if line.indent > 0]
    assert len(second) == 1 and second[0].indent == pytest.approx(2 * block.size)
