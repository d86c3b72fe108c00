"""Search: trigram for 3+ characters, name pieces for 1-2, phone tails, order ids; triggers."""

from __future__ import annotations

from shopowner.store.customer_query import count_customers, fetch_page, matching_ids
from shopowner.store.customers import add_identity, update_customer
from shopowner.store.orders import add_order

from tests.customers.conftest import make_customer


def ids(db, text, **filters):
    return set(matching_ids(db, filters, text))


def test_three_or_more_chinese_characters(book):
    db, c = book
    assert ids(db, "欧阳娜娜") == {c["ouyang"]}
    assert ids(db, "阳娜娜") == {c["ouyang"]}          # substring in the middle
    assert ids(db, "爱喝茶") >= {c["ouyang"]}         # nickname
    assert ids(db, "文一西路") == {c["ouyang"]}       # address
    assert ids(db, "喜欢冷") == {c["shangguan"]}     # 3 characters of the notes
    assert ids(db, "怕苦") == {c["shangguan"]}       # and 2 (the 2-character pieces)


def test_one_and_two_characters_use_name_pieces(book):
    db, c = book
    assert c["ouyang"] in ids(db, "欧阳")
    assert c["sima"] in ids(db, "相如")
    assert ids(db, "婉") == {c["shangguan"]} | {
        r[0] for r in db.execute("SELECT id FROM customers WHERE name || nickname LIKE '%婉%' "
                                 "AND merged_into IS NULL")}
    # the answer equals a LIKE scan over the name fields, for every surname in the demo
    for ch in "王李张":
        like = {r[0] for r in db.execute(
            "SELECT id FROM customers WHERE (name || ' ' || nickname || ' ' || wechat_name || ' ' "
            "|| wechat_remark) LIKE ?", [f"%{ch}%"])}
        assert ids(db, ch) == like and like


def test_phone_full_and_last_four_digits(book):
    db, c = book
    assert c["ouyang"] in ids(db, "4321")
    assert ids(db, "13987654321") == {c["ouyang"]}
    assert ids(db, "9876543") == {c["ouyang"]}
    assert c["sima"] in ids(db, "2222")


def test_order_id(book):
    db, c = book
    assert ids(db, "TB900002") == {c["ouyang"]}
    assert ids(db, "JD777001") == {c["sima"]}
    assert ids(db, "tb900") == {c["ouyang"]}  # case-insensitive substring


def test_words_are_combined(book):
    db, c = book
    assert ids(db, "欧阳 4321") == {c["ouyang"]}
    assert ids(db, "欧阳 2222") == set()


def test_index_follows_every_writer(book):
    """Writers that never call the customers module still keep the search right (triggers)."""
    db, c = book
    db.execute("UPDATE customers SET wechat_name = '茶香满屋' WHERE id = ?", [c["shangguan"]])
    assert ids(db, "茶香满屋") == {c["shangguan"]}
    add_identity(db, c["shangguan"], "phone", "18600009999")
    assert ids(db, "9999") >= {c["shangguan"]}
    add_order(db, dict(platform="pdd", platform_order_id="PDD-5566778", customer_id=c["shangguan"],
                       paid_fen=100, address="西溪路88号"))
    assert ids(db, "5566778") == {c["shangguan"]}
    assert ids(db, "西溪路") == {c["shangguan"]}
    db.execute("UPDATE orders SET customer_id = ? WHERE platform_order_id = 'PDD-5566778'",
               [c["sima"]])
    assert ids(db, "5566778") == {c["sima"]}
    update_customer(db, c["ouyang"], name="欧阳菲菲")
    assert ids(db, "阳菲菲") == {c["ouyang"]}
    assert ids(db, "欧阳娜娜") == {c["ouyang"]}  # still the receiver name on her orders
    assert c["ouyang"] in ids(db, "菲菲")
    db.execute("DELETE FROM customer_identities WHERE customer_id = ?", [c["ouyang"]])
    db.execute("DELETE FROM orders WHERE customer_id = ?", [c["ouyang"]])
    assert c["ouyang"] not in ids(db, "4321")


def test_quotes_and_fts_syntax_are_plain_text(book):
    db, c = book
    make_customer(db, 'AND "OR" NEAR*')
    assert len(ids(db, '"OR"')) == 1
    assert count_customers(db, search="NEAR*") == 1
    assert count_customers(db, search='"') == 1  # a 1-character name piece
    assert count_customers(db, search='"OR" NEAR*') == 1


def test_page_rows_carry_tags_and_phone(book):
    db, c = book
    row = fetch_page(db, search="欧阳娜娜")[0]
    assert row["phone"] == "13987654321" and row["order_count"] == 3
    assert row["total_spent_fen"] == 16800 + 8800 + 5900
    assert row["tags"] == ()
