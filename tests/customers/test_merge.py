"""Duplicates scan, merge with per-field choice, undo (also after reopening), 'not the same'."""

from __future__ import annotations

import pytest

from shopowner.store import open_database
from shopowner.store.customer_duplicates import find_duplicates, mark_distinct, pending_pairs
from shopowner.store.customer_merge import MergeError, merge_customers, undo_merge
from shopowner.store.customer_query import matching_ids
from shopowner.store.customers import ensure_tag, get_customer, tag_customers, tags_of

from tests.customers.conftest import make_customer


def owned(db, cid):
    return {t: db.execute(f"SELECT count(*) FROM {t} WHERE customer_id = ?", [cid]).fetchone()[0]
            for t in ("orders", "customer_identities", "followups", "feedback", "cards",
                      "wechat_adds", "reminders")}


@pytest.fixture
def pair(book):
    db, c = book
    twin = make_customer(db, "欧阳娜娜", nickname="nana_jd", phone="139****4321",
                         address="文一西路969号", orders=[("JD555001", 12800, 5)], platform="jd")
    keep = c["ouyang"]
    db.execute("INSERT INTO followups (customer_id, summary) VALUES (?, '问白茶')", [twin])
    db.execute("INSERT INTO feedback (customer_id, kind, text, status) VALUES (?, 'complaint', "
               "'压坏了', 'open')", [twin])
    db.execute("INSERT INTO cards (code, customer_id) VALUES ('K7QX', ?)", [twin])
    db.execute("INSERT INTO wechat_adds (customer_id, wechat_name) VALUES (?, '娜娜')", [twin])
    db.execute("INSERT INTO reminders (customer_id, due_date) VALUES (?, '2030-01-01')", [twin])
    tag_customers(db, [twin], ensure_tag(db, "京东来的"))
    return db, keep, twin


def test_scan_finds_name_address_and_phone_tail(pair):
    db, keep, twin = pair
    assert find_duplicates(db) >= 1
    reasons = {(p["customer_a"], p["customer_b"]): p["reason"] for p in pending_pairs(db)}
    assert (min(keep, twin), max(keep, twin)) in reasons
    assert find_duplicates(db) == 0  # a second scan adds nothing new


def test_merge_moves_everything_and_undo_restores(pair, data_dir):
    db, keep, twin = pair
    before_keep, before_twin = owned(db, keep), owned(db, twin)
    merge_id = merge_customers(db, keep, twin, {"nickname": "nana_jd", "address": "文一西路969号"})
    after = owned(db, keep)
    assert after == {k: before_keep[k] + before_twin[k] for k in after}
    assert owned(db, twin) == dict.fromkeys(after, 0)
    kept = get_customer(db, keep)
    assert kept["nickname"] == "nana_jd" and kept["name"] == "欧阳娜娜"
    assert kept["order_count"] == 4 and kept["platforms"] == "jd,taobao"
    assert {t["name"] for t in tags_of(db, keep)} == {"京东来的"}
    assert twin not in matching_ids(db)  # hidden from the list
    assert set(matching_ids(db, {}, "JD555001")) == {keep}
    # undo after closing and reopening the shop file
    db.close()
    db2 = open_database(data_dir)
    try:
        assert undo_merge(db2, merge_id) == (keep, twin)
        assert owned(db2, keep) == before_keep and owned(db2, twin) == before_twin
        assert get_customer(db2, keep)["nickname"] == "娜娜爱喝茶"
        assert get_customer(db2, keep)["order_count"] == 3
        assert tags_of(db2, keep) == []
        assert twin in matching_ids(db2) and set(matching_ids(db2, {}, "JD555001")) == {twin}
        with pytest.raises(MergeError):
            undo_merge(db2, merge_id)
    finally:
        db2.close()


def test_undo_in_reverse_order_only(pair):
    db, keep, twin = pair
    third = make_customer(db, "欧阳娜娜")
    first = merge_customers(db, keep, twin)
    second = merge_customers(db, keep, third)
    with pytest.raises(MergeError) as err:
        undo_merge(db, first)
    assert err.value.code == "later_merge"
    undo_merge(db, second)
    undo_merge(db, first)
    assert {keep, twin, third} <= set(matching_ids(db))


def test_not_the_same_person_is_remembered(pair):
    db, keep, twin = pair
    find_duplicates(db)
    mark_distinct(db, twin, keep)
    assert all({p["customer_a"], p["customer_b"]} != {keep, twin} for p in pending_pairs(db))
    find_duplicates(db)
    assert all({p["customer_a"], p["customer_b"]} != {keep, twin} for p in pending_pairs(db))


def test_merge_refuses_nonsense(pair):
    db, keep, twin = pair
    with pytest.raises(MergeError):
        merge_customers(db, keep, keep)
    merge_customers(db, keep, twin)
    with pytest.raises(MergeError):
        merge_customers(db, keep, twin)


def test_a_table_unique_per_customer_does_not_block_the_merge(pair):
    """Another area may add a table with one row per customer; the merge still goes through."""
    db, keep, twin = pair
    db.execute("CREATE TABLE loyalty (id INTEGER PRIMARY KEY, customer_id INTEGER UNIQUE "
               "REFERENCES customers(id), points INTEGER)")  # every table of the book has an id
    db.execute("INSERT INTO loyalty VALUES (1, ?, 10), (2, ?, 5)", [keep, twin])
    merge_id = merge_customers(db, keep, twin)
    assert db.execute("SELECT customer_id FROM loyalty ORDER BY points").fetchall() == [(twin,), (keep,)]
    assert get_customer(db, twin)["merged_into"] == keep
    undo_merge(db, merge_id)
    assert db.execute("SELECT customer_id FROM loyalty ORDER BY points").fetchall() == [(twin,), (keep,)]
