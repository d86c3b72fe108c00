"""Print runs on a real shop file: selections, letter rules, versions, records, reprints."""

from __future__ import annotations

from datetime import date

import pytest

from shopowner.cards.batch import CardsError, make_cards, plan_batch, reprint_card
from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.cards.selection import Selection, SelectionError, choose_letter, select_orders
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
    today = select_orders(card_shop, Selection.parse("today"))
    assert len(today) == 595 and not set(old) & set(today)
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
    assert versions[-2]["cards"] == 600 and versions[-1]["cards"] == 0


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
