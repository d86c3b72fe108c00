"""``customers show|tag|untag|stage|merge|unmerge|delete``: each command's effect read back from
the shop file through the core's own reads; refusals say why, exit non-zero and write nothing."""

from __future__ import annotations

import json

from shopowner.store.customer_detail import detail_of
from shopowner.store.customers import get_customer, list_tags, tags_of


def _tags(db, cid) -> list[str]:
    return [t["name"] for t in tags_of(db, cid)]


def test_tag_and_untag_by_name(cli, book, en_translators):
    done = cli("customers", "tag", book.zhang, book.li, "--tag", " VIP ", "--colour", "#27ae60")
    assert (done.code, done.out.strip()) == (0, "Tag “VIP” added to 2 customers."), done.err
    assert _tags(book.db, book.zhang) == _tags(book.db, book.li) == ["VIP"]
    assert [(t["name"], t["color"]) for t in list_tags(book.db)] == [("VIP", "#27ae60")]
    again = cli("customers", "tag", book.wang, "--tag", "VIP")  # the same tag, its colour kept
    assert again.code == 0 and again.out.strip() == "Tag “VIP” added to 1 customer."
    assert [(t["name"], t["color"], t["count"]) for t in list_tags(book.db)] == [("VIP", "#27ae60", 3)]

    off = cli("customers", "untag", book.li, "--tag", "VIP")
    assert off.code == 0 and f"customer {book.li}" in off.out
    assert _tags(book.db, book.li) == [] and _tags(book.db, book.zhang) == ["VIP"]
    unknown = cli("customers", "untag", book.zhang, "--tag", "老客")
    assert unknown.code == 1 and "老客" in unknown.err and unknown.out == ""
    assert _tags(book.db, book.zhang) == ["VIP"]


def test_a_refused_tag_writes_nothing(cli, book, en_translators):
    missing = cli("customers", "tag", book.zhang, 999, "--tag", "VIP")
    assert missing.code == 1 and "There is no customer 999" in missing.err and missing.out == ""
    empty = cli("customers", "tag", book.zhang, "--tag", "  ")
    assert empty.code == 1 and "tag's name" in empty.err
    no_tag = cli("customers", "tag", book.zhang)
    assert no_tag.code == 2 and "--tag" in no_tag.err
    assert list_tags(book.db) == [] and _tags(book.db, book.zhang) == []


def test_stage_by_hand_and_back_to_the_rules(cli, book, en_translators):
    before = get_customer(book.db, book.zhang)["stage"]  # two orders: repeat, by the rules
    done = cli("customers", "stage", book.zhang, book.wang, "--stage", "loyal")
    assert done.code == 0 and done.out.strip() == "2 customers set to the stage “Loyal”."
    for cid in (book.zhang, book.wang):
        customer = get_customer(book.db, cid)
        assert (customer["stage"], customer["stage_manual"]) == ("loyal", 1)
    back = cli("customers", "stage", book.zhang, "--stage", "auto")
    assert back.code == 0 and "by the rules" in back.out
    customer = get_customer(book.db, book.zhang)
    assert (customer["stage"], customer["stage_manual"]) == (before, 0) == ("repeat", 0)

    wrong = cli("customers", "stage", book.li, "--stage", "vip")
    assert wrong.code == 2 and "vip" in wrong.err
    gone = cli("customers", "stage", book.li, 999, "--stage", "loyal")
    assert gone.code == 1 and "999" in gone.err
    assert get_customer(book.db, book.li)["stage_manual"] == 0


def test_merge_taking_a_field_then_unmerge(cli, book, en_translators):
    cli("customers", "tag", book.li, "--tag", "爱喝红茶")
    merged = cli("customers", "merge", book.zhang, book.li, "--take", "address")
    assert merged.code == 0 and f"customers unmerge {book.zhang}" in merged.out, merged.err
    kept = get_customer(book.db, book.zhang)
    assert get_customer(book.db, book.li)["merged_into"] == book.zhang
    assert (kept["name"], kept["address"], kept["order_count"]) == ("张三", "文一西路969号", 3)
    assert _tags(book.db, book.zhang) == ["爱喝红茶"]
    assert [m["merged_id"] for m in detail_of(book.db, book.zhang)["merges"]] == [book.li]

    hidden = cli("customers", "tag", book.li, "--tag", "x")  # the merged record is not listed
    assert hidden.code == 1 and f"merged into customer {book.zhang}" in hidden.err
    assert "x" not in [t["name"] for t in list_tags(book.db)]

    undone = cli("customers", "unmerge", book.zhang)
    assert undone.code == 0 and "separate again" in undone.out
    assert get_customer(book.db, book.li)["merged_into"] is None
    kept = get_customer(book.db, book.zhang)
    assert (kept["address"], kept["order_count"]) == ("", 2) and _tags(book.db, book.zhang) == []
    nothing = cli("customers", "unmerge", book.zhang)
    assert nothing.code == 1 and "no merge to undo" in nothing.err


def test_merge_refusals_change_nothing(cli, book, en_translators):
    itself = cli("customers", "merge", book.zhang, book.zhang)
    assert itself.code == 1 and "cannot be merged with itself" in itself.err
    missing = cli("customers", "merge", book.zhang, 999)
    assert missing.code == 1 and "999" in missing.err
    field = cli("customers", "merge", book.zhang, book.li, "--take", "phone")
    assert field.code == 2
    assert get_customer(book.db, book.li)["merged_into"] is None
    assert detail_of(book.db, book.zhang)["merges"] == []


def test_delete_asks_for_yes(cli, book, en_translators):
    asked = cli("customers", "delete", book.zhang)
    assert asked.code == 1 and "--yes" in asked.err and "(2)" in asked.err
    assert get_customer(book.db, book.zhang) is not None
    done = cli("customers", "delete", book.zhang, "--yes")
    assert done.code == 0 and done.out.strip() == f"Customer {book.zhang} was deleted with 2 orders."
    assert get_customer(book.db, book.zhang) is None and detail_of(book.db, book.zhang) is None
    assert book.db.execute("SELECT count(*) FROM orders WHERE platform_order_id LIKE 'TB100%'"
                           ).fetchone()[0] == 0
    again = cli("customers", "delete", book.zhang, "--yes")
    assert again.code == 1 and "There is no customer" in again.err


def test_show_what_the_detail_pane_shows(cli, book, en_translators):
    cli("customers", "tag", book.zhang, "--tag", "VIP")
    shown = cli("customers", "show", book.zhang)
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    assert lines[0] == f"张三（茶友三） (customer {book.zhang})"
    assert "Stage: Repeat" in lines and "Orders: 2 · spent ¥256.00" in lines
    assert "Phone: 138****5678" in lines and "Tags: VIP" in lines
    assert any("TB1001" in line and "明前龙井 250g ×1" in line for line in lines)
    assert "13812345678" not in shown.out

    data = json.loads(cli("customers", "show", book.zhang, "--json").out)
    assert data["customer"]["id"] == book.zhang and data["order_total"] == 2
    assert [i["value"] for i in data["identities"]] == ["138****5678"]
    assert [t["name"] for t in data["tags"]] == ["VIP"]
    full = json.loads(cli("customers", "show", book.zhang, "--json", "--full-phones").out)
    assert [i["value"] for i in full["identities"]] == ["13812345678"]

    missing = cli("customers", "show", 999)
    assert missing.code == 1 and missing.out == "" and "999" in missing.err


def test_messages_in_both_languages(cli, book, qapp):
    from shopowner.i18n import install_translators

    install_translators(qapp, "zh_CN")
    try:
        zh = cli("customers", "tag", book.zhang, "--tag", "VIP")
        refused = cli("customers", "unmerge", book.zhang)
        asked = cli("customers", "delete", book.li)
    finally:
        install_translators(qapp, "en")
    assert zh.code == 0 and zh.out.strip() == "已给 1 位客户加上标签“VIP”。"
    assert refused.code == 1 and refused.err.startswith("错误：") and "合并" in refused.err
    assert asked.code == 1 and "--yes" in asked.err and "删除后无法恢复" in asked.err
    en = cli("customers", "tag", book.li, "--tag", "VIP")
    assert en.out.strip() == "Tag “VIP” added to 1 customer."


def test_a_custom_field_set_changed_and_removed(cli, book, en_translators):
    assert cli("customers", "field", book.zhang, "尺码", "M").out.strip() == f"Customer {book.zhang}: 尺码 = M."
    assert cli("customers", "field", book.zhang, "生日", " 3月5日 ").code == 0
    assert cli("customers", "field", book.zhang, "尺码", "L").code == 0
    assert get_customer(book.db, book.zhang)["custom_fields"] == {"尺码": "L", "生日": "3月5日"}
    gone = cli("customers", "field", book.zhang, "尺码")
    assert gone.code == 0 and "removed" in gone.out
    assert get_customer(book.db, book.zhang)["custom_fields"] == {"生日": "3月5日"}
    assert "nothing changed" in cli("customers", "field", book.zhang, "尺码").out
    missing = cli("customers", "field", 999, "尺码", "M")
    assert missing.code == 1 and "There is no customer 999" in missing.err
    assert cli("customers", "field", book.zhang, " ", "M").code == 2
    shown = json.loads(cli("customers", "show", book.zhang, "--json").out)
    assert shown["customer"]["custom_fields"] == {"生日": "3月5日"}  # what the detail pane shows


def test_not_the_same_person_is_remembered(cli, book, en_translators):
    from shopowner.store.customer_duplicates import pending_pairs

    done = cli("customers", "distinct", book.zhang, book.li)
    assert done.code == 0 and "not the same person" in done.out
    status = book.db.execute("SELECT status FROM duplicate_candidates WHERE customer_a = ? AND customer_b = ?",
                             sorted((book.zhang, book.li))).fetchone()[0]
    assert status == "distinct" and not pending_pairs(book.db)
    assert cli("customers", "distinct", book.zhang, book.zhang).code == 2
    assert cli("customers", "distinct", book.zhang, 999).code == 1


def test_edit_if_version_saves_only_over_that_version(cli, book, en_translators):
    """``customers edit --if-version N``: the version ``customers show`` prints; a customer saved
    since (another PC, the window) is not written over: exit 1, what differs, nothing written."""
    from shopowner.store.customers import update_customer

    shown = cli("customers", "show", book.wang)
    version = get_customer(book.db, book.wang)["version"]
    assert f"Version: {version} (customers edit --if-version {version}" in shown.out
    done = cli("customers", "edit", book.wang, "--notes", "只喝绿茶", "--if-version", version)
    assert done.code == 0 and get_customer(book.db, book.wang)["version"] == version + 1, done.err
    update_customer(book.db, book.wang, notes="换了地址", name="王五五")  # saved elsewhere meanwhile
    stale = cli("customers", "edit", book.wang, "--notes", "只喝红茶", "--address", "长安街1号",
                "--if-version", version + 1)
    assert stale.code == 1 and stale.out == ""
    assert (f"Customer {book.wang} was saved by someone else since version {version + 1} (it is at version "
            f"{version + 2} now), so nothing was saved") in stale.err
    assert "  Notes: yours “只喝红茶”, now in the book “换了地址”" in stale.err
    assert "  Address: yours “长安街1号”, now in the book “(empty)”" in stale.err and "王五五" not in stale.err
    customer = get_customer(book.db, book.wang)
    assert (customer["notes"], customer["address"], customer["version"]) == ("换了地址", "", version + 2)
    again = cli("customers", "edit", book.wang, "--notes", "只喝红茶", "--if-version", version + 2)
    assert again.code == 0 and get_customer(book.db, book.wang)["notes"] == "只喝红茶"
