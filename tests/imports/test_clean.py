"""Value cleaners: the quirks the exports really have, and never an exception on any text."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from shopowner.imports import clean

cells = st.one_of(st.text(), st.text(alphabet="0123456789-/.:年月日 ¥￥,元*+'=\"\t()（）省市区"),
                  st.integers(), st.floats(), st.none())


@settings(max_examples=400, deadline=None)
@given(cells)
def test_cleaners_never_raise(value):
    assert isinstance(clean.text(value), str)
    fen = clean.money_fen(value)
    assert fen is None or isinstance(fen, int)
    assert isinstance(clean.quantity(value), int)
    when = clean.date_time(value)
    assert when == "" or len(when) == 19
    digits, masked = clean.phone(value)
    assert isinstance(digits, str) and isinstance(masked, bool)
    assert clean.mobile(value) == "" or len(clean.mobile(value)) == 11
    parts = clean.address(value)
    assert set(parts) == {"province", "city", "district", "detail", "zip"}
    assert isinstance(clean.is_masked(value), bool)
    assert "\ufffd" not in clean.text(value) or "\ufffd" in str(value)


def test_text_unwraps_and_blanks():
    assert clean.text('="2043000000000550005"') == "2043000000000550005"
    assert clean.text("'13800011234") == "13800011234"
    assert clean.text("\t6920000000000711100") == "6920000000000711100"
    assert clean.text('=""') == ""
    for blank in ("-", "——", "", "  ", None):
        assert clean.text(blank) == ""
    assert clean.text('=HYPERLINK("http://x","y")') == '=HYPERLINK("http://x","y")'
    assert clean.text("-2+3") == "-2+3"


def test_money():
    assert clean.money_fen("¥1,278.00") == 127800
    assert clean.money_fen("￥19.9") == 1990
    assert clean.money_fen("0元") == 0
    assert clean.money_fen(596) == 59600
    assert clean.money_fen(19.9) == 1990
    assert clean.money_fen("") is None and clean.money_fen("abc") is None
    assert clean.money_fen("-10.00") == -1000


def test_dates():
    assert clean.date_time("2016/5/23 22:02") == "2016-05-23 22:02:00"
    assert clean.date_time("2023年9月9日") == "2023-09-09 00:00:00"
    assert clean.date_time("2024-10-08 15:37:46") == "2024-10-08 15:37:46"
    assert clean.date_time("2024-11-01T08:00:05") == "2024-11-01 08:00:05"
    assert clean.date_time("2024-11-02 11:00 - 2024-11-02 12:00") == "2024-11-02 11:00:00"
    assert clean.date_time("2024/02/30") == ""
    assert clean.date_time(45234.5) == "2023-11-04 12:00:00"
    assert clean.date_time("\t") == ""


def test_phones_and_masks():
    assert clean.mobile("138-0001-1234") == "13800011234"
    assert clean.mobile("139 0006 0025") == "13900060025"
    assert clean.mobile("+86 13800060031") == "13800060031"
    assert clean.mobile("'0571-88001005") == ""
    assert clean.phone("'0571-88001005") == ("057188001005", False)
    assert clean.phone("138****1234") == ("138****1234", True)
    assert clean.mobile("138******45") == ""
    assert clean.is_masked("张**") and clean.is_masked("#Z2FiY2RlZmdoaWprbG1u#")
    assert not clean.is_masked("张伟")


def test_addresses():
    assert clean.address("浙江省 杭州市 西湖区 文一西路10号枫林苑1幢1单元101室(310012)") == {
        "province": "浙江省", "city": "杭州市", "district": "西湖区",
        "detail": "文一西路10号枫林苑1幢1单元101室", "zip": "310012"}
    spaced = clean.address("上海 上海市  浦东新区   人民路 84号（东门）(200120)")
    assert spaced["city"] == "上海市" and spaced["detail"] == "人民路84号（东门）"
    joined = clean.address("上海浦东新区人民路84号翠湖小区")
    assert (joined["province"], joined["city"], joined["district"]) == ("上海", "上海市", "浦东新区")
    assert clean.address("广东广州市天河区建设路20号")["city"] == "广州市"
    assert clean.address("浙江省 杭州市 其它区 某路1号")["district"] == "其它区"
