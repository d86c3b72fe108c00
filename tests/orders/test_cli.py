"""``orders add|list|shipping-list`` in-process on a small real shop: what they write read back
through the core and the files opened back with openpyxl / csv; bad input refused with a clear
message in English and in Chinese (exit 1, nothing written)."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook

from shopowner.orders.shipping_list import HEADERS
from shopowner.store.customers import get_customer


def test_add_list_and_ship_round_trip(cli, shop, tmp_path, en_translators):
    zhang = shop.book.zhang
    done = cli("orders", "add", "--customer", zhang, "--item", "SY-GH*2", "--item", "明前龙井 250g*1@150",
               "--paid-via", "alipay", "--note", "送礼，不要放发票")
    assert done.code == 0, done.err
    assert done.out.startswith("Private order SY") and "326.00 yuan paid by Alipay, Paid, to ship" in done.out
    assert "ships to 张三, 浙江省杭州市西湖区文三路90号." in done.out
    shipped = json.loads(cli("orders", "add", "--customer", shop.book.li, "--item", "桂花龙井 小罐", "--paid-via",
                             "cash", "--status", "shipped", "--receiver", "李四妈妈", "--phone", "13900001111",
                             "--province", "江苏省", "--city", "苏州市", "--district", "姑苏区",
                             "--address", "平江路1号", "--json").out)
    assert (shipped["status"], shipped["paid_via"], shipped["total_fen"]) == ("shipped", "cash", 8800)
    assert shipped["address"] == dict(receiver_name="李四妈妈", receiver_phone="13900001111", province="江苏省",
                                      city="苏州市", district="姑苏区", address="平江路1号")
    assert get_customer(shop.db, zhang)["order_count"] == 3
    listed = json.loads(cli("orders", "list", "--platform", "private", "--json").out)
    assert [o["platform_order_id"] for o in listed] == [shipped["number"], done.out.split()[2]]
    assert listed[1]["items"][0]["title"] == "桂花龙井 小罐" and listed[1]["paid_via"] == "alipay"
    text = cli("orders", "list").out.splitlines()
    assert text[0].split("\t")[:3] == ["Order", "Date", "Customer"] and "Cash" in text[1]
    assert "TB1001" in cli("orders", "list", "--platform", "taobao").out

    out = tmp_path / "发货单.xlsx"
    made = cli("orders", "shipping-list", "--out", out)
    assert made.code == 0 and made.out.strip() == f"1 order in the shipping list {out}"
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS and len(rows) == 2  # the shipped order is not in it
    assert list(rows[1]) == ["张三", "13812345678", "浙江省", "杭州市", "西湖区", "文三路90号",
                             "浙江省杭州市西湖区文三路90号", "桂花龙井 小罐×2; 明前龙井 250g×1", 3, "送礼，不要放发票",
                             listed[1]["platform_order_id"]]
    every = tmp_path / "all.csv"
    assert cli("orders", "shipping-list", "--out", every, "--all").code == 0
    with open(every, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert [r[0] for r in table] == ["收件人", "张三", "李四妈妈"] and table[2][8] == "1"
    one = tmp_path / "one.csv"
    assert cli("orders", "shipping-list", "--out", one, "--orders", shipped["number"]).code == 0
    assert one.read_text(encoding="utf-8-sig").count("\n") == 2

    # the courier took the parcel: marked shipped, off the shipping list; a number not waiting refused
    refused = cli("orders", "shipped", "--orders", shipped["number"])
    assert refused.code == 1 and "no private order with this number is waiting to ship" in refused.err
    waiting = listed[1]["platform_order_id"]
    assert [o["platform_order_id"] for o in json.loads(cli("orders", "list", "--to-ship", "--json").out)] == [waiting]
    assert json.loads(cli("orders", "shipped", "--json").out) == [waiting]
    assert cli("orders", "list", "--to-ship").out.strip() == "Nothing is waiting to ship."
    assert cli("orders", "list", "--json").out.count('"shipped_at": null') == 0
    nothing = cli("orders", "shipping-list", "--out", tmp_path / "none.csv")
    assert nothing.code == 1 and not (tmp_path / "none.csv").exists()
    assert cli("orders", "shipped").code == 1  # nothing waits to ship any more


def test_bad_input_is_refused_in_english(cli, shop, tmp_path, en_translators):
    before = shop.db.execute("SELECT count(*) FROM orders").fetchone()[0]
    bad_item = cli("orders", "add", "--customer", shop.book.zhang, "--item", "龙井*两@10", "--paid-via", "wechat")
    assert bad_item.code == 1 and bad_item.out == "" and "Traceback" not in bad_item.err
    assert bad_item.err.strip() == "Error: The quantity in “龙井*两@10” must be a whole number from 1 to 9999."
    no_price = cli("orders", "add", "--customer", shop.book.zhang, "--item", "新茶", "--paid-via", "wechat")
    assert no_price.code == 1 and "“新茶” has no private price" in no_price.err
    unknown = cli("orders", "add", "--customer", 999, "--item", "SY-GH", "--paid-via", "wechat")
    assert unknown.code == 1 and unknown.err.strip().startswith("Error: There is no customer 999.")
    assert cli("orders", "add", "--customer", shop.book.zhang, "--item", "SY-GH", "--paid-via", "paypal").code == 2
    assert shop.db.execute("SELECT count(*) FROM orders").fetchone()[0] == before
    empty = cli("orders", "shipping-list", "--out", tmp_path / "x.csv")
    assert empty.code == 1 and "No private order is waiting to ship" in empty.err
    assert not (tmp_path / "x.csv").exists()
    wrong = cli("orders", "shipping-list", "--out", tmp_path / "x.txt")
    assert wrong.code == 1 and ".xlsx or .csv" in wrong.err
    missing = cli("orders", "shipping-list", "--out", tmp_path / "x.csv", "--orders", "SY1")
    assert missing.code == 1 and "No private order is numbered SY1." in missing.err


def test_bad_input_is_refused_in_chinese(cli, shop, zh_translators):
    bad_item = cli("orders", "add", "--customer", shop.book.zhang, "--item", "*2@10", "--paid-via", "wechat")
    assert bad_item.code == 1 and bad_item.err.startswith("错误：") and "Traceback" not in bad_item.err
    assert "没有写商品" in bad_item.err and "龙井*2@168" in bad_item.err
    unknown = cli("orders", "add", "--customer", 999, "--item", "SY-GH", "--paid-via", "wechat")
    assert unknown.code == 1 and "没有编号为 999 的客户" in unknown.err
