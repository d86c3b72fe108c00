"""Pages read by key: every sort, both directions, ties and customers without a key, searches and
filters, give exactly the order a single ORDER BY gives; the stored sort keys follow every writer."""

from __future__ import annotations

import pytest

from shopowner.store.customer_merge import merge_customers, undo_merge
from shopowner.store.customer_privacy import erase_customer
from shopowner.store.customer_query import SORTS, fetch_page, fetch_rows, matching_ids
from shopowner.store.customers import (
    add_identity, ensure_tag, get_customer, tag_customers, untag_customers,
)
from tests.customers.conftest import make_customer


def walk(db, page_size, **query):
    """Every row id, page by page, each page after the last row of the one before."""
    ids, after = [], None
    while True:
        page = fetch_page(db, after=after, limit=page_size, **query)
        ids += [r["id"] for r in page]
        if len(page) < page_size:
            return ids
        after = (page[-1]["sort_key"], page[-1]["id"])


@pytest.mark.parametrize("key", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_by_key_give_the_single_query_order(book, key, descending):
    db, c = book
    expected = matching_ids(db, sort=key, descending=descending)
    assert len(expected) == 303
    # 7 rows a page: pages end inside tie groups (stage, tags, order count…) and in the
    # customers without any order (their dates are NULL: first going up, last going down)
    assert walk(db, 7, sort=key, descending=descending) == expected


def test_pages_by_key_with_a_search_and_filters(book):
    db, c = book
    for query in ({"search": "王"}, {"filters": {"platform": "taobao"}},
                  {"filters": {"stage": "new"}, "search": "路"}):
        for key in ("name", "last_order", "tags"):
            expected = matching_ids(db, query.get("filters"), query.get("search", ""), sort=key)
            assert expected
            assert walk(db, 5, sort=key, **query) == expected


def test_customers_without_a_paid_order_sort_first_up_and_last_down(book):
    db, c = book
    none = {r[0] for r in db.execute("SELECT id FROM customers WHERE last_order_at IS NULL")}
    assert c["shangguan"] in none
    up = matching_ids(db, sort="last_order", descending=False)
    down = matching_ids(db, sort="last_order", descending=True)
    assert set(up[:len(none)]) == none and set(down[-len(none):]) == none


def test_stored_sort_keys_follow_every_writer(book, data_dir):
    db, c = book
    cid = c["shangguan"]
    row = lambda: fetch_rows(db, [cid])[cid]  # noqa: E731
    assert row()["phone"] == "" and row()["tags"] == ()
    add_identity(db, cid, "phone", "138****0001", masked=True)
    assert row()["phone"] == "138****0001"
    add_identity(db, cid, "phone", "13800000001")  # an unmasked phone is the one shown
    assert row()["phone"] == "13800000001"
    tea, gift = ensure_tag(db, "冷泡"), ensure_tag(db, "A送礼")
    tag_customers(db, [cid], tea)
    tag_customers(db, [cid], gift)
    assert get_customer(db, cid)["tag_names"] == "A送礼、冷泡"
    db.execute("UPDATE tags SET name = '甲送礼' WHERE id = ?", [gift])
    assert get_customer(db, cid)["tag_names"] == "冷泡、甲送礼"
    untag_customers(db, [cid], tea)
    assert get_customer(db, cid)["tag_names"] == "甲送礼"
    db.execute("DELETE FROM tags WHERE id = ?", [gift])
    assert get_customer(db, cid)["tag_names"] == ""

    # a merge moves phones and tags to the kept customer; the undo moves them back
    twin = make_customer(db, "上官婉儿", phone="13911112222")
    tag_customers(db, [twin], ensure_tag(db, "VIP"))
    merge = merge_customers(db, cid, twin)
    assert get_customer(db, cid)["tag_names"] == "VIP"
    undo_merge(db, merge)
    assert get_customer(db, cid)["tag_names"] == "" and get_customer(db, twin)["tag_names"] == "VIP"
    assert get_customer(db, twin)["list_phone"] == "13911112222"

    # the erase wipes the stored phone with the identities
    erase_customer(db, twin)
    assert get_customer(db, twin)["list_phone"] == ""


def test_sort_by_phone_and_tags_use_the_stored_keys(book):
    db, c = book
    phones = [r["phone"] for r in fetch_page(db, sort="phone", descending=False, limit=400)]
    assert phones == sorted(phones)
    tags = [get_customer(db, i)["tag_names"] for i in matching_ids(db, sort="tags",
                                                                   descending=True)]
    assert tags == sorted(tags, reverse=True) and tags[0]


@pytest.mark.file_only("an older version's shop file upgraded by its migrations")
def test_m0010_fills_the_sort_keys_of_an_existing_shop(data_dir):
    """A shop file from before m0010 (phones, tags) gets its stored keys on opening."""
    from shopowner.store import connect, open_database
    from shopowner.store.db import db_path
    from shopowner.store.migrations import migrations

    db = connect(db_path(data_dir))
    db.execute("PRAGMA journal_mode = WAL").fetchall()
    migrations.apply(db, stop_before="m0010_customer_book_sort_keys")
    cid = make_customer(db, "旧客户", phone="13700001234", orders=[("OLD1", 5000, 10)])
    db.execute("INSERT INTO tags (name) VALUES ('老客')")
    db.execute("INSERT INTO customer_tags (customer_id, tag_id) SELECT ?, id FROM tags", [cid])
    # an earlier closed order, dated the way totals were before m0010 (from every order)
    db.execute("INSERT INTO orders (platform, platform_order_id, customer_id, status, created_at) "
               "VALUES ('taobao', 'OLD0', ?, 'closed', '2020-01-01 10:00:00')", [cid])
    db.execute("UPDATE customers SET first_order_at = '2020-01-01 10:00:00' WHERE id = ?", [cid])
    db.close()
    db = open_database(data_dir)
    got = get_customer(db, cid)
    assert (got["list_phone"], got["tag_names"]) == ("13700001234", "老客")
    assert got["first_order_at"] == got["last_order_at"] and got["order_count"] == 1
    db.close()
