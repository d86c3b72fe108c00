"""Growth figures on a hand-made shop whose answers are known, and the area on the demo shop."""

from __future__ import annotations

import json
from datetime import date

import pytest

from shopowner.insights.figures import growth_figures
from shopowner.store.customers import add_customer, refresh_customer_totals
from shopowner.store.orders import add_order

TODAY = date(2026, 11, 24)


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


def test_figures_of_a_known_shop(small_shop):
    g = growth_figures(small_shop, today=TODAY)
    assert (g.customers, g.private_customers, g.private_share) == (4, 2, 0.5)
    assert (g.cards_printed, g.cards_redeemed, g.card_conversion) == (4, 1, 0.25)
    assert g.repeat_rate_private == 0.5 and g.repeat_rate_public == 0.5
    assert g.average_order_fen == round((10000 + 20000 + 30000 + 5000 + 5000 + 8000) / 6)  # closed excluded
    assert g.pool_value_fen == 2 * g.average_order_fen
    assert g.private_spend_fen == 60000
    assert g.by_letter_version == [{"letter": "感谢信", "version": 1, "printed": 4, "redeemed": 1,
                                    "conversion": 0.25}]
    platforms = {p["platform"]: p for p in g.by_platform}
    assert platforms["taobao"]["private"] == 2 and platforms["jd"]["orders"] == 1
    assert g.by_channel[0]["cost_per_private_fen"] == 5000


def test_period_limits_adds_and_cards(small_shop):
    g = growth_figures(small_shop, days=30, today=TODAY)
    assert g.new_private_in_period == 1  # the 2025 add is outside
    assert growth_figures(small_shop, days=1, today=TODAY).cards_printed == 0


def test_empty_shop_gives_zeros_not_errors(db):
    g = growth_figures(db, today=TODAY)
    assert g.customers == 0 and g.private_share == 0 and g.card_conversion == 0 and g.monthly == []


def test_growth_area_shows_the_demo_figures(qtbot, demo_db, data_dir):
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    window = MainWindow(demo_db, data_dir, ScriptedDialogs())
    qtbot.addWidget(window)
    window.show()
    area = window.show_area("growth")
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    expected = growth_figures(demo_db, 90)
    assert area.tiles["private"].value.text() == f"{expected.private_customers:,}"
    assert area.platforms.rowCount() == len(expected.by_platform) > 0
    assert area.letters.rowCount() == 2  # the demo letter's two versions
    area.figures = None
    area.period.setCurrentIndex(area.period.findData(None))  # all time: recomputed
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    assert area.figures.since is None


def test_growth_command_json(tmp_path):
    from tests.unit.test_cli_and_demo import run_main

    shop = tmp_path / "shop"
    assert run_main("init-demo", data_dir=shop).returncode == 0
    result = run_main("growth", "--json", data_dir=shop)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["customers"] == 300 and 0 < data["private_share"] < 1
    assert data["cards_printed"] > 0
