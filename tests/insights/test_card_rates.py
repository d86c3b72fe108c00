"""Card add-rates with intervals and the letter A/B verdict, on shops whose answer is known."""

from __future__ import annotations

import pytest

from shopowner.insights.figures import growth_figures
from shopowner.insights.stats import sample_size_two_proportions
from shopowner.store.customers import add_customer
from shopowner.store.orders import add_order


def _cards(db, version_counts: dict[int, tuple[int, int]], platform="taobao", title="【包邮】明前龙井 250g"):
    """Cards of one letter: {version: (printed, redeemed)}, each on its own order with one item."""
    with db.atomic():
        letter = db.execute("INSERT INTO letters (name) VALUES ('感谢信')").lastrowid
        cust = add_customer(db, name="甲")
        batch = db.execute("INSERT INTO card_batches (created_at) VALUES ('2026-11-01 09:00:00')").lastrowid
        n = 0
        for version, (printed, redeemed) in version_counts.items():
            v = db.execute("INSERT INTO letter_versions (letter_id, version_no, body) VALUES (?, ?, 'x')",
                           [letter, version]).lastrowid
            for i in range(printed):
                n += 1
                order = add_order(db, dict(platform=platform, platform_order_id=str(n), customer_id=cust,
                                           status="completed", paid_fen=100, created_at="2026-11-01 08:00:00"))
                db.execute("INSERT INTO order_items (order_id, title) VALUES (?, ?)", [order, title])
                db.execute("INSERT INTO cards (code, order_id, letter_version_id, batch_id, printed_at, "
                           "redeemed_at) VALUES (?, ?, ?, ?, '2026-11-02 09:00:00', ?)",
                           [f"C{n}", order, v, batch, "2026-11-05 09:00:00" if i < redeemed else None])
    return db


def test_a_clear_difference_is_decided(db, en_translators):
    g = growth_figures(_cards(db, {1: (100, 5), 2: (100, 30)}))
    assert g.ab["decided"] and g.ab["better_version"] == 2 and g.ab["test"] == "z"
    assert g.ab["p_value"] < 0.001 and g.ab["cards_needed_per_version"] is None
    assert g.ab["verdict"] == "Version 2 is better (95% confidence)"
    v1, v2 = g.by_letter_version
    assert (v2["printed"], v2["redeemed"], v2["conversion"]) == (100, 30, 0.3)
    assert (v2["ci_low"], v2["ci_high"]) == (pytest.approx(0.2189, abs=1e-4), pytest.approx(0.3958, abs=1e-4))
    assert v1["ci_high"] < v2["ci_low"]  # the ranges do not even overlap


def test_the_demo_sized_difference_is_not_decided_and_says_how_many_cards(db, en_translators):
    g = growth_figures(_cards(db, {1: (29, 6), 2: (29, 5)}))
    needed = sample_size_two_proportions(6 / 29, 5 / 29)
    assert g.ab["test"] == "z" and not g.ab["decided"] and g.ab["better_version"] is None  # 5.5 adds expected
    assert g.ab["cards_needed_per_version"] == needed - 29 > 1000
    assert g.ab["verdict"] == f"Cannot tell yet: each version needs about {needed - 29} more cards"


def test_the_verdict_in_chinese(db, zh_translators):
    g = growth_figures(_cards(db, {1: (100, 5), 2: (100, 30)}))
    assert g.ab["verdict"] == "版本2 更好（95% 把握）"


def test_equal_rates_ask_for_more_cards_without_a_number(db, en_translators):
    g = growth_figures(_cards(db, {1: (10, 0), 2: (12, 0)}))
    assert not g.ab["decided"] and g.ab["cards_needed_per_version"] is None
    assert g.ab["verdict"].startswith("Cannot tell yet: both versions brought the same rate")


def test_rates_by_batch_product_and_platform_carry_intervals(db):
    g = growth_figures(_cards(db, {1: (20, 4)}, platform="jd"))
    assert g.ab is None  # one version: nothing to compare
    for rows in (g.by_batch, g.by_product, g.by_platform_cards):
        [row] = rows
        assert (row["printed"], row["redeemed"], row["conversion"]) == (20, 4, 0.2)
        assert (row["ci_low"], row["ci_high"]) == (pytest.approx(0.0807, abs=1e-4), pytest.approx(0.4160, abs=1e-4))
    assert g.by_platform_cards[0]["platform"] == "jd"
    assert g.by_product[0]["product"] == "明前龙井 250g"  # the print name, promotion tags gone
    assert g.by_batch[0]["printed_on"] == "2026-11-01"


def test_few_adds_go_to_fisher_and_stay_undecided(db):
    g = growth_figures(_cards(db, {1: (20, 1), 2: (20, 6)}))  # 5% against 30%: not proven on 20 cards
    assert g.ab["test"] == "fisher" and g.ab["p_value"] == pytest.approx(0.0915, abs=1e-4)
    assert not g.ab["decided"] and g.ab["a"] == 2 and g.ab["cards_needed_per_version"] > 0
