"""One table written as a file a spreadsheet opens: ``.csv`` (UTF-8 with BOM, for Excel and WPS)
or ``.xlsx`` (openpyxl, write-only), by the path's suffix, through a temporary name so a half
written file never takes the place of a good one.

Every text cell that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) is prefixed with an apostrophe (:func:`neutralise`), so a buyer
who named themselves ``=HYPERLINK(…)`` cannot run anything on the owner's PC.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SUFFIXES = (".xlsx", ".csv")


def neutralise(value):
    """A text cell made safe for spreadsheets; numbers and empty values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_table(path: Path | str, sheet: str, headers: list[str], rows: Iterable[list]) -> None:
    """Write ``headers`` and ``rows`` (cells already neutralised) to ``path``; the suffix, one of
    :data:`SUFFIXES`, says the format (the caller checks it first, with its own message)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    if path.suffix.lower() == ".csv":
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers)
            writer.writerows(rows)
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        table = book.create_sheet(sheet)
        table.append(headers)
        for row in rows:
            table.append(row)
        book.save(tmp)
    tmp.replace(path)
