"""``channels add|edit|cost|list|poster`` in-process, and the poster PDF read back: one A4 page
whose text names the channel and asks for its code, and whose QR decodes to the founder's."""

from __future__ import annotations

import json
from datetime import datetime, time

import pypdfium2 as pdfium
import zxingcpp

from shopowner.channels.book import find_channel
from shopowner.channels.poster import make_poster
from shopowner.clock import today
from shopowner.followups.channel_redeem import redeem_channel
from shopowner.store.settings import WECHAT_QR, set_setting
from tests.channels.conftest import QR, order


def read_poster(path) -> tuple[str, list[str], tuple[float, float]]:
    """The page's text, the QR codes found on it at 150 dpi, and its size in mm."""
    pdf = pdfium.PdfDocument(str(path))
    assert len(pdf) == 1
    page = pdf[0]
    text = page.get_textpage().get_text_range()
    image = page.render(scale=150 / 72).to_pil().convert("L")
    width, height = page.get_size()
    return text, [r.text for r in zxingcpp.read_barcodes(image)], (width / 72 * 25.4, height / 72 * 25.4)


def test_channels_commands_round_trip(cli, shop, en_translators, tmp_path):
    done = cli("channels", "add", "小红书笔记", "--kind", "xiaohongshu", "--cost", "3000", "--from", "2026-11-01",
               "--to", "2026-11-30", "--json")
    assert done.code == 0, done.err
    made = json.loads(done.out)
    assert (made["name"], made["kind_name"], len(made["code"])) == ("小红书笔记", "Xiaohongshu (小红书)", 5)
    assert made["costs"] == [{"id": 1, "from_date": "2026-11-01", "to_date": "2026-11-30", "cost_fen": 300000,
                              "note": ""}]
    card = cli("channels", "add", "包裹卡", "--kind", "card")
    assert card.code == 0 and "its adds are the redeemed cards" in card.out
    month = today().strftime("%Y-%m")
    cost = cli("channels", "cost", "小红书笔记", "--cost", "500", "--from", month, "--to", month, "--note", "薯条")
    assert cost.code == 0 and f"“小红书笔记” cost ¥500.00 from {month}-01" in cost.out
    edit = cli("channels", "edit", "包裹卡", "--name", "包裹卡片")
    assert edit.code == 0 and "“包裹卡片”, Parcel cards (包裹卡)" in edit.out
    redeem_channel(shop.db, f"李四微信 申请添加你为朋友 {made['code']}", now=datetime.combine(today(), time(8)))
    with shop.db.atomic():
        order(shop.db, shop.li, "P1", 10000, today().isoformat(), platform="private")
    listed = json.loads(cli("channels", "list", "--json").out)
    assert [(c["name"], c["adds"], c["cost_fen"], c["private_orders"], c["cost_per_private_order_fen"])
            for c in listed] == [("小红书笔记", 1, 350000, 1, 350000), ("包裹卡片", 0, 0, 0, None)]
    assert [c["note"] for c in listed[0]["costs"]] == ["", "薯条"]
    table = cli("channels", "list").out.splitlines()
    assert table[0].split() == ["Channel", "Kind", "Code", "Adds", "Cost", "Cost", "per", "add", "Private", "orders",
                                "Revenue", "since", "added", "Cost", "per", "private", "order"]
    assert table[2].startswith("包裹卡片") and table[2].rstrip().endswith("—")  # no division by zero
    growth = json.loads(cli("growth", "--json").out)
    assert [c["name"] for c in growth["channels"]] == ["小红书笔记", "包裹卡片"]
    assert "Channels" in cli("growth").out
    out = tmp_path / "poster.pdf"
    poster = cli("channels", "poster", "小红书笔记", "--out", out)
    assert poster.code == 0 and str(out) in poster.out and out.is_file()


def test_channels_commands_refuse_bad_input_and_write_nothing(cli, shop, en_translators, tmp_path):
    assert cli("channels", "add", "直播", "--kind", "tv").code == 2  # argparse: not a kind
    bad = cli("channels", "add", "直播", "--kind", "live", "--cost", "abc")
    assert bad.code == 1 and "“abc” is not an amount" in bad.err
    only_from = cli("channels", "add", "直播", "--kind", "live", "--from", "2026-11-01")
    assert only_from.code == 1 and "add --cost too" in only_from.err
    assert cli("channels", "list").out.startswith("No channels yet")
    assert "There is no channel “直播”" in cli("channels", "cost", "直播", "--cost", "1", "--from", "2026-11",
                                                "--to", "2026-11").err
    assert cli("channels", "add", "包裹卡", "--kind", "card").code == 0
    refused = cli("channels", "poster", "包裹卡", "--out", tmp_path / "x.pdf")
    assert refused.code == 1 and "has no poster" in refused.err and not (tmp_path / "x.pdf").exists()


def test_the_poster_carries_the_name_the_code_and_the_founders_qr(shop, data_dir, tmp_path, en_translators):
    from shopowner.channels.book import add_channel

    channel = add_channel(shop.db, "周五茶话直播间", "live")
    folder = tmp_path / "posters"
    folder.mkdir()
    out = make_poster(shop.db, data_dir, channel, folder / "poster.pdf")
    text, qrs, (width, height) = read_poster(out)
    flat = "".join(text.split())
    assert "周五茶话直播间" in flat and "小满茶舍" in flat
    assert f"加微信时请发送暗号{channel.code}" in flat and flat.count(channel.code) == 2  # the line and big
    assert qrs == [QR]
    assert round(width) == 210 and round(height) == 297  # A4
    assert list(folder.iterdir()) == [out]  # no temporary file left
    set_setting(shop.db, WECHAT_QR, "")
    try:
        make_poster(shop.db, data_dir, find_channel(shop.db, "周五茶话直播间"), folder / "again.pdf")
    except ValueError as exc:
        assert "Set your WeChat QR code first" in str(exc)
    else:
        raise AssertionError("a poster without a QR was made")
    assert list(folder.iterdir()) == [out]


def test_redeem_command_takes_a_channel_code(cli, shop, en_translators):
    from shopowner.channels.book import add_channel

    fair = add_channel(shop.db, "茶博会", "offline")
    check = cli("redeem", f"暗号 {fair.code.lower()}", "--check")
    assert check.code == 0 and check.out.strip() == f"Code {fair.code}: channel 茶博会."
    assert cli("redeem", fair.code).err.startswith("Error: Type the WeChat name")
    done = cli("redeem", f"西湖边的猫 申请添加你为朋友 {fair.code}")
    assert done.code == 0 and "New customer #3 西湖边的猫, added on WeChat." in done.out
    picked = json.loads(cli("redeem", fair.code, "--customer", shop.zhang, "--json").out)
    assert (picked["customer_id"], picked["created"], picked["channel"]["name"]) == (shop.zhang, False, "茶博会")
    assert shop.db.execute("SELECT count(*) FROM customers WHERE channel_id = ?", [fair.id]).fetchone()[0] == 2


def test_channels_words_in_chinese(cli, shop, zh_translators):
    assert cli("channels", "list").out.startswith("还没有渠道")
    done = cli("channels", "add", "周五直播间", "--kind", "live", "--cost", "1200")
    assert done.code == 0 and done.out.startswith("已添加渠道 1“周五直播间”，暗号 ")
    header = cli("channels", "list").out.splitlines()[0].split()
    assert header[:4] == ["渠道", "类型", "暗号", "加微数"]
    assert "“周五直播间”在" in cli("channels", "cost", "周五直播间", "--cost", "100").out
