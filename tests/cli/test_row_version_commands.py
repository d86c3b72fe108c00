"""``--if-version`` on the commands that edit a product, a channel or a Moments post (m0021): a
change made on what was read is saved only while the row is still at that version; otherwise
nothing is written and the command says who won and what to do. A save moves the version on."""

from __future__ import annotations

import json

from shopowner.channels.book import add_channel, get_channel
from shopowner.moments.planner import add_post, get_post
from shopowner.products.catalogue import add_product, get_product


def test_a_product_is_saved_only_over_the_version_read(cli, db, en_translators):
    product = add_product(db, "桂花乌龙", price="68")
    v = product.version
    saved = cli("products", "set", str(product.id), "--price", "72", "--if-version", str(v), "--json")
    assert saved.code == 0, saved.err
    assert json.loads(saved.out)["version"] == v + 1
    stale = cli("products", "set", str(product.id), "--price", "99", "--if-version", str(v))
    assert stale.code == 1 and f"since version {v} (it is at version {v + 1} now)" in stale.err
    assert get_product(db, product.id).price_fen == 7200  # nothing written
    # a print name is the product's too: it moves the version, and a stale one is refused
    assert cli("products", "set", str(product.id), "--print-name", "乌龙", "--if-version", str(v + 1)).code == 0
    assert get_product(db, product.id).version == v + 2
    assert cli("products", "set", str(product.id), "--print-name", "桂花", "--if-version", str(v + 1)).code == 1
    assert get_product(db, product.id).print_name == "乌龙"


def test_a_channel_is_saved_only_over_the_version_read(cli, db, en_translators):
    channel = add_channel(db, "小红书笔记", "xiaohongshu")
    assert cli("channels", "edit", "小红书笔记", "--notes", "春季", "--if-version", "1").code == 0
    stale = cli("channels", "edit", str(channel.id), "--name", "小红书", "--if-version", "1")
    assert stale.code == 1 and "Channel “{}”".format(channel.id) in stale.err
    now = get_channel(db, channel.id)
    assert (now.name, now.notes, now.version) == ("小红书笔记", "春季", 2)


def test_a_moments_post_is_edited_from_the_command_line_and_only_over_the_version_read(
        cli, db, data_dir, en_translators):
    post = add_post(db, data_dir, day="2026-12-05", account="店主微信", text="新茶到了")
    edited = cli("moments", "edit", str(post.id), "--text", "新茶到了，先到先得", "--if-version", "1", "--json")
    assert edited.code == 0, edited.err
    shown = json.loads(edited.out)
    assert (shown["text"], shown["day"], shown["account"], shown["version"]) == (
        "新茶到了，先到先得", "2026-12-05", "店主微信", 2)
    stale = cli("moments", "edit", str(post.id), "--date", "2026-12-06", "--if-version", "1")
    assert stale.code == 1 and "Post {}".format(post.id) in stale.err and "--if-version 2" in stale.err
    assert get_post(db, post.id).day == "2026-12-05"
    assert cli("moments", "edit", "999").code == 1
