"""Redeeming card codes: exact, inside text, look-alikes, unknown, twice; and adding without a code."""

from __future__ import annotations

import pytest

from shopowner.followups.redeem import RedeemError, add_without_code, find_card, redeem
from shopowner.store.redemptions import search_customers
from tests.followups.conftest import NOW


def snapshot(db):
    return (list(db.execute("SELECT * FROM cards ORDER BY id")),
            list(db.execute("SELECT * FROM customers ORDER BY id")),
            list(db.execute("SELECT * FROM wechat_adds ORDER BY id")))


def test_exact_code_shows_order_customer_and_letter_version(shop):
    match = find_card(shop.db, shop.code_zhang)
    assert match.card_id == shop.card_zhang
    assert match.order_id == shop.order_zhang and match.platform_order_id == "TB1001"
    assert match.customer_id == shop.zhang and match.customer_name == "张三"
    assert (match.letter_name, match.version_no) == ("初次感谢信", 2)
    assert match.letter_version == "初次感谢信 v2"
    assert match.batch_id == shop.batch


def test_redeem_marks_the_customer_added_with_the_card(shop):
    text = f"{shop.code_zhang} 张三 买的龙井"
    match = redeem(shop.db, text, wechat_name="晴天", remark="龙井老客", account="小美", now=NOW)
    assert match.code == shop.code_zhang
    customer = shop.db.execute("SELECT wechat_status, wechat_name, wechat_remark, wechat_account, "
                               "wechat_added_at FROM customers WHERE id = ?", [shop.zhang]).fetchone()
    assert customer == ("added", "晴天", "龙井老客", "小美", "2024-06-10 09:30:00")
    card = shop.db.execute("SELECT redeemed_at, redeemed_customer_id FROM cards WHERE id = ?",
                           [shop.card_zhang]).fetchone()
    assert card == ("2024-06-10 09:30:00", shop.zhang)
    add = shop.db.execute("SELECT customer_id, card_id, via, wechat_name, remark, account, added_at "
                          "FROM wechat_adds").fetchall()
    assert add == [(shop.zhang, shop.card_zhang, "code", "晴天", "龙井老客", "小美", "2024-06-10 09:30:00")]
    # the other customer is untouched
    assert shop.db.execute("SELECT wechat_status FROM customers WHERE id = ?", [shop.li]).fetchone()[0] == "none"


@pytest.mark.parametrize("paste", [
    "{code}", "{lower}", "你好，我的暗号是{code}。", "暗号：{spaced}", "{fullwidth} 李四",
])
def test_code_is_found_inside_text_and_in_any_case(shop, paste):
    code = shop.code_li
    text = paste.format(code=code, lower=code.lower(), spaced=f"{code[:3]} {code[3:]}",
                        fullwidth="".join(chr(ord(ch) + 0xFEE0) for ch in code))
    assert find_card(shop.db, text).card_id == shop.card_li


def test_lookalike_characters_are_tolerated(shop):
    assert shop.code_zhang == "K7F26"
    assert find_card(shop.db, "k7f2g 张三").card_id == shop.card_zhang  # G typed for 6
    assert find_card(shop.db, "KIF26").card_id == shop.card_zhang  # I typed for 7
    assert shop.code_li == "M9Q4C"
    assert find_card(shop.db, "m9o4c").card_id == shop.card_li  # O typed for Q


@pytest.mark.parametrize("paste, words", [
    ("", "没有粘贴"),
    ("   ", "没有粘贴"),
    ("你好老板，加个好友", "没有找到暗号"),
    ("@@@###", "没有找到暗号"),
])
def test_empty_or_garbled_paste_is_refused_plainly(shop, paste, words, zh_translators):
    before = snapshot(shop.db)
    with pytest.raises(RedeemError) as err:
        redeem(shop.db, paste, wechat_name="x", now=NOW)
    assert words in str(err.value)
    assert snapshot(shop.db) == before


def test_unknown_code_changes_nothing(shop, zh_translators):
    from tests.followups.conftest import code_for

    unknown = code_for("ABCD")
    before = snapshot(shop.db)
    with pytest.raises(RedeemError) as err:
        redeem(shop.db, f"{unknown} 王五", now=NOW)
    assert unknown in str(err.value) and "不是本店" in str(err.value)
    assert snapshot(shop.db) == before


def test_code_redeemed_twice_says_when_and_by_whom(shop, zh_translators):
    redeem(shop.db, shop.code_zhang, wechat_name="晴天", now=NOW)
    before = snapshot(shop.db)
    with pytest.raises(RedeemError) as err:
        redeem(shop.db, shop.code_zhang.lower(), wechat_name="别人", now=NOW.replace(hour=15))
    message = str(err.value)
    assert "已经" in message and "2024-06-10 09:30" in message and "张三" in message
    assert snapshot(shop.db) == before


def test_add_without_code_is_recorded_as_no_code(shop):
    found = search_customers(shop.db, "5678")  # phone tail
    assert [r["id"] for r in found] == [shop.zhang]
    assert [r["id"] for r in search_customers(shop.db, "JD2001")] == [shop.wang]  # order id
    assert [r["id"] for r in search_customers(shop.db, "李")] == [shop.li]  # name
    assert [r["id"] for r in search_customers(shop.db, "茶友")] == [shop.li]  # nickname
    assert search_customers(shop.db, "  ") == []
    add_without_code(shop.db, shop.wang, wechat_name="王五WX", account="创始人", now=NOW)
    assert shop.db.execute("SELECT via, card_id, account FROM wechat_adds").fetchall() == \
        [("no_code", None, "创始人")]
    assert shop.db.execute("SELECT wechat_status, wechat_name FROM customers WHERE id = ?",
                           [shop.wang]).fetchone() == ("added", "王五WX")


def test_add_without_code_for_a_missing_customer_changes_nothing(shop):
    before = snapshot(shop.db)
    with pytest.raises(RedeemError):
        add_without_code(shop.db, 9999, wechat_name="x", now=NOW)
    assert snapshot(shop.db) == before


def test_a_paste_that_could_mean_two_cards_is_refused(shop, zh_translators):
    from tests.followups.conftest import make_card

    # "GGGG8" reads as 6GGG8 and as 6666B (G↔6, 8↔B): both are valid codes on printed cards
    one = make_card(shop.db, "6GGG8", order_id=shop.order_wang, customer_id=shop.wang)
    make_card(shop.db, "6666B", order_id=shop.order_li, customer_id=shop.li)
    before = snapshot(shop.db)
    with pytest.raises(RedeemError) as err:
        redeem(shop.db, "gggg8", now=NOW)
    assert "6GGG8" in str(err.value) and "6666B" in str(err.value)
    assert snapshot(shop.db) == before
    assert find_card(shop.db, "6GGG8").card_id == one  # the exact code is not ambiguous


@pytest.mark.parametrize("paste, name", [
    ("我是张三，暗号K7F26", "张三"),
    ("张三 申请添加你为朋友", "张三"),
    ("茶友小林申请添加你为好友 K7F26", "茶友小林"),
    ("备注：张三", "张三"),
    ("昵称: 小鹿 K7F26", "小鹿"),
    ("我是Annie，暗号K7F26", "Annie"),
    ("我是张三K7F26", "张三"),
    # not said plainly: nothing is invented
    ("K7F26 张三 买的龙井", ""),
    ("我是在淘宝买茶的", ""),
    ("我是老客户，K7F26", ""),
    ("我是K7F26", ""),
    ("你好", ""),
    ("", ""),
])
def test_the_wechat_name_is_taken_only_where_the_paste_states_it(paste, name):
    from shopowner.followups.paste import wechat_name_in

    assert wechat_name_in(paste) == name


def test_nearest_codes_fix_one_wrong_character_or_one_swap():
    from shopowner.cards.codes import is_valid, nearest_codes

    code = "K7F26"
    wrong = "K7F27"  # last character wrong
    swapped = "K7F62"  # two neighbours swapped
    assert not is_valid(wrong) and not is_valid(swapped)
    assert code in nearest_codes(wrong) and code in nearest_codes(swapped)
    assert code not in nearest_codes(code)  # never the token's own reading
    assert all(is_valid(c) and len(c) == 5 for c in nearest_codes(wrong))
    assert nearest_codes("K7F2#") == []  # not a code at all


@pytest.mark.parametrize("typed", ["K7F27", "k7f62", "K7F2 7", "7KF26"])
def test_a_code_with_one_typo_suggests_the_printed_card(shop, typed):
    before = snapshot(shop.db)
    with pytest.raises(RedeemError) as err:
        redeem(shop.db, f"我是张三，暗号{typed}", now=NOW)
    assert [s.code for s in err.value.suggestions] == [shop.code_zhang]
    message = str(err.value)
    assert "Did you mean K7F26 (order TB1001, 张三)?" in message
    assert snapshot(shop.db) == before
    fixed = err.value.suggestions[0].fixed_text(f"我是张三，暗号{typed}")
    assert fixed == "我是张三，暗号K7F26"
    assert find_card(shop.db, fixed).card_id == shop.card_zhang


def test_no_suggestion_for_redeemed_or_unknown_neighbours(shop, zh_translators):
    redeem(shop.db, shop.code_zhang, now=NOW)
    with pytest.raises(RedeemError) as err:
        find_card(shop.db, "K7F27")  # one typo from a card already redeemed: not suggested
    assert err.value.suggestions == [] and "没有找到暗号" in str(err.value)
    with pytest.raises(RedeemError) as err:
        find_card(shop.db, "K7F62")
    assert err.value.suggestions == []


def test_a_reserved_card_whose_code_comes_back_is_redeemed_and_counts_as_printed(shop):
    """A print that failed half-way leaves its cards reserved, though some reached paper: a code a
    buyer sends back proves it, so the card is redeemed and becomes printed."""
    from shopowner.cards.codes import new_code
    from shopowner.store.cards import code_exists, reserve_cards

    order = shop.db.execute("SELECT id, customer_id FROM orders WHERE id NOT IN "
                            "(SELECT order_id FROM cards WHERE order_id IS NOT NULL) LIMIT 1").fetchone()
    version = shop.db.execute("SELECT letter_version_id FROM cards WHERE id = ?", [shop.card_zhang]).fetchone()[0]
    [card_id] = reserve_cards(shop.db, [dict(order_id=order[0], customer_id=order[1], letter_version_id=version,
                                              code=(code := new_code(lambda c: code_exists(shop.db, c))),
                                              card_id=None)], "a4-4up-a6")
    assert shop.db.execute("SELECT state, printed_at FROM cards WHERE id = ?", [card_id]).fetchone() == ("reserved", None)
    match = redeem(shop.db, f"暗号 {code}", now=NOW)
    assert match.card_id == card_id
    assert shop.db.execute("SELECT state, printed_at, redeemed_at FROM cards WHERE id = ?", [card_id]).fetchone() \
        == ("printed", "2024-06-10 09:30:00", "2024-06-10 09:30:00")
