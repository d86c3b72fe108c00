"""The daily review for a seeded day: what it leads with, sections and groups, add-rate per letter
version, who counts as a VIP gone quiet, read marks, and the one-page PDF (rendered with
pypdfium2) showing the core's own lines."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pypdfium2 as pdfium
import pytest

from shopowner.followups.feedback import add_feedback
from shopowner.followups.log import add_followup
from shopowner.followups.reminders import set_next_contact
from shopowner.followups.review import daily_review, mark_all_read, mark_read
from shopowner.followups.review_page import page_text, review_page, section_rows
from shopowner.followups.review_pdf import export_review_pdf
from shopowner.store.customers import add_customer, refresh_customer_totals
from shopowner.store.orders import add_order
from tests.followups.conftest import DAY


def test_daily_review_content_for_a_seeded_day(seeded):
    shop, fb, vip = seeded
    review = daily_review(shop.db, DAY)
    assert review["day"] == "2024-06-10"
    # today's and yesterday's feedback, complaints first
    assert [x["id"] for x in review["feedback"]] == [fb["complaint_today"], fb["praise"], fb["idea"]]
    # open complaints, the longest waiting first, with their age
    assert [(x["id"], x["age_days"]) for x in review["open_complaints"]] == \
        [(fb["old_complaint"], 5), (fb["complaint_today"], 0)]
    assert [(g["rule"], g["count"], [x["customer_id"] for x in g["items"]])
            for g in review["followups_due"]] == [("next_contact", 1, [shop.wang])]
    adds = review["wechat_adds"]
    assert [(x["customer_name"], x["via"], x["code"], x["letter_version"]) for x in adds] == [
        ("李四", "code", shop.code_li, "初次感谢信 v1"), ("钱七", "no_code", None, "")]
    rate = review["card_add_rate"]
    assert (rate["printed_day"], rate["printed"], rate["added"]) == ("2024-06-09", 3, 1)
    assert rate["rate"] == pytest.approx(1 / 3, abs=1e-3)
    assert [(v["letter_version"], v["printed"], v["added"], v["rate"]) for v in rate["by_letter_version"]] == [
        ("初次感谢信 v1", 2, 1, 0.5), ("初次感谢信 v2", 1, 0, 0.0)]
    assert [(x["id"], x["quiet_days"], x["tagged"]) for x in review["quiet_vips"]] == [(vip, 101, True)]
    # what the founder reads: 4 feedback items (one complaint is in two sections), 2 adds, 1 VIP
    assert review["counts"]["unread"] == review["counts"]["items"] == 7


def test_the_page_leads_with_what_to_read_and_says_no_zero_days(seeded, en_translators):
    shop, fb, vip = seeded
    page = review_page(daily_review(shop.db, DAY))
    assert [s["key"] for s in page["sections"]] == \
        ["feedback", "open_complaints", "wechat_adds", "followups_due", "quiet_vips"]
    head = page["headline"]
    assert head[0].startswith("New feedback: 3, of which complaints: 1")
    assert head[1] == "Open complaints: 2; the oldest is open for 5 days."
    assert head[2] == "New WeChat adds today: 2."
    assert head[3] == "Cards printed yesterday (2024-06-09): 3; 1 added on WeChat so far (33%)."
    text = "\n".join(page_text(page))
    assert "opened today" in text and "open for 5 days" in text
    assert " 0 days" not in text and "(—)" not in text and "—" not in text
    assert "#" not in text  # no bare ids for customers with names
    adds = section_rows(page["sections"][2])
    assert adds[1][1].startswith("Cards printed yesterday") and adds[2][1] == "初次感谢信 v1: 1 of 2 added (50%)"
    assert "09:00 · 李四 · WeChat 李四微信 · code M9Q4C · 初次感谢信 v1 · to 小美" in text
    assert "10:00 · 钱七 · WeChat 钱七 · added without a code · to 创始人" in text
    vips = page["sections"][4]
    assert vips["note"].startswith("VIP: tagged VIP, or 3 or more paid orders.")
    assert vips["lines"][0]["text"] == ("赵六 · spent ¥999 in 1 order · last order 2024-03-01 · "
                                        "quiet for 101 days")


def test_no_cards_printed_yesterday_is_said_plainly(shop):
    page = review_page(daily_review(shop.db, date(2024, 6, 20)))
    assert "No cards were printed yesterday (2024-06-19)." in page["headline"]
    assert "No new feedback today or yesterday." in page["headline"]
    assert "(—)" not in "\n".join(page_text(page))


def test_followups_due_are_grouped_by_reason_with_counts(shop):
    for n in range(14):
        cid = add_customer(shop.db, name=f"客户{n}")
        set_next_contact(shop.db, cid, DAY - timedelta(days=n % 3), now=datetime(2024, 6, 1))
    add_feedback(shop.db, shop.data_dir, kind="complaint", customer_id=shop.li, text="慢",
                 now=datetime(2024, 6, 1, 9))
    from shopowner.followups.reminders import generate_reminders

    generate_reminders(shop.db, DAY, now=datetime(2024, 6, 10, 8))
    review = daily_review(shop.db, DAY)
    groups = {g["rule"]: g for g in review["followups_due"]}
    assert groups["next_contact"]["count"] == 14 and len(groups["next_contact"]["items"]) == 10
    assert [g["rule"] for g in review["followups_due"]][0] == "complaint_open"  # complaints first
    due = review_page(review)["sections"][3]
    assert due["heading"] == f"Follow-ups due: {review['counts']['followups_due']}"
    planned = [g for g in due["groups"] if g["key"] == "next_contact"][0]
    assert planned["heading"] == "Next contact date: 14"
    assert planned["more"] == "… and 4 more in To do today"
    assert planned["lines"][0]["text"].endswith("Planned contact. · 2 days overdue")
    assert all(line["kind"] == "reminder" for line in planned["lines"])


def _buyer(db, name, order_days_ago, *, day=DAY, tag=None, followup_days_ago=None, data_dir=None):
    """A customer with paid orders placed ``order_days_ago`` days before ``day``."""
    cid = add_customer(db, name=name)
    for n, ago in enumerate(order_days_ago):
        when = datetime.combine(day - timedelta(days=ago), datetime.min.time()).replace(hour=10)
        add_order(db, dict(platform="taobao", platform_order_id=f"{name}-{n}", customer_id=cid,
                           status="completed", paid_fen=10000 * (n + 1), total_fen=10000,
                           created_at=when.strftime("%Y-%m-%d %H:%M:%S")))
    refresh_customer_totals(db, [cid])
    if tag:
        tag_id = (db.execute("SELECT id FROM tags WHERE name = ?", [tag]).fetchone() or
                  [db.execute("INSERT INTO tags (name) VALUES (?)", [tag]).lastrowid])[0]
        db.execute("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", [cid, tag_id])
    if followup_days_ago is not None:
        add_followup(db, data_dir, cid, summary="问候",
                     happened_at=datetime.combine(day - timedelta(days=followup_days_ago),
                                                  datetime.min.time()).replace(hour=9))
    return cid


def test_quiet_vips_are_real_vips_who_went_quiet(db, data_dir):
    regular = _buyer(db, "老主顾", [100, 130, 160])          # every 30 days, silent for 100
    slow = _buyer(db, "慢节奏", [100, 200, 300])            # every 100 days: 100 is normal for them
    one_old = _buyer(db, "一次老客", [3434])                 # one order years ago
    one_recentish = _buyer(db, "一次买家", [90])             # one order, no tag: not a VIP
    tagged = _buyer(db, "贵宾", [80], tag="vip")             # tagged (any case): a VIP
    chatted = _buyer(db, "刚聊过", [100, 130, 160], followup_days_ago=10, data_dir=data_dir)
    lost = _buyer(db, "久无音讯", [400, 430, 460, 490])      # gone over a year: no longer listed
    active = _buyer(db, "常客", [5, 35, 65])                 # bought 5 days ago
    review = daily_review(db, DAY)
    listed = [x["id"] for x in review["quiet_vips"]]
    assert listed == [regular, tagged]  # biggest spender first: ¥600 then ¥100
    for cid in (slow, one_old, one_recentish, chatted, lost, active):
        assert cid not in listed
    assert {x["id"]: x["quiet_days"] for x in review["quiet_vips"]} == {regular: 100, tagged: 80}
    assert review["counts"]["quiet_vips_total"] == 2
    assert max(x["quiet_days"] for x in review["quiet_vips"]) <= 365


def test_read_marks_are_per_day_and_item(seeded):
    shop, fb, vip = seeded
    mark_read(shop.db, DAY, "feedback", fb["complaint_today"])
    review = daily_review(shop.db, DAY)
    assert [x["read"] for x in review["feedback"]] == [True, False, False]
    assert [x["read"] for x in review["open_complaints"]] == [False, True]  # same item, same mark
    assert review["counts"]["unread"] == 6
    assert not daily_review(shop.db, date(2024, 6, 11))["open_complaints"][1]["read"]
    mark_read(shop.db, DAY, "feedback", fb["complaint_today"], read=False)
    assert daily_review(shop.db, DAY)["counts"]["unread"] == 7
    mark_all_read(shop.db, DAY, review)
    assert daily_review(shop.db, DAY)["counts"]["unread"] == 0
    with pytest.raises(ValueError):
        mark_read(shop.db, DAY, "nonsense", 1)


def test_review_pdf_is_one_page_with_the_pages_own_lines(seeded, tmp_path):
    shop, fb, vip = seeded
    path = export_review_pdf(shop.db, DAY, tmp_path / "review.pdf")
    pdf = pdfium.PdfDocument(str(path))
    assert len(pdf) == 1
    page = pdf[0]
    width, height = page.get_size()
    assert (round(width), round(height)) == (595, 842)  # A4
    text = " ".join(page.get_textpage().get_text_range().split())
    lines = review_page(daily_review(shop.db, DAY))
    for line in lines["headline"] + [s["heading"] for s in lines["sections"]]:
        assert " ".join(line.split()) in text, line
    for expected in ("盒子压坏了", "龙井很香", "想要小罐装", "发货太慢", "赵六", "李四", shop.code_li,
                     "初次感谢信 v1"):
        assert expected in text, expected
    image = page.render(scale=1).to_pil()
    assert image.convert("L").getextrema()[0] < 100  # something dark was drawn


def test_review_pdf_stays_one_page_on_a_busy_day(shop, tmp_path):
    for n in range(120):
        add_feedback(shop.db, shop.data_dir, kind="complaint" if n % 3 else "review",
                     customer_id=shop.li, text=f"第{n}条反馈" + "很长的内容" * 30,
                     now=datetime(2024, 6, 10, 8, n % 60))
    path = export_review_pdf(shop.db, DAY, tmp_path / "busy.pdf")
    pdf = pdfium.PdfDocument(str(path))
    assert len(pdf) == 1
    text = pdf[0].get_textpage().get_text_range()
    assert "more lines in the app" in text


def test_core_texts_follow_the_chosen_language(seeded, zh_translators):
    shop, fb, vip = seeded
    page = review_page(daily_review(shop.db, DAY))
    text = "\n".join(page_text(page))
    assert "每日回顾 2024-06-10" in text and "今天新开" not in text
    for english in ("New feedback", "Open complaints", "Planned contact", "quiet for", "opened today",
                    "Cards printed yesterday", "VIP: tagged"):
        assert english not in text, english
