"""A small shop for the follow-up tests: customers, orders, a letter with two versions and printed
cards (written directly here: card printing is another area's job)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from shopowner.cards.codes import check_char
from shopowner.store.customers import add_customer, add_identity, refresh_customer_totals
from shopowner.store.orders import add_order

NOW = datetime(2024, 6, 10, 9, 30, 0)


def code_for(data: str) -> str:
    return data + check_char(data)


def make_card(db, code, *, order_id, customer_id, letter_version_id=None, batch_id=None,
              printed_at="2024-06-09 18:00:00", redeemed_at=None, redeemed_customer_id=None):
    return db.execute(
        "INSERT INTO cards (code, order_id, customer_id, batch_id, letter_version_id, printed_at, "
        "redeemed_at, redeemed_customer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [code, order_id, customer_id, batch_id, letter_version_id, printed_at, redeemed_at,
         redeemed_customer_id]).lastrowid


@dataclass
class Shop:
    db: object
    data_dir: object
    zhang: int
    li: int
    wang: int
    order_zhang: int
    order_li: int
    order_wang: int
    v1: int
    v2: int
    batch: int
    code_zhang: str
    code_li: str
    card_zhang: int
    card_li: int


@pytest.fixture
def shop(db, data_dir) -> Shop:
    with db.atomic():
        zhang = add_customer(db, name="张三", city="杭州市")
        li = add_customer(db, name="李四", nickname="茶友李")
        wang = add_customer(db, name="王五")
        add_identity(db, zhang, "phone", "13812345678")
        add_identity(db, li, "phone", "13987650001")
        orders = {}
        for cid, oid, when, fen in ((zhang, "TB1001", "2024-06-08 10:00:00", 16800),
                                    (li, "TB1002", "2024-06-08 11:00:00", 8800),
                                    (wang, "JD2001", "2024-05-01 12:00:00", 9900)):
            orders[cid] = add_order(db, dict(platform="taobao" if oid.startswith("TB") else "jd",
                                             platform_order_id=oid, customer_id=cid, status="completed",
                                             total_fen=fen, paid_fen=fen, created_at=when),
                                    [dict(title="明前龙井 250g", quantity=1, price_fen=fen, amount_fen=fen)])
        refresh_customer_totals(db)
        letter = db.execute("INSERT INTO letters (name, body) VALUES ('初次感谢信', '谢谢你')").lastrowid
        v1 = db.execute("INSERT INTO letter_versions (letter_id, version_no, body) VALUES (?, 1, 'a')",
                        [letter]).lastrowid
        v2 = db.execute("INSERT INTO letter_versions (letter_id, version_no, body) VALUES (?, 2, 'b')",
                        [letter]).lastrowid
        batch = db.execute("INSERT INTO card_batches (created_at, card_count) VALUES "
                           "('2024-06-09 18:00:00', 2)").lastrowid
        code_zhang, code_li = code_for("K7F2"), code_for("M9Q4")
        card_zhang = make_card(db, code_zhang, order_id=orders[zhang], customer_id=zhang,
                               letter_version_id=v2, batch_id=batch)
        card_li = make_card(db, code_li, order_id=orders[li], customer_id=li, letter_version_id=v1,
                            batch_id=batch)
    return Shop(db, data_dir, zhang, li, wang, orders[zhang], orders[li], orders[wang], v1, v2, batch,
                code_zhang, code_li, card_zhang, card_li)
