"""Export customers with their order totals as XLSX or CSV (UTF-8 with BOM for Excel and WPS).

Every text cell that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) is prefixed with an apostrophe, so a buyer who named
themselves ``=HYPERLINK(…)`` cannot run anything on the owner's PC.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlite_utils import Database

from shopowner.customers.labels import mask_phone, wechat_label
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store.customer_detail import export_rows
from shopowner.vocab.platforms import platforms_label
from shopowner.vocab.stages import stage_label

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell made safe for spreadsheets; numbers and empty values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def headers() -> list[str]:
    return [
        translate("Customers", "Name"), translate("Customers", "Nickname"),
        translate("Customers", "Phone"), translate("Customers", "Province"),
        translate("Customers", "City"), translate("Customers", "Address"),
        translate("Customers", "Platforms"), translate("Customers", "Orders"),
        translate("Customers", "Total spent (yuan)"), translate("Customers", "First order"),
        translate("Customers", "Last order"), translate("Customers", "WeChat"),
        translate("Customers", "Tags"), translate("Customers", "Stage"),
        translate("Customers", "Notes"), translate("Customers", "Custom fields"),
    ]


def _values(row: dict, mask_phones: bool) -> list:
    custom = json.loads(row["custom_fields"] or "{}")
    address = "".join(p for p in (row["district"], row["address"]) if p)
    return [
        row["name"], row["nickname"], mask_phone(row["phone"]) if mask_phones else (row["phone"] or ""),
        row["province"], row["city"], address, platforms_label(row["platforms"]),
        row["order_count"], round(row["total_spent_fen"] / 100, 2),
        row["first_order_at"] or "", row["last_order_at"] or "",
        wechat_label(row["wechat_status"], row["wechat_name"]), row["tags"] or "",
        stage_label(row["stage"]), row["notes"],
        "；".join(f"{k}: {v}" for k, v in custom.items()),
    ]


def export_customers(db: Database, customer_ids: list[int], path: Path | str, *,
                     mask_phones: bool = True, progress: Progress | None = None) -> int:
    """Write the customers to ``path`` (.xlsx or .csv by suffix); returns the number written."""
    progress = maybe(progress)
    path = Path(path)
    fmt = path.suffix.lower()
    if fmt not in (".xlsx", ".csv"):
        raise ValueError(translate("Customers", "Export to a file ending in .xlsx or .csv."))
    rows = []
    step = 2000
    for start in range(0, len(customer_ids), step):
        progress.update(start, len(customer_ids))
        rows += [[neutralise(v) for v in _values(r, mask_phones)]
                 for r in export_rows(db, customer_ids[start:start + step])]
    tmp = path.with_name(path.name + ".part")
    if fmt == ".csv":
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers())
            writer.writerows(rows)
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet(translate("Customers", "Customers"))
        sheet.append(headers())
        for row in rows:
            sheet.append(row)
        book.save(tmp)
    tmp.replace(path)
    progress.update(len(customer_ids), len(customer_ids))
    return len(rows)


def export_matching(db: Database, path: Path | str, filters: dict | None = None, search: str = "",
                    *, sort: str = "last_order", descending: bool = True,
                    mask_phones: bool = True, progress: Progress | None = None) -> int:
    """Export every customer the search and filters match, in the list's order."""
    from shopowner.store.customer_query import matching_ids

    ids = matching_ids(db, filters, search, sort=sort, descending=descending)
    return export_customers(db, ids, path, mask_phones=mask_phones, progress=progress)
