"""Card codes: alphabet, uniqueness, typo detection and tolerant reading of pasted text."""

from __future__ import annotations

import random

from hypothesis import given, strategies as st

from shopowner.cards.codes import ALPHABET, check_char, codes_in_text, is_valid, new_code, readings


def test_alphabet_has_no_lookalikes():
    assert not set("0O1IL") & set(ALPHABET)
    assert len(set(ALPHABET)) == len(ALPHABET) == 31


def test_new_codes_are_short_valid_and_unique():
    seen: set[str] = set()
    for _ in range(3000):
        code = new_code(seen.__contains__)
        assert 4 <= len(code) <= 6 and is_valid(code)
        seen.add(code)
    assert len(seen) == 3000


def test_every_single_typo_is_detected():
    rng = random.Random(1)
    for _ in range(500):
        code = new_code(lambda c: False)
        for i in range(len(code)):
            for ch in ALPHABET:
                if ch != code[i]:
                    assert not is_valid(code[:i] + ch + code[i + 1:])


def test_neighbour_swaps_in_the_data_are_detected():
    for _ in range(500):
        code = new_code(lambda c: False)
        for i in range(len(code) - 2):
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
                assert not is_valid(swapped)


def test_code_found_inside_friend_request_text():
    code = "K7F2" + check_char("K7F2")
    assert codes_in_text(f"{code} 张三 买的龙井") == [code]
    assert codes_in_text(f"我是张三，暗号{code.lower()}，谢谢") == [code]
    assert codes_in_text(f"暗号：{code[:3]} {code[3:]}") == [code]
    assert codes_in_text("ｋ７Ｆ２" + code[-1]) == [code]


def test_lookalikes_are_tolerated():
    code = "K7F2" + check_char("K7F2")
    assert code in codes_in_text(code.replace("7", "1"))
    assert code in codes_in_text(code.replace("7", "l"))
    data = "SD8Z"
    code2 = data + check_char(data)
    typed = code2.replace("S", "5").replace("D", "0").replace("8", "B")
    assert code2 in readings(typed)


def test_text_without_codes():
    assert codes_in_text("") == []
    assert codes_in_text("你好，我想问一下快递") == []
    assert codes_in_text("订单号 20431234567890") == []


@given(st.text(max_size=200))
def test_reading_arbitrary_text_never_raises(text):
    for code in codes_in_text(text):
        assert is_valid(code)
