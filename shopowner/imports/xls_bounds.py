"""How far the cells of an old Excel 97-2003 .xls reach, read before the spreadsheet reader opens it.

An .xls is a compound file (a small FAT file system, MS-CFB) holding a ``Workbook`` stream of BIFF
records; every value cell record starts with its row and column. calamine allocates each sheet's
whole rectangle (a 14 KB file with one value at IV65536 takes over 1 GB), so the cell records are
walked here — a few hundred thousand records a second — and the bounds handed to
:func:`sheet_bounds.check_bounds`. Blank (formatting-only) cells are left out, as calamine does.
"""

from __future__ import annotations

import struct

from shopowner.imports.sheet_bounds import Bounds, SheetTooBig, Unreadable, check_bounds

_END = 0xFFFFFFFE
_MAX_REGULAR = 0xFFFFFFFA
# BIFF5/8 records holding one value at (row, column): FORMULA, LABELSST, NUMBER, RK, BOOLERR,
# LABEL, RSTRING; MULRK holds several, from its first column to the one in its last two bytes
_CELL = frozenset({0x0006, 0x00FD, 0x0203, 0x027E, 0x0205, 0x0204, 0x00D6})
_MULRK = 0x00BD
_BOF, _EOF = 0x0809, 0x000A
_LAST_COLUMN = 255


class CutShort(Unreadable):
    """The compound file ends before a sector its tables point to: the file was cut off."""


def check_xls(path) -> None:
    """Raise :class:`SheetTooBig` when a sheet's cells span an absurd range, :class:`Unreadable`
    when the compound file is damaged."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        stream = _workbook_stream(data)
    except (struct.error, IndexError, ValueError, OSError) as exc:
        raise Unreadable(str(exc)) from exc
    if stream is not None:
        for bounds in _sheets(stream):
            check_bounds(bounds)


def _workbook_stream(data: bytes) -> bytes | None:
    if data[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ValueError("not a compound file")
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if not 7 <= shift <= 16 or not 2 <= mini_shift < shift:
        raise ValueError("bad sector size")
    size, mini_size = 1 << shift, 1 << mini_shift
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    cutoff, first_minifat, n_minifat, first_difat, n_difat = struct.unpack_from(
        "<IIIII", data, 0x38)
    sectors = max(len(data) // size, 1)
    # the sectors the FAT describes: a file shorter than them was cut off (a FAT sector holds
    # size // 4 entries)
    max_sectors = n_fat * (size // 4)

    def sector(n: int) -> bytes:
        if (n + 2) * size > len(data):  # a whole sector after the header, or the file is cut
            if n < max_sectors:
                raise CutShort(f"sector {n} is past the end of the file")
            raise ValueError("sector outside the file")
        return data[(n + 1) * size:(n + 2) * size]

    fat_sectors = [n for n in struct.unpack_from("<109I", data, 0x4C) if n <= _MAX_REGULAR]
    n, hops = first_difat, 0
    while n <= _MAX_REGULAR and hops < n_difat + 1 and hops < sectors:
        entries = struct.unpack(f"<{size // 4}I", sector(n))
        fat_sectors += [e for e in entries[:-1] if e <= _MAX_REGULAR]
        n, hops = entries[-1], hops + 1
    fat = b"".join(sector(n) for n in fat_sectors[:max(n_fat, 1)])
    fat_entries = struct.unpack(f"<{len(fat) // 4}I", fat)

    def chain(start: int, table, limit: int) -> list[int]:
        out: list[int] = []
        n = start
        while n <= _MAX_REGULAR:
            if n >= len(table) or len(out) > limit:
                raise ValueError("broken sector chain")
            out.append(n)
            n = table[n]
        return out

    directory = b"".join(sector(n) for n in chain(first_dir, fat_entries, sectors))
    records = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
    if not records:
        raise ValueError("no directory")
    found = None
    for e in records:
        name_len = struct.unpack_from("<H", e, 0x40)[0]
        name = e[:max(name_len - 2, 0)].decode("utf-16-le", "replace")
        if e[0x42] == 2 and name in ("Workbook", "Book"):
            found = e
            break
    if found is None:
        return None
    start, length = struct.unpack_from("<IQ", found, 0x74)
    length &= 0xFFFFFFFF  # version 3 files leave the high half undefined
    if length >= cutoff:
        return b"".join(sector(n) for n in chain(start, fat_entries, sectors))[:length]
    root_start, _root_len = struct.unpack_from("<IQ", records[0], 0x74)
    mini_stream = b"".join(sector(n) for n in chain(root_start, fat_entries, sectors))
    minifat = b"".join(sector(n) for n in chain(first_minifat, fat_entries, sectors)[:n_minifat])
    mini_entries = struct.unpack(f"<{len(minifat) // 4}I", minifat)
    parts = [mini_stream[n * mini_size:(n + 1) * mini_size]
             for n in chain(start, mini_entries, len(mini_entries))]
    if any(len(p) != mini_size for p in parts):
        raise ValueError("mini sector outside the mini stream")
    return b"".join(parts)[:length]


def _sheets(stream: bytes):
    """The used range of each worksheet substream (as calamine would place its value cells)."""
    pos, end = 0, len(stream)
    bounds: Bounds | None = None
    unpack = struct.unpack_from
    while pos + 4 <= end:
        kind, length = unpack("<HH", stream, pos)
        body = pos + 4
        pos = body + length
        if kind == _BOF:
            bounds = Bounds()
        elif kind == _EOF:
            if bounds is not None and bounds.cells:
                yield bounds
            bounds = None
        elif bounds is not None and length >= 4 and (kind in _CELL or kind == _MULRK):
            row, col = unpack("<HH", stream, body)
            if kind == _MULRK and length >= 6:
                col = max(col, unpack("<H", stream, pos - 2)[0])
            if col > _LAST_COLUMN:  # BIFF8 sheets end at column IV: a damaged record
                raise Unreadable(f"a cell at column {col + 1}")
            bounds.cells += 1
            bounds.rows = max(bounds.rows, row + 1)
            bounds.columns = max(bounds.columns, col + 1)
    if bounds is not None and bounds.cells:
        yield bounds


__all__ = ["CutShort", "SheetTooBig", "Unreadable", "check_xls"]
