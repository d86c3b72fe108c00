"""A value no order can have (an absurd amount, a negative quantity, a date no calendar has)
skips its row with a reason; the rest of the file imports and the CLI exits 0 without a
traceback. Each file is a fixture with one cell changed, written here. The CLI runs in-process
(``main.py`` applies ``--lang``; here the translators are installed by fixtures)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from shopowner.cli import run as cli_run
from shopowner.imports import clean
from tests.imports.conftest import ORDERS

PDD = ORDERS / "pdd/拼多多订单导出.csv"
JD = ORDERS / "jd/订单导出_20241121.csv"
KUAISHOU = ORDERS / "kuaishou/快手订单.xlsx"

TOO_LARGE = "超出了任何订单可能的金额（超过 ¥100,000,000）"
NOT_A_COUNT = "不是有效的件数（应在 0 到 100,000 之间）"
NO_SUCH_DATE = "不存在（请检查月、日和时间）"


def changed_csv(src, dst, encoding: str, row: int, column: str, value: str) -> str:
    """``src`` with the cell of ``column`` in data row ``row`` (1 = first after the header) set
    to ``value``; returns that row's order id."""
    rows = list(csv.reader(io.StringIO(src.read_text(encoding=encoding), newline="")))
    rows[row][rows[0].index(column)] = value
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    dst.write_text(out.getvalue(), encoding=encoding)
    return rows[row][rows[0].index("订单号")].strip()


@pytest.fixture(autouse=True)
def chinese(request):
    """The reports in Chinese, as the app's default language (English where a test asks)."""
    if "en_translators" not in request.fixturenames:
        request.getfixturevalue("zh_translators")


def import_cli(tmp_path, capsys, path) -> tuple[int, str, list[str]]:
    """``main.py import PATH`` in-process: (exit code, its printed report, order ids stored)."""
    from shopowner.store import open_database

    data = tmp_path / "shop"
    capsys.readouterr()
    code = cli_run(["--data-dir", str(data), "import", str(path)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    db = open_database(data)
    try:
        ids = [r[0] for r in db.execute("SELECT platform_order_id FROM orders")]
    finally:
        db.close()
    return code, captured.out, ids


@pytest.mark.parametrize("value", ["99999999999999999999999", "1e30", "1.23457E+19",
                                   "123456789012.00", "-999999999999"])
def test_an_absurd_amount_skips_only_its_row(tmp_path, capsys, value):
    path = tmp_path / "拼多多订单导出.csv"
    order = changed_csv(PDD, path, "utf-8-sig", 2, "用户实付金额(元)", value)
    code, out, ids = import_cli(tmp_path, capsys, path)
    assert code == 0, out
    assert f"第 3 行已跳过：金额“{value}”{TOO_LARGE}" in out
    assert len(ids) == 19 and order not in ids


@pytest.mark.parametrize("value, reason", [
    ("-2", f"数量“-2”{NOT_A_COUNT}"),
    ("99999999999", f"数量“99999999999”{NOT_A_COUNT}"),
])
def test_a_negative_or_absurd_quantity_skips_its_row(tmp_path, capsys, value, reason):
    path = tmp_path / "拼多多订单导出.csv"
    order = changed_csv(PDD, path, "utf-8-sig", 5, "商品数量(件)", value)
    code, out, ids = import_cli(tmp_path, capsys, path)
    assert code == 0 and f"第 6 行已跳过：{reason}" in out, out
    assert len(ids) == 19 and order not in ids


@pytest.mark.parametrize("value", ["2024-02-30 10:40:56", "2024-13-01", "2024-11-01 25:61:00",
                                   "9999-12-31 23:59:59"])
def test_a_date_no_calendar_has_skips_its_row(tmp_path, capsys, value):
    path = tmp_path / "拼多多订单导出.csv"
    order = changed_csv(PDD, path, "utf-8-sig", 1, "订单成交时间", value)
    code, out, ids = import_cli(tmp_path, capsys, path)
    assert code == 0 and f"第 2 行已跳过：日期“{value}”{NO_SUCH_DATE}" in out, out
    assert len(ids) == 19 and order not in ids


def test_a_no_date_placeholder_is_an_empty_date_not_a_skipped_row(tmp_path, capsys):
    from shopowner.store import open_database

    path = tmp_path / "拼多多订单导出.csv"
    order = changed_csv(PDD, path, "utf-8-sig", 1, "发货时间", "0000-00-00 00:00:00")
    code, out, ids = import_cli(tmp_path, capsys, path)
    assert code == 0 and "已跳过" not in out and len(ids) == 20, out
    db = open_database(tmp_path / "shop")
    try:
        shipped = db.execute("SELECT shipped_at FROM orders WHERE platform_order_id = ?",
                             [order]).fetchone()[0]
    finally:
        db.close()
    assert shipped is None


def test_an_absurd_unit_price_on_an_item_line_skips_that_order(tmp_path, capsys):
    """JD writes one row per item; the order of the row with the absurd 京东价 is skipped whole
    (its other line included), every other order imports."""
    path = tmp_path / "订单导出_20241121.csv"
    order = changed_csv(JD, path, "gbk", 2, "京东价", "1e30")
    code, out, ids = import_cli(tmp_path, capsys, path)
    assert code == 0 and f"第 2 行已跳过：金额“1e30”{TOO_LARGE}" in out, out
    assert len(ids) == 19 and order not in ids


def test_the_same_problems_in_a_workbook_skip_their_rows(tmp_path, capsys):
    """In an .xlsx the absurd amount is a real number cell (1e30) and the quantity −3."""
    wb = openpyxl.load_workbook(KUAISHOU)
    ws = wb.active
    header = [c.value for c in ws[1]]
    ws.cell(row=3, column=header.index("实付款") + 1, value=1e30)
    ws.cell(row=5, column=header.index("成交数量") + 1, value=-3)
    big, negative = ws.cell(row=3, column=1).value, ws.cell(row=5, column=1).value
    path = tmp_path / "快手订单.xlsx"
    wb.save(path)
    code, out, ids = import_cli(tmp_path, capsys, path)
    assert code == 0, out
    assert f"第 3 行已跳过：金额“1e+30”{TOO_LARGE}" in out
    assert f"第 5 行已跳过：数量“-3”{NOT_A_COUNT}" in out
    assert len(ids) == 10 and big not in ids and negative not in ids


def test_the_reasons_read_in_english_too(tmp_path, capsys, en_translators):
    path = tmp_path / "拼多多订单导出.csv"
    changed_csv(PDD, path, "utf-8-sig", 2, "用户实付金额(元)", "1e30")
    capsys.readouterr()
    code = cli_run(["--data-dir", str(tmp_path / "shop"), "import", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "row 3 skipped: the amount “1e30” is more than any order can be (over ¥100,000,000)" \
        in out, out


def test_amounts_quantities_and_dates_at_their_limits():
    assert clean.money_fen("1.5E+2") == 15000 and clean.money_fen("-1e999") < -clean.MAX_FEN
    assert clean.amount_in_range(clean.money_fen("100000000.00"))
    assert not clean.amount_in_range(clean.money_fen("100000000.01"))
    assert clean.amount_in_range(None) and clean.amount_in_range(clean.money_fen("-100000000"))
    for ok in ("1", "0", "-0", "2件", "", "两件", 3.0, "100000"):
        assert clean.quantity_in_range(ok), ok
    for bad in ("-1", "100001", "9999999999", -1.0, float("nan")):
        assert not clean.quantity_in_range(bad), bad
    assert clean.date_time("2100-12-31 23:59:59") and not clean.date_time("2101-01-01 00:00:00")
    assert clean.date_time("1990-01-01") and clean.date_time("1989-12-31") == ""
    assert not clean.impossible_date("1970-01-01 08:00:00")  # a "no date" placeholder
    assert clean.impossible_date("2101-01-01") and clean.impossible_date("2023-02-29")
    assert not clean.impossible_date("未发货") and not clean.impossible_date(12)
