"""The hand-made shop whose growth figures are known (tests/insights)."""

from __future__ import annotations

import pytest

from shopowner.store.customers import add_customer, refresh_customer_totals
from shopowner.store.orders import add_order


@pytest.fixture
def small_shop(db):
    """4 customers: 2 added WeChat (one bought twice), 2 not (one bought twice); 4 cards, 1 redeemed."""
    with db.atomic():
        ch = db.execute("INSERT INTO channels (name, kind, cost_fen) VALUES ('抖音直播', 'live', 10000)").lastrowid
        a = add_customer(db, name="甲", wechat_status="added", channel_id=ch)
        b = add_customer(db, name="乙", wechat_status="added", channel_id=ch)
        c = add_customer(db, name="丙")
        d = add_customer(db, name="丁")
        n = 0
        for cust, amounts in ((a, [10000, 20000]), (b, [30000]), (c, [5000, 5000]), (d, [8000])):
            for fen in amounts:
                n += 1
                add_order(db, dict(platform="taobao" if cust != d else "jd", platform_order_id=str(n),
                                   customer_id=cust, status="completed", paid_fen=fen, total_fen=fen,
                                   created_at="2026-11-20 10:00:00"))
        add_order(db, dict(platform="jd", platform_order_id="closed", customer_id=d, status="closed",
                           paid_fen=99900, created_at="2026-11-20 10:00:00"))
        refresh_customer_totals(db)
        letter = db.execute("INSERT INTO letters (name) VALUES ('感谢信')").lastrowid
        v1 = db.execute("INSERT INTO letter_versions (letter_id, version_no, body) VALUES (?, 1, 'x')",
                        [letter]).lastrowid
        for i, cust in enumerate((a, b, c, d)):
            db.execute("INSERT INTO cards (code, customer_id, letter_version_id, printed_at, redeemed_at) "
                       "VALUES (?, ?, ?, '2026-11-21 09:00:00', ?)",
                       [f"CODE{i}", cust, v1, "2026-11-22 09:00:00" if cust == a else None])
        db.execute("INSERT INTO wechat_adds (customer_id, via, added_at) VALUES (?, 'code', '2026-11-22 09:00:00')", [a])
        db.execute("INSERT INTO wechat_adds (customer_id, via, added_at) VALUES (?, 'no_code', '2025-01-01 09:00:00')", [b])
    return db
