"""Letter versions as a founder uses them: figures per version, restore and undo, set from a file;
on a real shop file, with cards printed through the real print path and redeemed by their codes."""

from __future__ import annotations

import pytest

from shopowner.cards.batch import make_cards
from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.cards.letter_versions import (
    LetterError, add_rate, find_version, letter_text, rate_text, restore, set_letter,
)
from shopowner.followups.redeem import redeem
from shopowner.store import letters as store
from shopowner.store.db import is_hub

A6 = BUILTIN_LAYOUTS["a4-4up-a6"]


@pytest.fixture
def letter(card_shop):
    """A letter with two versions: version 1 printed on 3 cards (2 redeemed), version 2 on 1."""
    db = card_shop
    letter_id = store.add_letter(db, "测试信", "第一稿 {称呼}", "林小满")
    return {"db": db, "id": letter_id}


def print_cards(db, data_dir, tmp_path, orders: str, name="测试信") -> list[str]:
    result = make_cards(db, data_dir, orders, A6, tmp_path / f"{orders.replace(',', '-')}.pdf", letter_name=name)
    return [c["code"] for c in result["cards"]]


def test_each_version_counts_its_printed_cards_and_the_adds_through_their_codes(letter, data_dir, tmp_path):
    db = letter["db"]
    codes = print_cards(db, data_dir, tmp_path, "1,2,3")
    redeem(db, f"你好，我的暗号是 {codes[0]}")
    redeem(db, codes[2])
    store.save_letter(db, letter["id"], body="第二稿 {称呼}")
    print_cards(db, data_dir, tmp_path, "4")

    page = store.version_page(db, letter["id"])
    assert [(v["version_no"], v["printed"], v["redeemed"]) for v in page] == [(2, 1, 0), (1, 3, 2)]
    assert [v["body"] for v in page] == ["第二稿 {称呼}", "第一稿 {称呼}"]
    assert all(v["created_at"] for v in page)
    summary, = [s for s in store.letter_summaries(db) if s["id"] == letter["id"]]
    assert (summary["version_no"], summary["versions"], summary["printed"], summary["redeemed"]) == (2, 2, 4, 2)
    # a reprint is the same card: it does not count twice
    from shopowner.cards.batch import reprint_card

    reprint_card(db, data_dir, codes[1], A6, tmp_path / "again.pdf")
    assert store.card_counts(db, [page[1]["id"]])[page[1]["id"]] == {"printed": 3, "redeemed": 2}


def test_versions_come_a_page_at_a_time_newest_first(letter):
    db = letter["db"]
    for n in range(2, 8):
        store.save_letter(db, letter["id"], body=f"第 {n} 稿", keep_versions=True)
    first = store.version_page(db, letter["id"], limit=3)
    rest = store.version_page(db, letter["id"], before_no=first[-1]["version_no"], limit=3)
    last = store.version_page(db, letter["id"], before_no=rest[-1]["version_no"], limit=3)
    assert [v["version_no"] for v in first + rest + last] == [7, 6, 5, 4, 3, 2, 1]
    assert store.version_count(db, letter["id"]) == 7


COUNTS = ("SELECT letter_version_id, count(*), count(redeemed_at) FROM printed_cards "
          "WHERE letter_version_id IN (?) GROUP BY letter_version_id")


def test_the_counts_read_an_index_not_the_cards_table(letter):
    db = letter["db"]
    if is_hub(db):  # the hub's planner reads the same index alone (an index-only scan)
        db.execute("SET enable_seqscan = off")  # a tiny table: the plan the big one gets
        plan = "\n".join(r[0] for r in db.execute("EXPLAIN " + COUNTS, [1]).fetchall())
        assert "Index Only Scan using idx_cards_version_redeemed" in plan, plan
        return
    plan = db.execute("EXPLAIN QUERY PLAN " + COUNTS, [1]).fetchall()
    assert "COVERING INDEX idx_cards_version_redeemed" in plan[0][-1]


def test_restoring_makes_the_old_words_current_as_a_new_version_and_undo_takes_it_back(letter, data_dir, tmp_path):
    db = letter["db"]
    print_cards(db, data_dir, tmp_path, "1")
    store.save_letter(db, letter["id"], body="第二稿 {称呼}", signature="小满")
    result = restore(db, store.get_letter(db, letter["id"]), 1)
    assert result["created"] and result["version"]["version_no"] == 3
    assert result["version"]["restored_from"] == 1 and result["previous"]["version_no"] == 2
    now = store.get_letter(db, letter["id"])
    assert (now["body"], now["signature"]) == ("第一稿 {称呼}", "林小满")
    # version 2 was never printed, yet restoring never overwrites it
    assert store.version_by_no(db, letter["id"], 2)["body"] == "第二稿 {称呼}"

    current = store.undo_restore(db, letter["id"], result)
    assert current["version_no"] == 2 and store.version_count(db, letter["id"]) == 2
    now = store.get_letter(db, letter["id"])
    assert (now["body"], now["signature"]) == ("第二稿 {称呼}", "小满")


def test_undo_after_printing_with_the_restored_words_keeps_them(letter, data_dir, tmp_path):
    db = letter["db"]
    store.save_letter(db, letter["id"], body="第二稿", keep_versions=True)
    result = restore(db, store.get_letter(db, letter["id"]), 1)
    print_cards(db, data_dir, tmp_path, "2")  # cards now carry version 3's words
    current = store.undo_restore(db, letter["id"], result)
    assert current["version_no"] == 4 and current["body"] == "第二稿" and current["restored_from"] == 2
    assert store.version_by_no(db, letter["id"], 3)["body"] == "第一稿 {称呼}"


def test_restoring_the_current_words_changes_nothing(letter):
    db = letter["db"]
    result = restore(db, store.get_letter(db, letter["id"]), 1)
    assert not result["created"] and store.version_count(db, letter["id"]) == 1
    assert store.undo_restore(db, letter["id"], result)["version_no"] == 1
    with pytest.raises(LetterError, match="1"):
        restore(db, store.get_letter(db, letter["id"]), 5)


def test_an_edit_after_a_restore_edits_the_restored_version_in_place_until_printed(letter):
    db = letter["db"]
    store.save_letter(db, letter["id"], body="第二稿", keep_versions=True)
    restored = restore(db, store.get_letter(db, letter["id"]), 1)["version"]
    edited = store.save_letter(db, letter["id"], body="第一稿，改了一点")
    assert edited["id"] == restored["id"] and edited["restored_from"] is None  # no longer version 1's words


def test_set_letter_creates_then_makes_a_version_only_when_the_words_change(card_shop):
    db = card_shop
    first = set_letter(db, "新信", "{称呼}你好：\n谢谢你。", "{创始人}", audience="first", platform="jd")
    assert first.created and first.new_version and first.version["version_no"] == 1
    letter = store.letter_by_name(db, "新信")
    assert (letter["audience"], letter["platform"], letter["signature"]) == ("first", "jd", "{创始人}")
    same = set_letter(db, "新信", "{称呼}你好：\n谢谢你。")  # signature not given: kept
    assert not same.created and not same.new_version and same.version["version_no"] == 1
    changed = set_letter(db, "新信", "{称呼}你好：\n谢谢你。", "林小满")
    assert changed.new_version and changed.version["version_no"] == 2  # even though v1 was never printed
    assert store.version_by_no(db, letter["id"], 1)["signature"] == "{创始人}"
    assert set_letter(db, "新信", "{称呼}你好：\n谢谢你！").version["version_no"] == 3
    off = set_letter(db, "新信", "{称呼}你好：\n谢谢你！", active=False)
    assert not off.new_version and store.letter_by_name(db, "新信")["active"] == 0


def test_set_letter_returns_the_checkers_warnings_and_saves_anyway(card_shop):
    result = set_letter(card_shop, "促销信", "好 評 返 現！谢谢", layout=A6)
    assert [w.kind for w in result.warnings] == ["cash_for_review"]
    assert result.letter["body"] == "好 評 返 現！谢谢"
    with pytest.raises(LetterError):
        set_letter(card_shop, "空信", "  \n ")
    assert store.letter_by_name(card_shop, "空信") is None


@pytest.mark.parametrize("raw", [
    "{称呼}你好：\r\n\r\n谢谢你。  \r\n".encode("utf-8"),
    "\ufeff{称呼}你好：\n\n谢谢你。\n".encode("utf-8"),
    "{称呼}你好：\r\n\r\n谢谢你。\r\n".encode("gb18030"),   # Notepad's "ANSI" on a Chinese Windows
])
def test_a_letter_file_in_any_usual_encoding_reads_the_same(raw):
    assert letter_text(raw, "letter.txt") == "{称呼}你好：\n\n谢谢你。"


def test_a_binary_file_is_refused():
    with pytest.raises(LetterError, match="not a text file"):
        letter_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.png")


def test_the_add_rate_needs_enough_cards_and_always_shows_its_counts():
    assert add_rate(1, 3) is None and add_rate(5, 19) is None
    assert add_rate(5, 20) == 0.25
    assert rate_text(1, 3) == "1 of 3 (too few cards for a rate)"
    assert rate_text(5, 20) == "25.0% (5 of 20)"
    assert rate_text(0, 0) == "no cards printed yet"


def test_find_version_names_the_versions_there_are(letter):
    db = letter["db"]
    with pytest.raises(LetterError, match="versions 1 to 1"):
        find_version(db, store.get_letter(db, letter["id"]), 4)
