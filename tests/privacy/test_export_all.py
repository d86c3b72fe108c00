"""Export all data, in-process through the CLI and the core: one workbook that reads back
strictly, CSV files with a BOM, formula-looking text neutralised, nothing half-written."""

from __future__ import annotations

import csv
import warnings
import zipfile
from datetime import datetime

import openpyxl
import pytest

from shopowner.cli import run as cli_run
from shopowner.customers.export_all import export_all, sheets
from shopowner.demo import DEMO_ORDERS, DEMO_PRIVATE_ORDERS
from shopowner.progress import Cancelled, Progress
from shopowner.store.customers import add_identity
from shopowner.store.export_all import TABLES
from tests.customers.conftest import make_customer

HOSTILE = ('=HYPERLINK("http://x","y")', "+8613800000000", "@SUM(1)")


@pytest.fixture
def shop(demo_db):
    cid = make_customer(demo_db, HOSTILE[0], nickname=HOSTILE[2], phone=None,
                        address="文三路1号", orders=[("TB-HOSTILE-1", 12800, 3)], notes="-2+3")
    add_identity(demo_db, cid, "phone", HOSTILE[1])
    return demo_db


def _strict(path):
    """openpyxl's reading with every warning an error, after a zip check of every part."""
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return openpyxl.load_workbook(path)


def test_export_all_cli_writes_one_workbook_and_csv_files(shop, data_dir, tmp_path, capsys,
                                                          en_translators):
    out = tmp_path / "exports"
    code = cli_run(["--data-dir", str(data_dir), "export-all", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    [folder] = [p for p in out.iterdir()]
    assert folder.name.startswith("ShopOwner data ") and str(folder) in printed
    items = shop.execute("SELECT count(*) FROM order_items").fetchone()[0]  # the demo's platform and private ones
    assert f"Order items: {items}" in printed and "order_items" not in printed

    book = _strict(folder / f"{folder.name}.xlsx")
    names = sheets()
    assert book.sheetnames == [names[t][0] for t in TABLES]
    for table in TABLES:
        sheet = book[names[table][0]]
        assert sheet.freeze_panes == "A2"
        assert [c.value for c in sheet[1]] == [h for h, _k in names[table][1]]
        assert sheet.column_dimensions["A"].width > 5
        with open(folder / "CSV" / f"{names[table][0]}.csv", "rb") as fh:
            assert fh.read(3) == b"\xef\xbb\xbf"
        with open(folder / "CSV" / f"{names[table][0]}.csv", encoding="utf-8-sig",
                  newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == [h for h, _k in names[table][1]] and len(rows) == sheet.max_row
    orders = DEMO_ORDERS + DEMO_PRIVATE_ORDERS + 1  # and the hostile customer's
    assert book["Customers"].max_row == 302 and book["Orders"].max_row == orders + 1

    # the hostile customer: every formula-looking value starts with an apostrophe, as text
    customers = book["Customers"]
    row = next(r for r in customers.iter_rows(min_row=2) if "HYPERLINK" in str(r[1].value))
    values = {customers.cell(1, c.column).value: c for c in row}
    assert values["Name"].value == "'" + HOSTILE[0] and values["Name"].data_type == "s"
    assert values["Phone"].value == "'" + HOSTILE[1]
    assert values["Nickname"].value == "'" + HOSTILE[2]
    assert values["Notes"].value == "'-2+3"
    assert isinstance(values["Total spent (yuan)"].value, (int, float))
    assert values["Total spent (yuan)"].value == 128
    assert values["Total spent (yuan)"].number_format == "0.00"
    assert isinstance(values["Added"].value, datetime) and values["Added"].is_date
    assert not any(c.data_type == "f" for s in book.worksheets for r in s.iter_rows() for c in r)
    with open(folder / "CSV" / "Customers.csv", encoding="utf-8-sig", newline="") as fh:
        hostile = next(r for r in csv.reader(fh) if "HYPERLINK" in r[1])
    assert hostile[1:4] == ["'" + HOSTILE[0], "'" + HOSTILE[2], "'" + HOSTILE[1]]
    orders = book["Orders"]
    paid = next(r for r in orders.iter_rows(min_row=2, values_only=True) if r[2] == "TB-HOSTILE-1")
    assert paid[6] == 128 and isinstance(paid[10], datetime)


def test_export_all_in_chinese_names_sheets_and_files_in_chinese(shop, tmp_path, zh_translators):
    result = export_all(shop, tmp_path)
    book = _strict(result["workbook"])
    assert book.sheetnames[:3] == ["客户", "订单", "订单商品"]
    assert (result["path"] / "CSV" / "客户.csv").exists()
    assert result["path"].name.startswith("掌柜私域数据 ")


def test_cancelled_or_failed_export_leaves_nothing(shop, tmp_path):
    tmp_path = tmp_path / "exports"
    calls = []

    def cancel_midway(done, total, text):
        calls.append(done)
        if len(calls) == 3:
            progress.cancel()
    progress = Progress(cancel_midway)
    with pytest.raises(Cancelled):
        export_all(shop, tmp_path, progress=progress)
    assert list(tmp_path.iterdir()) == []
    first = export_all(shop, tmp_path, now=datetime(2026, 12, 2, 9, 0, 0))
    with pytest.raises(FileExistsError):  # never written over
        export_all(shop, tmp_path, now=datetime(2026, 12, 2, 9, 0, 0))
    assert [p.name for p in tmp_path.iterdir()] == [first["path"].name]
