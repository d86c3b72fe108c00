"""``followups add|list``, ``feedback add|list|resolve`` and ``reminders list|done|snooze|rules|
rule``: each effect read back through the core's reads; bad input says why and writes nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta

from shopowner.followups.reminders import rules, set_next_contact, today_list
from shopowner.paths import attachments_dir
from shopowner.store.customers import get_customer
from shopowner.store.followups import attachments_of, feedback_row, feedback_rows, followup_rows


def _counts(db) -> tuple[int, int, int]:
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("followups", "feedback", "attachments"))


def test_followup_with_chat_file_and_next_contact(cli, book, tmp_path, en_translators):
    shot = tmp_path / "聊天截图.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    remind = date.today() + timedelta(days=7)
    done = cli("followups", "add", "--customer", book.zhang, "--kind", "phone", "--direction", "in",
               "--text", "问冷泡怎么泡", "--at", "2024-06-10 14:30", "--staff", "小美",
               "--chat", "客户：冷泡要多久？", "--attach", shot, "--remind", remind.isoformat())
    assert done.code == 0, done.err
    [row] = followup_rows(book.db, customer_id=book.zhang)
    assert done.out.splitlines() == [f"Follow-up {row['id']} saved for customer {book.zhang}.",
                                     f"Next contact: {remind.isoformat()}."]
    assert (row["kind"], row["direction"], row["happened_at"], row["staff"], row["summary"],
            row["chat_text"]) == ("phone", "in", "2024-06-10 14:30:00", "小美", "问冷泡怎么泡",
                                  "客户：冷泡要多久？")
    assert [a["original_name"] for a in attachments_of(book.db, followup_id=row["id"])] == \
        ["聊天截图.png"]
    assert get_customer(book.db, book.zhang)["next_contact_date"] == remind.isoformat()

    cli("followups", "add", "--customer", book.li, "--text", "寄了试喝装")
    listed = json.loads(cli("followups", "list", "--json").out)
    assert [r["summary"] for r in listed] == ["寄了试喝装", "问冷泡怎么泡"]  # newest first
    mine = json.loads(cli("followups", "list", "--customer", book.zhang, "--json").out)
    assert [r["id"] for r in mine] == [row["id"]]
    text = cli("followups", "list", "--search", "试喝")
    assert text.code == 0 and "寄了试喝装" in text.out and "冷泡" not in text.out


def test_a_refused_followup_writes_nothing(cli, book, tmp_path, data_dir, en_translators):
    shot = tmp_path / "图.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n")
    unknown = cli("followups", "add", "--customer", 999, "--text", "你好")
    assert unknown.code == 1 and "#999" in unknown.err and unknown.out == ""
    empty = cli("followups", "add", "--customer", book.zhang)
    assert empty.code == 1 and "summary" in empty.err
    missing_file = cli("followups", "add", "--customer", book.zhang, "--text", "发了图",
                       "--attach", shot, "--attach", tmp_path / "nope.png", "--remind", "2099-01-01")
    assert missing_file.code == 1 and "nope.png" in missing_file.err
    bad_day = cli("followups", "add", "--customer", book.zhang, "--text", "x", "--remind", "下周")
    assert bad_day.code == 2 and "2024-05-01" in bad_day.err
    bad_kind = cli("followups", "add", "--customer", book.zhang, "--text", "x", "--kind", "fax")
    assert bad_kind.code == 2
    assert _counts(book.db) == (0, 0, 0)
    assert get_customer(book.db, book.zhang)["next_contact_date"] is None
    assert not any(attachments_dir(data_dir).glob("*"))  # the good file was not kept either


def test_feedback_add_list_and_resolve(cli, book, tmp_path, en_translators):
    shot = tmp_path / "压坏.jpg"
    shot.write_bytes(b"\xff\xd8\xff" + b"\0" * 64)
    added = cli("feedback", "add", "--kind", "complaint", "--customer", book.li, "--rating", 2,
                "--text", "盒子压坏了", "--product", "明前龙井", "--screenshot", shot,
                "--owner", "小美")
    assert added.code == 0, added.err
    [row] = feedback_rows(book.db)
    assert f"feedback resolve {row['id']}" in added.out
    assert (row["kind"], row["status"], row["rating"], row["customer_id"], row["product_text"],
            row["owner"], row["attachment_count"]) == ("complaint", "open", 2, book.li, "明前龙井",
                                                       "小美", 1)
    praise = cli("feedback", "add", "--kind", "review", "--text", "很好喝", "--consent")
    assert praise.code == 0 and "resolve" not in praise.out

    open_only = json.loads(cli("feedback", "list", "--open", "--json").out)
    assert [r["id"] for r in open_only] == [row["id"]]
    reviews = json.loads(cli("feedback", "list", "--kind", "review", "--json").out)
    assert [(r["text"], r["consent_to_quote"], r["customer_id"]) for r in reviews] == \
        [("很好喝", 1, None)]
    lines = cli("feedback", "list").out
    assert "盒子压坏了" in lines and "Complaint · Open · ★★" in lines and "很好喝" in lines

    resolved = cli("feedback", "resolve", row["id"], "--resolution", "补发了一盒")
    assert resolved.code == 0 and resolved.out.startswith(f"Complaint {row['id']} resolved after")
    after = feedback_row(book.db, row["id"])
    assert (after["status"], after["resolution"]) == ("resolved", "补发了一盒")
    assert json.loads(cli("feedback", "list", "--open", "--json").out) == []
    again = cli("feedback", "resolve", row["id"], "--resolution", "再补一盒")
    assert again.code == 1 and "already resolved" in again.err
    assert feedback_row(book.db, row["id"])["resolution"] == "补发了一盒"


def test_feedback_resolve_if_version(cli, book, en_translators):
    """``feedback resolve --if-version N`` (the version ``feedback list --json`` gives): a complaint
    resolved since elsewhere is not written over (exit 1, theirs named); at its version now,
    the given resolution replaces theirs (the window's “keep mine”)."""
    from shopowner.followups.feedback import resolve_complaint

    cli("feedback", "add", "--kind", "complaint", "--customer", book.li, "--text", "盒子压坏了")
    [row] = json.loads(cli("feedback", "list", "--open", "--json").out)
    resolve_complaint(book.db, row["id"], "补发了一盒", expected_version=row["version"])  # another PC
    stale = cli("feedback", "resolve", row["id"], "--resolution", "退款20元", "--if-version", row["version"])
    assert stale.code == 1 and stale.out == ""
    assert (f"Complaint {row['id']} was saved by someone else since version {row['version']} (it is at "
            f"version {row['version'] + 1} now; resolution: “补发了一盒”), so nothing was saved.") in stale.err
    assert feedback_row(book.db, row["id"])["resolution"] == "补发了一盒"
    kept = cli("feedback", "resolve", row["id"], "--resolution", "退款20元", "--if-version", row["version"] + 1)
    assert kept.code == 0 and feedback_row(book.db, row["id"])["resolution"] == "退款20元"


def test_refused_feedback_writes_nothing(cli, book, en_translators):
    assert cli("feedback", "add", "--kind", "review").code == 1  # neither text nor screenshot
    assert cli("feedback", "add", "--kind", "praise", "--text", "好").code == 2
    assert cli("feedback", "add", "--kind", "review", "--text", "好", "--rating", 6).code == 2
    gone = cli("feedback", "add", "--kind", "review", "--text", "好", "--customer", 999)
    assert gone.code == 1 and "#999" in gone.err
    no_resolution = cli("feedback", "resolve", 1)
    assert no_resolution.code == 2 and "--resolution" in no_resolution.err
    assert _counts(book.db) == (0, 0, 0)


def test_reminders_today_done_and_snooze(cli, book, en_translators):
    today = date.today()
    set_next_contact(book.db, book.zhang, today)
    set_next_contact(book.db, book.li, today)
    listed = cli("reminders", "list", "--rule", "next_contact", "--json")
    assert listed.code == 0, listed.err
    due = {r["customer_id"]: r["id"] for r in json.loads(listed.out)}
    assert set(due) == {book.zhang, book.li}
    text = cli("reminders", "list")
    assert text.out.startswith(f"To do today ({today.isoformat()}):") and "张三" in text.out

    assert cli("reminders", "done", due[book.zhang]).code == 0
    past = cli("reminders", "snooze", due[book.li], "--until", today.isoformat())
    assert past.code == 1 and "after today" in past.err
    later = (today + timedelta(days=3)).isoformat()
    snoozed = cli("reminders", "snooze", due[book.li], "--until", later)
    assert snoozed.code == 0 and later in snoozed.out
    assert [r for r in today_list(book.db, today) if r["rule"] == "next_contact"] == []
    twice = cli("reminders", "done", due[book.zhang])
    assert twice.code == 1 and "already done" in twice.err


def test_reminder_rules(cli, book, en_translators):
    shown = json.loads(cli("reminders", "rules", "--json").out)
    assert shown == rules(book.db) and shown["rebuy_window"]["params"]["days"] == [30, 60, 90]
    changed = cli("reminders", "rule", "rebuy_window", "--off", "--days", "20，40")
    assert changed.code == 0 and changed.out.startswith("rebuy_window  off  days: 20, 40")
    stored = rules(book.db)["rebuy_window"]
    assert (stored["enabled"], stored["params"]["days"]) == (False, [20, 40])
    assert cli("reminders", "rule", "rebuy_window", "--on").code == 0
    assert rules(book.db)["rebuy_window"]["enabled"] is True

    before = rules(book.db)
    for days in ("0", "3,4", "两天"):
        bad = cli("reminders", "rule", "complaint_open", "--days", days, "--off")
        assert bad.code == 1 and "1 to 3650" in bad.err, days
    assert cli("reminders", "rule", "complaint_open", "--on", "--off").code == 2
    assert cli("reminders", "rule", "birthday", "--on").code == 2
    assert rules(book.db) == before
    lines = cli("reminders", "rules").out.splitlines()
    assert lines[0].startswith("card_not_added  on  days: 5")


def test_followup_words_in_chinese(cli, book, zh_translators):
    saved = cli("followups", "add", "--customer", book.li, "--text", "问物流")
    assert saved.code == 0 and saved.out.startswith("已为客户 ") and "保存跟进记录" in saved.out
    refused = cli("followups", "add", "--customer", book.li)
    assert refused.code == 1 and refused.err.startswith("错误：") and "摘要" in refused.err
    heading = cli("reminders", "list").out.splitlines()[0]
    assert heading.startswith(f"今日待办（{date.today().isoformat()}）：")
    assert [r["summary"] for r in followup_rows(book.db, customer_id=book.li)] == ["问物流"]
