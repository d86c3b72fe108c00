"""Channels in the core: add/edit/cost with their checks, codes in the cards' family that never
collide with a card's, redeeming a channel code, and the per-channel figures on known data."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopowner.cards.codes import is_valid
from shopowner.channels.book import add_channel, add_cost, edit_channel, find_channel, list_channels
from shopowner.channels.figures import channel_figures, cost_in_period
from shopowner.followups.channel_redeem import find_channel_code, redeem_channel
from shopowner.followups.redeem import RedeemError
from shopowner.insights.figures import growth_figures
from shopowner.store.cards import code_exists
from tests.channels.conftest import order

NOV = datetime(2026, 11, 10, 15, 0)


def count(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def test_a_channel_gets_a_valid_code_and_its_first_cost(shop, en_translators):
    live = add_channel(shop.db, " 周五 直播间 ", "live", cost="3,000", from_date="2026-11", to_date="2026-11")
    assert live.name == "周五 直播间" and is_valid(live.code) and len(live.code) == 5
    assert [(c.from_date, c.to_date, c.cost_fen) for c in live.costs] == [("2026-11-01", "2026-11-30", 300000)]
    card = add_channel(shop.db, "包裹卡", "card")
    assert card.code == ""  # the cards carry their own codes
    assert code_exists(shop.db, live.code)  # a card code is never drawn equal to a channel's
    assert find_channel(shop.db, live.code.lower()).id == find_channel(shop.db, str(live.id)).id == live.id
    with pytest.raises(ValueError, match="has a parcel-card channel already"):
        add_channel(shop.db, "包裹卡二", "card")
    with pytest.raises(ValueError, match="already a channel called"):
        add_channel(shop.db, "周五 直播间", "other")
    with pytest.raises(ValueError, match=r"ends \(2026-10-31\) before it starts"):
        add_channel(shop.db, "小红书", "xiaohongshu", cost="10", from_date="2026-11-05", to_date="2026-10")
    with pytest.raises(ValueError, match="not an amount"):
        add_cost(shop.db, live.id, "三千", "2026-12-01", "2026-12-31")
    with pytest.raises(ValueError, match="is not a day"):
        add_cost(shop.db, live.id, "30", "2026-13-01", "2026-12-31")
    assert [c.name for c in list_channels(shop.db)] == ["周五 直播间", "包裹卡"]  # nothing else written
    assert count(shop.db, "SELECT count(*) FROM channel_costs") == 1


def test_a_code_never_collides_with_a_card(shop, monkeypatch):
    """The first codes drawn are a card's: the channel takes the next one."""
    from shopowner.cards import codes

    shop.db.execute("INSERT INTO cards (code, customer_id, printed_at) VALUES ('K7F26', ?, '2026-11-01')",
                    [shop.zhang])
    drawn = iter("K7F2K7F2M9Q4")  # one character per draw: a card's code twice, then a free one
    monkeypatch.setattr(codes.secrets, "choice", lambda _alphabet: next(drawn))
    channel = add_channel(shop.db, "线下市集", "offline")
    assert channel.code == "M9Q4" + codes.check_char("M9Q4")


def test_editing_keeps_the_code_and_a_card_channel_becoming_another_gets_one(shop):
    live = add_channel(shop.db, "直播", "live")
    edited = edit_channel(shop.db, live.id, name="抖音直播", kind="douyin", notes="每周五")
    assert (edited.name, edited.kind, edited.code, edited.notes) == ("抖音直播", "douyin", live.code, "每周五")
    card = add_channel(shop.db, "卡片", "card")
    assert is_valid(edit_channel(shop.db, card.id, kind="other").code)


def test_redeeming_a_channel_code_attributes_existing_and_new_customers(shop, en_translators):
    db = shop.db
    xhs = add_channel(db, "小红书笔记", "xiaohongshu")
    assert find_channel_code(db, "K7F2X 张三") is None  # no channel's code: the card path decides
    # the request's WeChat name is a customer's: that customer, attributed
    added = redeem_channel(db, f"李四微信 申请添加你为朋友 {xhs.code.lower()}", account="小美", now=NOV)
    assert (added.customer_id, added.created, added.channel.name) == (shop.li, False, "小红书笔记")
    # nobody of that name: a new customer under it
    new = redeem_channel(db, f"我是晴天 {xhs.code}", now=NOV)
    assert new.created and new.customer_name == "晴天"
    # picked by staff: that one, whatever the name says
    picked = redeem_channel(db, f"{xhs.code} 茶友", customer_id=shop.zhang, wechat_name="张三的微信", now=NOV)
    assert picked.customer_id == shop.zhang and not picked.created
    rows = db.execute("SELECT id, wechat_status, wechat_name, channel_id FROM customers ORDER BY id").fetchall()
    assert rows == [(shop.zhang, "added", "张三的微信", xhs.id), (shop.li, "added", "李四微信", xhs.id),
                    (new.customer_id, "added", "晴天", xhs.id)]
    assert db.execute("SELECT customer_id, via, card_id, channel_id, account FROM wechat_adds ORDER BY id").fetchall() \
        == [(shop.li, "code", None, xhs.id, "小美"), (new.customer_id, "code", None, xhs.id, ""),
            (shop.zhang, "code", None, xhs.id, "")]
    with pytest.raises(RedeemError, match="Type the WeChat name"):
        redeem_channel(db, xhs.code)
    with pytest.raises(RedeemError, match="2 customers are called “晴天”"):
        db.execute("UPDATE customers SET nickname = '晴天' WHERE id = ?", [shop.zhang])
        redeem_channel(db, f"我是晴天 {xhs.code}")
    with pytest.raises(RedeemError, match="No channel code"):
        redeem_channel(db, "我是晴天 K7F2X")
    assert count(db, "SELECT count(*) FROM wechat_adds") == 3  # the refusals wrote nothing


def test_figures_per_channel_on_known_data(shop):
    db = shop.db
    live = add_channel(db, "直播", "live", cost="3000", from_date="2026-11-01", to_date="2026-11-30")
    add_cost(db, live.id, "600", "2026-10-01", "2026-10-31")
    free = add_channel(db, "线下", "offline")
    card = add_channel(db, "包裹卡", "card", cost="31", from_date="2026-10-01", to_date="2026-10-31")
    redeem_channel(db, f"李四微信 申请添加你为朋友 {live.code}", now=NOV)  # Li came through the live stream on 11-10
    new = redeem_channel(db, f"我是晴天 {live.code}", now=datetime(2026, 10, 20, 9)).customer_id
    with db.atomic():
        order(db, shop.li, "TB-before", 9900, "2026-11-01")  # before Li came: not counted
        order(db, shop.li, "P1", 12000, "2026-11-12", platform="private")
        order(db, shop.li, "P2", 5000, "2026-11-20", platform="private", status="closed")  # not paid
        order(db, new, "P3", 8000, "2026-11-15", platform="private")
        order(db, new, "TB3", 2000, "2026-11-16")
        db.execute("INSERT INTO cards (code, customer_id, printed_at, redeemed_at, redeemed_customer_id) VALUES "
                   "('K7F26', ?, '2026-10-01', '2026-10-05 09:00:00', ?)", [shop.zhang, shop.zhang])
        order(db, shop.zhang, "P4", 4000, "2026-10-06", platform="private")
    today = date(2026, 11, 30)
    rows = {r["name"]: r for r in channel_figures(db, None, today)}
    assert {k: rows["直播"][k] for k in ("adds", "cost_fen", "cost_per_add_fen", "private_orders",
                                        "private_revenue_fen", "revenue_fen", "cost_per_private_order_fen")} == {
        "adds": 2, "cost_fen": 360000, "cost_per_add_fen": 180000, "private_orders": 2,
        "private_revenue_fen": 20000, "revenue_fen": 22000, "cost_per_private_order_fen": 180000}
    assert (rows["线下"]["adds"], rows["线下"]["cost_per_add_fen"], rows["线下"]["cost_per_private_order_fen"]) == \
        (0, None, None)  # nothing to divide: "—", not an error
    cards = rows["包裹卡"]
    assert (cards["adds"], cards["private_orders"], cards["cost_per_add_fen"]) == (1, 1, 3100)
    november = {r["name"]: r for r in channel_figures(db, "2026-11-01", today)}
    live_nov = november["直播"]
    assert (live_nov["adds"], live_nov["cost_fen"], live_nov["private_orders"]) == (1, 300000, 2)
    assert november["包裹卡"]["cost_fen"] == 0 and november["包裹卡"]["adds"] == 0
    half = channel_figures(db, "2026-11-16", today)[0]
    assert half["cost_fen"] == 150000  # 15 of November's 30 days
    assert [r["name"] for r in growth_figures(db, today=today).channels] == ["直播", "线下", "包裹卡"]
    assert free.code and rows["线下"]["code"] == free.code and card.code == ""


def test_cost_in_period_spreads_each_cost_over_its_days():
    from shopowner.channels.book import CostPeriod

    costs = [CostPeriod(1, "2026-11-01", "2026-11-10", 1000, ""), CostPeriod(2, "2026-12-01", "2026-12-01", 7, "")]
    assert cost_in_period(costs, None, date(2026, 11, 5)) == 1007  # all time: all of it
    assert cost_in_period(costs, date(2026, 11, 6), date(2026, 12, 31)) == 500 + 7
    assert cost_in_period(costs, date(2026, 11, 1), date(2026, 11, 3)) == 300  # up to today only
    assert cost_in_period(costs, date(2027, 1, 1), date(2027, 1, 31)) == 0


def test_old_channels_are_carried_over_by_the_migration(tmp_path):
    """A shop from before step m0017: its channel's cost becomes a period, its kinds the new ones."""
    from sqlite_utils import Database

    from shopowner.store.migrations import known_migrations, migrations

    db = Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="m0017_channel_costs_and_codes")
    db.execute("INSERT INTO channels (name, kind, cost_fen, created_at) VALUES ('抖音直播', 'live', 300000, "
               "'2025-03-04 10:00:00'), ('分销', 'affiliate', 0, '2025-03-04 10:00:00'), "
               "('平台店铺', 'platform', 0, '2025-03-04 10:00:00')")
    db.conn.commit()
    migrations.apply(db)
    assert [m.name for m in migrations.applied(db)] == known_migrations()
    assert db.execute("SELECT name, kind, cost_fen, code FROM channels ORDER BY id").fetchall() == [
        ("抖音直播", "live", 0, None), ("分销", "cps", 0, None), ("平台店铺", "other", 0, None)]
    assert db.execute("SELECT channel_id, from_date, to_date, cost_fen FROM channel_costs").fetchall() == [
        (1, "2025-03-04", "2025-03-04", 300000)]
