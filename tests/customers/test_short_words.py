"""1-2 character words are found in a customer's address and notes too, through the index."""

from __future__ import annotations

from shopowner.store.customer_query import matching_ids
from shopowner.store.customers import add_customer


def test_two_characters_in_address_and_notes(db):
    west = add_customer(db, name="王芳", province="浙江省", city="杭州市", district="西湖区",
                        address="文三路90号")
    noted = add_customer(db, name="李雷", notes="怕苦，喜欢清香")
    other = add_customer(db, name="赵敏", city="北京市")
    assert matching_ids(db, None, "西湖") == [west]
    assert matching_ids(db, None, "清香") == [noted]
    assert set(matching_ids(db, None, "市")) == {west, other}
    db.execute("UPDATE customers SET notes = '要发顺丰' WHERE id = ?", [other])  # kept by a trigger
    assert matching_ids(db, None, "顺丰") == [other]
    assert matching_ids(db, None, "清香") == [noted]


def test_the_index_does_not_use_like(db):
    plan = " ".join(str(r) for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT customer_id FROM customer_grams WHERE gram = '西湖'"))
    assert "USING" in plan and "INDEX" in plan.upper()
