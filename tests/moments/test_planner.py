"""The Moments planner's core on a real shop file: posts with images copied into ``moments/``,
a linked private-only product, marked posted, reactions; the friend-count warning from 4,500 and
the account new cards should send buyers to; new-product opinions summarised per product."""

from __future__ import annotations

from datetime import datetime

import pytest

from shopowner import clock
from shopowner.moments import accounts, opinions, planner
from shopowner.store.customers import add_customer
from tests.moments.conftest import image, products


def test_plan_a_post_with_images_and_a_private_product(db, data_dir, tmp_path):
    ids = products(db)
    shot = image(tmp_path)
    with clock.fixed(datetime(2026, 12, 1, 9, 0)):
        post = planner.add_post(db, data_dir, day="2026-12-05", account=" 微信号A ", text="新茶到了，先尝为快",
                                product_id=ids["tea"], images=[shot, image(tmp_path, "2.jpg", b"other")])
    assert (post.day, post.account, post.status, post.product_name) == ("2026-12-05", "微信号A", "planned",
                                                                        "私房白茶饼 357g")
    stored = data_dir / "moments" / post.images[0]
    assert stored.read_bytes() == b"\x89PNG\r\n\x1a\n fake tea" and stored.suffix == ".png"
    assert len(post.images) == 2
    with clock.fixed(datetime(2026, 12, 5, 20, 30)):
        posted = planner.mark_posted(db, post.id)
    assert (posted.status, posted.posted_at) == ("posted", "2026-12-05 20:30:00")
    assert planner.mark_posted(db, post.id, False).status == "planned"
    assert planner.days_with_posts(db, "2026-12-01", "2026-12-31") == {"2026-12-05": (1, 0)}
    assert [p.id for p in planner.list_posts(db, "2026-12-06", None)] == []
    edited = planner.edit_post(db, data_dir, post.id, day="2026-12-06", account="微信号B", text="改期",
                               remove_images=[post.images[0]])
    assert (edited.day, edited.account, edited.product_id, edited.images) == ("2026-12-06", "微信号B", None,
                                                                              [post.images[1]])
    assert not stored.exists()  # the removed image's copy went with it
    planner.delete_post(db, data_dir, post.id)
    assert list((data_dir / "moments").iterdir()) == [] and planner.get_post(db, post.id) is None


def test_bad_posts_are_refused_and_nothing_is_written(db, data_dir, tmp_path, en_translators):
    ids = products(db)
    with pytest.raises(ValueError, match="is not a day"):
        planner.add_post(db, data_dir, day="12/05", account="A", text="x")
    with pytest.raises(ValueError, match="Write the post's text"):
        planner.add_post(db, data_dir, day="2026-12-05", account="A", text="  ")
    with pytest.raises(ValueError, match="not private-only"):
        planner.add_post(db, data_dir, day="2026-12-05", account="A", text="x", product_id=ids["pot"],
                         images=[image(tmp_path)])
    with pytest.raises(LookupError, match="no product 999"):
        planner.add_post(db, data_dir, day="2026-12-05", account="A", text="x", product_id=999)
    with pytest.raises(ValueError, match="at most 9 images"):
        planner.add_post(db, data_dir, day="2026-12-05", account="A", text="x", images=[image(tmp_path)] * 10)
    assert not planner.has_posts(db)
    assert not (data_dir / "moments").exists() or list((data_dir / "moments").iterdir()) == []


def test_reactions_are_logged_against_a_post(db, data_dir, en_translators):
    customer = add_customer(db, name="陈静")
    post = planner.add_post(db, data_dir, day="2026-12-05", account="A", text="白茶饼预订")
    planner.log_reaction(db, post.id, kind="reply", text="多少钱？", customer_id=customer)
    planner.log_reaction(db, post.id, kind="order", text="两饼")
    assert [(r.kind, r.customer, r.text) for r in planner.reactions_of(db, post.id)] == [
        ("reply", "陈静", "多少钱？"), ("order", "", "两饼")]
    assert planner.get_post(db, post.id).reactions == 2
    with pytest.raises(ValueError):
        planner.log_reaction(db, post.id, kind="like", text="x")
    with pytest.raises(LookupError, match="no customer 999"):
        planner.log_reaction(db, post.id, kind="reply", text="x", customer_id=999)
    with pytest.raises(LookupError, match="no planned post 999"):
        planner.log_reaction(db, 999, kind="reply", text="x")


def test_the_warning_starts_at_4500_friends_and_names_the_account_with_room(db, en_translators):
    assert accounts.account_for_new_cards(db) is None and accounts.warnings(db) == []
    accounts.set_friends(db, "微信号A", 4499)
    accounts.set_friends(db, "微信号B", 1200)
    assert accounts.warnings(db) == []
    assert accounts.account_for_new_cards(db) == "微信号A"  # the first counted, while it has room
    accounts.set_friends(db, "微信号A", 4500)
    assert accounts.account_for_new_cards(db) == "微信号B"
    assert accounts.warnings(db) == [("微信号A already has 4,500 friends, close to WeChat's 5,000 limit: "
                                      "have new cards send buyers to 微信号B.")]
    assert accounts.account_for_new_cards(db, preferred="微信号B") == "微信号B"
    accounts.set_friends(db, "微信号B", 4900)  # both nearly full: open another account
    assert accounts.account_for_new_cards(db) == "微信号A"  # the most room left
    assert [w.split(":")[1].strip() for w in accounts.warnings(db)] == [
        "open another WeChat account for new cards and count its friends here."] * 2
    with pytest.raises(ValueError):
        accounts.set_friends(db, "微信号A", 5001)
    assert [a.as_json()["room"] for a in accounts.list_accounts(db)] == [500, 100]


def test_the_founders_account_is_preferred_while_it_has_room(db):
    from shopowner.demo import start_shop

    start_shop(db, "小店", "林小满")
    accounts.set_friends(db, "微信号B", 100)
    accounts.set_friends(db, "林小满", 3000)
    assert accounts.account_for_new_cards(db) == "林小满"


def test_opinions_asked_of_a_segment_are_summarised_per_product(db, book, en_translators):
    ids = products(db)
    from shopowner.vocab.rfm_segments import SEGMENTS

    asked = [c["id"] for key in SEGMENTS for c in opinions.group_customers(db, key)]
    # every buyer is in exactly one segment; 王五 (no order yet) and the products' buyers are buyers too
    assert book.zhang in asked and book.li in asked and book.wang not in asked
    assert len(asked) == len(set(asked))
    opinions.log_opinion(db, ids["tea"], book.zhang, "dislike", "太贵")
    opinions.log_opinion(db, ids["tea"], book.zhang, "like", "尝过之后还是喜欢", "important_value")
    opinions.log_opinion(db, ids["tea"], book.li, "neutral")
    [summary] = opinions.summaries(db)
    assert (summary.product_id, summary.total, summary.liked, summary.neutral, summary.disliked) == (
        ids["tea"], 2, 1, 1, 0)
    assert summary.notes == ["尝过之后还是喜欢"]
    with pytest.raises(ValueError, match="neither a customer segment nor a tag"):
        opinions.group_customers(db, "vip")
    with pytest.raises(ValueError):
        opinions.log_opinion(db, ids["tea"], book.li, "love")


def test_a_tag_is_a_group_to_ask(db, book):
    from shopowner.customers.book import tag_customers_by_name

    tag_customers_by_name(db, [book.wang], "试喝团")
    assert [c["id"] for c in opinions.group_customers(db, "tag:试喝团")] == [book.wang]


def test_the_daily_review_lists_todays_posts_and_the_friend_warning(db, data_dir, en_translators):
    from datetime import date

    from shopowner.followups.review_page import load_page

    planner.add_post(db, data_dir, day="2026-12-05", account="微信号A", text="今天发")
    posted = planner.add_post(db, data_dir, day="2026-12-05", account="微信号A", text="已经发了")
    planner.mark_posted(db, posted.id)
    accounts.set_friends(db, "微信号A", 4620)
    accounts.set_friends(db, "微信号B", 300)
    review, page = load_page(db, date(2026, 12, 5))
    assert review["moments"]["planned_today"] == 1
    assert page["headline"][-2:] == [
        "Moments posts planned for today: 1 (see Moments).",
        "微信号A already has 4,620 friends, close to WeChat's 5,000 limit: have new cards send buyers to 微信号B."]
    _, quiet = load_page(db, date(2026, 12, 6))
    assert not any("Moments posts planned" in line for line in quiet["headline"])


def test_erasing_a_customer_wipes_what_they_said_and_keeps_the_post(db, data_dir):
    from shopowner.customers.book import erase_personal_data

    ids = products(db)
    customer = add_customer(db, name="周晓雯")
    post = planner.add_post(db, data_dir, day="2026-12-05", account="A", text="周末茶会，欢迎来坐坐")
    planner.log_reaction(db, post.id, kind="reply", text="我是周晓雯，住在文一西路", customer_id=customer)
    opinions.log_opinion(db, ids["tea"], customer, "like", "周晓雯说很好喝")
    erase_personal_data(db, data_dir, customer)
    assert [r.text for r in planner.reactions_of(db, post.id)] == [""]
    assert [o.note for o in opinions.opinions_of(db, ids["tea"])] == [""]
    assert planner.get_post(db, post.id).text == "周末茶会，欢迎来坐坐"
