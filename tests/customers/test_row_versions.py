"""No silent overwrites: two connections to one book (two windows on the shop file, two PCs on the
hub) save the same customer or complaint; the later save made against an old version writes
nothing and is told what the row holds now. Runs on the hub too (tests/hub/ON_HUB)."""

from __future__ import annotations

import pytest

from shopowner.customers.book import edit_customer, tag_customers_by_name
from shopowner.customers.versions import edit_over, editable_values, save_edit
from shopowner.followups.feedback import FeedbackError, add_feedback, resolve_complaint
from shopowner.store.customers import (
    add_customer, get_customer, refresh_customer_totals, refresh_stages, set_stage, update_customer,
)
from shopowner.store.errors import RowChanged
from shopowner.store.followups import feedback_row


@pytest.fixture
def other(db, data_dir, request):
    """A second connection to the same book: another window on the file, another PC on the hub."""
    if getattr(db, "is_hub", False):
        from shopowner.store.pg.book import HubBook

        book = HubBook.open(db.url)
    else:
        from shopowner.store import open_database

        book = open_database(data_dir)
    yield book
    book.close()


@pytest.fixture
def customer(db):
    return add_customer(db, name="欧阳娜娜", notes="爱喝绿茶", custom_fields='{"尺码": "M"}')


def test_a_save_against_the_version_read_passes_and_bumps_it(db, other, customer):
    read = get_customer(db, customer)
    assert read["version"] == 1
    assert update_customer(db, customer, expected_version=1, notes="只喝明前茶") == 2
    assert get_customer(other, customer)["version"] == 2  # the other connection sees it at once
    assert update_customer(other, customer, expected_version=2, name="欧阳菲菲") == 3


def test_a_stale_save_writes_nothing_and_carries_the_row_as_it_is_now(db, other, customer):
    mine, theirs = get_customer(db, customer), get_customer(other, customer)
    update_customer(other, customer, expected_version=theirs["version"], notes="换了地址，记得改")
    with pytest.raises(RowChanged) as caught:
        update_customer(db, customer, expected_version=mine["version"], notes="只喝明前茶",
                        wechat_status="added")
    now = caught.value.current
    assert caught.value.table == "customers" and caught.value.expected == 1
    assert now["notes"] == "换了地址，记得改" and now["version"] == 2 == caught.value.current_version
    row = get_customer(db, customer)
    assert row["notes"] == "换了地址，记得改" and row["wechat_status"] == "none" and row["wechat_added_at"] is None
    # without a version a save goes through as before (and still bumps it)
    assert update_customer(db, customer, notes="只喝明前茶") == 3


def test_a_deleted_customer_is_told_as_gone(db, other, customer):
    other.execute("DELETE FROM customers WHERE id = ?", [customer])
    with pytest.raises(RowChanged) as caught:
        update_customer(db, customer, expected_version=1, notes="x")
    assert caught.value.current is None


def test_totals_and_automatic_stages_do_not_move_the_version(db, other, customer):
    """An import refreshing the totals (or the rules restaging) is no edit: a note being typed on
    another PC saves without a conflict."""
    read = get_customer(db, customer)
    refresh_customer_totals(other, [customer])
    refresh_customer_totals(other)
    refresh_stages(other)
    assert get_customer(other, customer)["version"] == read["version"]
    assert update_customer(db, customer, expected_version=read["version"], notes="新备注") == 2


def test_stage_by_hand_is_checked_and_bulk_edits_bump_without_checking(db, other, customer):
    second = add_customer(db, name="司马相如")
    assert set_stage(db, [customer], "loyal", expected_version=1) == 2
    with pytest.raises(RowChanged):
        set_stage(other, [customer], "dormant", expected_version=1)
    assert get_customer(db, customer)["stage"] == "loyal"
    with pytest.raises(ValueError):
        set_stage(db, [customer, second], "loyal", expected_version=2)
    set_stage(other, [customer, second], None)  # a selection: no check, both bumped
    tag_customers_by_name(other, [customer, second], "老客")
    assert [get_customer(db, i)["version"] for i in (customer, second)] == [4, 3]


def test_the_edit_dialog_saves_only_over_the_version_it_read(db, other, customer):
    edit_customer(other, customer, {"name": "欧阳菲菲", "wechat_name": "菲菲"}, expected_version=1)
    with pytest.raises(RowChanged):
        edit_customer(db, customer, {"name": "欧阳娜娜2"}, expected_version=1)
    assert get_customer(db, customer)["name"] == "欧阳菲菲"


def test_fields_only_one_side_changed_are_both_kept(db, other, customer):
    read = get_customer(db, customer)
    update_customer(other, customer, name="欧阳菲菲", custom_fields={"尺码": "M", "生日": "5月1日"})
    asked = []
    saved = save_edit(db, customer, read, {"notes": "只喝明前茶", "custom_fields": {"尺码": "L"}},
                      lambda conflicts, now: asked.append(conflicts) or True)
    assert asked == [] and saved is not None and saved["version"] == 3
    row = get_customer(other, customer)
    assert (row["name"], row["notes"]) == ("欧阳菲菲", "只喝明前茶")
    assert row["custom_fields"] == {"尺码": "L", "生日": "5月1日"}


def test_a_field_both_changed_asks_and_the_answer_decides(db, other, customer):
    read = get_customer(db, customer)
    update_customer(other, customer, notes="换了地址", custom_fields={"尺码": "S"})
    mine = {"notes": "只喝明前茶", "custom_fields": {"尺码": "L"}}
    asked = []
    assert save_edit(db, customer, read, mine, lambda c, now: asked.append((c, now)) or False) is None
    (conflicts, now), = asked
    assert [(c.field, c.key, c.mine, c.now) for c in conflicts] == [
        ("notes", "", "只喝明前茶", "换了地址"), ("custom_fields", "尺码", "L", "S")]
    assert now["version"] == 2 and get_customer(db, customer)["notes"] == "换了地址"  # the book's kept
    assert save_edit(db, customer, read, mine, lambda c, now: True)["version"] == 3  # mine over it
    row = get_customer(other, customer)
    assert (row["notes"], row["custom_fields"]) == ("只喝明前茶", {"尺码": "L"})


def test_the_stage_compares_the_choice_not_what_the_rules_gave():
    base = editable_values({"stage": "new", "stage_manual": 0})
    now = editable_values({"stage": "repeat", "stage_manual": 0})  # an import: new → repeat
    assert edit_over(base, {"stage": "loyal"}, now) == ({"stage": "loyal"}, [])
    chosen = editable_values({"stage": "dormant", "stage_manual": 1})
    assert edit_over(base, {"stage": "loyal"}, chosen)[1][0].now == "dormant"


def test_two_resolvers_of_one_complaint(db, other, data_dir):
    complaint = add_feedback(db, data_dir, kind="complaint", text="茶叶受潮了")
    version = feedback_row(db, complaint)["version"]
    resolve_complaint(other, complaint, "补发了一盒", expected_version=version)
    with pytest.raises(RowChanged) as caught:
        resolve_complaint(db, complaint, "退款20元", expected_version=version)
    assert caught.value.current["resolution"] == "补发了一盒"
    with pytest.raises(FeedbackError):  # without a version: refused as already resolved
        resolve_complaint(db, complaint, "退款20元")
    # keeping mine: written over the version now in the book
    resolve_complaint(db, complaint, "退款20元", expected_version=caught.value.current_version)
    row = feedback_row(other, complaint)
    assert (row["status"], row["resolution"], row["version"]) == ("resolved", "退款20元", 3)


def test_a_conflict_is_a_refusal_not_a_broken_shop_file(en_translators):
    """Whatever front end meets RowChanged unhandled says what happened (exit 1, nothing
    changed), never "the shop file cannot be used" (exit 3)."""
    from shopowner.faults import REFUSED, describe

    fault = describe(RowChanged("customers", 1, 1, {"version": 2}))
    assert (fault.kind, fault.code) == ("refused", REFUSED)
    assert fault.message.startswith("Someone else saved this record while you were editing it")
