"""Stages, tags, notes, custom fields, saved views and filters on the demo shop."""

from __future__ import annotations

import pytest

from shopowner.customers.filters import FilterError, clean_filters, yuan_to_fen
from shopowner.customers.labels import mask_phone
from shopowner.store.customer_query import count_customers, fetch_page, matching_ids
from shopowner.store.customers import (
    ensure_tag, get_customer, list_views, refresh_customer_totals, refresh_stages, save_view,
    set_stage, tag_customers, tags_of, untag_customers, update_customer,
)

from tests.customers.conftest import make_customer


def stage(db, cid):
    return db.execute("SELECT stage FROM customers WHERE id = ?", [cid]).fetchone()[0]


def test_stage_rules_follow_the_data(book):
    db, c = book
    assert stage(db, c["sima"]) == "dormant"       # last order 400 days ago
    assert stage(db, c["ouyang"]) == "repeat"      # 3 recent orders
    assert stage(db, c["shangguan"]) == "new"
    db.execute("UPDATE customers SET wechat_status = 'added' WHERE id = ?", [c["shangguan"]])
    assert stage(db, c["shangguan"]) == "added"    # a WeChat add by any writer moves the stage
    loyal = make_customer(db, "忠实老客", orders=[(f"L{i}", 1000, i + 1) for i in range(4)])
    assert stage(db, loyal) == "loyal"


def test_manual_stage_overrides_and_returns_to_rules(book):
    db, c = book
    set_stage(db, [c["sima"]], "loyal")
    refresh_customer_totals(db, [c["sima"]])
    refresh_stages(db)
    assert stage(db, c["sima"]) == "loyal"
    set_stage(db, [c["sima"]], None)
    assert stage(db, c["sima"]) == "dormant"
    with pytest.raises(ValueError):
        set_stage(db, [c["sima"]], "vip")


def test_tags_notes_and_custom_fields(book):
    db, c = book
    tag = ensure_tag(db, "爱冷泡", "#2e86c1")
    tag_customers(db, [c["ouyang"], c["sima"]], tag)
    tag_customers(db, [c["ouyang"]], tag)  # twice is harmless
    assert [t["name"] for t in tags_of(db, c["ouyang"])] == ["爱冷泡"]
    assert set(matching_ids(db, {"tag_id": tag})) == {c["ouyang"], c["sima"]}
    untag_customers(db, [c["sima"]], tag)
    assert set(matching_ids(db, {"tag_id": tag})) == {c["ouyang"]}
    update_customer(db, c["ouyang"], notes="只喝绿茶", custom_fields={"肤质": "油皮", "口味": "清淡"})
    got = get_customer(db, c["ouyang"])
    assert got["notes"] == "只喝绿茶" and got["custom_fields"] == {"肤质": "油皮", "口味": "清淡"}
    assert c["ouyang"] in matching_ids(db, {}, "只喝绿")
    with pytest.raises(ValueError):
        update_customer(db, c["ouyang"], order_count=99)


def test_filters_combine(book):
    db, c = book
    everyone = count_customers(db)
    assert everyone == 303
    jd = set(matching_ids(db, {"platform": "jd"}))
    assert c["sima"] in jd and c["ouyang"] not in jd
    assert set(matching_ids(db, {"stage": "dormant", "platform": "jd"})) <= jd
    rich = set(matching_ids(db, {"spend_min_fen": 31500, "spend_max_fen": 31500}))
    assert c["ouyang"] in rich  # 315.00 yuan
    recent = set(matching_ids(db, {"within_days": 10}))
    assert c["ouyang"] in recent and c["sima"] not in recent
    assert c["sima"] in set(matching_ids(db, {"over_days": 365}))
    complaint = set(matching_ids(db, {"open_complaint": True}))
    expected = {r[0] for r in db.execute(
        "SELECT customer_id FROM feedback WHERE kind = 'complaint' AND status = 'open'")}
    assert complaint == expected and complaint
    added = set(matching_ids(db, {"wechat": "added"}))
    assert added == {r[0] for r in db.execute("SELECT id FROM customers WHERE wechat_status='added'")}
    both = set(matching_ids(db, {"wechat": "added", "within_days": 30}))
    assert both == added & set(matching_ids(db, {"within_days": 30}))


def test_saved_views_round_trip(book):
    db, c = book
    filters = clean_filters({"platform": "jd", "stage": "dormant", "spend_min_fen": yuan_to_fen("10"),
                             "within_days": None, "open_complaint": False})
    assert filters == {"platform": "jd", "stage": "dormant", "spend_min_fen": 1000}
    save_view(db, "京东沉睡", filters)
    save_view(db, "京东沉睡", {**filters, "stage": "loyal"})  # same name replaces
    views = list_views(db)
    assert [v["name"] for v in views] == ["京东沉睡"] and views[0]["filters"]["stage"] == "loyal"


def test_bad_filter_input_is_explained():
    with pytest.raises(FilterError):
        yuan_to_fen("abc")
    with pytest.raises(FilterError):
        yuan_to_fen("-5")
    with pytest.raises(FilterError):
        clean_filters({"spend_min_fen": 500, "spend_max_fen": 100})
    with pytest.raises(FilterError):
        clean_filters({"within_days": -3})
    assert yuan_to_fen("¥1,299.5") == 129950


def test_sort_on_every_column(book):
    from shopowner.store.customer_query import SORTS

    db, c = book
    for key in SORTS:
        for desc in (False, True):
            rows = fetch_page(db, sort=key, descending=desc, limit=400)
            assert len(rows) == 303 and len({r["id"] for r in rows}) == 303
    spend = [r["total_spent_fen"] for r in fetch_page(db, sort="total_spent", descending=False)]
    assert spend == sorted(spend)
    counts = [r["order_count"] for r in fetch_page(db, sort="order_count", descending=True)]
    assert counts == sorted(counts, reverse=True)


def test_phone_masking():
    assert mask_phone("13987654321") == "139****4321"
    assert mask_phone("138****1234") == "138****1234"
    assert mask_phone("") == ""


def test_order_figures_agree_on_what_counts(db):
    """Only paid orders count: the count, the spend and the first/last order dates alike (a
    buyer whose only order was never paid showed 0 orders, ¥0.00 and a first-order date)."""
    from shopowner.store.customers import get_customer, refresh_customer_totals
    from shopowner.store.orders import add_order
    from tests.customers.conftest import ago, make_customer

    never_paid = make_customer(db, "只下单没付款")
    later = make_customer(db, "先关闭后付款")
    for cid, oid, status, days in ((never_paid, "X1", "closed", 30), (never_paid, "X2", "unpaid", 2),
                                   (later, "Y1", "closed", 90), (later, "Y2", "completed", 10),
                                   (later, "Y3", "unpaid", 1)):
        add_order(db, dict(platform="taobao", platform_order_id=oid, customer_id=cid, status=status,
                           total_fen=5000, paid_fen=0 if status == "unpaid" else 5000,
                           created_at=ago(days)))
    for refresh in (lambda: refresh_customer_totals(db, [never_paid, later]),
                    lambda: refresh_customer_totals(db)):
        refresh()
        a, b = get_customer(db, never_paid), get_customer(db, later)
        assert (a["order_count"], a["total_spent_fen"], a["first_order_at"], a["last_order_at"]) \
            == (0, 0, None, None)
        assert a["platforms"] == "taobao"  # where the buyer is known from
        assert (b["order_count"], b["total_spent_fen"]) == (1, 5000)
        assert b["first_order_at"][:10] == b["last_order_at"][:10] == ago(10)[:10]
