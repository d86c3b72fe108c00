"""A small shop for the follow-up tests: customers, orders, a letter with two versions and printed
cards (written directly here: card printing is another area's job)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from shopowner.followups.feedback import add_feedback
from shopowner.followups.redeem import add_without_code, redeem
from shopowner.followups.reminders import set_next_contact

from shopowner.cards.codes import check_char
from shopowner.store.customers import add_customer, add_identity, refresh_customer_totals
from shopowner.store.orders import add_order

NOW = datetime(2024, 6, 10, 9, 30, 0)
DAY = date(2024, 6, 10)


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


@pytest.fixture
def seeded(shop):
    db = shop.db
    fb = {}
    fb["praise"] = add_feedback(db, shop.data_dir, kind="review", customer_id=shop.zhang, rating=5,
                                text="龙井很香", now=datetime(2024, 6, 10, 8))
    fb["complaint_today"] = add_feedback(db, shop.data_dir, kind="complaint", customer_id=shop.li,
                                         text="盒子压坏了", now=datetime(2024, 6, 10, 7))
    fb["idea"] = add_feedback(db, shop.data_dir, kind="new_product", text="想要小罐装",
                              now=datetime(2024, 6, 9, 15))
    fb["old_complaint"] = add_feedback(db, shop.data_dir, kind="complaint", customer_id=shop.wang,
                                       text="发货太慢", now=datetime(2024, 6, 5, 10))
    fb["too_old"] = add_feedback(db, shop.data_dir, kind="review", text="上周的好评",
                                 now=datetime(2024, 6, 3, 10))
    # a third card printed yesterday with letter v1; Li's v1 card is redeemed today
    third = add_customer(db, name="钱七")
    order = add_order(db, dict(platform="taobao", platform_order_id="TB1003", customer_id=third,
                               status="completed", total_fen=100, paid_fen=100,
                               created_at="2024-06-08 09:00:00"))
    make_card(db, code_for("P3R8"), order_id=order, customer_id=third, letter_version_id=shop.v1,
              batch_id=shop.batch, printed_at="2024-06-09 18:05:00")
    redeem(db, shop.code_li, wechat_name="李四微信", account="小美", now=datetime(2024, 6, 10, 9))
    add_without_code(db, third, wechat_name="钱七", account="创始人", now=datetime(2024, 6, 10, 10))
    add_without_code(db, shop.zhang, wechat_name="昨天加的", now=datetime(2024, 6, 9, 10))
    set_next_contact(db, shop.wang, date(2024, 6, 10), now=datetime(2024, 6, 1))
    # a VIP gone quiet (tagged, last order in March) and one still active (Zhang)
    vip = add_customer(db, name="赵六")
    add_order(db, dict(platform="jd", platform_order_id="JD9", customer_id=vip, status="completed",
                       total_fen=99900, paid_fen=99900, created_at="2024-03-01 10:00:00"))
    refresh_customer_totals(db)
    tag = db.execute("INSERT INTO tags (name) VALUES ('VIP')").lastrowid
    for cid in (vip, shop.zhang):
        db.execute("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", [cid, tag])
    return shop, fb, vip
