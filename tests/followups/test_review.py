"""The daily review for a seeded day: sections, order, add-rate per letter version, quiet VIPs,
read marks, and the one-page PDF (rendered with pypdfium2)."""

from __future__ import annotations

from datetime import date, datetime

import pypdfium2 as pdfium
import pytest

from shopowner.followups.feedback import add_feedback
from shopowner.followups.redeem import add_without_code, redeem
from shopowner.followups.reminders import set_next_contact
from shopowner.followups.review import daily_review, mark_all_read, mark_read
from shopowner.followups.review_pdf import export_review_pdf
from shopowner.store.customers import add_customer, refresh_customer_totals
from shopowner.store.orders import add_order
from tests.followups.conftest import code_for, make_card

DAY = date(2024, 6, 10)


@pytest.fixture
def seeded(shop):
    db = shop.db
    fb = {}
    fb["praise"] = add_feedback(db, shop.data_dir, kind="review", customer_id=shop.zhang, rating=5,
                                text="龙井很香", now=datetime(2024, 6, 10, 8))
    fb["complaint_today"] = add_feedback(db, shop.data_dir, kind="complaint", customer_id=shop.li,
                                         text="盒子压坏了", now=datetime(2024, 6, 10, 7))
    fb["idea"] = add_feedback(db, shop.data_dir, kind="new_product", text="想要小罐装",
                              now=datetime(2024, 6, 9, 15))
    fb["old_complaint"] = add_feedback(db, shop.data_dir, kind="complaint", customer_id=shop.wang,
                                       text="发货太慢", now=datetime(2024, 6, 5, 10))
    fb["too_old"] = add_feedback(db, shop.data_dir, kind="review", text="上周的好评",
                                 now=datetime(2024, 6, 3, 10))
    # a third card printed yesterday with letter v1; Li's v1 card is redeemed today
    third = add_customer(db, name="钱七")
    order = add_order(db, dict(platform="taobao", platform_order_id="TB1003", customer_id=third,
                               status="completed", total_fen=100, paid_fen=100,
                               created_at="2024-06-08 09:00:00"))
    make_card(db, code_for("P3R8"), order_id=order, customer_id=third, letter_version_id=shop.v1,
              batch_id=shop.batch, printed_at="2024-06-09 18:05:00")
    redeem(db, shop.code_li, wechat_name="李四微信", account="小美", now=datetime(2024, 6, 10, 9))
    add_without_code(db, third, wechat_name="钱七", account="创始人", now=datetime(2024, 6, 10, 10))
    add_without_code(db, shop.zhang, wechat_name="昨天加的", now=datetime(2024, 6, 9, 10))
    set_next_contact(db, shop.wang, date(2024, 6, 10), now=datetime(2024, 6, 1))
    # a VIP gone quiet (tagged, last order in March) and one still active (Zhang)
    vip = add_customer(db, name="赵六")
    add_order(db, dict(platform="jd", platform_order_id="JD9", customer_id=vip, status="completed",
                       total_fen=99900, paid_fen=99900, created_at="2024-03-01 10:00:00"))
    refresh_customer_totals(db)
    tag = db.execute("INSERT INTO tags (name) VALUES ('VIP')").lastrowid
    for cid in (vip, shop.zhang):
        db.execute("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", [cid, tag])
    return shop, fb, vip


def test_daily_review_content_for_a_seeded_day(seeded):
    shop, fb, vip = seeded
    review = daily_review(shop.db, DAY)
    assert review["day"] == "2024-06-10"
    # today's and yesterday's feedback, complaints first
    assert [x["id"] for x in review["feedback"]] == [fb["complaint_today"], fb["praise"], fb["idea"]]
    # open complaints, the longest waiting first, with their age
    assert [(x["id"], x["age_days"]) for x in review["open_complaints"]] == \
        [(fb["old_complaint"], 5), (fb["complaint_today"], 0)]
    assert [(x["customer_id"], x["rule"]) for x in review["followups_due"]] == [(shop.wang, "next_contact")]
    adds = review["wechat_adds"]
    assert [(x["customer_name"], x["via"], x["code"], x["letter_version"]) for x in adds] == [
        ("李四", "code", shop.code_li, "初次感谢信 v1"), ("钱七", "no_code", None, "")]
    rate = review["card_add_rate"]
    assert (rate["printed_day"], rate["printed"], rate["added"]) == ("2024-06-09", 3, 1)
    assert rate["rate"] == pytest.approx(1 / 3, abs=1e-3)
    assert [(v["letter_version"], v["printed"], v["added"], v["rate"]) for v in rate["by_letter_version"]] == [
        ("初次感谢信 v1", 2, 1, 0.5), ("初次感谢信 v2", 1, 0, 0.0)]
    assert [(x["id"], x["quiet_days"]) for x in review["quiet_vips"]] == [(vip, 101)]
    assert review["counts"]["unread"] == review["counts"]["items"] == 8


def test_read_marks_are_per_day_and_item(seeded):
    shop, fb, vip = seeded
    mark_read(shop.db, DAY, "feedback", fb["complaint_today"])
    review = daily_review(shop.db, DAY)
    assert [x["read"] for x in review["feedback"]] == [True, False, False]
    assert [x["read"] for x in review["open_complaints"]] == [False, True]  # same item, same mark
    assert review["counts"]["unread"] == 7
    assert not daily_review(shop.db, date(2024, 6, 11))["open_complaints"][1]["read"]
    mark_read(shop.db, DAY, "feedback", fb["complaint_today"], read=False)
    assert daily_review(shop.db, DAY)["counts"]["unread"] == 8
    mark_all_read(shop.db, DAY, review)
    assert daily_review(shop.db, DAY)["counts"]["unread"] == 0
    with pytest.raises(ValueError):
        mark_read(shop.db, DAY, "nonsense", 1)


def test_review_pdf_is_one_page_with_the_days_items(seeded, tmp_path):
    shop, fb, vip = seeded
    path = export_review_pdf(shop.db, DAY, tmp_path / "review.pdf")
    pdf = pdfium.PdfDocument(str(path))
    assert len(pdf) == 1
    page = pdf[0]
    width, height = page.get_size()
    assert (round(width), round(height)) == (595, 842)  # A4
    text = page.get_textpage().get_text_range()
    for expected in ("2024-06-10", "盒子压坏了", "龙井很香", "想要小罐装", "发货太慢", "赵六",
                     "李四", shop.code_li, "初次感谢信 v1"):
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
    assert "more" in text or "还有" in text
