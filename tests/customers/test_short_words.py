"""1-2 character words are found in a customer's address and notes too, through the index."""

from __future__ import annotations

import pytest

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


@pytest.mark.file_only("the shop file's FTS5 tables (the hub's search: tests/hub/test_search.py)")
def test_the_index_does_not_use_like(db):
    plan = " ".join(str(r) for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT rowid FROM customer_bigrams WHERE customer_bigrams MATCH '\"西湖\"'"))
    assert "VIRTUAL TABLE INDEX" in plan


@pytest.mark.file_only("the shop file's FTS5 tables (the hub's search: tests/hub/test_search.py)")
def test_pieces_written_by_triggers_equal_the_bulk_rebuild(db):
    """The per-row triggers cut text up in SQL, the bulk re-index in Python: the same pieces."""
    from shopowner.store.customer_search import rebuild_search_index

    add_customer(db, name="Anna 王", nickname="小芳", district="西湖区", address="文三路 90号",
                 notes="怕苦，喜欢清香 " + "长" * 1200)
    add_customer(db, name="")
    by_trigger = db.execute("SELECT rowid, pairs FROM customer_bigrams ORDER BY rowid").fetchall()
    with db.atomic():
        rebuild_search_index(db)
    assert db.execute("SELECT rowid, pairs FROM customer_bigrams ORDER BY rowid").fetchall() \
        == by_trigger
    assert len(by_trigger) == 2 and "西湖" in by_trigger[0][1].split()
