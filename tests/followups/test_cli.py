"""``redeem`` and ``review`` run as a console runs them (in-process) against a shop file."""

from __future__ import annotations

import json
from datetime import date

from shopowner.followups.feedback import add_feedback


def test_redeem_prints_the_match_and_marks_the_customer(shop, run_main):
    result = run_main("redeem", f"{shop.code_zhang.lower()} 张三 买的龙井", "--wechat-name", "晴天",
                      "--account", "小美", "--json", data_dir=shop.data_dir)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["code"], out["order_id"], out["platform_order_id"], out["customer_id"]) == \
        (shop.code_zhang, shop.order_zhang, "TB1001", shop.zhang)
    assert out["letter_version"] == "初次感谢信 v2" and out["redeemed"] is True
    assert shop.db.execute("SELECT wechat_status, wechat_name, wechat_account FROM customers "
                           "WHERE id = ?", [shop.zhang]).fetchone() == ("added", "晴天", "小美")
    again = run_main("redeem", shop.code_zhang, data_dir=shop.data_dir)
    assert again.returncode == 1 and "已经" in again.stderr
    assert shop.db.execute("SELECT count(*) FROM wechat_adds").fetchone()[0] == 1


def test_redeem_without_a_match_exits_non_zero_and_changes_nothing(shop, run_main):
    for text in ("你好", "ZZZZZ 张三", ""):
        result = run_main("redeem", text, data_dir=shop.data_dir)
        assert result.returncode == 1 and result.stderr.strip(), text
    assert shop.db.execute("SELECT count(*) FROM wechat_adds").fetchone()[0] == 0


def test_redeem_check_only_looks(shop, run_main):
    result = run_main("redeem", shop.code_li, "--check", data_dir=shop.data_dir)
    assert result.returncode == 0 and shop.code_li in result.stdout and "TB1002" in result.stdout
    assert shop.db.execute("SELECT redeemed_at FROM cards WHERE id = ?", [shop.card_li]).fetchone()[0] is None


def test_review_prints_the_days_content(shop, run_main):
    from datetime import datetime

    add_feedback(shop.db, shop.data_dir, kind="complaint", customer_id=shop.li, text="盒子压坏了",
                 now=datetime(2024, 6, 10, 8))
    result = run_main("review", "--date", "2024-06-10", "--json", data_dir=shop.data_dir)
    assert result.returncode == 0, result.stderr
    review = json.loads(result.stdout)
    assert review["day"] == "2024-06-10"
    assert [x["text"] for x in review["feedback"]] == ["盒子压坏了"]
    assert review["card_add_rate"]["printed"] == 2
    text = run_main("review", "--date", "2024-06-10", data_dir=shop.data_dir)
    assert text.returncode == 0 and "盒子压坏了" in text.stdout and "每日回顾" in text.stdout
    today = run_main("review", "--json", data_dir=shop.data_dir)
    assert json.loads(today.stdout)["day"] == date.today().isoformat()
    bad = run_main("review", "--date", "10/06/2024", data_dir=shop.data_dir)
    assert bad.returncode != 0


def test_redeem_suggests_the_nearest_printed_code(shop, run_main):
    result = run_main("redeem", "我是张三，暗号k7f62", "--json", data_dir=shop.data_dir)
    assert result.returncode == 1
    out = json.loads(result.stdout)
    assert out["redeemed"] is False and out["suggestions"] == [
        {"code": "K7F26", "typed": "K7F62", "order": "TB1001", "platform": "淘宝", "customer_name": "张三"}]
    assert "K7F26" in out["error"] and "K7F26" in result.stderr
    assert 'redeem "我是张三，暗号K7F26"' in result.stderr
    ok = run_main("redeem", "我是张三，暗号K7F26", "--json", data_dir=shop.data_dir)
    assert ok.returncode == 0, ok.stderr
    done = json.loads(ok.stdout)
    assert done["wechat_name"] == "张三" and done["platform_name"] == "淘宝"  # no internal key shown
    assert shop.db.execute("SELECT wechat_name FROM customers WHERE id = ?", [shop.zhang]).fetchone()[0] == "张三"
    text = run_main("redeem", shop.code_li, "--check", data_dir=shop.data_dir)
    assert "淘宝" in text.stdout and "taobao" not in text.stdout
