"""How big a worksheet of an .xlsx really is, measured before the spreadsheet reader opens it.

calamine allocates a sheet's whole cell range (first to last used row × first to last used
column) at once: a 7.8 KB file with one cell at XFD1048576 asks for 17 billion cells and aborts
the process, small files with far-away cells take gigabytes. An .xlsx is a zip of XML parts, so the
sheet's declared ``<dimension ref=…>``, its rows' and cells' ``r`` positions and its cell count are
read here from the decompressed XML in chunks, with byte-level regular expressions (C speed, about
0.1 s per 100,000 order rows), and a sheet that is absurdly large is refused before calamine
sees it. The shared-strings part, which calamine loads whole when the workbook opens, is bounded
the same way.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath
from xml.etree import ElementTree

MAX_COLUMNS = 500  # order exports have 20–80 columns; more is a sheet formatted to the far edge
MAX_CELLS = 5_000_000  # rows × columns calamine would allocate (~40 bytes each: ≤ 200 MB)
MAX_SHARED_STRINGS = 3_000_000  # a 200,000-order export has about 1.5 million
MAX_SHARED_BYTES = 192 * 1024 * 1024  # decompressed XML of every distinct cell text
MAX_SHEET_BYTES = 512 * 1024 * 1024  # one sheet's XML unpacked; 100,000 orders take ~120 MB
MAX_SMALL_PART = 16 * 1024 * 1024  # workbook.xml and its relationships: a few KB in real files
CHUNK = 1024 * 1024

_PREFIX = re.compile(rb"<(\w+:)?worksheet\b")
_DIMENSION = rb'<%sdimension\b[^>]*?\bref="([A-Z]{1,4})?(\d{1,9})?(?::([A-Z]{1,4})(\d{1,9}))?"'
_ROW_REF = rb'<%srow(?=[\s/>])(?:[^>]*?\sr="(\d{1,12})")?'  # every row, and its r if any
_CELL = rb'<%sc(?=[\s/>])(?:\sr="([A-Z]{1,6}))?'  # every cell, with its column when r comes first
_ATTR_R = re.compile(rb'(?:^|\s)r="([A-Z]{0,6})(\d{0,12})"')
_SHARED = re.compile(rb"<(?:\w+:)?si[\s/>]")


class SheetTooBig(Exception):
    """``rows``/``columns``: the range the sheet declares or uses; ``declared`` tells which.
    ``bulky``: set instead when the XML itself (the shared texts, or a sheet's) is too big."""

    def __init__(self, rows: int = 0, columns: int = 0, declared: bool = False,
                 bulky: bool = False):
        super().__init__(f"{rows} rows × {columns} columns" + (" (bulky)" if bulky else ""))
        self.rows, self.columns, self.declared, self.bulky = rows, columns, declared, bulky


class Unreadable(Exception):
    """The zip or its XML is damaged."""


@dataclass
class Bounds:
    rows: int = 0  # last row any cell or row element is at (or the number of row elements)
    columns: int = 0  # last column any cell is at (or the most cells in one row, see below)
    cells: int = 0
    declared_rows: int = 0
    declared_columns: int = 0


def column_number(letters: bytes | str) -> int:
    """``A`` → 1, ``Z`` → 26, ``AA`` → 27, ``XFD`` → 16384."""
    n = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        n = n * 26 + ord(ch) - 64
    return n


def check_workbook(path) -> None:
    """Raise :class:`SheetTooBig` or :class:`Unreadable` for an .xlsx calamine must not open."""
    try:
        with zipfile.ZipFile(path) as zf:
            _check_shared_strings(zf)
            for part in worksheet_parts(zf):
                check_bounds(measure(zf, part))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
            ElementTree.ParseError, NotImplementedError, RuntimeError) as exc:  # RuntimeError:
        # an encrypted part (a password-protected workbook)
        raise Unreadable(str(exc)) from exc


def check_bounds(b: Bounds) -> None:
    if b.columns > MAX_COLUMNS or b.rows * b.columns > MAX_CELLS or b.cells > MAX_CELLS:
        raise SheetTooBig(b.rows, b.columns, declared=False)
    if b.declared_columns > MAX_COLUMNS or b.declared_rows * b.declared_columns > MAX_CELLS:
        raise SheetTooBig(b.declared_rows, b.declared_columns, declared=True)


def worksheet_parts(zf: zipfile.ZipFile) -> list[str]:
    """The zip paths of the workbook's worksheets (every ``xl/worksheets/*.xml`` part)."""
    names = {n.lower(): n for n in zf.namelist()}
    parts = [n for n in zf.namelist() if re.fullmatch(r"(?i)xl/worksheets/[^/]+\.xml", n)]
    # a worksheet may live elsewhere: follow the workbook's relationships too
    rels = names.get("xl/_rels/workbook.xml.rels")
    if rels and zf.getinfo(rels).file_size <= MAX_SMALL_PART:
        data = zf.read(rels)
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # no workbook declares entities: an
            # entity bomb, refused here whatever the XML parser's own limits are
            raise Unreadable("entity declarations in the workbook's relationships")
        root = ElementTree.fromstring(data)
        for rel in root:
            if rel.get("Type", "").endswith("/worksheet") and rel.get("Target"):
                target = rel.get("Target", "")
                full = target.lstrip("/") if target.startswith("/") else str(
                    PurePosixPath("xl") / target)
                real = names.get(full.lower())
                if real and real not in parts:
                    parts.append(real)
    return parts


def measure(zf: zipfile.ZipFile, part: str) -> Bounds:
    """The declared and the real extent of one worksheet part, read in chunks.

    Real writers put a cell's ``r`` first (``<c r="B7" …>``): one regular expression then counts
    the cells and collects their column letters in one pass. Cells without it (or with it later)
    send the part through :func:`_walk`, which places every cell as the reader would."""
    b = Bounds()
    cell_re = row_ref_re = None
    rows_seen = max_row = size = 0
    columns: set[bytes] = set()
    for body in _bodies(zf, part):
        if cell_re is None:
            m = _PREFIX.search(body)
            prefix = re.escape(m.group(1)) if m and m.group(1) else b""
            cell_re = re.compile(_CELL % prefix)
            row_ref_re = re.compile(_ROW_REF % prefix)
            dim = re.search(_DIMENSION % prefix, body)
            if dim:
                _declared(b, dim)
        size += len(body)
        found = cell_re.findall(body)
        b.cells += len(found)
        if b.cells > MAX_CELLS or size > MAX_SHEET_BYTES:  # a bomb: stop reading it here
            raise SheetTooBig(b.rows, b.columns, bulky=True)
        columns.update(found)
        assert row_ref_re is not None  # compiled with cell_re on the first chunk
        refs = row_ref_re.findall(body)
        rows_seen += len(refs)
        if refs:
            max_row = max(max_row, *(int(r or 0) for r in refs))
    b.rows = max(max_row, rows_seen)
    if b"" in columns:
        b.rows, b.columns = _walk(zf, part, prefix)
    else:
        b.columns = max((column_number(c) for c in columns if c), default=0)
    return b


def _walk(zf: zipfile.ZipFile, part: str, prefix: bytes) -> tuple[int, int]:
    """(last row, last column) placing each row and cell after the previous one when it has no
    ``r`` (slow, for the rare writers that leave positions out)."""
    token = re.compile(rb"<%s(row|c)(?=[\s/>])([^>]*)" % prefix)
    last_row = last_col = row = col = 0
    for body in _bodies(zf, part):
        for m in token.finditer(body):
            ref = _ATTR_R.search(m.group(2))
            letters, digits = (ref.group(1), ref.group(2)) if ref else (b"", b"")
            if m.group(1) == b"row":
                row = int(digits) if digits else row + 1
                col = 0
            else:
                col = column_number(letters) if letters else col + 1
                if digits:
                    row = int(digits)
                last_col = max(last_col, col)
            last_row = max(last_row, row)
    return last_row, last_col


def _bodies(zf: zipfile.ZipFile, part: str):
    """The decompressed part in chunks, each cut before its last ``<`` so no tag is split."""
    tail = b""
    with zf.open(part) as fh:
        while data := fh.read(CHUNK):
            chunk = tail + data
            cut = chunk.rfind(b"<")
            if cut <= 0:
                cut = len(chunk)
            yield chunk[:cut]
            tail = chunk[cut:]
    if tail:
        yield tail


def _declared(b: Bounds, dim: re.Match) -> None:
    c1, r1, c2, r2 = dim.groups()
    if c2 and r2:
        b.declared_columns = column_number(c2) - column_number(c1 or "A") + 1
        b.declared_rows = int(r2) - int(r1 or 1) + 1
    elif c1 and r1:
        b.declared_columns, b.declared_rows = 1, 1


def _check_shared_strings(zf: zipfile.ZipFile) -> None:
    for name in zf.namelist():
        if not name.lower().endswith("sharedstrings.xml"):
            continue
        size = strings = 0
        for body in _bodies(zf, name):
            size += len(body)
            strings += len(_SHARED.findall(body))
            if size > MAX_SHARED_BYTES or strings > MAX_SHARED_STRINGS:
                raise SheetTooBig(bulky=True)
