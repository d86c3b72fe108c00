"""Seeded mutated import files: the sample exports damaged in the ways real and hostile files are.

:func:`cases` yields ``(name, path)`` pairs written into a folder, the same files for the same
seed: truncations, byte flips, wrong encodings (UTF-16, GBK and UTF-8 swapped or mixed), absurd
sheet ranges, far-away cells, thousands of columns, huge cells, NUL bytes, lines of delimiters
only, empty files, zips that are not workbooks, broken or missing shared texts, XML entity bombs
and deep nesting, enormous lines, random bytes under a spreadsheet's name. Used by
``tests/imports/test_fuzz.py`` (a few hundred files) and ``scripts/fuzz_imports.py`` (thousands).
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from tests.imports.conftest import xls_bytes

ORDERS = Path(__file__).resolve().parent.parent / "fixtures" / "orders"
CSV_SOURCES = {  # file → its encoding
    "taobao/ExportOrderList202411201030.csv": "gbk",
    "taobao/ExportOrderDetailList202411201030.csv": "gbk",
    "jd/订单导出_20241121.csv": "gbk",
    "pdd/拼多多订单导出.csv": "utf-8-sig",
    "douyin/fxg_export_202411211530.csv": "utf-8-sig",
    "youzan/有赞订单_订单维度.csv": "utf-8",
    "generic/my-customers.csv": "utf-8",
}
XLSX_SOURCES = ("kuaishou/快手订单.xlsx", "wechat-shop/微信小店订单.xlsx",
                "taobao-qianniu/订单导出20241121.xlsx")
SHEET = "xl/worksheets/sheet1.xml"
HUGE_CELL = 10 * 1024 * 1024


@dataclass
class Source:
    name: str
    data: bytes
    kind: str  # csv, xlsx, xls
    encoding: str = ""

    @property
    def text(self) -> str:
        return self.data.decode(self.encoding)


def sources() -> list[Source]:
    """The fixtures the mutations start from, plus the 快手 export as an old .xls and as an .xlsx
    with shared texts (the fixtures write their texts inline)."""
    out = [Source(Path(n).name, (ORDERS / n).read_bytes(), "csv", enc)
           for n, enc in CSV_SOURCES.items()]
    out += [Source(Path(n).name, (ORDERS / n).read_bytes(), "xlsx") for n in XLSX_SOURCES]
    out.append(Source("快手订单_shared.xlsx", _with_shared_strings(ORDERS / XLSX_SOURCES[0]), "xlsx"))
    out.append(Source("快手订单.xls", xls_bytes(ORDERS / XLSX_SOURCES[0]), "xls"))
    return out


def _with_shared_strings(path: Path) -> bytes:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    buf = io.BytesIO()
    wb.save(buf)
    parts = _parts(buf.getvalue())
    parts["docProps/core.xml"] = _parts(path.read_bytes())["docProps/core.xml"]  # no "now"
    return _zip(parts)


# --- zip helpers -----------------------------------------------------------------------------
def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    """The parts zipped with a fixed date (the same seed must give the same bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 11, 21, 10, 30, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _edit_sheet(src: Source, edit: Callable[[bytes], bytes]) -> bytes:
    parts = _parts(src.data)
    parts[SHEET] = edit(parts[SHEET])
    return _zip(parts)


def _column(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _inline(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


# --- byte-level mutations (any file) ---------------------------------------------------------
def truncate(rng: random.Random, src: Source) -> tuple[bytes, str]:
    return src.data[:rng.randrange(1, len(src.data))], ""


def flip_bytes(rng: random.Random, src: Source) -> tuple[bytes, str]:
    data = bytearray(src.data)
    for _ in range(rng.choice((1, 2, 5, 20, 100))):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data), ""


def flip_block(rng: random.Random, src: Source) -> tuple[bytes, str]:
    data = bytearray(src.data)
    start = rng.randrange(len(data))
    for i in range(start, min(start + rng.randrange(8, 400), len(data))):
        data[i] ^= rng.randrange(1, 256)
    return bytes(data), ""


def nul_bytes(rng: random.Random, src: Source) -> tuple[bytes, str]:
    data = bytearray(src.data)
    where = rng.choice(("head", "tail", "scattered"))
    if where == "head":
        data[rng.randrange(0, 64):0] = b"\x00" * rng.randrange(1, 16)
    elif where == "tail":
        data[rng.randrange(len(data) // 2, len(data)):] = b"\x00" * rng.randrange(1, 5000)
    else:
        for _ in range(rng.randrange(1, 30)):
            data.insert(rng.randrange(len(data)), 0)
    return bytes(data), ""


def random_bytes(rng: random.Random, src: Source) -> tuple[bytes, str]:
    head = rng.choice((b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xef\xbb\xbf"))
    size = rng.choice((1, 7, 512, 4096, 65536, 300_000))
    return head + rng.randbytes(size), rng.choice((".csv", ".xlsx", ".xls"))


def empty(rng: random.Random, src: Source) -> tuple[bytes, str]:
    return rng.choice((b"", b"\n", b"\r\n\r\n", b" ", b"\xef\xbb\xbf", b"\xff\xfe")), ""


# --- text mutations (CSV) --------------------------------------------------------------------
def utf16(rng: random.Random, src: Source) -> tuple[bytes, str]:
    return src.text.encode(rng.choice(("utf-16", "utf-16-le", "utf-16-be"))), ""


def swapped_encoding(rng: random.Random, src: Source) -> tuple[bytes, str]:
    """A GBK file's bytes read as UTF-8 and saved again (mojibake), or the other way round."""
    text = src.text
    if src.encoding == "gbk":
        return text.encode("gbk").decode("utf-8", "replace").encode("utf-8"), ""
    return text.encode("utf-8").decode("gbk", "replace").encode("gbk", "replace"), ""


def reencoded(rng: random.Random, src: Source) -> tuple[bytes, str]:
    """The same text in another encoding an export could use (no damage, only a change)."""
    return src.text.encode(rng.choice(("gbk", "gb18030", "utf-8", "utf-8-sig", "big5")),
                           "replace"), ""


def mixed_encoding(rng: random.Random, src: Source) -> tuple[bytes, str]:
    out = []
    for line in src.text.splitlines(keepends=True):
        out.append(line.encode(rng.choice(("gbk", "utf-8")), "replace"))
    return b"".join(out), ""


def only_delimiters(rng: random.Random, src: Source) -> tuple[bytes, str]:
    d = rng.choice((",", "\t", ";", '"', '","'))
    line = d * rng.choice((1, 2, 60, 5000))
    return ((line + rng.choice(("\n", "\r\n", "\r"))) * rng.choice((1, 3, 200, 2000))).encode(), ""


def many_columns_csv(rng: random.Random, src: Source) -> tuple[bytes, str]:
    n = rng.choice((600, 10_000))
    lines = src.text.splitlines()
    extra = "," + ",".join(f"列{i}" for i in range(n))
    out = [lines[0] + extra] + [line + "," * n for line in lines[1:]]
    return "\r\n".join(out).encode(src.encoding if src.encoding != "utf-8-sig" else "utf-8"), ""


def long_line(rng: random.Random, src: Source) -> tuple[bytes, str]:
    """One enormous line: no newline in megabytes, quoted or not."""
    size = rng.choice((200_000, 2_000_000, 8_000_000))
    filler = rng.choice((b"x", b"\xe4\xb8\xad", b'"', b"a,"))
    data = src.data
    cut = data.find(b"\n", len(data) // 3) + 1
    return data[:cut] + filler * (size // len(filler)) + data[cut:], ""


def huge_cell_csv(rng: random.Random, src: Source) -> tuple[bytes, str]:
    lines = src.text.splitlines()
    i = rng.randrange(1, len(lines)) if len(lines) > 1 else 0
    lines[i] = lines[i].replace(",", ',"' + "长" * (HUGE_CELL // 3) + '",', 1)
    return "\r\n".join(lines).encode("utf-8"), ""


def unbalanced_quote(rng: random.Random, src: Source) -> tuple[bytes, str]:
    data = bytearray(src.data)
    for _ in range(rng.randrange(1, 4)):
        data.insert(rng.randrange(len(data)), ord('"'))
    return bytes(data), ""


def shuffled_lines(rng: random.Random, src: Source) -> tuple[bytes, str]:
    lines = src.data.splitlines(keepends=True)
    rng.shuffle(lines)
    if rng.random() < 0.5:
        lines = lines[: rng.randrange(1, len(lines) + 1)] * rng.randrange(1, 4)
    return b"".join(lines), ""


def odd_line_ends(rng: random.Random, src: Source) -> tuple[bytes, str]:
    end = rng.choice((b"\r", b"\x0b", b"\x0c", b"\x1c", b"\x85", "\u2028".encode()))
    return src.data.replace(b"\r\n", b"\n").replace(b"\n", end), ""


NASTY = ("1e309", "-1e309", "NaN", "inf", "-0", "0x1F", "９９.５０", "¥-5", "1,2,3", "1.2.3",
         "99999999999999999999999999999", "-99999999999", "0.000000001", "１３８００１３８０００",
         "+86 +86 138", "0000-00-00", "2024-02-30 25:61:61", "9999-12-31 23:59:59",
         "1900-01-00", "45000", "-45000", "2024年13月45日", "=1+1", "@SUM(1)", "\u202e反向",
         "😀" * 30, "\u0000", " ", "——", "null", "None", "undefined", "'", '"', "\\",
         "交易成功" * 500, "已退款" , "退款成功", "-1", "0", "4294967296", "18446744073709551616")


def nasty_values(rng: random.Random, src: Source) -> tuple[bytes, str]:
    """Cells replaced by values a cleaner must skip or keep as text: overflowing numbers,
    impossible dates, full-width digits, emoji, controls, formulas."""
    import csv

    rows = list(csv.reader(io.StringIO(src.text.replace("\r\n", "\n"))))
    for _ in range(rng.randrange(1, 40)):
        row = rows[rng.randrange(1, len(rows))] if len(rows) > 1 else rows[0]
        if row:
            row[rng.randrange(len(row))] = rng.choice(NASTY)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8-sig"), ""


def nasty_cells(rng: random.Random, src: Source) -> tuple[bytes, str]:
    """The same in a workbook: texts replaced, and numbers no export holds."""
    def edit(s: bytes) -> bytes:
        def swap(m: re.Match) -> bytes:
            if rng.random() > 0.15:
                return m.group(0)
            value = rng.choice(NASTY)
            if rng.random() < 0.5 and value.lstrip("-").replace(".", "").replace("e", "").isdigit():
                return m.group(1) + b"><v>" + value.encode() + b"</v></c>"
            safe = value.replace("&", "&amp;").replace("<", "&lt;").replace("\u0000", "")
            return m.group(1) + b' t="inlineStr"><is><t>' + safe.encode() + b"</t></is></c>"
        return re.sub(rb'(<c r="[A-Z]+(?:[2-9]|\d\d+)")(?: [^>]*)?>.*?</c>', swap, s)
    return _edit_sheet(src, edit), ""


# --- workbook mutations (XLSX) ---------------------------------------------------------------
def declared_range(rng: random.Random, src: Source) -> tuple[bytes, str]:
    ref = rng.choice(("A1:XFD1048576", "A1:ZZZZ99999999", "XFD1048576", "A0:B", "A1:A1", ""))
    return _edit_sheet(src, lambda s: re.sub(rb'<dimension ref="[^"]*"',
                                             f'<dimension ref="{ref}"'.encode(), s)), ""


def far_cell(rng: random.Random, src: Source) -> tuple[bytes, str]:
    row = rng.choice((1048576, 100_000, 2_000_000_000))
    col = rng.choice(("XFD", "ZZ", "A", "SZ"))
    cell = f'<row r="{row}">'.encode() + _inline(f"{col}{row}", "x") + b"</row>"
    return _edit_sheet(src, lambda s: s.replace(b"</sheetData>", cell + b"</sheetData>")), ""


def many_columns_xlsx(rng: random.Random, src: Source) -> tuple[bytes, str]:
    n = rng.choice((501, 3000, 16384))

    def edit(s: bytes) -> bytes:
        extra = b"".join(_inline(f"{_column(60 + i)}1", f"列{i}") for i in range(n))
        return s.replace(b"</row>", extra + b"</row>", 1)
    return _edit_sheet(src, edit), ""


def huge_cell_xlsx(rng: random.Random, src: Source) -> tuple[bytes, str]:
    text = rng.choice(("长", "x", "ab")) * (HUGE_CELL // 3)

    def edit(s: bytes) -> bytes:
        return re.sub(rb'(<c r="C2" t="inlineStr"><is><t>)[^<]*', lambda m: m.group(1)
                      + text.encode(), s, count=1)
    return _edit_sheet(src, edit), ""


def deep_nesting(rng: random.Random, src: Source) -> tuple[bytes, str]:
    depth = rng.choice((1000, 100_000))
    part = rng.choice((SHEET, "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                       "[Content_Types].xml"))
    parts = _parts(src.data)
    nest = b"<x>" * depth + b"</x>" * depth
    data = parts[part]
    cut = data.rfind(b"</")
    parts[part] = data[:cut] + nest + data[cut:]
    return _zip(parts), ""


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10)) + b"]>")


def entity_bomb(rng: random.Random, src: Source) -> tuple[bytes, str]:
    """Billion laughs (or an external entity) in a part the readers parse."""
    parts = _parts(src.data)
    part = rng.choice([SHEET, "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                       "[Content_Types].xml"] + (["xl/sharedStrings.xml"]
                                                 if "xl/sharedStrings.xml" in parts else []))
    data = re.sub(rb"^<\?xml[^>]*\?>", b"", parts[part])
    if rng.random() < 0.7:
        head, ref = LAUGHS, b"&lol9;"
    else:
        head, ref = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM '
                     b'"file:///etc/passwd">]>'), b"&xxe;"
    if b"<t>" in data:
        data = data.replace(b"<t>", b"<t>" + ref, 1)
    else:
        cut = data.rfind(b"</")
        data = data[:cut] + ref + data[cut:]
    parts[part] = head + data
    return _zip(parts), ""


def shared_strings(rng: random.Random, src: Source) -> tuple[bytes, str]:
    """Shared texts missing, cut short, pointed past, or not XML."""
    parts = _parts(src.data)
    name = "xl/sharedStrings.xml"
    how = rng.choice(("missing", "truncated", "garbage", "index", "empty"))
    if name not in parts or how == "index":
        parts[SHEET] = re.sub(rb"(<c [^>]*t=\")inlineStr(\"[^>]*>)<is><t>[^<]*</t></is>",
                              lambda m: m.group(1) + b"s" + m.group(2)
                              + b"<v>%d</v>" % rng.choice((999999, -1, 2**40)), parts[SHEET])
        parts[SHEET] = re.sub(rb"<v>\d+</v>", lambda m: b"<v>%d</v>" % rng.choice(
            (999999, 2**40, 7)) if rng.random() < 0.3 else m.group(0), parts[SHEET])
    elif how == "missing":
        del parts[name]
    elif how == "truncated":
        parts[name] = parts[name][:rng.randrange(1, len(parts[name]))]
    elif how == "garbage":
        parts[name] = rng.randbytes(2000)
    else:
        parts[name] = b""
    return _zip(parts), ""


def zip_not_xlsx(rng: random.Random, src: Source) -> tuple[bytes, str]:
    parts = {"readme.txt": b"hello", "data/orders.csv": b"a,b\n1,2\n"}
    if rng.random() < 0.5:  # a workbook with its sheet or its workbook part gone
        parts = _parts(src.data) if src.kind == "xlsx" else parts
        for victim in rng.sample(sorted(parts), k=min(len(parts), rng.randrange(1, 4))):
            parts.pop(victim)
    return _zip(parts), ".xlsx"


def renamed_part(rng: random.Random, src: Source) -> tuple[bytes, str]:
    parts = _parts(src.data)
    sheet = parts.pop(SHEET)
    parts[rng.choice(("xl/worksheets/Sheet1.XML", "xl/sheet1.xml", "xl/worksheets/../x.xml"))] = sheet
    return _zip(parts), ""


def odd_cells(rng: random.Random, src: Source) -> tuple[bytes, str]:
    """Cell types and values no writer should produce."""
    bad = rng.choice((b'<c r="B2" t="n"><v>1e400</v></c>', b'<c r="B2" t="d"><v>nonsense</v></c>',
                      b'<c r="B2" t="e"><v>#REF!</v></c>', b'<c r="B2" t="b"><v>7</v></c>',
                      b'<c r="B2"><v>NaN</v></c>', b'<c r="B2" s="99999"><v>45000</v></c>',
                      b'<c r="B2" t="n"><v>-1e308</v></c>', b'<c r="B2" t="str"><f>1/0</f></c>'))
    return _edit_sheet(src, lambda s: re.sub(rb'<c r="B2"[^>]*?(/>|>.*?</c>)', bad.replace(
        b"\\", b"\\\\"), s, count=1)), ""


BYTE_LEVEL = (truncate, flip_bytes, flip_block, nul_bytes)
MUTATIONS: dict[str, tuple[Callable, ...]] = {
    "csv": BYTE_LEVEL + (utf16, swapped_encoding, reencoded, mixed_encoding, only_delimiters,
                         many_columns_csv, long_line, huge_cell_csv, unbalanced_quote,
                         shuffled_lines, odd_line_ends, nasty_values, random_bytes, empty),
    "xlsx": BYTE_LEVEL + (declared_range, far_cell, many_columns_xlsx, huge_cell_xlsx,
                          deep_nesting, entity_bomb, shared_strings, zip_not_xlsx, renamed_part,
                          odd_cells, nasty_cells, random_bytes),
    "xls": BYTE_LEVEL + (random_bytes,),
}
# the slow ones (a 10 MB file, a 10,000-column table) come up this much less often
RARE = {huge_cell_csv: 0.15, huge_cell_xlsx: 0.15, long_line: 0.4, many_columns_csv: 0.5}


def cases(folder: Path, seed: int, count: int,
          only: set[int] | None = None) -> Iterator[tuple[str, Path]]:
    """``count`` mutated files written one at a time into ``folder`` (each is deleted when the
    next is asked for), as ``(mutation name, path)``; the same seed gives the same files, and
    the first ones try every mutation once.
    ``only``: the numbers of the files wanted (to replay a failure), the others are skipped."""
    rng = random.Random(seed)
    base = sources()
    folder.mkdir(parents=True, exist_ok=True)
    # every mutation of every kind once first (on a source of that kind), then at random
    rounds = [(kind, m) for kind, ms in MUTATIONS.items() for m in ms]
    made = 0
    while made < count:
        if made < len(rounds):
            kind, mutate = rounds[made]
            src = rng.choice([b for b in base if b.kind == kind])
        else:
            src = rng.choice(base)
            mutate = rng.choice(MUTATIONS[src.kind])
            if rng.random() > RARE.get(mutate, 1.0):
                continue
        data, suffix = mutate(rng, src)
        name = f"{made:05d}_{mutate.__name__}_{Path(src.name).stem}"
        path = folder / (name + (suffix or Path(src.name).suffix))
        made += 1
        if only is not None and made - 1 not in only:
            continue
        path.write_bytes(data)
        del data
        yield mutate.__name__, path
        path.unlink(missing_ok=True)
