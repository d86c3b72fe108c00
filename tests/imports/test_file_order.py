"""File order does not matter: a Taobao DetailList before its OrderList, apart or together, and
either list imported again later, all end in the same customer book, compared table by table."""

from __future__ import annotations

import pytest

from shopowner.imports.run import import_files
from shopowner.store.db import is_hub
from shopowner.store.orders import COMPARED_FIELDS, ITEM_COMPARED
from tests.imports.conftest import ORDERS

ORDER_LIST = ORDERS / "taobao/ExportOrderList202411201030.csv"
DETAIL_LIST = ORDERS / "taobao/ExportOrderDetailList202411201030.csv"
CUSTOMER_FIELDS = ("name", "nickname", "province", "city", "district", "address", "is_anonymous",
                   "order_count", "total_spent_fen", "first_order_at", "last_order_at",
                   "platforms", "stage")


def book(db) -> dict:
    """The book without row ids: a customer is known by the orders it holds."""
    held: dict[int, list[str]] = {}
    for cid, oid in db.execute("SELECT customer_id, platform_order_id FROM orders"):
        held.setdefault(cid, []).append(oid)
    key = {cid: tuple(sorted(oids)) for cid, oids in held.items()}
    customers = {}
    for row in db.execute(f"SELECT id, {', '.join(CUSTOMER_FIELDS)} FROM customers"):
        customers[key.get(row[0], ("no orders", row[0]))] = row[1:]
    identities = sorted((key.get(c, c), kind, platform, value) for c, kind, platform, value in
                        db.execute("SELECT customer_id, kind, platform, value "
                                   "FROM customer_identities"))
    orders = {row[0]: (key[row[1]], *row[2:]) for row in db.execute(
        f"SELECT platform_order_id, customer_id, {', '.join(COMPARED_FIELDS)} FROM orders")}
    items: dict[str, list] = {}
    for row in db.execute(f"SELECT o.platform_order_id, {', '.join(ITEM_COMPARED)} FROM "
                          f"order_items i JOIN orders o ON o.id = i.order_id "
                          f"ORDER BY o.platform_order_id, i.line_no"):
        items.setdefault(row[0], []).append(row[1:])
    duplicates = sorted(
        (key.get(a, a), key.get(b, b), reason) for a, b, reason in db.execute(
            "SELECT customer_a, customer_b, reason FROM duplicate_candidates"))
    return {"customers": customers, "identities": identities, "orders": orders, "items": items,
            "duplicates": duplicates}


SEQUENCES = {
    "detail list first, apart": [[DETAIL_LIST], [ORDER_LIST]],
    "order list first, apart": [[ORDER_LIST], [DETAIL_LIST]],
    "detail list first, together": [[DETAIL_LIST, ORDER_LIST]],
    "detail list re-exported after both": [[ORDER_LIST, DETAIL_LIST], [DETAIL_LIST]],
    "order list again after a re-export": [[DETAIL_LIST], [ORDER_LIST], [DETAIL_LIST],
                                           [ORDER_LIST]],
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    from shopowner.store import open_database

    db = open_database(tmp_path_factory.mktemp("reference") / "shop.db")
    try:
        assert not import_files(db, [ORDER_LIST, DETAIL_LIST]).rejected
        return book(db)
    finally:
        db.close()


def test_the_reference_book_is_whole(reference):
    assert len(reference["orders"]) == 30 and len(reference["customers"]) == 23
    assert sum(len(lines) for lines in reference["items"].values()) == 37
    assert all(price for lines in reference["items"].values() for _t, _s, _sp, _q, price, *_ in lines)


@pytest.mark.parametrize("name", sorted(SEQUENCES))
def test_any_file_order_ends_in_the_same_book(db, reference, name):
    for files in SEQUENCES[name]:
        result = import_files(db, files)
        assert not result.rejected, [f.error for f in result.files]
    got = book(db)
    for table in ("customers", "identities", "orders", "items", "duplicates"):
        assert got[table] == reference[table], table
    assert db.execute("SELECT count(*) FROM customers c WHERE NOT EXISTS "
                      "(SELECT 1 FROM orders o WHERE o.customer_id = c.id)").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM customers WHERE order_count = 0 "
                      "AND first_order_at IS NOT NULL").fetchone()[0] == 0
    index = "hub_customer_docs WHERE customer_id" if is_hub(db) else "customer_search WHERE rowid"
    assert db.execute(f"SELECT count(*) FROM {index} NOT IN (SELECT id FROM customers)").fetchone()[0] == 0


def test_a_placeholder_the_owner_used_is_kept(db):
    """A buyer first seen in a DetailList whose card or follow-up the owner already recorded is
    not deleted when the OrderList names the buyer: only unused placeholders go."""
    import_files(db, [DETAIL_LIST])
    placeholder = db.execute("SELECT customer_id FROM orders ORDER BY id LIMIT 1").fetchone()[0]
    db.execute("INSERT INTO followups (customer_id, kind, summary) VALUES (?, 'phone', 'called')",
               [placeholder])
    import_files(db, [ORDER_LIST])
    assert db.execute("SELECT count(*) FROM customers WHERE id = ?", [placeholder]).fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 24
