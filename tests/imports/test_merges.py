"""One customer across platforms: real phones merge, weaker evidence is queued, masks never match."""

from __future__ import annotations

import csv
from datetime import timedelta

from shopowner import clock
from shopowner.imports.run import import_files
from tests.imports.conftest import DATA_TABLES, ORDERS, good_files, table_digest


def customer_of(db, phone):
    return db.execute("SELECT customer_id FROM customer_identities WHERE kind = 'phone' "
                      "AND value = ?", [phone]).fetchone()[0]


def platforms_of(db, customer_id):
    return db.execute("SELECT platform, count(*) FROM orders WHERE customer_id = ? "
                      "GROUP BY platform ORDER BY platform", [customer_id]).fetchall()


def test_cross_file_people_are_one_customer(db):
    import_files(db, good_files())
    chen = customer_of(db, "13800011234")
    assert platforms_of(db, chen) == [("kuaishou", 2), ("taobao", 3), ("wechat_shop", 2)]
    zhou = customer_of(db, "13800021345")
    assert platforms_of(db, zhou) == [("jd", 2), ("youzan", 2)]
    ids = db.execute("SELECT value FROM customer_identities WHERE customer_id = ? "
                     "AND kind = 'buyer_id'", [zhou]).fetchall()
    assert ("jd_yutong_zhou",) in ids
    lin = customer_of(db, "13900031288")
    assert platforms_of(db, lin) == [("taobao", 2), ("youzan", 1)]
    # the generic list's rows joined the same three people (138-0001-1234 normalised)
    assert db.execute("SELECT wechat_account FROM customers WHERE id = ?", [chen]).fetchone()[0] \
        == "chenjing_tea"
    assert db.execute("SELECT wechat_account FROM customers WHERE id = ?", [zhou]).fetchone()[0] \
        == "yutong_zhou"
    count, spent = db.execute("SELECT order_count, total_spent_fen FROM customers WHERE id = ?",
                              [chen]).fetchone()
    assert count == 7 and spent > 0
    jd_pin = db.execute("SELECT count(DISTINCT customer_id) FROM orders WHERE buyer_id = "
                        "'jd_6f3a91c2b7e04'").fetchone()[0]
    assert jd_pin == 1


def test_same_buyer_with_a_different_receiver_stays_one_customer(db):
    import_files(db, [ORDERS / "taobao/ExportOrderList202411201030.csv"])
    rows = db.execute("SELECT DISTINCT customer_id, receiver_name FROM orders "
                      "WHERE buyer_id = '阿静爱喝茶'").fetchall()
    assert {r[1] for r in rows} == {"陈静", "陈秀英"} and len({r[0] for r in rows}) == 1


def test_douyin_masked_twins_are_not_merged(db):
    import_files(db, [ORDERS / "douyin/fxg_export_202411211530.csv"])
    twins = db.execute("SELECT DISTINCT customer_id FROM orders WHERE receiver_name = '张**' "
                       "AND receiver_phone = '138****1234'").fetchall()
    assert len(twins) == 2
    assert db.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM customer_identities").fetchone()[0] == 0
    assert db.execute("SELECT min(receiver_masked) FROM orders").fetchone()[0] == 1


def test_reimporting_everything_twice_changes_nothing(db):
    first = import_files(db, good_files())
    assert not first.rejected
    before = table_digest(db, DATA_TABLES)
    for days in (1, 2):
        with clock.fixed(clock.current() + timedelta(days=days)):  # a rewritten time would show
            again = import_files(db, good_files())
        assert sum(f.new_orders + f.updated_orders + f.new_customers for f in again.files) == 0
        assert table_digest(db, DATA_TABLES) == before


def _write(path, header, rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def _kuaishou_csv(path, rows):
    header = ["订单号", "订单创建时间", "订单支付时间", "订单状态", "实付款", "快递费", "成交数量",
              "商品名称", "收货人姓名", "收货人电话", "收货地址", "买家昵称"]
    _write(path, header, rows)


def test_weak_matches_are_queued_not_merged(db, tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    # same receiver + address on two platforms, different (or no) phones → queued
    _kuaishou_csv(a, [["K1", "2024-11-01 10:00:00", "", "交易成功", "¥10.00", "¥0.00", "1", "茶",
                       "王小明", "13800990001", "浙江省杭州市西湖区文三路1号", ""]])
    _write(b, ["订单号", "下单时间", "订单状态", "订单实际支付金额", "订单运费", "商品名称", "商品数量",
               "收件人姓名", "收件人手机", "收件人地址"],
           [["W1", "2024-11-02 10:00:00", "已完成", "¥20.00", "¥0.00", "茶", "1", "王小明",
             "13800990002", "浙江省 杭州市 西湖区 文三路1号"]])
    result = import_files(db, [a, b])
    assert not result.rejected
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 2
    pairs = db.execute("SELECT reason, status FROM duplicate_candidates").fetchall()
    assert pairs == [("same_name_address", "pending")]
    assert result.files[1].duplicates == 1
    # a re-import does not queue it twice
    assert import_files(db, [a, b]).files[1].duplicates == 0
    assert db.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0] == 1


def test_a_real_phone_merges_across_platforms_automatically(db, tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    _kuaishou_csv(a, [["K1", "2024-11-01 10:00:00", "", "交易成功", "¥10.00", "¥0.00", "1", "茶",
                       "李雷", "13800990003", "北京市朝阳区建国路1号", ""]])
    _write(b, ["订单号", "下单时间", "订单状态", "订单实际支付金额", "订单运费", "商品名称", "商品数量",
               "收件人姓名", "收件人手机", "收件人地址"],
           [["W1", "2024-11-02 10:00:00", "已完成", "¥20.00", "¥0.00", "茶", "1", "李雷雷",
             "+86 138 0099 0003", "上海市浦东新区世纪大道9号"]])
    result = import_files(db, [a, b])
    assert result.files[1].matched_customers == 1 and result.files[1].new_customers == 0
    assert db.execute("SELECT count(*), max(order_count) FROM customers").fetchone() == (1, 2)


def test_same_nickname_on_another_platform_is_queued(db, tmp_path):
    with open(ORDERS / "youzan/有赞订单_订单维度.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    h = rows[0]
    row = rows[3]  # a buyer who is nobody else in the samples
    row[h.index("买家昵称")] = "tea_lover_88"
    row[h.index("收货人手机号/提货人手机号")] = "13800990077"
    row[h.index("收货人/提货人")] = "新名字"
    path = tmp_path / "youzan.csv"
    _write(path, h, [row])
    import_files(db, [ORDERS / "taobao/ExportOrderList202411201030.csv"])
    report = import_files(db, [path]).files[0]
    assert report.new_customers == 1 and report.duplicates == 1
    assert db.execute("SELECT reason FROM duplicate_candidates").fetchall() == [("same_nickname",)]
