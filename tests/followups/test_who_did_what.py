"""Team mode's "who did what": two people on one book, each signed in in turn; the rows their work
writes say who (follow-ups, feedback, a redeemed code, a print run, an import, a customer's edit),
the lists show it; what a staff member may not do is refused in the domain; a shop without staff
works as before. Runs on the hub too (tests/hub/ON_HUB)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from shopowner import actor
from shopowner.staff.people import StaffError, add_person, edit_person, people, remove_person, sign_in
from shopowner.staff.permissions import ERASE, EXPORT, PHONES, NotAllowed, allowed, backup_elsewhere
from tests.followups.conftest import NOW

ORDERS = Path(__file__).resolve().parent.parent / "fixtures" / "orders" / "taobao" / "ExportOrderList202411201030.csv"


@pytest.fixture
def team(shop):
    """老板 (the founder, added first), 小王 (staff, may see full phones, PIN 2468), 小李 (staff)."""
    add_person(shop.db, "老板")
    sign_in(shop.db, "老板")
    add_person(shop.db, "小王", allow=["phones"], pin="2468")
    add_person(shop.db, "小李")
    return shop


def _who(db, table: str, row_id: int):
    return db.execute(f"SELECT s.name FROM {table} t LEFT JOIN staff s ON s.id = t.staff_id WHERE t.id = ?",
                      [row_id]).fetchone()[0]


def test_the_rows_each_person_writes_record_who(team):
    from shopowner.followups.feedback import add_feedback
    from shopowner.followups.log import add_followup
    from shopowner.followups.redeem import redeem
    from shopowner.followups.timeline import customer_timeline
    from shopowner.imports.history import import_history
    from shopowner.imports.run import import_files
    from shopowner.staff.activity import activity
    from shopowner.store.cards import record_printed
    from shopowner.store.customers import update_customer
    from shopowner.store.followups import feedback_rows, followup_rows

    db = team.db
    sign_in(db, "小王", "2468")
    followup = add_followup(db, team.data_dir, team.zhang, summary="问了新茶", staff="")
    feedback = add_feedback(db, team.data_dir, kind="complaint", text="茶叶受潮了", customer_id=team.zhang)
    redeem(db, team.code_zhang, wechat_name="晴天", now=NOW)
    batch = record_printed(db, selection="to-ship", layout="a4-4up-a6", pdf_path="x.pdf", card_ids=[])
    sign_in(db, "小李")
    result = import_files(db, [ORDERS])
    assert not result.rejected
    update_customer(db, team.li, notes="喜欢红茶")
    add_followup(db, team.data_dir, team.li, summary="电话回访", staff="门店阿姨")
    actor.sign_out()

    assert _who(db, "followups", followup) == "小王"
    assert _who(db, "feedback", feedback) == "小王"
    assert db.execute("SELECT s.name FROM wechat_adds w JOIN staff s ON s.id = w.staff_id").fetchall() == [("小王",)]
    assert _who(db, "card_batches", batch) == "小王"
    assert {r[0] for r in db.execute("SELECT s.name FROM imports i JOIN staff s ON s.id = i.staff_id")} == {"小李"}
    # the redemption marked 张三 added (小王), the note was 小李's
    assert db.execute("SELECT s.name FROM customers c JOIN staff s ON s.id = c.edited_by WHERE c.id IN (?, ?) "
                      "ORDER BY c.id", [team.zhang, team.li]).fetchall() == [("小王",), ("小李",)]
    # the lists say who: the person signed in (a follow-up's typed "staff" when nobody was)
    assert [r["staff_name"] for r in followup_rows(db)] == ["小李", "小王"]
    assert [r["staff_name"] for r in feedback_rows(db) if r["id"] == feedback] == ["小王"]
    assert {r.staff_name for r in import_history(db)} == {"小李"}
    timeline = customer_timeline(db, team.zhang)
    assert {r["kind"] for r in timeline if r["who"] == "小王"} == {"followup", "feedback", "wechat"}
    assert all(r["details"].endswith("小王") for r in timeline if r["who"] == "小王")
    mine = activity(db, name="小王")
    assert {r["kind"] for r in mine} == {"followup", "feedback", "wechat", "cards", "customer"}
    assert {r["who"] for r in activity(db)} == {"小王", "小李"}


def test_a_job_on_a_worker_thread_writes_as_the_person_signed_in(team, db, data_dir, request):
    """The window runs its writes on workers: the signed-in person is the process's, not a thread's."""
    from shopowner.store.followups import insert_followup

    sign_in(db, "小李")
    seen: list = []
    worker = threading.Thread(target=lambda: seen.append(actor.current()))
    worker.start()
    worker.join()
    assert seen == [actor.Person(seen[0].id, "小李", "staff")]
    row = insert_followup(db, {"customer_id": team.wang, "summary": "worker", "happened_at": "2024-06-10 10:00:00",
                               "created_at": "2024-06-10 10:00:00"})
    assert _who(db, "followups", row) == "小李"


def test_a_shop_without_staff_records_no_one_and_allows_everything(shop, tmp_path):
    from shopowner.customers.export import export_customers
    from shopowner.followups.log import add_followup

    db = shop.db
    assert actor.current() is None and people(db) == []
    followup = add_followup(db, shop.data_dir, shop.zhang, summary="老样子", staff="店主")
    assert _who(db, "followups", followup) is None
    assert all(allowed(db, what) for what in (EXPORT, ERASE, PHONES))
    assert export_customers(db, [shop.zhang], tmp_path / "all.csv", mask_phones=False) == 1
    with pytest.raises(StaffError, match="no staff list"):
        sign_in(db, "老板")


def test_a_staff_member_without_the_allowance_is_refused_and_nothing_is_written(team, tmp_path):
    from shopowner.customers.book import delete_customer_and_files, erase_personal_data
    from shopowner.customers.export import export_customers, export_matching
    from shopowner.customers.export_all import export_all

    db = team.db
    out = tmp_path / "out"
    out.mkdir()
    sign_in(db, "小李")
    refusals = [
        lambda: export_customers(db, [team.zhang], out / "a.csv"),
        lambda: export_matching(db, out / "b.xlsx"),
        lambda: export_all(db, out / "all"),
        lambda: backup_elsewhere(db, out / "copy.db"),
        lambda: erase_personal_data(db, team.data_dir, team.li),
        lambda: delete_customer_and_files(db, team.data_dir, team.wang),
    ]
    for attempt in refusals:
        with pytest.raises(NotAllowed, match="小李 may not"):
            attempt()
    assert list(out.iterdir()) == []
    assert db.execute("SELECT count(*) FROM customers WHERE erased_at IS NULL").fetchone()[0] == 3
    assert not allowed(db, PHONES)
    # 小王 may see phones, not export: a masked export is still an export
    sign_in(db, "小王", "2468")
    assert allowed(db, PHONES) and not allowed(db, EXPORT)
    with pytest.raises(NotAllowed):
        export_customers(db, [team.zhang], out / "c.csv")
    # the founder allows 小李 to export (not phones): masked yes, full phones no; applies at once
    sign_in(db, "老板")
    edit_person(db, "小李", allow={"export": True})
    sign_in(db, "小李")
    assert export_customers(db, [team.zhang], out / "d.csv") == 1
    assert "13812345678" not in (out / "d.csv").read_text(encoding="utf-8-sig")
    with pytest.raises(NotAllowed, match="full phone numbers"):
        export_customers(db, [team.zhang], out / "e.csv", mask_phones=False)
    # the founder may do everything
    sign_in(db, "老板")
    assert all(allowed(db, what) for what in (EXPORT, ERASE, PHONES))
    assert export_customers(db, [team.zhang], out / "f.csv", mask_phones=False) == 1
    assert "13812345678" in (out / "f.csv").read_text(encoding="utf-8-sig")
    # nobody signed in on a book with staff: refused
    actor.sign_out()
    with pytest.raises(NotAllowed, match="sign in first"):
        export_customers(db, [team.zhang], out / "g.csv")


def test_only_the_founder_manages_staff_and_a_founder_always_remains(team):
    db = team.db
    assert [(p["name"], p["role"], p["has_pin"]) for p in people(db)] == [
        ("老板", "founder", False), ("小李", "staff", False), ("小王", "staff", True)]
    sign_in(db, "小李")
    for change in (lambda: add_person(db, "小赵"), lambda: edit_person(db, "小王", allow={"export": True}),
                   lambda: remove_person(db, "小王"), lambda: edit_person(db, "小李", role="founder")):
        with pytest.raises(StaffError, match="Only the founder"):
            change()
    edit_person(db, "小李", pin="1357")  # one's own PIN is one's own
    sign_in(db, "老板")
    with pytest.raises(StaffError, match="only founder"):
        remove_person(db, "老板")
    with pytest.raises(StaffError, match="only founder"):
        edit_person(db, "老板", role="staff")
    with pytest.raises(StaffError, match="already on the staff list"):
        add_person(db, " 小王 ")
    with pytest.raises(StaffError, match="4 to 12 digits"):
        add_person(db, "小赵", pin="12")
    remove_person(db, "小王")
    with pytest.raises(StaffError, match="taken off the staff list"):
        sign_in(db, "小王", "2468")
    with pytest.raises(StaffError, match="not right"):
        sign_in(db, "小李", "2468")
    with pytest.raises(StaffError, match="has a PIN"):
        sign_in(db, "小李")
    with pytest.raises(StaffError, match="No one called"):
        sign_in(db, "小孙")
    assert sign_in(db, "小李", "1357").name == "小李"
    assert actor.current().name == "小李"


def test_the_first_person_added_is_the_founder(shop):
    assert add_person(shop.db, "阿芳", role="staff")["role"] == "founder"
