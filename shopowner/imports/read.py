"""Bytes → rows: find the encoding and the header, then stream the rows of a CSV or XLSX export.

The file is never loaded whole: CSV is decoded line by line with the encoding chosen once from
its first 64 KB (charset-normalizer), strictly, so a damaged line is reported instead of stored
as mojibake; XLSX is measured first, then read with calamine row by row (``workbook.py``). Rows
come back as lists of ``str`` under normalised header names. A file that cannot be read raises
:class:`ImportRejected` with a message for the owner that says what is wrong and what to do.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable, Iterator

from shopowner.i18n import translate

SAMPLE_BYTES = 65536
MAX_FIELD_CHARS = 10000  # longer cells (a 1 MB "buyer message") are cut here, with a warning
CSV_FIELD_LIMIT = 64 * 1024 * 1024  # what the csv module may hold before giving up on a file
MAX_BAD_LINE_SHARE = 0.2


def _raise_field_limit() -> None:
    """Lift csv's 128 KB per-field limit (a single long note must not abort the file)."""
    limit = CSV_FIELD_LIMIT
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # a C long is 32-bit on Windows
            limit //= 2


_raise_field_limit()


class ImportRejected(Exception):
    """The whole file cannot be imported; ``str()`` is the message for the owner."""


class SheetTooLarge(ImportRejected):
    """A workbook refused for the size of a sheet (its message is kept for .xls files too)."""


class FileCutShort(ImportRejected):
    """A workbook whose file ends before its own structure does (an interrupted download or
    copy): called damaged for .xls files too, not “save it again as .xlsx”."""


@dataclass
class Table:
    """A readable export: normalised headers and a one-pass row stream ``(row_no, cells)``.

    ``row_no`` is the row as a spreadsheet shows it (the header is row 1). Rows the reader itself
    had to drop (damaged encoding) land in ``skipped``; cut cells in ``warnings``.
    """

    path: Path
    kind: str
    encoding: str
    headers: list[str]
    raw_headers: list[str]
    total: int  # bytes (CSV) or rows (XLSX), for progress
    _rows: Iterator[tuple[int, list[str]]] = field(repr=False, default=iter(()))
    skipped: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    done: int = 0  # bytes / rows consumed so far
    _closer: Callable[[], object] | None = field(repr=False, default=None)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        return self._rows

    def close(self) -> None:
        if self._closer is not None:
            self._closer()
            self._closer = None


def normalise_header(name) -> str:
    """Trim spaces, tabs, BOM and zero-width marks; full-width brackets become ASCII ones."""
    s = "" if name is None else str(name)
    s = s.replace("\ufeff", "").replace("\u200b", "")
    s = s.translate(str.maketrans("（）【】：", "()[]:"))
    return s.strip(" \t\r\n\u3000\"'")


def normalise_headers(raw: list) -> list[str]:
    """Normalised names; the 2nd, 3rd… copy of a duplicated name becomes ``name#2``, ``name#3``."""
    seen: dict[str, int] = {}
    out = []
    for cell in raw:
        name = normalise_header(cell)
        if name:
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                name = f"{name}#{seen[name]}"
        out.append(name)
    while out and not out[-1]:  # a trailing comma after the last header name
        out.pop()
    return out


def open_table(path: Path) -> Table:
    """Open an export for reading, or raise :class:`ImportRejected` saying why it cannot be."""
    from shopowner.imports.workbook import open_workbook

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise ImportRejected(translate(
            "Imports", "Cannot open the file ({reason}). Check that it exists and is not open in "
                       "another program, then try again.").format(reason=exc.strerror or exc)) from exc
    if not head:
        raise ImportRejected(translate(
            "Imports", "The file is empty. Export the orders from the seller center again and "
                       "import the new file."))
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        return open_workbook(path, "xlsx")
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # an old Excel 97-2003 .xls workbook
        try:
            return open_workbook(path, "xls")
        except (SheetTooLarge, FileCutShort):
            raise
        except ImportRejected as exc:  # protected, or not a workbook after all
            raise ImportRejected(translate(
                "Imports", "This is an old Excel .xls file. Open it in Excel or WPS and save it as "
                           ".xlsx or CSV, then import that file.")) from exc
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head):
        raise ImportRejected(translate(
            "Imports", "This file is saved as “Unicode text” (UTF-16). Open it in Excel or WPS and "
                       "save it as CSV (UTF-8) or .xlsx, then import that file."))
    if _binary(head):
        raise ImportRejected(translate(
            "Imports", "This is not a text or spreadsheet file (it contains binary data). Choose the "
                       "CSV or XLSX file that the seller center exported."))
    return _open_csv(path, head)


def _binary(head: bytes) -> bool:
    """Binary data rather than text: NUL bytes, more than a stray few, or among bytes that are
    not text in any encoding an export uses. A stray NUL in a cell (a damaged copy) is dropped
    when the line is read instead of rejecting the file."""
    sample = head[:8192]
    nuls = sample.count(0)
    if not nuls:
        return False
    if nuls > max(8, len(sample) // 100):
        return True
    text = sample.replace(b"\x00", b"")
    for encoding in ("utf-8", "gb18030"):
        try:
            text.decode(encoding)
            return False
        except UnicodeDecodeError as exc:
            if len(sample) == 8192 and exc.start >= len(text) - 4:  # a character cut at the end
                return False
    return True


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 text saved without its byte-order mark: Chinese and ASCII both leave a zero byte
    in most pairs on the same side (…\x00 for ASCII in little-endian, \x00… in big-endian)."""
    sample = head[:4096]
    pairs = len(sample) // 2
    if pairs < 4:
        return False
    low = sample[0::2].count(0)
    high = sample[1::2].count(0)
    return max(low, high) >= pairs * 0.3 and min(low, high) <= pairs * 0.02


# --- CSV ---------------------------------------------------------------------------------------
def detect_encoding(head: bytes) -> str | None:
    """The encoding of a CSV sample: BOM first, else charset-normalizer among the ones exports use.

    Returns None when no candidate decodes the sample strictly (damaged bytes)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    cut = head.rfind(b"\n")
    sample = head[: cut + 1] if cut > 0 and len(head) == SAMPLE_BYTES else head
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["utf_8", "gb18030", "big5"]).best()
    if best is None:
        return None
    name = best.encoding.lower().replace("-", "_")
    if name in ("ascii", "utf_8"):
        return "utf-8"
    if name.startswith("gb") or name in ("cp936", "hz"):
        return "gb18030"  # a superset of GBK/GB2312: rare characters in names decode too
    return best.encoding


def _delimiter(head: bytes) -> str:
    """Comma, unless the first line is clearly tab- or semicolon-separated."""
    first = head.split(b"\n", 1)[0]
    counts = {d: first.count(d.encode()) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _count_bad_lines(path: Path, encoding: str, limit: int = 5000) -> tuple[int, int, list[int]]:
    total, bad = 0, []
    with open(path, "rb") as fh:
        for total, raw in enumerate(fh, start=1):
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                bad.append(total)
            if total >= limit:
                break
    return total, len(bad), bad


def _choose_fallback(path: Path) -> str:
    """No clean guess: take the candidate with fewest damaged lines, if damage is rare enough."""
    scores = []
    for enc in ("utf-8", "gb18030"):
        total, nbad, bad = _count_bad_lines(path, enc)
        scores.append((nbad, enc, total, bad))
    nbad, enc, total, bad = min(scores)
    if 1 in bad or nbad > max(1, total * MAX_BAD_LINE_SHARE):
        lines = translate("Imports", ", ", "between line numbers").join(str(n) for n in bad[:10])
        if len(bad) == 1:
            raise ImportRejected(translate(
                "Imports", "Encoding error: line {lines} is not valid GBK or UTF-8 text. The file "
                           "may be damaged or saved in another encoding. Export it from the seller "
                           "center again, or open it in Excel/WPS and save it as CSV "
                           "(UTF-8).").format(lines=lines))
        raise ImportRejected(translate(
            "Imports", "Encoding error: lines {lines} are not valid GBK or UTF-8 text. The file may "
                       "be damaged or saved in another encoding. Export it from the seller center "
                       "again, or open it in Excel/WPS and save it as CSV (UTF-8).").format(lines=lines))
    return enc


def _open_csv(path: Path, head: bytes) -> Table:
    head = head.replace(b"\x00", b"")
    encoding = detect_encoding(head) or _choose_fallback(path)
    fh = open(path, "rb")  # noqa: SIM115 - read lazily by the rows; closed through table._closer
    size = path.stat().st_size
    bad_lines: set[int] = set()
    table = Table(path=path, kind="csv", encoding=encoding, headers=[], raw_headers=[], total=size,
                  _closer=fh.close)

    def lines() -> Iterator[str]:
        decode = encoding
        for lineno, raw in enumerate(_cr_lines(fh) if _cr_only(head) else fh, start=1):
            table.done += len(raw)
            if b"\x00" in raw:  # never part of an export's text (see _binary)
                raw = raw.replace(b"\x00", b"")
            try:
                yield raw.decode(decode)
            except UnicodeDecodeError:
                bad_lines.add(lineno)
                yield raw.decode(decode, "replace")  # the record is dropped below, never stored
            if decode == "utf-8-sig":
                decode = "utf-8"

    reader = csv.reader(lines(), delimiter=_delimiter(head), strict=False)
    records = _records(reader, bad_lines, table)
    try:
        header_no, raw = _find_header(records, bad_lines)
    except Exception:
        fh.close()
        raise
    table.raw_headers = raw
    table.headers = normalise_headers(raw)
    table._rows = _data_rows(reader, bad_lines, table, header_no)
    return table


def _cr_only(head: bytes) -> bool:
    """Lines ended by a carriage return alone (old Mac Excel's “CSV (Macintosh)”)."""
    return b"\r" in head and b"\n" not in head


def _cr_lines(fh, chunk: int = 1 << 16) -> Iterator[bytes]:
    """The file's lines, each ending with its ``\r``, read a piece at a time."""
    rest = b""
    while data := fh.read(chunk):
        parts = (rest + data).split(b"\r")
        rest = parts.pop()
        for part in parts:
            yield part + b"\r"
    if rest:
        yield rest


def _records(reader, bad_lines: set[int], table: Table) -> Iterator[tuple[int, list[str] | None]]:
    """(record number, cells) — cells None when the record spans a damaged line or is not CSV
    (its reason in ``table.skipped``). Used for the lines up to the header; :func:`_data_rows`
    reads the rest the same way, faster."""
    last_line = 0
    record_no = 0
    while True:
        try:
            for cells in reader:
                record_no += 1
                first, last_line = last_line + 1, reader.line_num
                if bad_lines and any(n in bad_lines for n in range(first, last_line + 1)):
                    table.skipped.append(_damaged(record_no, first, bad_lines))
                    yield record_no, None
                    continue
                yield record_no, cells
            return
        except csv.Error as exc:
            record_no += 1
            last_line = reader.line_num
            table.skipped.append((record_no, _not_csv(exc)))
            yield record_no, None


def _damaged(record_no: int, first_line: int, bad_lines: set[int]) -> tuple[int, str]:
    return record_no, translate(
        "Imports", "damaged text (encoding error on line {line}); this row was not "
                   "imported").format(line=min(n for n in bad_lines if n >= first_line))


def _not_csv(exc: csv.Error) -> str:
    """Why the csv reader could not split a record, in words the owner can act on."""
    text = str(exc)
    if "field larger than field limit" in text:
        return translate("Imports", "a cell holds more than {size} MB of text; this row was not "
                                    "imported").format(size=CSV_FIELD_LIMIT // 2**20)
    return translate("Imports", "the line is not laid out as CSV (a stray line break or quotation "
                                "mark); this row was not imported")


def _too_many_broken(broken: int, records: int) -> ImportRejected:
    return ImportRejected(translate(
        "Imports", "The file cannot be read as a CSV table: {broken} of the first {rows} rows are "
                   "broken (stray line breaks or quotation marks). Export it from the seller "
                   "center again, or open it in Excel/WPS and save it as CSV (UTF-8).").format(
        broken=f"{broken:,}", rows=f"{records:,}"))


def _find_header(records, bad_lines: set[int]) -> tuple[int, list[str]]:
    """The first row with two or more filled cells (a title line above the header is skipped)."""
    for record_no, cells in records:
        if cells is None:
            if record_no <= 1 and 1 in bad_lines:
                raise ImportRejected(translate(
                    "Imports", "Encoding error in the header line: the column names cannot be "
                               "read. Export the file again, or save it as CSV (UTF-8) in "
                               "Excel/WPS."))
            if record_no >= 10:
                break
            continue
        if sum(1 for c in cells if c.strip()) >= 2:
            return record_no, cells
        if record_no >= 10:
            break
    raise ImportRejected(translate(
        "Imports", "No column names were found at the top of the file. Import the file exactly as "
                   "the seller center exported it (the first line holds the column names)."))


def _data_rows(reader, bad_lines: set[int], table: Table,
               header_no: int) -> Iterator[tuple[int, list[str]]]:
    """The rows after the header, padded or cut to the header's width; blank rows, damaged
    ones and ones the csv reader cannot split (into ``table.skipped``) and overlong cells (cut,
    with a warning) dealt with. A file whose rows are mostly broken is rejected.

    A record of at most MAX_FIELD_CHARS bytes cannot hold a longer cell, so only longer
    records have their cells measured."""
    width = len(table.headers)
    record_no, last_line, done = header_no, reader.line_num, table.done
    broken = 0
    while True:
        try:
            for cells in reader:
                record_no += 1
                first, last_line = last_line + 1, reader.line_num
                size, done = table.done - done, table.done
                if bad_lines and any(n in bad_lines for n in range(first, last_line + 1)):
                    table.skipped.append(_damaged(record_no, first, bad_lines))
                    continue
                if last_line > first and _swallows_rows(cells, reader.dialect.delimiter, width):
                    table.skipped.append((record_no, _unclosed_quote(first, last_line)))
                    continue
                if len(cells) != width:
                    cells = (cells[:width] if len(cells) > width
                             else cells + [""] * (width - len(cells)))
                if not any(cells) or not any(c.strip() for c in cells):
                    continue
                if size > MAX_FIELD_CHARS:
                    _cut_long_cells(cells, record_no, table)
                yield record_no, cells
            return
        except csv.Error as exc:
            record_no += 1
            broken += 1
            last_line, done = reader.line_num, table.done
            table.skipped.append((record_no, _not_csv(exc)))
            rows = record_no - header_no
            if broken >= 10 and broken > rows * MAX_BAD_LINE_SHARE:
                raise _too_many_broken(broken, rows) from exc


def _swallows_rows(cells: list[str], delimiter: str, width: int) -> bool:
    """Does a cell of this many-line record hold whole rows of the file? A quote opened and never
    closed makes the CSV reader take every line up to the next quote as one cell; a real
    multi-line cell (a buyer's message) does not hold lines with a row's worth of delimiters."""
    enough = max(3, width // 2)
    return any(line.count(delimiter) >= enough
               for cell in cells if "\n" in cell for line in cell.splitlines())


def _unclosed_quote(first: int, last: int) -> str:
    return translate(
        "Imports", "a quote mark (\") opened on line {first} is not closed, so lines {first}–{last} "
                   "were read as one row and none of them was imported; close or remove that "
                   "quote in the file (or export it again) and import it again").format(
        first=first, last=last)


def _cut_long_cells(cells: list[str], row_no: int, table: Table) -> None:
    for i, c in enumerate(cells):
        if len(c) > MAX_FIELD_CHARS:
            cells[i] = c[:MAX_FIELD_CHARS]
            table.warnings.append(translate(
                "Imports", "Row {row}: the column “{column}” held {size} characters; only the "
                           "first {limit} were kept.").format(
                row=row_no, column=table.headers[i], size=len(c), limit=MAX_FIELD_CHARS))
