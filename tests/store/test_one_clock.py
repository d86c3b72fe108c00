"""With the shop's clock fixed far in the past, every time a seller's action stores is that time:
nothing reads the real clock on the way (no SQL clock, no column DEFAULT relied on)."""

from __future__ import annotations

import pytest

from datetime import date, datetime

from shopowner import clock
from shopowner.cards.batch import ensure_starter_letters, make_cards, reprint_card
from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.customers.book import add_customer_by_hand, edit_customer, erase_personal_data
from shopowner.demo import start_shop
from shopowner.followups.feedback import add_feedback, resolve_complaint
from shopowner.followups.log import add_followup
from shopowner.followups.redeem import redeem
from shopowner.followups.reminders import generate_reminders, mark_done, set_next_contact
from shopowner.followups.review import mark_read
from shopowner.imports.run import import_files
from shopowner.store import letters, open_database
from shopowner.store.customer_duplicates import mark_distinct
from shopowner.store.customer_merge import merge_customers, undo_merge
from shopowner.store.customers import refresh_stages, set_stage
from shopowner.store.print_names import set_print_name
from shopowner.store.settings import WECHAT_QR, set_setting
from tests.imports.conftest import ORDERS

FIXED = datetime(2001, 2, 3, 4, 5, 6)
# times that are the shop's data, not the clock's: what the order files say, and what follows
# from them (the owner's own dates are given below as the fixed day)
DATA_TIMES = {("orders", "created_at"), ("orders", "paid_at"), ("orders", "shipped_at"),
              ("orders", "completed_at"), ("customers", "first_order_at"),
              ("customers", "last_order_at")}
A6 = BUILTIN_LAYOUTS["a4-4up-a6"]


def time_columns(db) -> list[tuple[str, str]]:
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> '_sqlite_migrations'")]  # sqlite-utils' own record of the schema steps
    return [(t, c[1]) for t in tables for c in db.execute(f"PRAGMA table_info([{t}])")
            if c[1].endswith(("_at", "_on")) or c[1] in ("created", "updated")]


def seller_day(db, data_dir, tmp_path) -> None:
    """What a seller does, one of each: import, print, reprint, redeem, follow up, feedback,
    merge and undo, edit, stages, reminders, review, letters, print names, erase."""
    import_files(db, [ORDERS / "taobao/ExportOrderList202411201030.csv", ORDERS / "jd/订单导出_20241121.csv"])
    start_shop(db, "小满手作", "林小满")
    set_setting(db, WECHAT_QR, "https://u.wechat.com/demo-founder")
    ensure_starter_letters(db)
    make_cards(db, data_dir, "all", A6, tmp_path / "batch.pdf")
    code, first, second, third = db.execute(
        "SELECT c.code, c.customer_id, (SELECT min(id) FROM customers WHERE id <> c.customer_id), "
        "(SELECT max(id) FROM customers) FROM cards c ORDER BY c.id LIMIT 1").fetchone()
    reprint_card(db, data_dir, code, A6, tmp_path / "again.pdf")
    redeem(db, code, wechat_name="小明")
    add_followup(db, data_dir, first, summary="问了保养")
    complaint = add_feedback(db, data_dir, kind="complaint", text="包装破了", customer_id=first)
    resolve_complaint(db, complaint, "补发了一个")
    mark_read(db, FIXED.date(), "feedback", complaint)
    merge = merge_customers(db, first, second)
    undo_merge(db, merge)
    mark_distinct(db, first, second)
    edit_customer(db, third, {"notes": "喜欢薰衣草", "wechat_status": "added"})
    add_customer_by_hand(db, {"name": "赵六", "phone": "13700001234"})
    set_stage(db, [first], "loyal")
    set_stage(db, [first], None)
    refresh_stages(db)
    set_next_contact(db, second, FIXED.date())
    generate_reminders(db, FIXED.date())
    reminder = db.execute("SELECT min(id) FROM reminders").fetchone()[0]
    mark_done(db, reminder)
    letter = letters.list_letters(db)[0]
    letters.save_letter(db, letter["id"], body=letter["body"] + "\n谢谢！")
    restored = letters.restore_version(db, letter["id"], 1)
    letters.undo_restore(db, letter["id"], restored)
    set_print_name(db, "手工皂", "小满手工皂")
    erase_personal_data(db, data_dir, third)


@pytest.mark.file_only("reads the shop file's schema")
def test_every_stored_time_is_the_clock_s(data_dir, tmp_path):
    with clock.fixed(FIXED):
        db = open_database(data_dir)
        try:
            seller_day(db, data_dir, tmp_path)
            columns = time_columns(db)
            today = date.today().isoformat()
            filled = set()
            for table, column in columns:
                values = {r[0] for r in db.execute(
                    f"SELECT DISTINCT [{column}] FROM [{table}] WHERE [{column}] IS NOT NULL")}
                assert not any(str(v).startswith(today) for v in values), (table, column, values)
                if (table, column) not in DATA_TIMES:
                    # a date column holds the day; print names keep ISO text with a "T"
                    assert values <= {clock.stamp(FIXED), FIXED.date().isoformat(),
                                      FIXED.isoformat()}, (table, column, values)
                if values:
                    filled.add((table, column))
        finally:
            db.close()
    # the actions above wrote the times of every area (so the check saw something)
    assert {("orders", "imported_at"), ("imports", "started_at"), ("imports", "finished_at"),
            ("cards", "reserved_at"), ("cards", "printed_at"), ("cards", "last_reprinted_at"),
            ("cards", "redeemed_at"), ("card_batches", "created_at"), ("wechat_adds", "added_at"),
            ("followups", "happened_at"), ("feedback", "resolved_at"), ("merges", "merged_at"),
            ("merges", "undone_at"), ("duplicate_candidates", "decided_at"),
            ("customers", "erased_at"), ("erased_keys", "erased_at"), ("reminders", "done_at"),
            ("review_reads", "read_at"), ("letter_versions", "created_at"),
            ("product_print_names", "updated_at"), ("customer_identities", "created_at"),
            ("customers", "wechat_added_at")} <= filled
