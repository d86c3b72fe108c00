"""What the import fuzz found, kept as plain cases: line ends and stray characters a CSV reader
trips on, UTF-16 without its mark, cut-off old .xls files, entity declarations in a workbook."""

from __future__ import annotations

import zipfile

import pytest

from shopowner.imports.read import ImportRejected, open_table
from shopowner.imports.run import import_files
from tests.imports.conftest import ORDERS, kuaishou_as_xls, table_digest

TAOBAO = ORDERS / "taobao/ExportOrderList202411201030.csv"
YOUZAN = ORDERS / "youzan/有赞订单_订单维度.csv"


def test_a_csv_ended_by_carriage_returns_alone_imports_like_the_original(tmp_path, make_db):
    """Old Mac Excel's “CSV (Macintosh)”: every line ends with ``\\r`` only."""
    path = tmp_path / "mac.csv"
    path.write_bytes(YOUZAN.read_bytes().replace(b"\r\n", b"\r"))
    mac = import_files(make_db("mac"), [path]).files[0]
    original = import_files(make_db("original"), [YOUZAN]).files[0]
    assert mac.error is None, mac.error
    assert (mac.rows, mac.orders, mac.new_customers) == (original.rows, original.orders,
                                                         original.new_customers)


def test_a_stray_carriage_return_skips_its_row_with_the_reason(tmp_path, make_db, zh_translators):
    lines = TAOBAO.read_bytes().split(b"\r\n")
    lines[3] = lines[3].replace(b",", b"\rx", 1)  # a bare CR inside an unquoted field
    path = tmp_path / "stray.csv"
    path.write_bytes(b"\r\n".join(lines))
    report = import_files(make_db("shop"), [path]).files[0]
    assert report.error is None, report.error
    assert report.orders == 29
    assert [s["row"] for s in report.skipped] == [4]
    assert "不符合 CSV 格式" in report.skipped[0]["reason"]


def test_a_csv_of_mostly_broken_lines_is_refused_and_leaves_the_shop_as_it_was(
        tmp_path, make_db, zh_translators):
    lines = TAOBAO.read_bytes().split(b"\r\n")
    lines[2:] = [line.replace(b",", b"\rx", 1) for line in lines[2:]]
    path = tmp_path / "broken.csv"
    path.write_bytes(b"\r\n".join(lines))
    db = make_db("shop")
    before = table_digest(db)
    report = import_files(db, [path]).files[0]
    assert "无法作为 CSV 表格读取" in report.error and "多出的换行或引号" in report.error
    assert table_digest(db) == before


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark_is_named(tmp_path, encoding, zh_translators):
    path = tmp_path / "unicode.csv"
    path.write_bytes(YOUZAN.read_text("utf-8").encode(encoding))
    with pytest.raises(ImportRejected, match="UTF-16"):
        open_table(path)


def test_a_cut_off_old_xls_is_called_damaged_without_a_panic(tmp_path, capfd, zh_translators):
    """Cut anywhere, an .xls is refused as damaged (not “save it again as .xlsx”); the reader
    never panics (it used to, on a directory sector cut short, printing a Rust backtrace)."""
    data = kuaishou_as_xls(tmp_path / "full.xls").read_bytes()
    path = tmp_path / "cut.xls"
    for cut in range(512, len(data), 61):
        path.write_bytes(data[:cut])
        with pytest.raises(ImportRejected, match="文件已损坏或不完整"):
            open_table(path).close()
    assert "panicked" not in capfd.readouterr().err


def test_an_xls_cell_past_column_iv_is_damage(tmp_path):
    from shopowner.imports import sheet_bounds, xls_bounds
    from tests.imports.test_hostile_files import tiny_xls

    path = tmp_path / "wide.xls"
    path.write_bytes(tiny_xls([(0, 0), (0, 1), (3, 300)]))
    with pytest.raises(sheet_bounds.Unreadable):
        xls_bounds.check_xls(path)


def test_entity_declarations_in_the_workbook_relationships_are_refused(tmp_path, make_db,
                                                                       zh_translators):
    source = ORDERS / "kuaishou/快手订单.xlsx"
    path = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/_rels/workbook.xml.rels":
                data = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                        + data.split(b"?>", 1)[-1].replace(b"<Relationship ", b"&b;<Relationship ", 1))
            out.writestr(name, data)
    report = import_files(make_db("shop"), [path]).files[0]
    assert "文件已损坏或不完整" in report.error


def test_a_stray_nul_in_a_cell_is_dropped_not_the_file(tmp_path, make_db):
    """A damaged copy with a NUL byte inside a name imports; the NUL is not stored. A file with
    many is still not text (bad/binary.csv, test_bad_files)."""
    data = TAOBAO.read_bytes().replace("王芳".encode("gbk"), "王\0芳".encode("gbk"), 1)
    assert data.count(b"\0") == 1
    path = tmp_path / "nul.csv"
    path.write_bytes(data)
    db = make_db("shop")
    report = import_files(db, [path]).files[0]
    assert report.error is None and report.orders == 30
    names = [r[0] for r in db.execute("SELECT name FROM customers")]
    assert "王芳" in names and not any("\0" in (n or "") for n in names)


def test_a_quote_never_closed_skips_the_rows_it_swallowed_and_says_which(tmp_path, make_db,
                                                                        en_translators):
    """A stray opening quote makes the CSV reader take every following line as one cell: the
    rows it swallowed are reported, not silently lost inside a cell."""
    lines = YOUZAN.read_bytes().split(b"\n")
    lines[3] = lines[3].replace(b",", b',"', 1)  # data row 3 (line 4): its second field opens a quote
    path = tmp_path / "quote.csv"
    path.write_bytes(b"\n".join(lines))
    report = import_files(make_db("shop"), [path]).files[0]
    assert report.error is None, report.error
    assert report.orders == 2  # the two rows before it
    [skipped] = report.skipped
    assert skipped["row"] == 4
    last = len([line for line in lines if line.strip()])
    assert f"lines 4–{last} were read as one row" in skipped["reason"], skipped["reason"]
