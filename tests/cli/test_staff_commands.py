"""``staff add|list|edit|remove|activity`` and the global ``--staff NAME`` / ``$SHOPOWNER_STAFF``:
a book without staff runs every command as before; once it has staff every command says who runs
it, the lists show who did what, and a staff member is refused what they may not do (exit 1, the
reason in the language chosen, nothing written)."""

from __future__ import annotations

import json

from shopowner.store.followups import followup_rows


def test_a_book_without_staff_needs_no_sign_in(cli, book, tmp_path, en_translators):
    assert cli("staff", "list").out.startswith("No staff: this book works without signing in.")
    assert cli("customers", "export", tmp_path / "all.csv", "--full-phones").code == 0
    refused = cli("--staff", "老板", "staff", "list")
    assert refused.code == 1 and "no staff list" in refused.err


def test_staff_sign_in_record_who_and_refuse_what_they_may_not(cli, book, tmp_path, monkeypatch,
                                                                en_translators):
    added = cli("staff", "add", "老板")
    assert added.code == 0 and "Founder" in added.out and "first person added is the founder" in added.out
    missing = cli("staff", "list")
    assert missing.code == 1 and "say who you are with --staff NAME" in missing.err and "老板" in missing.err
    assert cli("--staff", "老板", "staff", "add", "小王", "--allow", "phones", "--pin", "2468").code == 0
    assert cli("--staff", "老板", "staff", "add", "小李").code == 0
    assert cli("--staff", "老板", "staff", "add", "小赵", "--allow", "fly").code == 2
    listed = json.loads(cli("--staff", "老板", "staff", "list", "--json").out)
    assert [(p["name"], p["role"], p["allowed"], p["has_pin"]) for p in listed] == [
        ("老板", "founder", ["export", "erase", "phones"], False), ("小李", "staff", [], False),
        ("小王", "staff", ["phones"], True)]
    assert "pin_hash" not in listed[0]

    # 小李 works: the follow-up records them; $SHOPOWNER_STAFF names them as --staff does
    monkeypatch.setenv("SHOPOWNER_STAFF", "小李")
    assert cli("followups", "add", "--customer", book.zhang, "--text", "问了新茶").code == 0
    assert [r["staff_name"] for r in followup_rows(book.db)] == ["小李"]
    assert "小李" in cli("followups", "list").out
    assert "小李" in cli("staff", "activity").out
    for argv, words in ((("customers", "export", tmp_path / "a.csv"), "小李 may not export the book"),
                        (("export-all", tmp_path / "all"), "小李 may not export the book"),
                        (("backup", "--to", tmp_path / "copy.db"), "小李 may not export the book"),
                        (("customers", "erase", book.li, "--yes"), "小李 may not erase"),
                        (("customers", "show", book.zhang, "--full-phones"), "may not see full phone"),
                        (("staff", "add", "小赵"), "Only the founder")):
        refused = cli(*argv)
        assert refused.code == 1 and words in refused.err, (argv, refused.err)
    assert not [p for p in tmp_path.iterdir() if p.name != "data"]
    assert cli("customers", "show", book.zhang).code == 0  # masked phones are fine

    # 小王 has a PIN: without it, or with a wrong one, no command runs
    monkeypatch.setenv("SHOPOWNER_STAFF", "小王")
    assert "has a PIN" in cli("staff", "list").err
    monkeypatch.setenv("SHOPOWNER_PIN", "1111")
    assert "not right" in cli("staff", "list").err
    monkeypatch.setenv("SHOPOWNER_PIN", "2468")
    shown = cli("customers", "show", book.zhang, "--full-phones", "--json")
    assert shown.code == 0 and "13812345678" in shown.out
    monkeypatch.delenv("SHOPOWNER_PIN")

    # the founder allows 小李 to export, then takes 小王 off the list
    monkeypatch.delenv("SHOPOWNER_STAFF")
    assert cli("--staff", "老板", "staff", "edit", "小李", "--allow", "export").code == 0
    assert cli("--staff", "小李", "customers", "export", tmp_path / "b.csv").code == 0
    assert cli("--staff", "老板", "staff", "remove", "小王").code == 0
    gone = cli("--staff", "小王", "staff", "list")
    assert gone.code == 1 and "taken off the staff list" in gone.err
    assert cli("--staff", "老板", "staff", "remove", "老板").code == 1  # the only founder stays


def test_refusals_speak_chinese(cli, book, tmp_path, zh_translators):
    cli("staff", "add", "老板")
    cli("--staff", "老板", "staff", "add", "小李")
    refused = cli("--lang", "zh_CN", "--staff", "小李", "customers", "export", tmp_path / "a.csv")
    assert refused.code == 1 and "小李" in refused.err and "导出" in refused.err, refused.err
    unnamed = cli("--lang", "zh_CN", "staff", "list")
    assert unnamed.code == 1 and "--staff" in unnamed.err and "员工" in unnamed.err, unnamed.err
