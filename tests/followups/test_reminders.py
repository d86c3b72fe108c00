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
