"""Print runs on a real shop file: selections, letter rules, versions, records, reprints."""

from __future__ import annotations

from datetime import date

import pytest

from shopowner.cards.batch import CardsError, make_cards, plan_batch, reprint_card
from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.cards.selection import Selection, SelectionError, choose_letter, select_orders
from shopowner.demo import DEMO_ORDERS, DEMO_PRIVATE_ORDERS
from shopowner.store import letters as letter_store
from shopowner.store.cards import to_ship_order_ids
from shopowner.store.settings import WECHAT_QR, set_setting

from tests.cards.conftest import flat, open_pdf

A6 = BUILTIN_LAYOUTS["a4-4up-a6"]


def test_to_ship_is_paid_unshipped_without_a_card_in_packing_order(card_shop, data_dir, tmp_path):
    expected = [r[0] for r in card_shop.execute(
        "SELECT id FROM orders WHERE status = 'paid' AND shipped_at IS NULL ORDER BY paid_at, id")]
    assert expected and to_ship_order_ids(card_shop) == expected
    result = make_cards(card_shop, data_dir, "to-ship", A6, tmp_path / "a.pdf")
    assert [c["order_id"] for c in result["cards"]] == expected
    stored = card_shop.execute(
        "SELECT code, order_id, customer_id, batch_id, letter_version_id, layout, printed_at FROM cards "
        "ORDER BY id").fetchall()
    assert [r[0] for r in stored] == [c["code"] for c in result["cards"]]
    assert all(r[2] and r[3] == result["batch_id"] and r[4] and r[5] == "a4-4up-a6" and r[6] for r in stored)
    with pytest.raises(CardsError, match="no parcels"):  # every parcel has its card now
        make_cards(card_shop, data_dir, "to-ship", A6, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()


def test_today_means_imported_today(card_shop):
    yesterday_import = card_shop.execute(
        "INSERT INTO imports (file_name, started_at) VALUES ('old.csv', '2000-01-02 09:00:00')").lastrowid
    old = [r[0] for r in card_shop.execute("SELECT id FROM orders ORDER BY id LIMIT 5")]
    card_shop.execute(f"UPDATE orders SET import_id = ? WHERE id IN ({','.join(map(str, old))})",
                      [yesterday_import])
    imported_today = [r[0] for r in card_shop.execute(  # the demo's last import (its earlier ones are
        # weeks old), and a private order the founder entered today, if the demo has one
        "SELECT o.id FROM orders o LEFT JOIN imports i ON i.id = o.import_id "
        "WHERE date(coalesce(i.started_at, o.imported_at)) = ?", [date.today().isoformat()])]
    today = select_orders(card_shop, Selection.parse("today"))
    assert sorted(today) == sorted(imported_today) and len(today) > 5 and not set(old) & set(today)
    assert sorted(select_orders(card_shop, Selection.parse("today"), today=date(2000, 1, 2))) == old


def test_explicit_ids_keep_their_order_and_unknown_ids_are_refused(card_shop):
    number = card_shop.execute("SELECT platform_order_id FROM orders WHERE id = 7").fetchone()[0]
    assert select_orders(card_shop, Selection.parse(f"12,3,{number}")) == [12, 3, 7]
    with pytest.raises(SelectionError, match="99999"):
        select_orders(card_shop, Selection.parse("1,99999"))
    assert Selection.parse("2026-11-20..2026-11-01").first_day == "2026-11-01"


def test_letters_are_chosen_by_first_order_returning_and_platform(card_shop, data_dir):
    letters = letter_store.list_letters(card_shop)
    assert choose_letter(letters, "taobao", 1)["audience"] == "first"
    assert choose_letter(letters, "taobao", 3)["audience"] == "returning"
    douyin = letter_store.add_letter(card_shop, "抖音专用", "{称呼}你好，抖音来的朋友。", audience="any",
                                     platform="douyin")
    letters = letter_store.list_letters(card_shop)
    assert choose_letter(letters, "douyin", 2)["id"] == douyin
    assert choose_letter(letters, "jd", 2)["audience"] == "returning"
    plan = plan_batch(card_shop, data_dir, "all")
    by_order = {c.order_id: c.letter_name for c in plan.cards}
    returning = card_shop.execute(
        "SELECT o.id FROM orders o WHERE o.platform = 'taobao' AND o.status = 'completed' AND EXISTS "
        "(SELECT 1 FROM orders o2 WHERE o2.customer_id = o.customer_id AND o2.status = 'completed' "
        "AND o2.created_at < o.created_at) LIMIT 1").fetchone()[0]
    assert "老朋友" in by_order[returning]
    with pytest.raises(CardsError, match="no letter called"):
        plan_batch(card_shop, data_dir, "all", letter_name="不存在")


def test_an_edit_after_printing_makes_a_new_version(card_shop, data_dir, tmp_path):
    letter = letter_store.list_letters(card_shop)[0]
    v1 = letter_store.save_letter(card_shop, letter["id"], body="第一稿 {称呼}")
    v1b = letter_store.save_letter(card_shop, letter["id"], body="第一稿改 {称呼}")
    assert v1b["id"] == v1["id"]  # never printed: edited in place
    result = make_cards(card_shop, data_dir, "all", A6, tmp_path / "a.pdf", letter_name=letter["name"])
    assert {c["letter_version_id"] for c in result["cards"]} == {v1["id"]}
    v2 = letter_store.save_letter(card_shop, letter["id"], body="第二稿 {称呼}")
    assert v2["version_no"] == v1["version_no"] + 1
    versions = letter_store.versions(card_shop, letter["id"])
    assert [v["body"] for v in versions][-2:] == ["第一稿改 {称呼}", "第二稿 {称呼}"]
    assert versions[-2]["cards"] == DEMO_ORDERS + DEMO_PRIVATE_ORDERS and versions[-1]["cards"] == 0


def test_a_reprint_keeps_its_code_and_is_counted(card_shop, data_dir, tmp_path):
    result = make_cards(card_shop, data_dir, "3,4", A6, tmp_path / "a.pdf")
    code = result["cards"][1]["code"]
    again = reprint_card(card_shop, data_dir, code, BUILTIN_LAYOUTS["roll-80"], tmp_path / "r.pdf")
    assert again["cards"][0]["code"] == code and again["pages"] == 1
    text = flat(open_pdf(tmp_path / "r.pdf")[0].get_textpage().get_text_range())
    assert code in text and "补打" in text
    row = card_shop.execute("SELECT reprint_count, last_reprinted_at FROM cards WHERE code = ?", [code]).fetchone()
    assert row[0] == 1 and row[1]
    assert card_shop.execute("SELECT count(*) FROM cards").fetchone()[0] == 2


def test_a_code_of_digits_only_is_found_as_a_code_not_an_id(card_shop, data_dir, tmp_path):
    """About one code in 900 is all digits (e.g. 76822); a reprint by that code is that card."""
    from itertools import product

    from shopowner.cards.codes import check_char, is_valid

    digits = next(d + check_char(d) for d in map("".join, product("98765432", repeat=4))
                  if check_char(d).isdigit())
    assert is_valid(digits)
    result = make_cards(card_shop, data_dir, "3,4", A6, tmp_path / "a.pdf")
    first, second = (c["code"] for c in result["cards"])
    card_shop.execute("UPDATE cards SET code = ? WHERE code = ?", [digits, second])
    again = reprint_card(card_shop, data_dir, digits, BUILTIN_LAYOUTS["roll-80"], tmp_path / "r.pdf")
    assert again["cards"][0]["code"] == digits
    first_id = card_shop.execute("SELECT id FROM cards WHERE code = ?", [first]).fetchone()[0]
    by_id = reprint_card(card_shop, data_dir, str(first_id), BUILTIN_LAYOUTS["roll-80"],
                         tmp_path / "r2.pdf")
    assert by_id["cards"][0]["code"] == first  # a number that is no code is still an id


def test_no_founder_qr_means_nothing_is_printed(card_shop, data_dir, tmp_path):
    set_setting(card_shop, WECHAT_QR, "")
    with pytest.raises(CardsError, match="QR"):
        make_cards(card_shop, data_dir, "to-ship", A6, tmp_path / "a.pdf")
    assert card_shop.execute("SELECT count(*) FROM cards").fetchone()[0] == 0
    assert not (tmp_path / "a.pdf").exists()


def test_starter_letters_are_seeded_once(card_shop):
    from shopowner.cards.batch import ensure_starter_letters

    letters = letter_store.list_letters(card_shop)
    assert {l["audience"] for l in letters} == {"first", "returning"}
    assert ensure_starter_letters(card_shop) == 0


def test_planning_reserves_codes_that_keep_across_replans_and_count_as_not_printed(card_shop, data_dir, tmp_path):
    from shopowner.insights.figures import growth_figures

    letter = letter_store.list_letters(card_shop)[0]
    plan = plan_batch(card_shop, data_dir, "all", layout=A6)
    codes = {c.order_id: c.content.code for c in plan.cards}
    assert plan.reserved and len(codes) == DEMO_ORDERS + DEMO_PRIVATE_ORDERS
    rows = card_shop.execute("SELECT state, printed_at, layout FROM cards").fetchall()
    assert {r[0] for r in rows} == {"reserved"} and {r[1] for r in rows} == {None} and {r[2] for r in rows} == {A6.name}
    assert growth_figures(card_shop).cards_printed == 0
    assert card_shop.execute("SELECT count(*) FROM printed_cards").fetchone()[0] == 0
    assert letter_store.versions(card_shop, letter["id"])[-1]["cards"] == 0
    before = letter_store.versions(card_shop, letter["id"])[-1]
    edited = letter_store.save_letter(card_shop, letter["id"], body="改过的信 {称呼}")
    assert edited["id"] == before["id"]  # reserved cards do not freeze the letter's words
    roll = BUILTIN_LAYOUTS["roll-80"]
    again = plan_batch(card_shop, data_dir, "all", layout=roll)
    assert {c.order_id: c.content.code for c in again.cards} == codes  # the same codes
    assert card_shop.execute("SELECT count(*) FROM cards").fetchone()[0] == DEMO_ORDERS + DEMO_PRIVATE_ORDERS
    assert {r[0] for r in card_shop.execute("SELECT layout FROM cards")} == {"roll-80"}
    assert to_ship_order_ids(card_shop)  # reserved is not printed: still going out
    result = make_cards(card_shop, data_dir, "to-ship", A6, tmp_path / "a.pdf")
    assert all(c["code"] == codes[c["order_id"]] for c in result["cards"])
    printed = card_shop.execute("SELECT count(*), min(printed_at) FROM cards WHERE state = 'printed'").fetchone()
    assert printed[0] == len(result["cards"]) and printed[1]
    assert growth_figures(card_shop).cards_printed == len(result["cards"])
    assert not to_ship_order_ids(card_shop)


def test_existing_cards_stay_printed_through_the_migration(data_dir):
    from shopowner.store import connect
    from shopowner.store.migrations import migrations

    db = connect(data_dir / "shopowner.db")
    db.execute("PRAGMA journal_mode = WAL").fetchall()
    migrations.apply(db, stop_before="m0008_cards_reserved_codes")
    customer = db.execute("INSERT INTO customers (name) VALUES ('王小明')").lastrowid
    card = db.execute("INSERT INTO cards (code, customer_id, layout, printed_at) "
                      "VALUES ('K7F2X', ?, 'roll-80', '2026-11-20 10:00:00')", [customer]).lastrowid
    db.execute("INSERT INTO wechat_adds (customer_id, card_id) VALUES (?, ?)", [customer, card])
    migrations.apply(db)
    assert db.execute("SELECT state, printed_at, reserved_at FROM cards").fetchone() == (
        "printed", "2026-11-20 10:00:00", "2026-11-20 10:00:00")
    assert db.execute("SELECT card_id FROM wechat_adds").fetchone()[0] == card  # not cleared
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not db.execute("PRAGMA foreign_key_check").fetchall()
    db.close()


def test_a_stopped_runs_pdf_is_finished_or_removed_by_the_next_run(card_shop, data_dir, tmp_path):
    from shopowner.cards.batch_files import recover_pdf_writes
    from shopowner.store import cards as store

    dead = 2 ** 22 + 12345  # no such process
    done, part_done = tmp_path / "done.pdf", tmp_path / ".done.pdf.1.shopowner-part"
    part_done.write_bytes(b"%PDF-1.4 complete")
    half = tmp_path / ".half.pdf.1.shopowner-part"
    half.write_bytes(b"%PDF-1.4 half")
    inner = tmp_path / f".{half.name}.999.part"
    inner.write_bytes(b"half")
    batch = store.record_printed(card_shop, selection="to-ship", layout="roll-80", pdf_path=str(done), card_ids=[])
    first = store.begin_pdf_write(card_shop, str(done), str(part_done), dead)
    card_shop.execute("UPDATE card_pdf_writes SET batch_id = ? WHERE id = ?", [batch, first])
    store.begin_pdf_write(card_shop, str(tmp_path / "half.pdf"), str(half), dead)
    assert recover_pdf_writes(card_shop) == [str(done)]
    assert done.read_bytes() == b"%PDF-1.4 complete"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["done.pdf"]
    assert not store.pdf_writes(card_shop)


def test_orders_chosen_again_after_printing_get_their_card_again_not_a_new_code(card_shop, data_dir, tmp_path):
    """One parcel, one code: choosing printed orders again (by number) reprints their cards."""
    from tests.cards.conftest import pdf_codes

    layout = BUILTIN_LAYOUTS["a4-4up-a6"]
    first = make_cards(card_shop, data_dir, "1,2", layout, tmp_path / "first.pdf")
    codes = [c["code"] for c in first["cards"]]
    count = card_shop.execute("SELECT count(*) FROM cards").fetchone()[0]
    again = make_cards(card_shop, data_dir, "1,2,3", layout, tmp_path / "again.pdf")
    assert [c["code"] for c in again["cards"]][:2] == codes  # the same codes …
    assert card_shop.execute("SELECT count(*) FROM cards").fetchone()[0] == count + 1  # … only order 3 is new
    assert card_shop.execute("SELECT reprint_count FROM cards WHERE code IN (?, ?)", codes).fetchall() == [(1,), (1,)]
    assert pdf_codes(tmp_path / "again.pdf") == [c["code"] for c in again["cards"]]
    text = flat(open_pdf(tmp_path / "again.pdf")[0].get_textpage().get_text_range())
    assert text.count("补打") == 2  # the packer sees which cards are reprints


def test_the_window_and_the_cli_record_batches_and_reprints_alike(card_shop, data_dir, tmp_path):
    """Both front ends record through ``batch.record_plan``: the same rows whichever prints."""
    from concurrent.futures import ThreadPoolExecutor

    from shopowner.cards.layouts import PrintOptions
    from shopowner.store import own_connection
    from shopowner.ui.cards.jobs import BatchRequest, print_job, record_job, save_job

    def on_a_worker(job, *args):
        """The window's jobs run as the window runs them: on a worker thread, a job given ``db``
        with that worker's own connection (``tasks.start_with_db``)."""
        def run():
            if job is print_job:
                return job(*args)
            with own_connection(data_dir) as db:
                return job(db, *args)

        with ThreadPoolExecutor(1) as worker:
            return worker.submit(run).result()

    def batch_of(selection):
        return card_shop.execute("SELECT b.layout, b.card_count, b.pdf_path, count(c.id) FROM card_batches b "
                                 "JOIN cards c ON c.batch_id = b.id AND c.state = 'printed' "
                                 "WHERE b.selection = ? GROUP BY b.id", [selection]).fetchall()

    by_cli = make_cards(card_shop, data_dir, "3,4", A6, tmp_path / "cli.pdf")
    printed = on_a_worker(print_job, data_dir, BatchRequest("5,6", A6, PrintOptions()))
    by_printer = on_a_worker(record_job, printed["plan"], A6, "Office printer")
    drawn = on_a_worker(print_job, data_dir, BatchRequest("7,8", A6, PrintOptions()))
    by_file = on_a_worker(save_job, drawn["plan"], A6, drawn["path"], tmp_path / "window.pdf")
    assert len({by_cli["batch_id"], by_printer, by_file}) == 3
    assert batch_of(str(Selection.parse("3,4"))) == [("a4-4up-a6", 2, str((tmp_path / "cli.pdf").resolve()), 2)]
    assert batch_of(str(Selection.parse("5,6"))) == [("a4-4up-a6", 2, "Office printer", 2)]
    assert batch_of(str(Selection.parse("7,8"))) == [("a4-4up-a6", 2, str((tmp_path / "window.pdf").resolve()), 2)]
    assert card_shop.execute("SELECT count(*) FROM cards WHERE state = 'reserved'").fetchone()[0] == 0

    first, second = by_cli["cards"][0]["code"], printed["plan"].cards[0].content.code
    reprint_card(card_shop, data_dir, first, A6, tmp_path / "again.pdf")
    again = on_a_worker(print_job, data_dir, BatchRequest("", A6, PrintOptions(), reprint=second))
    assert on_a_worker(record_job, again["plan"], A6, "Office printer") == 0  # a reprint keeps its batch
    counts = dict(card_shop.execute("SELECT code, reprint_count FROM cards WHERE code IN (?, ?)",
                                    [first, second]).fetchall())
    assert counts == {first: 1, second: 1}
    assert card_shop.execute("SELECT count(*) FROM card_batches").fetchone()[0] == 3
    for job in (printed, drawn, again):  # the window removes its drawn files once recorded
        job["path"].unlink(missing_ok=True)
