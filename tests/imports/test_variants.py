"""Variants the MANIFEST mentions but does not ship, generated here from the shipped samples:
an older 41-column Taobao OrderList (and one with its columns shuffled), a JD XLSX, a Youzan
item-level export, GB18030-only characters, and later exports that move orders on."""

from __future__ import annotations

import csv
import random

import openpyxl

from shopowner.imports.run import import_files
from tests.imports.conftest import ORDERS, kuaishou_as_xls

TAOBAO = ORDERS / "taobao/ExportOrderList202411201030.csv"


def read_csv(path, encoding):
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


def write_csv(path, rows, encoding):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)


def test_older_41_column_taobao_orderlist(db, tmp_path):
    rows = [r[:41] for r in read_csv(TAOBAO, "gbk")]
    assert rows[0][-1] == "修改后的sku"
    path = tmp_path / "ExportOrderList201605.csv"
    write_csv(path, rows, "gbk")
    report = import_files(db, [path]).files[0]
    assert (report.platform, report.orders, report.new_customers) == ("taobao", 30, 23)


def test_columns_are_matched_by_name_not_position(db, tmp_path):
    rows = read_csv(TAOBAO, "gbk")
    order = list(range(len(rows[0])))
    random.Random(3).shuffle(order)
    path = tmp_path / "ExportOrderList_shuffled.csv"
    write_csv(path, [[r[i] for i in order] for r in rows], "gbk")
    report = import_files(db, [path]).files[0]
    assert report.orders == 30
    assert db.execute("SELECT receiver_phone FROM orders WHERE platform_order_id = "
                      "'2043000000000550005'").fetchone()[0] == "13800011234"


def test_jd_xlsx(db, tmp_path):
    rows = read_csv(ORDERS / "jd/订单导出_20241121.csv", "gbk")
    wb = openpyxl.Workbook()
    ws = wb.active
    for n, row in enumerate(rows):
        ws.append([int(v) if n and i == 0 else v for i, v in enumerate(row)])  # ids as numbers
    path = tmp_path / "京东订单.xlsx"
    wb.save(path)
    report = import_files(db, [path]).files[0]
    assert (report.platform, report.rows, report.orders, report.new_customers) == ("jd", 29, 20, 18)
    assert db.execute("SELECT count(*) FROM order_items").fetchone()[0] == 29


def test_youzan_item_level_export(db, tmp_path):
    rows = read_csv(ORDERS / "youzan/有赞订单_订单维度.csv", "utf-8")
    header = rows[0] + ["商品名称", "商品规格", "商品数量", "商品单价"]
    title_col = rows[0].index("全部商品名称")
    out = [header]
    for row in rows[1:]:
        for title in row[title_col].split("；"):
            out.append(row + [title, "默认", "1", "10.00"])
    path = tmp_path / "有赞订单_商品维度.csv"
    write_csv(path, out, "utf-8")
    report = import_files(db, [path]).files[0]
    assert report.orders == 12 and report.rows == len(out) - 1 > 12
    assert db.execute("SELECT count(*), sum(price_fen) FROM order_items").fetchone() == (
        len(out) - 1, 1000 * (len(out) - 1))


def test_gb18030_only_characters_survive(db, tmp_path):
    rows = read_csv(TAOBAO, "gbk")
    name_col = rows[0].index("收货人姓名")
    rows[1][name_col] = "𠮷䶮"
    path = tmp_path / "ExportOrderList_rare.csv"
    write_csv(path, rows, "gb18030")
    assert import_files(db, [path]).files[0].error is None
    names = [r[0] for r in db.execute("SELECT receiver_name FROM orders")]
    assert "𠮷䶮" in names and not any("\ufffd" in n for n in names)


def test_later_export_moves_orders_on_without_duplicates(db, tmp_path):
    import_files(db, [TAOBAO])
    rows = read_csv(TAOBAO, "gbk")
    h = rows[0]
    status, refund = h.index("订单状态"), h.index("退款金额")
    moved = 0
    for row in rows[1:]:
        if row[status] == "卖家已发货，等待买家确认":
            row[status] = "交易成功"
            moved += 1
    rows[1][refund] = rows[1][h.index("买家实际支付金额")]
    path = tmp_path / "ExportOrderList_later.csv"
    write_csv(path, rows, "gbk")
    spent_before = db.execute("SELECT sum(total_spent_fen) FROM customers").fetchone()[0]
    report = import_files(db, [path]).files[0]
    assert (report.new_orders, report.updated_orders, report.new_customers) == (0, moved + 1, 0)
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 30
    assert db.execute("SELECT count(*) FROM orders WHERE status = 'shipped'").fetchone()[0] == 0
    spent_after = db.execute("SELECT sum(total_spent_fen) FROM customers").fetchone()[0]
    assert spent_after == spent_before - 29800  # the refund is subtracted from the buyer's spend
    # an older export read afterwards does not move the orders back
    again = import_files(db, [TAOBAO]).files[0]
    assert db.execute("SELECT count(*) FROM orders WHERE status = 'shipped'").fetchone()[0] == 0
    assert db.execute("SELECT sum(total_spent_fen) FROM customers").fetchone()[0] == spent_after
    assert again.new_orders == 0


def test_detail_list_first_then_order_list_identifies_the_buyers(db):
    first = import_files(db, [ORDERS / "taobao/ExportOrderDetailList202411201030.csv"]).files[0]
    assert first.new_orders == 30 and first.new_customers == 30
    then = import_files(db, [TAOBAO]).files[0]
    assert then.new_orders == 0 and then.updated_orders == 30
    owners = db.execute("SELECT count(DISTINCT customer_id) FROM orders").fetchone()[0]
    assert owners == 23
    assert db.execute("SELECT count(*) FROM order_items WHERE price_fen > 0").fetchone()[0] == 37


def test_tab_separated_export_and_utf16_message(db, tmp_path):
    rows = read_csv(ORDERS / "youzan/有赞订单_订单维度.csv", "utf-8")
    path = tmp_path / "有赞订单.txt"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter="\t").writerows(rows)
    assert import_files(db, [path]).files[0].orders == 12
    utf16 = tmp_path / "unicode.txt"
    utf16.write_text("订单号\t姓名\n1\t王\n", encoding="utf-16")
    report = import_files(db, [utf16]).files[0]
    assert "UTF-16" in report.error


def test_xlsx_long_numbers_are_flagged(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["订单号", "实付款", "成交数量", "订单状态", "收货人姓名", "收货人电话"])
    ws.append([2411030000000406123, "¥10.00", 1, "交易成功", "王", "13800990099"])
    path = tmp_path / "快手.xlsx"
    wb.save(path)
    report = import_files(db, [path]).files[0]
    assert report.orders == 1 and any("订单号" in w for w in report.warnings)


def test_xlsx_with_a_title_an_offset_table_dates_and_an_empty_first_sheet(db, tmp_path):
    """A workbook as a person re-saved it: an empty first sheet, a title in B2 (so the used range
    starts below row 1), the table at B4, real date cells; row numbers in the report are the
    ones the spreadsheet shows."""
    from datetime import datetime

    rows = read_csv(ORDERS / "jd/订单导出_20241121.csv", "gbk")
    created = rows[0].index("下单时间")
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    ws = wb.create_sheet("订单")
    ws["B2"] = "京东订单导出（已整理）"
    for n, row in enumerate([rows[0], rows[1], rows[1], *rows[2:]]):
        cells = list(row)
        if n:
            cells[created] = datetime.strptime(cells[created], "%Y-%m-%d %H:%M:%S")
        for col, value in enumerate(cells, start=2):
            ws.cell(row=4 + n, column=col, value=value)
    path = tmp_path / "京东订单_整理.xlsx"
    wb.save(path)
    report = import_files(db, [path]).files[0]
    assert report.error is None and (report.orders, report.new_customers) == (20, 18)
    assert [s["row"] for s in report.skipped] == [6]  # the repeated line, as Excel numbers it
    first = rows[1][rows[0].index("订单号")]
    assert db.execute("SELECT created_at FROM orders WHERE platform_order_id = ?",
                      [first]).fetchone()[0] == rows[1][created]


def test_old_excel_xls_workbook(db, tmp_path):
    """An Excel 97-2003 .xls (some seller centers and re-saved files): read like an .xlsx."""
    path = kuaishou_as_xls(tmp_path / "快手订单.xls")
    report = import_files(db, [path]).files[0]
    assert report.error is None and (report.platform, report.orders) == ("kuaishou", 12)
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 11

    fake = tmp_path / "坏的.xls"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "old Excel .xls" in import_files(db, [fake]).files[0].error
