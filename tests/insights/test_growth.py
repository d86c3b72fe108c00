"""Growth figures on a hand-made shop whose answers are known, and the area on the demo shop."""

from __future__ import annotations

import json
from datetime import date

from shopowner.insights.figures import growth_figures
from shopowner.store.customers import add_customer, refresh_customer_totals
from shopowner.store.orders import add_order
from shopowner.window_start import start_facts

TODAY = date(2026, 11, 24)


def test_figures_of_a_known_shop(small_shop):
    g = growth_figures(small_shop, today=TODAY)
    assert (g.customers, g.private_customers, g.private_share) == (4, 2, 0.5)
    assert (g.cards_printed, g.cards_redeemed, g.card_conversion) == (4, 1, 0.25)
    assert g.repeat_rate_private == 0.5 and g.repeat_rate_public == 0.5
    assert g.average_order_fen == round((10000 + 20000 + 30000 + 5000 + 5000 + 8000) / 6)  # closed excluded
    assert g.pool_value_fen == 2 * g.average_order_fen
    assert g.private_spend_fen == 60000
    assert g.by_letter_version == [{"letter": "感谢信", "version": 1, "printed": 4, "redeemed": 1,
                                    "conversion": 0.25, "ci_low": 0.0456, "ci_high": 0.6994}]
    assert g.card_conversion_ci == (0.0456, 0.6994) and g.ab is None  # one version: no A/B
    platforms = {p["platform"]: p for p in g.by_platform}
    assert platforms["taobao"]["private"] == 2 and platforms["jd"]["orders"] == 1  # closed left out
    assert (platforms["taobao"]["buyers"], platforms["jd"]["buyers"]) == (3, 1)
    assert g.platform_total == {"buyers": 4, "private": 2, "orders": 6, "revenue_fen": 78000,
                                "private_share": 0.5}
    assert [(c["name"], c["adds"], c["cost_fen"], c["cost_per_add_fen"]) for c in g.channels] == [
        ("抖音直播", 2, 0, None)]  # a cost lives in channel_costs now (tests/channels)


def test_period_limits_adds_and_cards(small_shop):
    g = growth_figures(small_shop, days=30, today=TODAY)
    assert g.new_private_in_period == 1  # the 2025 add is outside
    assert growth_figures(small_shop, days=1, today=TODAY).cards_printed == 0


def test_customers_agree_with_the_customer_book(small_shop, en_translators):
    from shopowner.store.customer_query import count_customers

    db = small_shop
    with db.atomic():  # someone from a customer list (no orders) and a buyer whose order was closed
        add_customer(db, name="戊")
        e = add_customer(db, name="己", wechat_status="added")
        add_order(db, dict(platform="jd", platform_order_id="only-closed", customer_id=e,
                           status="closed", paid_fen=100, created_at="2026-11-20 10:00:00"))
        refresh_customer_totals(db)
    g = growth_figures(db, today=TODAY)
    assert g.customers == count_customers(db) == 6  # the book's own count
    assert g.private_customers == count_customers(db, {"wechat": "added"}) == 3
    assert g.buyers_all_time == g.platform_total["buyers"] == 4
    assert g.customers_without_paid_order == 2
    assert "The book holds 6 customers: 4 with a paid order, 2 with only unpaid or closed" in g.platform_note


def test_by_month_follows_the_period(small_shop):
    db = small_shop
    cid = db.execute("SELECT id FROM customers WHERE name = '丙'").fetchone()[0]
    add_order(db, dict(platform="taobao", platform_order_id="old", customer_id=cid, status="completed",
                       paid_fen=100, created_at="2023-03-05 10:00:00"))
    all_time = growth_figures(db, today=TODAY).monthly
    assert all_time[0] == {"month": "2023-03", "orders": 1, "cards": 0, "adds": 0}  # older orders shown
    assert [m["month"] for m in all_time] == [f"{y}-{m:02d}" for y in (2023, 2024, 2025, 2026)
                                               for m in range(1, 13)][2:-1]  # every month, gaps as 0
    assert all_time[-1] == {"month": "2026-11", "orders": 6, "cards": 4, "adds": 1}
    assert [m["month"] for m in growth_figures(db, 90, today=TODAY).monthly] == \
        ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert [m["month"] for m in growth_figures(db, 30, today=TODAY).monthly] == ["2026-10", "2026-11"]


def test_an_empty_period_says_why_and_what_to_change(small_shop):
    later = date(2027, 6, 1)
    g = growth_figures(small_shop, 90, today=later)
    assert g.by_platform == [] and g.buyers_in_period == 0
    assert g.platform_note == ("No paid orders since 2027-03-04: the newest paid order is from "
                               "2026-11-20. Choose “All time” or a longer period to see the platforms.")
    assert growth_figures(small_shop, today=later).by_platform  # all time shows them


def test_empty_shop_gives_zeros_not_errors(db):
    g = growth_figures(db, today=TODAY)
    assert g.customers == 0 and g.private_share == 0 and g.card_conversion == 0 and g.monthly == []
    assert g.platform_note.startswith("No orders yet: import an order export")


def test_growth_area_shows_the_demo_figures(qtbot, demo_db, data_dir):
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    window = MainWindow(demo_db, data_dir, ScriptedDialogs(), facts=start_facts(demo_db))
    qtbot.addWidget(window)
    window.show()
    area = window.show_area("growth")
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    expected = growth_figures(demo_db, 90)
    assert area.tiles["private"].value.text() == f"{expected.private_customers:,}"
    assert area.platforms.rowCount() == len(expected.by_platform) + 1 > 1  # + the total line
    assert area.platforms.data(area.platforms.index(len(expected.by_platform), 0)) == "All platforms"
    assert area.platforms.data(area.platforms.index(0, 0)) == "Taobao"  # never the key
    assert area.platform_note.text() == expected.platform_note and area.platform_view.isVisible()
    assert not area.all_time_button.isVisible()
    assert [m["month"] for m in area.figures.monthly] == [m["month"] for m in expected.monthly]
    assert len(expected.monthly) <= 4
    for month in expected.monthly:  # the chart drawn from the same months
        assert f">{month['month'][2:].replace('-', '/')}</text>" in area.monthly_chart.svg
    assert area.monthly_chart.renderer.isValid() and area.letters_chart.isVisibleTo(area)
    mine = area.private_vs_others
    assert mine.rowCount() == 2
    private = {**expected.repeat["private"], **expected.order_value["private"]}
    assert mine.data(mine.index(0, 1)) == f"{private['rate']:.0%} ({private['ci_low']:.0%}–{private['ci_high']:.0%})"
    assert mine.data(mine.index(0, 3)).startswith(f"¥{private['mean_fen'] / 100:,.0f} (¥")
    assert area.tiles["repeat"].value.text() == mine.data(mine.index(0, 1))
    rates = area.card_rates
    assert rates.letters.rowCount() == 2  # the demo letter's two versions
    v1 = expected.by_letter_version[0]
    rate = rates.letters.data(rates.letters.index(0, 4))
    assert rate == f"{v1['conversion']:.0%} ({v1['ci_low']:.0%}–{v1['ci_high']:.0%})"  # "18% (8%–34%)"
    assert rates.verdict.text().startswith(expected.ab["letter"] + ": Cannot tell yet: each version needs")
    assert area.tiles["conversion"].value.text().endswith("%)")
    rates.breakdown.setCurrentIndex(rates.breakdown.findData("by_platform_cards"))
    table = rates.breakdown_view.model()
    assert table.rowCount() == len(expected.by_platform_cards) > 1
    assert table.data(table.index(0, 0)) == "Taobao"
    area.figures = None
    area.period.setCurrentIndex(area.period.findData(None))  # all time: recomputed
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    assert area.figures.since is None


def test_growth_command_json(tmp_path, run_main):
    shop = tmp_path / "shop"
    assert run_main("init-demo", data_dir=shop).returncode == 0
    result = run_main("growth", "--json", data_dir=shop)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["customers"] == 300 and 0 < data["private_share"] < 1
    assert data["cards_printed"] > 0
    assert data["ab"]["decided"] is False and data["ab"]["cards_needed_per_version"] > 0
    for key in ("by_letter_version", "by_batch", "by_product", "by_platform_cards"):
        assert data[key] and all(r["ci_low"] <= r["conversion"] <= r["ci_high"] for r in data[key])
    assert data["customers"] == data["buyers_all_time"] + data["customers_without_paid_order"]
    text = run_main("--lang", "en", "growth", "--days", "90", data_dir=shop)
    assert text.returncode == 0, text.stderr
    ninety = json.loads(run_main("--lang", "en", "growth", "--days", "90", "--json", data_dir=shop).stdout)
    assert ninety["platform_note"] in text.stdout
    total = ninety["platform_total"]
    [line] = [x for x in text.stdout.splitlines() if x.strip().startswith("All platforms")]
    assert line.split()[2:5] == [str(total["buyers"]), str(total["private"]), str(total["orders"])]
    assert "taobao" not in text.stdout and "Taobao" in text.stdout
    assert ninety["ab"]["verdict"] in text.stdout


def test_growth_area_explains_an_empty_period_and_offers_all_time(qtbot, small_shop, data_dir):
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    from shopowner.demo import start_shop

    start_shop(small_shop, "小店", "店主")
    with small_shop.atomic():  # the shop's orders are all older than 90 days
        small_shop.execute("UPDATE orders SET created_at = '2024-11-20 10:00:00'")
    window = MainWindow(small_shop, data_dir, ScriptedDialogs(), facts=start_facts(small_shop))
    qtbot.addWidget(window)
    window.show()
    area = window.show_area("growth")
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    assert area.period.currentData() == 90
    assert not area.platform_view.isVisible() and area.all_time_button.isVisible()
    assert "the newest paid order is from 2024-11-20" in area.platform_note.text()
    area.figures = None
    area.all_time_button.click()
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    assert area.period.currentData() is None and area.platform_view.isVisible()
    assert area.platforms.rowCount() == 3  # taobao, jd and the total line
    assert area.figures.monthly[0]["month"] == "2024-11"
    assert "All time" in area.month_caption.text()
