"""The daily review for a seeded day: sections, order, add-rate per letter version, quiet VIPs,
read marks, and the one-page PDF (rendered with pypdfium2)."""

from __future__ import annotations

from datetime import date, datetime

import pypdfium2 as pdfium
import pytest

from shopowner.followups.feedback import add_feedback
from shopowner.followups.review import daily_review, mark_all_read, mark_read
from shopowner.followups.review_pdf import export_review_pdf
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
