"""The hub's search finds exactly the customers the shop file's FTS5 search finds: for 1-2
character words, 3+ characters, phone tails and whole phones, order numbers, ASCII in any case
and punctuation; and it stays right as rows change on the hub (its triggers), as the file's does."""

from __future__ import annotations

import pytest

from shopowner.store.customer_search import search_clause
from shopowner.store.pg.move import move_in
from shopowner.store.pg.search import search_ids


def _file_ids(db, word: str) -> list[int]:
    where, params = search_clause(word)
    return [r[0] for r in db.execute(f"SELECT c.id FROM customers c WHERE {where} ORDER BY c.id", params)]


@pytest.fixture
def both(demo_db, data_dir, hub):
    """The demo shop in its file and, moved in, on the hub; plus customers with tricky text."""
    from shopowner.store.customers import add_customer, add_identity

    with demo_db.atomic():
        odd = add_customer(demo_db, name="Ada Lovelace-Byron", nickname="ＡＢＣ全角", address="A-12 号 B座",
                           notes="喜欢 #龙井# 100%")
        add_identity(demo_db, odd, "phone", "+86 139-0000-1234")
    move_in(demo_db, hub, data_dir=data_dir)
    hub.commit()
    return demo_db, hub


def _words(db) -> list[str]:
    rows = db.execute("SELECT c.name, c.city, c.address, (SELECT platform_order_id FROM orders o WHERE "
                      "o.customer_id = c.id ORDER BY o.id LIMIT 1), (SELECT receiver_phone FROM orders o WHERE "
                      "o.customer_id = c.id AND receiver_phone <> '' LIMIT 1) FROM customers c "
                      "WHERE c.id % 7 = 0").fetchall()
    words = {"ada", "ADA", "lovelace-byron", "a-", "-b", "A", "b", "#", "%", "-", "ＡＢＣ", "abc", "1234",
             "13900001234", "龙井", "#龙井#", "100%", "B座", "号", "杭", "0000", "99999"}
    for name, city, address, order, phone in rows:
        words |= {name, name[:1], name[:2], name[1:3], city, (address or "")[:3]}
        if order:
            words |= {order, order[:6], order[-5:]}
        if phone:
            words |= {phone, phone[-4:], phone[:3]}
    return sorted(w for w in words if w and " " not in w)


def test_every_kind_of_word_finds_the_same_customers(both):
    db, hub = both
    words = _words(db)
    assert len(words) > 150
    differ = {w: (_file_ids(db, w), search_ids(hub, w)) for w in words if _file_ids(db, w) != search_ids(hub, w)}
    assert differ == {}
    assert sum(1 for w in words if _file_ids(db, w)) > len(words) * 0.8  # most words find someone
    assert _file_ids(db, "杭 龙井") == search_ids(hub, "杭 龙井")  # every word must match


def test_changes_on_the_hub_are_found_as_in_the_file(both):
    """The same edits on both sides (a renamed customer, a new phone, a new order, a removed
    identity): the hub's triggers keep its documents as the file's keep its index."""
    db, hub = both
    target = db.execute("SELECT min(id) FROM customers WHERE city <> ''").fetchone()[0]
    gone, phone = db.execute("SELECT id, value FROM customer_identities WHERE customer_id <> ? AND kind = 'phone' "
                             "AND masked = 0 ORDER BY id DESC LIMIT 1", [target]).fetchone()
    assert search_ids(hub, phone) != []
    edits = [
        ("UPDATE customers SET name = '欧阳修竹', notes = 'VIP 客户' WHERE id = {t}", ()),
        ("INSERT INTO customer_identities (customer_id, kind, platform, value, masked, created_at) "
         "VALUES ({t}, 'phone', '', '186 5555 7788', 0, '2026-12-01 10:00:00')", ()),
        ("INSERT INTO orders (platform, platform_order_id, customer_id, status, receiver_name, receiver_phone, "
         "province, city, district, address, created_at, imported_at, updated_at) VALUES ('taobao', "
         "'TB77778888999', {t}, 'paid', '收件人甲', '13712345678', '云南省', '大理市', '', '洱海路 9 号', "
         "'2026-12-01 10:00:00', '2026-12-01 10:00:00', '2026-12-01 10:00:00')", ()),
        (f"DELETE FROM customer_identities WHERE id = {gone}", ()),
    ]
    for sql, _ in edits:
        text = sql.format(t=target)
        db.execute(text)
        with hub.transaction():
            hub.execute(text)
    db.conn.commit()
    for word in ("欧阳", "欧", "修竹", "欧阳修竹", "vip", "客户", "7788", "18655557788", "TB7777", "收件人",
                 "13712345678", "5678", "洱海路", "大理市"):
        assert search_ids(hub, word) == _file_ids(db, word) != [], word
    assert search_ids(hub, phone) == _file_ids(db, phone)  # the removed phone: found only through orders, if at all
    assert search_ids(hub, "欧阳修竹") == [target]
