"""``letters list|show|versions|set|restore`` run in-process on a real shop file: a shop set up and
tested headless."""

from __future__ import annotations

import io
import json
import sys

import pytest

from shopowner.cli import run as cli_run
from shopowner.demo import fill_demo_shop
from shopowner.store import letters as store
from shopowner.store import open_database


@pytest.fixture
def shop(tmp_path, en_translators):  # the CLI in English, its plurals included
    folder = tmp_path / "shop"
    folder.mkdir()
    db = open_database(folder)
    fill_demo_shop(db)  # one letter, "创始人感谢信", in two versions with 29 printed cards each
    db.close()
    return folder


def main(shop, *args, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = cli_run(["--data-dir", str(shop), "letters", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_shows_rules_version_and_figures(shop, capsys):
    code, out, _ = main(shop, "list", "--json", capsys=capsys)
    assert code == 0
    demo, = json.loads(out)
    assert demo == {"name": "创始人感谢信", "audience": "any", "platform": "any", "priority": 0, "active": True,
                    "version": 2, "versions": 2, "printed": 49, "adds": demo["adds"],
                    "add_rate": round(demo["adds"] / 49, 4)}
    code, out, _ = main(shop, "list", capsys=capsys)
    assert code == 0 and "创始人感谢信 — Every buyer · Every platform" in out
    assert f"49 cards printed · WeChat adds: {demo['adds'] / 49:.1%} ({demo['adds']} of 49)" in out


def test_set_creates_then_versions_only_on_change_and_prints_the_checkers_warnings(shop, tmp_path, capsys):
    text = tmp_path / "letter.txt"
    text.write_text("{称呼}你好：\r\n\r\n谢谢你的信任。好-評-返-現哦。\r\n", encoding="gb18030")
    code, out, err = main(shop, "set", "夏天的信", "--text-file", str(text), "--signature", "{创始人}",
                          "--audience", "returning", "--platform", "douyin", "--json", capsys=capsys)
    assert code == 0, err
    result = json.loads(out)
    assert (result["created"], result["new_version"], result["version"]) == (True, True, 1)
    warning, = result["warnings"]
    assert warning["kind"] == "cash_for_review"
    body = "{称呼}你好：\n\n谢谢你的信任。好-評-返-現哦。"
    (start, end), = warning["spans"]
    assert body[start:end] == "好-評-返-現"

    code, out, err = main(shop, "set", "夏天的信", "--text-file", str(text), capsys=capsys)
    assert code == 0 and "unchanged: version 1" in out
    assert "“好-評-返-現” in line 3 (read as 好评返现)" in err  # warnings go to stderr

    text.write_text("{称呼}你好：\n\n谢谢你的信任。\n", encoding="utf-8")
    code, out, err = main(shop, "set", "夏天的信", "--text-file", str(text), "--off", capsys=capsys)
    assert code == 0 and "saved as version 2" in out and err == ""

    code, out, _ = main(shop, "show", "夏天的信", "--json", capsys=capsys)
    shown = json.loads(out)
    assert (shown["version"], shown["current"], shown["body"], shown["signature"]) == (
        2, True, "{称呼}你好：\n\n谢谢你的信任。", "{创始人}")
    code, out, _ = main(shop, "show", "夏天的信", "--version", "1", capsys=capsys)
    assert code == 0 and "好-評-返-現" in out and "Signature: {创始人}" in out and "(current)" not in out
    code, out, _ = main(shop, "list", "--json", capsys=capsys)
    summer, = [r for r in json.loads(out) if r["name"] == "夏天的信"]
    assert (summer["audience"], summer["platform"], summer["active"], summer["version"]) == (
        "returning", "douyin", False, 2)


def test_set_reads_standard_input(shop, capsys, monkeypatch):
    code, out, err = main(shop, "set", "标准输入的信", "--text-file", "-", capsys=capsys,
                          stdin="{称呼}，谢谢你。\n".encode("utf-8"), monkeypatch=monkeypatch)
    assert code == 0, err
    db = open_database(shop)
    assert store.letter_by_name(db, "标准输入的信")["body"] == "{称呼}，谢谢你。"
    db.close()


def test_restore_and_versions(shop, tmp_path, capsys):
    text = tmp_path / "v3.txt"
    text.write_text("第三稿：{称呼}，谢谢。", encoding="utf-8")
    assert main(shop, "set", "创始人感谢信", "--text-file", str(text), capsys=capsys)[0] == 0
    code, out, _ = main(shop, "restore", "创始人感谢信", "--version", "1", "--json", capsys=capsys)
    assert code == 0
    assert json.loads(out) == {"name": "创始人感谢信", "restored": 1, "created": True, "version": 4,
                               "previous_version": 3}
    code, out, _ = main(shop, "versions", "创始人感谢信", "--json", capsys=capsys)
    rows = json.loads(out)
    assert [(r["version"], r["current"], r["restored_from"], r["printed"]) for r in rows] == [
        (4, True, 1, 0), (3, False, None, 0), (2, False, None, 15), (1, False, None, 34)]
    code, out, _ = main(shop, "versions", "创始人感谢信", "--limit", "2", capsys=capsys)
    assert code == 0 and out.count("\n") == 2 and "restored from version 1 (current)" in out
    code, out, _ = main(shop, "restore", "创始人感谢信", "--version", "4", capsys=capsys)
    assert code == 0 and "nothing was changed" in out


@pytest.mark.parametrize("args, message", [
    (("show", "没有这封信"), "There is no letter called “没有这封信”"),
    (("show", "创始人感谢信", "--version", "9"), "has no version 9; it has versions 1 to 2"),
    (("restore", "创始人感谢信", "--version", "9"), "has no version 9"),
    (("versions", "没有这封信"), "There is no letter called"),
    (("set", "创始人感谢信", "--text-file", "/no/such/letter.txt"), "Cannot read /no/such/letter.txt"),
    (("set", "新信", "--text-file", "/no/such/letter.txt", "--layout", "no-such-layout"), "no-such-layout"),
])
def test_what_cannot_be_done_exits_1_with_the_reason(shop, capsys, args, message):
    code, out, err = main(shop, *args, capsys=capsys)
    assert code == 1 and message in err and out == ""


def test_wrong_arguments_exit_2(shop, capsys):
    with pytest.raises(SystemExit) as exc:
        main(shop, "restore", "创始人感谢信", capsys=capsys)  # --version is required
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(shop, "set", "x", "--text-file", "a.txt", "--audience", "vip", capsys=capsys)
    assert exc.value.code == 2


def test_an_unusable_data_folder_exits_3(tmp_path, capsys):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "shopowner.db").write_bytes(b"not sqlite" * 50)
    assert cli_run(["--data-dir", str(bad), "letters", "list"]) == 3
    assert (bad / "shopowner.db").read_bytes() == b"not sqlite" * 50


def test_a_new_shop_lists_the_starter_letters(tmp_path, capsys):
    code = cli_run(["--data-dir", str(tmp_path / "new"), "letters", "list", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert code == 0 and len(rows) >= 2 and all(r["version"] == 1 and r["printed"] == 0 for r in rows)
