"""Reminder rules with a frozen clock: each built-in rule, idempotence, switches, snooze/done/log."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopowner.followups.feedback import add_feedback, resolve_complaint
from shopowner.followups.log import add_followup
from shopowner.followups.redeem import redeem
from shopowner.followups.reminders import (
    ReminderError, generate_reminders, log_followup_from_reminder, mark_done, rules, set_next_contact,
    set_rule, snooze, today_list,
)
from tests.followups.conftest import code_for, make_card


def rules_today(db, today):
    return sorted((r["rule"], r["customer_id"]) for r in today_list(db, today))


def quiet_rules(db, *keep):
    for key in ("card_not_added", "no_chat_after_add", "rebuy_window", "complaint_open"):
        if key not in keep:
            set_rule(db, key, enabled=False)


def test_card_printed_five_days_ago_not_added(shop):
    quiet_rules(shop.db, "card_not_added")
    # cards printed 2024-06-09: on 06-13 (4 days) nothing; on 06-14 (5 days) both buyers
    assert generate_reminders(shop.db, date(2024, 6, 13)) == 0
    assert generate_reminders(shop.db, date(2024, 6, 14)) == 2
    assert rules_today(shop.db, date(2024, 6, 14)) == [("card_not_added", shop.zhang),
                                                       ("card_not_added", shop.li)]
    assert generate_reminders(shop.db, date(2024, 6, 14)) == 0  # idempotent
    assert generate_reminders(shop.db, date(2024, 6, 15)) == 0
    # Zhang redeems: his reminder closes itself at the next generation
    redeem(shop.db, shop.code_zhang, now=datetime(2024, 6, 15, 10))
    generate_reminders(shop.db, date(2024, 6, 16))
    assert rules_today(shop.db, date(2024, 6, 16)) == [("card_not_added", shop.li)]
    # a card older than the window is not dug up
    make_card(shop.db, code_for("ZZ22"), order_id=shop.order_wang, customer_id=shop.wang,
              printed_at="2024-03-01 10:00:00")
    assert generate_reminders(shop.db, date(2024, 6, 16)) == 0


def test_added_with_no_chat_for_fourteen_days(shop):
    quiet_rules(shop.db, "no_chat_after_add")
    redeem(shop.db, shop.code_li, now=datetime(2024, 6, 1, 10))
    assert generate_reminders(shop.db, date(2024, 6, 14)) == 0
    assert generate_reminders(shop.db, date(2024, 6, 15), now=datetime(2024, 6, 15, 8)) == 1
    [item] = today_list(shop.db, date(2024, 6, 15))
    assert (item["rule"], item["customer_id"], item["due_date"]) == ("no_chat_after_add", shop.li, "2024-06-15")
    add_followup(shop.db, shop.data_dir, shop.li, summary="问候", happened_at="2024-06-15 11:00",
                 now=datetime(2024, 6, 15, 11))
    generate_reminders(shop.db, date(2024, 6, 16), now=datetime(2024, 6, 16, 8))
    assert today_list(shop.db, date(2024, 6, 16)) == []
    # silent again for 14 days after that chat → a new reminder
    assert generate_reminders(shop.db, date(2024, 6, 29)) == 1


@pytest.mark.parametrize("today, expected", [
    (date(2024, 5, 30), []), (date(2024, 5, 31), ["30"]), (date(2024, 6, 6), ["30"]),
    (date(2024, 6, 8), []), (date(2024, 6, 30), ["60"]), (date(2024, 7, 30), ["90"]),
])
def test_rebuy_window_after_30_60_90_days(shop, today, expected):
    quiet_rules(shop.db, "rebuy_window")
    generate_reminders(shop.db, today)
    wang = [r for r in today_list(shop.db, today) if r["customer_id"] == shop.wang]
    assert [r["source_key"].rsplit(":", 1)[1] for r in wang] == expected  # Wang bought 2024-05-01


def test_complaint_open_two_days(shop):
    quiet_rules(shop.db, "complaint_open")
    fid = add_feedback(shop.db, shop.data_dir, kind="complaint", customer_id=shop.wang, text="慢",
                       now=datetime(2024, 6, 10, 20))
    assert generate_reminders(shop.db, date(2024, 6, 11)) == 0
    assert generate_reminders(shop.db, date(2024, 6, 12)) == 1
    resolve_complaint(shop.db, fid, "道歉并补偿", now=datetime(2024, 6, 12, 9))
    generate_reminders(shop.db, date(2024, 6, 12))
    assert today_list(shop.db, date(2024, 6, 12)) == []


def test_rules_are_editable_and_switchable(shop):
    set_rule(shop.db, "card_not_added", params={"days": 2})
    assert rules(shop.db)["card_not_added"]["params"] == {"days": 2, "within": 30}
    quiet_rules(shop.db, "card_not_added")
    assert generate_reminders(shop.db, date(2024, 6, 11)) == 2
    set_rule(shop.db, "card_not_added", enabled=False)
    assert rules(shop.db)["card_not_added"]["enabled"] is False
    with pytest.raises(ReminderError):
        set_rule(shop.db, "card_not_added", params={"days": 0})
    with pytest.raises(ReminderError):
        set_rule(shop.db, "rebuy_window", params={"days": ["x"]})
    with pytest.raises(ReminderError):
        set_rule(shop.db, "nonsense", enabled=True)
    assert rules(shop.db)["card_not_added"]["params"]["days"] == 2


def test_next_contact_snooze_done_and_log(shop):
    quiet_rules(shop.db)
    set_next_contact(shop.db, shop.zhang, date(2024, 6, 12), now=datetime(2024, 6, 10, 9))
    set_next_contact(shop.db, shop.li, date(2024, 6, 12), now=datetime(2024, 6, 10, 9))
    set_next_contact(shop.db, shop.wang, date(2024, 6, 12), now=datetime(2024, 6, 10, 9))
    assert today_list(shop.db, date(2024, 6, 11)) == []
    items = {r["customer_id"]: r for r in today_list(shop.db, date(2024, 6, 12))}
    assert set(items) == {shop.zhang, shop.li, shop.wang}
    assert generate_reminders(shop.db, date(2024, 6, 12)) == 0  # already there
    with pytest.raises(ReminderError):
        snooze(shop.db, items[shop.zhang]["id"], date(2024, 6, 12), today=date(2024, 6, 12))
    snooze(shop.db, items[shop.zhang]["id"], date(2024, 6, 14), today=date(2024, 6, 12))
    mark_done(shop.db, items[shop.li]["id"], now=datetime(2024, 6, 12, 10))
    fid = log_followup_from_reminder(shop.db, shop.data_dir, items[shop.wang]["id"], kind="phone",
                                     summary="约了下周来店", now=datetime(2024, 6, 12, 11))
    assert shop.db.execute("SELECT customer_id, kind FROM followups WHERE id = ?", [fid]).fetchone() == \
        (shop.wang, "phone")
    assert today_list(shop.db, date(2024, 6, 13)) == []
    assert [r["customer_id"] for r in today_list(shop.db, date(2024, 6, 14))] == [shop.zhang]
    with pytest.raises(ReminderError):
        mark_done(shop.db, items[shop.li]["id"])
    # moving the date replaces the open reminder
    set_next_contact(shop.db, shop.zhang, date(2024, 6, 20), now=datetime(2024, 6, 13, 9))
    assert today_list(shop.db, date(2024, 6, 14)) == []
    assert [r["due_date"] for r in today_list(shop.db, date(2024, 6, 20))] == ["2024-06-20"]
    assert shop.db.execute("SELECT next_contact_date FROM customers WHERE id = ?",
                           [shop.zhang]).fetchone()[0] == "2024-06-20"


@pytest.mark.file_only("SQLite's EXPLAIN QUERY PLAN")
def test_rule_queries_are_ranges_the_indexes_serve(db):
    """``date(c.last_order_at) BETWEEN …`` scanned every customer; the rules now ask in ranges."""
    from shopowner.store import reminders as store

    plans = []
    real = db.execute

    def explain(sql, params=()):
        plans.append(" ".join(r[3] for r in real("EXPLAIN QUERY PLAN " + sql, params)))
        return real(sql, params)

    db.execute = explain
    try:
        store.last_orders_between(db, "2024-05-01", "2024-05-09", 30)
        store.next_contacts(db, "2024-06-10")
        store.cards_not_added(db, "2024-06-10 00:00:00", "2024-05-10 00:00:00", 5)
    finally:
        db.execute = real
    assert "idx_customers_last_order (last_order_at>? AND last_order_at<?)" in plans[0]
    assert "idx_customers_next_contact" in plans[1]
    assert "idx_cards_printed (printed_at>? AND printed_at<?)" in plans[2]
    assert all("SCAN c " not in plan for plan in plans), plans


def test_reasons_are_worded_in_the_language_shown(shop, qapp, zh_translators):
    quiet_rules(shop.db, "card_not_added")
    generate_reminders(shop.db, date(2024, 6, 14))  # worded in neither language when made
    stored = shop.db.execute("SELECT note, reason_args FROM reminders ORDER BY id").fetchall()
    assert stored[0] == ("", '{"code":"K7F26","date":"2024-06-09"}')
    [first, _] = today_list(shop.db, date(2024, 6, 14))
    assert first["reason"] == "卡片 K7F26 于 2024-06-09 打印，买家还没加微。"
    from shopowner.i18n import install_translators

    install_translators(qapp, "en")
    [first, _] = today_list(shop.db, date(2024, 6, 14))
    assert first["reason"] == "Card K7F26 printed 2024-06-09; not added on WeChat yet."


def test_a_settled_reminder_leaves_the_list_before_the_next_generation(shop):
    quiet_rules(shop.db, "card_not_added")
    generate_reminders(shop.db, date(2024, 6, 14))
    assert len(today_list(shop.db, date(2024, 6, 14))) == 2
    redeem(shop.db, shop.code_zhang, now=datetime(2024, 6, 14, 10))  # no generation in between
    assert rules_today(shop.db, date(2024, 6, 14)) == [("card_not_added", shop.li)]


def test_a_new_order_settles_the_rebuy_reminder(shop):
    from shopowner.store.customers import refresh_customer_totals
    from shopowner.store.orders import add_order

    quiet_rules(shop.db, "rebuy_window")
    generate_reminders(shop.db, date(2024, 6, 1))  # Wang bought 2024-05-01: 30 days
    assert rules_today(shop.db, date(2024, 6, 1)) == [("rebuy_window", shop.wang)]
    add_order(shop.db, dict(platform="jd", platform_order_id="JD2002", customer_id=shop.wang,
                            status="paid", paid_fen=100, created_at="2024-05-20 10:00:00"))
    refresh_customer_totals(shop.db, [shop.wang])
    assert rules_today(shop.db, date(2024, 6, 1)) == []  # bought again since: nothing to ask


def test_migration_gives_old_reminders_their_values(tmp_path):
    """A shop file from before m0012: generated reminders carry Chinese notes; after the upgrade
    they carry values and are worded when shown."""
    import sqlite3

    from shopowner.store import open_database
    from shopowner.store.migrations import migrations

    data = tmp_path / "old"
    data.mkdir()
    db = open_database(data)
    conn = db.conn
    with db.atomic():
        conn.execute("DROP INDEX idx_reminders_customer")
        conn.execute("DROP INDEX idx_customers_next_contact")
        conn.execute("DROP INDEX idx_attachments_followup")
        conn.execute("DROP INDEX idx_attachments_feedback")
        conn.execute("ALTER TABLE reminders DROP COLUMN reason_args")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0012_followups_reminder_reasons'")
        cid = conn.execute("INSERT INTO customers (name) VALUES ('张三')").lastrowid
        card = conn.execute("INSERT INTO cards (code, customer_id, printed_at) VALUES "
                            "('K7F26', ?, '2024-06-09 18:00:00')", [cid]).lastrowid
        for rule, key, note in (("card_not_added", f"card_not_added:{card}", "卡片…"),
                                ("rebuy_window", f"rebuy_window:{cid}:2024-05-01:30", "买了…"),
                                ("next_contact", f"next_contact:{cid}:2024-06-10", "计划联系。"),
                                ("manual", None, "记得寄样品")):
            conn.execute("INSERT INTO reminders (customer_id, rule, source_key, due_date, note) "
                         "VALUES (?, ?, ?, '2024-06-10', ?)", [cid, rule, key, note])
    db.close()
    db = open_database(data)  # applies m0012
    assert "m0012_followups_reminder_reasons" in [m.name for m in migrations.applied(db)]
    rows = db.execute("SELECT rule, note, reason_args FROM reminders ORDER BY id").fetchall()
    assert rows == [("card_not_added", "", '{"code": "K7F26", "date": "2024-06-09"}'),
                    ("rebuy_window", "", '{"date": "2024-05-01", "days": 30}'),
                    ("next_contact", "", "{}"),
                    ("manual", "记得寄样品", "")]
    reasons = [r["reason"] for r in today_list(db, date(2024, 6, 10))]
    assert reasons == ["Card K7F26 printed 2024-06-09; not added on WeChat yet.",
                       "Ordered 2024-05-01 (30 d ago); time to ask how it went.",
                       "Planned contact.", "记得寄样品"]
    assert sqlite3.connect(data / "shopowner.db").execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'idx_reminders_customer'").fetchone()[0] == 1
