"""What a parcel card costs (per layout, plus the gift it promises) counts towards the parcel-card
channel: in the figures, through ``settings set``, and through the window's dialog."""

from __future__ import annotations

import json

from shopowner.channels.book import add_channel, list_channels
from shopowner.channels.figures import channel_figures
from shopowner.shop_settings import SettingError, change_settings
from shopowner.store.settings import BAIT_COST_KEY, CARD_COSTS_KEY, get_setting
from tests.followups.waiting import accepted, save_ended


def printed(db, layout: str, n: int, day: str, state: str = "printed") -> None:
    with db.atomic():
        for i in range(n):
            db.execute("INSERT INTO cards (code, state, layout, printed_at) VALUES (?, ?, ?, ?)",
                       [f"{layout[:4]}{day}{state}{i}", state, layout,
                        f"{day} 09:00:00" if state == "printed" else None])


def card_row(db, since=None):
    return next(r for r in channel_figures(db, since) if r["kind"] == "card")


def test_every_printed_card_costs_its_layouts_price_plus_the_gift(shop, data_dir):
    add_channel(shop.db, "包裹卡", "card")
    printed(shop.db, "a4-4up-a6", 40, "2026-10-05")
    printed(shop.db, "thermal-100x150", 10, "2026-11-20")
    printed(shop.db, "a4-4up-a6", 5, "2026-11-21", state="reserved")  # planned, never printed
    assert card_row(shop.db)["cost_fen"] == 0  # nothing set: no cost made up

    change_settings(shop.db, data_dir, {"card-costs": "a4-4up-a6=0.35; thermal-100x150=0.2",
                                        "bait-cost": "3"})
    assert get_setting(shop.db, CARD_COSTS_KEY) == {"a4-4up-a6": 35, "thermal-100x150": 20}
    assert get_setting(shop.db, BAIT_COST_KEY) == 300
    assert card_row(shop.db)["cost_fen"] == 40 * (35 + 300) + 10 * (20 + 300)
    assert card_row(shop.db, "2026-11-01")["cost_fen"] == 10 * (20 + 300)  # the period's cards only
    other = add_channel(shop.db, "直播", "live")
    assert next(r for r in channel_figures(shop.db) if r["id"] == other.id)["cost_fen"] == 0


def test_a_wrong_layout_or_amount_is_refused_and_nothing_is_written(shop, data_dir, en_translators):
    for values, words in (({"card-costs": "a3-poster=1"}, "is not LAYOUT=YUAN with one of these layouts"),
                          ({"card-costs": "a4-4up-a6=abc"}, "is not an amount"),
                          ({"card-costs": "a4-4up-a6=0.35", "bait-cost": "-2"}, "between 0 and")):
        try:
            change_settings(shop.db, data_dir, values)
        except SettingError as exc:
            assert words in str(exc)
        else:
            raise AssertionError(f"{values} was stored")
    assert get_setting(shop.db, CARD_COSTS_KEY) is None and get_setting(shop.db, BAIT_COST_KEY) is None


def test_the_cli_sets_them(shop, cli):
    add_channel(shop.db, "包裹卡", "card")
    printed(shop.db, "a4-4up-a6", 4, "2026-11-02")
    assert cli("settings", "set", "card-costs", "a4-4up-a6=0.5").code == 0
    assert cli("settings", "set", "bait-cost", "2.5").code == 0
    result = cli("channels", "list", "--json")
    assert result.code == 0
    assert next(r for r in json.loads(result.out) if r["kind"] == "card")["cost_fen"] == 4 * (50 + 250)


def test_the_dialog_saves_them_and_the_table_shows_the_cost(main_window, shop, qtbot, en_translators):
    add_channel(shop.db, "包裹卡", "card")
    printed(shop.db, "a4-4up-a6", 10, "2026-11-02")
    area = main_window.show_area("growth")
    area.period.setCurrentIndex(area.period.findData(None))
    qtbot.waitUntil(lambda: area.figures is not None and area.channels.model.rowCount() == 1, timeout=10000)

    def refused_then_fixed(dialog):
        qtbot.waitUntil(lambda: dialog.ready, timeout=5000)  # the prices saved before are shown
        dialog.prices["a4-4up-a6"].setText("zero")
        dialog.accept()
        save_ended(qtbot, dialog)
        assert "is not an amount" in dialog.error.text() and dialog.result() == 0
        dialog.prices["a4-4up-a6"].setText("0.4")
        dialog.bait.setText("1.6")
        dialog.accept()
        return accepted(qtbot, dialog)

    main_window.dialogs.dialog_results.append(refused_then_fixed)
    area.channels.card_costs_button.click()
    assert "Card costs saved" in area.channels.status.text()
    cost = area.channels.model
    qtbot.waitUntil(lambda: cost.data(cost.index(0, 4)) == "¥20.00", timeout=10000)  # 10 × (0.40 + 1.60)
    assert [c.kind for c in list_channels(shop.db)] == ["card"]
