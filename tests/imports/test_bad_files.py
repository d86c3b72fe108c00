"""Every file in bad/ behaves as MANIFEST.md says, with a Chinese message and nothing written."""

from __future__ import annotations

import pytest

from shopowner.i18n import install_translators
from shopowner.imports.run import import_files
from tests.imports.conftest import ORDERS, table_digest

REJECTED = {
    "empty.csv": "文件是空的",
    "header-only.csv": "没有订单数据",
    "binary.csv": "不是文本/表格文件",
    "wrong-encoding.csv": "编码错误",
    "truncated.xlsx": "文件已损坏或不完整",
    "unknown-columns.csv": "无法识别的表格",
}


@pytest.fixture
def chinese(qapp):
    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


@pytest.mark.parametrize("name,words", sorted(REJECTED.items()))
def test_rejected_with_a_chinese_message_and_nothing_written(demo_db, chinese, name, words):
    before = table_digest(demo_db)
    result = import_files(demo_db, [ORDERS / "bad" / name])
    report = result.files[0]
    assert result.rejected
    assert words in report.error
    assert "请" in report.error  # says what to do
    assert (report.new_orders, report.new_customers) == (0, 0)
    assert table_digest(demo_db) == before


def test_wrong_encoding_names_the_damaged_lines_and_stores_no_mojibake(db, chinese):
    report = import_files(db, [ORDERS / "bad/wrong-encoding.csv"]).files[0]
    assert "3、5" in report.error
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 0


def test_header_only_is_detected_as_taobao(db):
    report = import_files(db, [ORDERS / "bad/header-only.csv"]).files[0]
    assert report.platform == "taobao" and report.rows == 0 and report.error


def test_unknown_columns_asks_for_a_mapping(db):
    report = import_files(db, [ORDERS / "bad/unknown-columns.csv"]).files[0]
    assert report.needs_mapping and report.rows == 0


def test_duplicate_row_skipped_and_reimport_adds_nothing(db):
    report = import_files(db, [ORDERS / "bad/duplicate-rows.csv"]).files[0]
    assert (report.rows, report.orders, report.new_orders) == (6, 5, 5)
    assert [s["row"] for s in report.skipped] == [5]
    assert "2043000000001754727" in report.skipped[0]["reason"]
    before = table_digest(db, tables=("orders", "order_items", "customers"))
    again = import_files(db, [ORDERS / "bad/duplicate-rows.csv"]).files[0]
    assert (again.new_orders, again.updated_orders, again.new_customers) == (0, 0, 0)
    assert table_digest(db, tables=("orders", "order_items", "customers")) == before


def test_injection_strings_are_stored_verbatim(db):
    report = import_files(db, [ORDERS / "bad/injection.csv"]).files[0]
    assert report.new_orders == 5 and report.error is None
    rows = db.execute("SELECT platform_order_id, buyer_id, buyer_message, receiver_name, "
                      "seller_note FROM orders").fetchall()
    values = {v for row in rows for v in row}
    for text in ('=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "=1+1"):
        assert text in values
    assert all(r[0].isdigit() for r in rows)  # ="…" ids still unwrapped


def test_huge_field_is_cut_with_a_warning(db):
    report = import_files(db, [ORDERS / "bad/huge-field.csv"]).files[0]
    assert report.new_orders == 3
    assert any("买家留言" in w and "524288" in w for w in report.warnings)
    longest = db.execute("SELECT max(length(buyer_message)) FROM orders").fetchone()[0]
    assert longest == 10000


def test_huge_field_over_many_short_lines_is_cut_too(db, tmp_path):
    """The cut looks at the whole record, not at one line: a quoted message of 20 short lines."""
    message = "\n".join(["好评返现请联系客服" * 60] * 20)  # 20 lines of 540 characters
    path = tmp_path / "ExportOrderList_long_message.csv"
    path.write_bytes(("订单编号,买家会员名,买家实际支付金额,订单状态,买家留言\r\n"
                      f'="3000000000000000001",buyer_a,128.00,交易成功,"{message}"\r\n'
                      ).encode("gbk"))
    report = import_files(db, [path]).files[0]
    assert report.new_orders == 1
    assert any("买家留言" in w and str(len(message)) in w for w in report.warnings)
    assert db.execute("SELECT length(buyer_message) FROM orders").fetchone()[0] == 10000
