"""Hostile spreadsheets: a far-away cell, an absurd declared range, 600 columns, cells without
positions, a flood of shared texts. Each is built here, imported by the real CLI in a child
process whose peak memory and time are measured; it must be refused with a message, quickly,
in bounded memory, and leave the shop's database as it was."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
import zipfile

import openpyxl
import pytest

from tests.conftest import ROOT
from tests.imports.conftest import ORDERS, kuaishou_as_xls, table_digest

KUAISHOU = ORDERS / "kuaishou/快手订单.xlsx"
MAX_RSS_MB = 500
MAX_SECONDS = 30

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument'
    '.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>{shared_type}</Types>')
_SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxml'
                'formats-officedocument.spreadsheetml.sharedStrings+xml"/>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="订单" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>')
_SHARED_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
               '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')

HEADER = ["订单号", "订单状态", "收货人姓名", "收货人电话", "收货地址", "实付款", "成交数量",
          "订单创建时间"]  # a 快手小店 export's columns


def _cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _order_rows(orders: int = 3) -> str:
    """A header and a few orders as ``<row>`` XML, every cell with its position."""
    rows = ['<row r="1">' + "".join(_cell(f"{chr(65 + i)}1", h) for i, h in enumerate(HEADER))
            + "</row>"]
    for n in range(2, orders + 2):
        values = [f"20241121{n:04d}", "交易成功", f"王{n}", f"1380000{n:04d}",
                  "浙江省 杭州市 西湖区 文三路1号", "58.00", "1", "2024-11-21 10:00:00"]
        rows.append(f'<row r="{n}">' + "".join(_cell(f"{chr(65 + i)}{n}", v)
                                               for i, v in enumerate(values)) + "</row>")
    return "".join(rows)


def write_raw_xlsx(path, sheet_data: str, dimension: str | None = None,
                   shared: bytes | None = None, prefix: str = "") -> None:
    """An .xlsx written by hand: the worksheet XML exactly as given (what no library writes)."""
    p = f"{prefix}:" if prefix else ""
    ns = f"xmlns{':' + prefix if prefix else ''}"
    dim = f'<{p}dimension ref="{dimension}"/>' if dimension else ""
    if prefix:
        sheet_data = sheet_data.replace("<", f"<{p}").replace(f"<{p}/", f"</{p}")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             f'<{p}worksheet {ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'{dim}<{p}sheetData>{sheet_data}</{p}sheetData></{p}worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   _CONTENT_TYPES.format(shared_type=_SHARED_TYPE if shared else ""))
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels",
                   _WORKBOOK_RELS.format(shared=_SHARED_REL if shared else ""))
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared:
            z.writestr("xl/sharedStrings.xml", shared)


def far_cell(path):
    """The 快手 fixture with one more cell at the sheet's last one (XFD1048576)."""
    wb = openpyxl.load_workbook(KUAISHOU)
    wb.active["XFD1048576"] = "x"
    wb.save(path)


def far_cell_undeclared(path):
    """One far cell and no ``<dimension>``: only the cells tell the range."""
    write_raw_xlsx(path, _order_rows() + '<row r="1048576">' + _cell("XFD1048576", "x") + "</row>")


def declared_range(path):
    """A few real orders in a sheet that declares A1:XFD1048576."""
    write_raw_xlsx(path, _order_rows(), dimension="A1:XFD1048576")


def six_hundred_columns(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER + [f"备注{i}" for i in range(600 - len(HEADER))])
    for n in range(5):
        ws.append([f"20241121{n:04d}", "交易成功", "王芳", "13800000000", "浙江省 杭州市", "58.00",
                   "1", "2024-11-21 10:00:00"] + ["x"] * (600 - len(HEADER)))
    wb.save(path)


def cells_without_positions(path):
    """A writer that leaves ``r`` out: one row of 20,000 cells, placed one after another."""
    wide = "<row>" + "<c t=\"inlineStr\"><is><t>x</t></is></c>" * 20000 + "</row>"
    write_raw_xlsx(path, _order_rows().replace(' r="', ' data-r="') + wide, prefix="x")


def shared_text_flood(path):
    """5 million shared texts (85 MB of XML, a zip of under 1 MB)."""
    body = b"<si><t>x</t></si>" * 5_000_000
    shared = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + body + b"</sst>")
    write_raw_xlsx(path, _order_rows(), shared=shared)


def sheet_bomb(path):
    """A sheet whose XML unpacks to 600 MB (spaces after the rows) from a zip of under 1 MB."""
    write_raw_xlsx(path, _order_rows())
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    head, tail = parts.pop("xl/worksheets/sheet1.xml").split(b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            block = b" " * (8 << 20)
            for _ in range(75):
                fh.write(block)
            fh.write(b"</sheetData>" + tail)


def far_cell_xls(path):
    """The 快手 fixture as an old .xls with one more value at its last cell (IV65536)."""
    kuaishou_as_xls(path, last_cell=True)


HOSTILE = {
    "far_cell.xlsx": (far_cell, "1,048,576 行 × 16,384 列"),
    "far_cell_undeclared.xlsx": (far_cell_undeclared, "1,048,576 行 × 16,384 列"),
    "declared_range.xlsx": (declared_range, "声明的范围有 1,048,576 行 × 16,384 列"),
    "600_columns.xlsx": (six_hundred_columns, "6 行 × 600 列"),
    "no_positions.xlsx": (cells_without_positions, "× 20,000 列"),
    "shared_flood.xlsx": (shared_text_flood, "工作簿中的数据远多于订单导出可能有的量"),
    "sheet_bomb.xlsx": (sheet_bomb, "工作簿中的数据远多于订单导出可能有的量"),
    "far_cell.xls": (far_cell_xls, "65,536 行 × 256 列"),
}


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """A shop holding the 快手 fixture's orders, and the checksum of its tables."""
    from shopowner.imports.run import import_files
    from shopowner.store import open_database

    data = tmp_path_factory.mktemp("hostile") / "shop"
    db = open_database(data)
    assert not import_files(db, [KUAISHOU]).rejected
    digest = table_digest(db)
    db.close()
    return data, digest


def import_in_child(data, path) -> tuple[subprocess.CompletedProcess, float, float]:
    """(result, seconds, peak RSS in MB) of ``main.py import PATH`` run by a fresh helper
    process, so RUSAGE_CHILDREN holds that one import alone. Its address space is capped at
    4 GB so a regression fails the test instead of swapping the machine."""
    helper = (
        "import resource, subprocess, sys, time\n"
        "def cap():\n"
        "    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))\n"
        "t = time.monotonic()\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True, preexec_fn=cap)\n"
        "dt = time.monotonic() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "sys.stdout.write(f'{r.returncode} {dt} {rss}\\n' + r.stdout)\n"
        "sys.stderr.write(r.stderr)\n")
    run = subprocess.run([sys.executable, "-c", helper, sys.executable, str(ROOT / "main.py"),
                          "--data-dir", str(data), "import", str(path)],
                         capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
    first, _, out = run.stdout.partition("\n")
    code, seconds, rss = first.split()
    return (subprocess.CompletedProcess(run.args, int(code), out, run.stderr),
            float(seconds), float(rss))


@pytest.mark.e2e
@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_workbook_is_refused_quickly_in_bounded_memory(tmp_path, shop, name):
    make, message = HOSTILE[name]
    path = tmp_path / name
    make(path)
    assert path.stat().st_size < 10 * 1024 * 1024
    data, digest = shop
    result, seconds, rss = import_in_child(data, path)
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr[-2000:])
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr
    assert "未导入" in result.stdout and message in result.stdout, result.stdout
    assert seconds < MAX_SECONDS and rss < MAX_RSS_MB, (seconds, rss)
    from shopowner.store import open_database

    db = open_database(data)
    try:
        assert table_digest(db) == digest
    finally:
        db.close()


def test_a_big_honest_sheet_is_measured_in_a_fraction_of_its_reading_time(tmp_path):
    """5,000 rows × 24 columns pass the size check, counted exactly, in well under a second."""
    from shopowner.imports import sheet_bounds

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([f"列{i}" for i in range(24)])
    for r in range(5000):
        ws.append([f"v{r}_{i}" if i % 3 else r * 1.5 for i in range(24)])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    start = time.monotonic()
    sheet_bounds.check_workbook(path)
    assert time.monotonic() - start < 1.0
    with zipfile.ZipFile(path) as zf:
        b = sheet_bounds.measure(zf, "xl/worksheets/sheet1.xml")
    assert (b.rows, b.columns, b.cells) == (5001, 24, 5001 * 24)


@pytest.mark.parametrize("sheet, expected", [
    # cells placed after one another when they carry no r, rows likewise
    ('<row><c/><c/><c/></row><row><c/></row>', (2, 3)),
    # r not first among the attributes
    ('<row r="3"><c t="s" r="AB3"/></row>', (3, 28)),
    # a row without r after row 7 is row 8; a cell without r after C is D
    ('<row r="7"><c r="C7"/></row><row><c r="B8"/><c/><c/></row>', (8, 4)),
])
def test_odd_but_harmless_sheets_are_measured_as_the_reader_places_their_cells(
        tmp_path, sheet, expected):
    from shopowner.imports import sheet_bounds

    for prefix in ("", "x"):
        path = tmp_path / f"odd{prefix}.xlsx"
        write_raw_xlsx(path, sheet, prefix=prefix)
        with zipfile.ZipFile(path) as zf:
            b = sheet_bounds.measure(zf, "xl/worksheets/sheet1.xml")
        assert (b.rows, b.columns) == expected, prefix


def test_a_workbook_with_a_plain_dimension_still_imports(tmp_path, make_db):
    """The same hand-written sheet with a sensible declared range imports as usual."""
    from shopowner.imports.run import import_files

    path = tmp_path / "kuaishou_like.xlsx"
    write_raw_xlsx(path, _order_rows(3), dimension="A1:H4")
    db = make_db("shop")
    report = import_files(db, [path]).files[0]
    assert report.error is None and report.platform == "kuaishou"
    assert (report.rows, report.new_orders, report.skipped) == (3, 3, [])
    paid = [r[0] for r in db.execute("SELECT paid_fen FROM orders ORDER BY platform_order_id")]
    assert paid == [5800, 5800, 5800]


def tiny_xls(cells: list[tuple[int, int]]) -> bytes:
    """A compound file by hand whose ``Workbook`` stream is so small (< 4,096 bytes) that it lives
    in the mini stream, as xlwt and Excel never write it: one sheet of NUMBER records."""
    import struct

    def record(kind, body=b""):
        return struct.pack("<HH", kind, len(body)) + body
    bof = struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0)
    sheet_bof = struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0)
    stream = record(0x0809, bof) + record(0x000A) + record(0x0809, sheet_bof)
    for row, col in cells:
        stream += record(0x0203, struct.pack("<HHHd", row, col, 15, 1.0))
    stream += record(0x000A)
    assert len(stream) <= 512
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 0x2C, 1, 1, 0, 4096, 2, 1, end, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([free] * 108))
    fat = struct.pack("<128I", 0xFFFFFFFD, end, end, end, *([free] * 124))

    def entry(name, kind, start, size, child=free):
        e = bytearray(128)
        raw = (name + "\0").encode("utf-16-le")
        e[:len(raw)] = raw
        struct.pack_into("<HBB", e, 0x40, len(raw), kind, 1)
        struct.pack_into("<III", e, 0x44, free, free, child)
        struct.pack_into("<IQ", e, 0x74, start, size)
        return bytes(e)
    minis = (len(stream) + 63) // 64
    directory = (entry("Root Entry", 5, 3, minis * 64, child=1) + entry("Workbook", 2, 0, len(stream))
                 + bytes(256))
    minifat = struct.pack("<128I", *[i + 1 for i in range(minis - 1)], end,
                          *([free] * (128 - minis)))
    return bytes(header) + fat + directory + minifat + stream.ljust(512, b"\0")


def test_an_xls_whose_workbook_sits_in_the_mini_stream_is_measured_too(tmp_path):
    from shopowner.imports import sheet_bounds, xls_bounds

    small = tmp_path / "small.xls"
    small.write_bytes(tiny_xls([(0, 0), (0, 1), (4, 7)]))
    xls_bounds.check_xls(small)
    stream = xls_bounds._workbook_stream(small.read_bytes())
    b = next(xls_bounds._sheets(stream))
    assert (b.rows, b.columns, b.cells) == (5, 8, 3)
    far = tmp_path / "far.xls"
    far.write_bytes(tiny_xls([(0, 0), (0, 1), (65535, 255)]))
    with pytest.raises(sheet_bounds.SheetTooBig):
        xls_bounds.check_xls(far)
    broken = tmp_path / "broken.xls"
    broken.write_bytes(far.read_bytes()[:700])
    with pytest.raises(sheet_bounds.Unreadable):
        xls_bounds.check_xls(broken)


def test_a_damaged_sheet_inside_an_intact_zip_is_called_damaged(tmp_path, make_db, zh_translators):
    """Bytes flipped inside the sheet's compressed data (the zip's directory still intact)."""
    from shopowner.imports.run import import_files

    path = tmp_path / "damaged.xlsx"
    write_raw_xlsx(path, _order_rows(200), dimension="A1:H201")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    for i in range(start, start + 40):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    report = import_files(make_db("shop"), [path]).files[0]
    assert "文件已损坏或不完整" in report.error, report.error
