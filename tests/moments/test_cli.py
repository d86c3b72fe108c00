"""``moments``, ``accounts`` and ``opinions`` in-process on a small real shop: effects read back
through the core, bad input refused with a message and nothing written."""

from __future__ import annotations

import json

from shopowner.moments.opinions import summaries
from shopowner.moments.planner import get_post, list_posts, reactions_of
from tests.moments.conftest import image, products


def test_plan_list_post_and_react(cli, book, data_dir, tmp_path, en_translators):
    ids = products(book.db)
    added = cli("moments", "add", "--date", "2026-12-05", "--account", "微信号A", "--text", "私房白茶饼到货",
                "--product", ids["tea"], "--image", image(tmp_path), "--json")
    assert added.code == 0, added.err
    post = json.loads(added.out)
    assert (post["day"], post["product_name"], len(post["images"])) == ("2026-12-05", "私房白茶饼 357g", 1)
    assert (data_dir / "moments" / post["images"][0]).is_file()
    cli("moments", "add", "--date", "2026-12-20", "--account", "微信号B", "--text", "年末茶会")
    listed = json.loads(cli("moments", "list", "--from", "2026-12-01", "--to", "2026-12-10", "--json").out)
    assert [p["id"] for p in listed] == [post["id"]]
    text = cli("moments", "list").out.splitlines()
    assert text[0].split("\t")[:4] == ["No.", "Day", "Account", "Status"] and len(text) == 3
    assert text[1].split("\t")[3] == "Planned"
    done = cli("moments", "posted", post["id"])
    assert done.code == 0 and done.out.startswith(f"Post {post['id']} marked posted (")
    assert get_post(book.db, post["id"]).status == "posted"
    reacted = cli("moments", "react", post["id"], "--customer", book.zhang, "--kind", "order", "--text", "两饼")
    assert reacted.code == 0 and reacted.out.strip() == f"Order logged against post {post['id']}."
    assert [(r.customer_id, r.kind, r.text) for r in reactions_of(book.db, post["id"])] == [
        (book.zhang, "order", "两饼")]
    assert cli("moments", "posted", post["id"], "--undo").out.strip() == f"Post {post['id']} is planned again."


def test_bad_moments_input_is_refused(cli, book, en_translators):
    ids = products(book.db)
    bad = cli("moments", "add", "--date", "明天", "--account", "A", "--text", "x")
    assert bad.code == 1 and bad.err.strip() == "Error: “明天” is not a day: type it as 2026-12-01."
    ordinary = cli("moments", "add", "--date", "2026-12-05", "--account", "A", "--text", "x", "--product", ids["pot"])
    assert ordinary.code == 1 and "not private-only" in ordinary.err
    missing = cli("moments", "add", "--date", "2026-12-05", "--account", "A", "--text", "x", "--image", "/nope.png")
    assert missing.code == 1 and "cannot be found" in missing.err
    assert list_posts(book.db) == []
    assert cli("moments", "posted", 42).code == 1
    assert cli("moments", "react", 42, "--kind", "reply", "--text", "x").code == 1
    assert cli("moments", "react", 1, "--kind", "like").code == 2  # argparse: not a kind
    assert cli("moments", "list").out.strip() == "No posts planned then. Plan one with “moments add”."


def test_accounts_warn_from_4500_and_say_where_new_cards_go(cli, book, en_translators):
    assert cli("accounts", "list").out.strip().startswith("No friend counts yet")
    assert cli("accounts", "set", "微信号A", "--friends", 4499).out.strip() == "微信号A: 4,499 friends."
    cli("accounts", "set", "微信号B", "--friends", 800)
    quiet = json.loads(cli("accounts", "list", "--json").out)
    assert (quiet["warnings"], quiet["for_new_cards"]) == ([], "微信号A")
    warned = cli("accounts", "set", "微信号A", "--friends", 4500).out.splitlines()
    assert warned[1] == ("微信号A already has 4,500 friends, close to WeChat's 5,000 limit: have new cards send "
                         "buyers to 微信号B.")
    listed = json.loads(cli("accounts", "list", "--json").out)
    assert listed["for_new_cards"] == "微信号B"
    assert [(a["name"], a["nearly_full"], a["room"]) for a in listed["accounts"]] == [
        ("微信号A", True, 500), ("微信号B", False, 4200)]
    assert cli("accounts", "list").out.splitlines()[-1] == "New cards should send buyers to: 微信号B"
    too_many = cli("accounts", "set", "微信号A", "--friends", 6000)
    assert too_many.code == 1 and "between 0 and 5,000" in too_many.err


def test_accounts_warning_in_chinese(cli, book, zh_translators):
    cli("accounts", "set", "微信号A", "--friends", 4620)
    cli("accounts", "set", "微信号B", "--friends", 300)
    out = cli("accounts", "list").out
    assert "微信号A 已有 4,620 位好友，接近 5,000 上限：新卡片请引导到 微信号B" in out


def test_opinions_ask_add_and_list(cli, book, en_translators):
    ids = products(book.db)
    asked = json.loads(cli("opinions", "ask", "general_develop", "--json").out) + json.loads(
        cli("opinions", "ask", "important_value", "--json").out)
    assert asked and all(set(c) == {"id", "name"} for c in asked)
    done = cli("opinions", "add", "--product", ids["tea"], "--customer", book.li, "--opinion", "like",
               "--note", "香气好")
    assert done.code == 0 and done.out.strip() == "李四: Like it logged."
    cli("opinions", "add", "--product", ids["tea"], "--customer", book.zhang, "--opinion", "dislike")
    assert [(s.total, s.liked, s.disliked) for s in summaries(book.db)] == [(2, 1, 1)]
    lines = cli("opinions", "list").out.splitlines()
    assert lines == [f"{ids['tea']}\t私房白茶饼 357g: 2 asked, 1 like it, 0 neutral, 1 dislike it", "\t· 香气好"]
    one = json.loads(cli("opinions", "list", "--product", ids["tea"], "--json").out)
    assert {o["customer"] for o in one} == {"张三", "李四"}
    assert cli("opinions", "ask", "vip").code == 1
    assert cli("opinions", "add", "--product", 999, "--customer", book.li, "--opinion", "like").code == 1


def test_export_all_holds_the_moments_sheets(cli, book, tmp_path, en_translators):
    from openpyxl import load_workbook

    ids = products(book.db)
    cli("moments", "add", "--date", "2026-12-05", "--account", "微信号A", "--text", "白茶饼预订",
        "--product", ids["tea"])
    cli("moments", "react", 1, "--customer", book.li, "--kind", "reply", "--text", "留一饼")
    cli("accounts", "set", "微信号A", "--friends", 4620)
    cli("opinions", "add", "--product", ids["tea"], "--customer", book.li, "--opinion", "like")
    assert cli("export-all", tmp_path / "out").code == 0
    [workbook] = (tmp_path / "out").rglob("*.xlsx")
    book_ = load_workbook(workbook, read_only=True)
    rows = {name: [list(r) for r in book_[name].iter_rows(values_only=True)]
            for name in ("WeChat accounts", "Moments posts", "Moments reactions", "New-product opinions")}
    assert rows["WeChat accounts"][1][:2] == ["微信号A", 4620]
    assert rows["Moments posts"][1][2:6] == ["微信号A", "白茶饼预订", "私房白茶饼 357g", "Planned"]
    assert rows["Moments reactions"][1][1:4] == [book.li, "Reply", "留一饼"]
    assert rows["New-product opinions"][1][:3] == ["私房白茶饼 357g", book.li, "Like it"]
