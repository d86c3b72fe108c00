"""Export customers with their order totals as XLSX or CSV (UTF-8 with BOM for Excel and WPS).

``for_wechat`` writes the column set for tagging them in WeChat instead: the WeChat name and the
remark each was saved under, the account they added, their tags and a suggested remark in the
seller's pattern ``姓名-城市-首购月份-标签`` (name, city, month of the first order as ``2026.03``,
the first two tags), cut to :data:`REMARK_LENGTH` characters.

Every text cell that a spreadsheet would read as a formula is prefixed with an apostrophe
(:func:`shopowner.table_files.neutralise`), so a buyer who named themselves ``=HYPERLINK(…)``
cannot run anything on the owner's PC.
"""

from __future__ import annotations

import json
from pathlib import Path

from shopowner.customers.labels import mask_phone, wechat_label
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store import Database
from shopowner.store.customer_detail import export_rows
from shopowner.table_files import neutralise, write_table
from shopowner.vocab.platforms import platforms_label
from shopowner.vocab.stages import stage_label

REMARK_LENGTH = 30  # a remark short enough to read whole in WeChat's contact list


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


def suggested_remark(row: dict) -> str:
    """``姓名-城市-首购月份-标签``: the parts the customer has, joined by ``-``."""
    first = row["first_order_at"] or ""
    tags = [t for t in (row["tags"] or "").split("、") if t][:2]
    parts = [row["name"] or row["nickname"], row["city"].removesuffix("市"),
             first[:7].replace("-", ".") if first else "", "/".join(tags)]
    return "-".join(p for p in parts if p)[:REMARK_LENGTH]


def wechat_headers() -> list[str]:
    return [
        translate("Customers", "Name"), translate("Customers", "WeChat name"),
        translate("Customers", "Saved as (WeChat remark)"), translate("Customers", "WeChat account"),
        translate("Customers", "Tags"), translate("Customers", "Suggested remark"),
        translate("Customers", "Phone"), translate("Customers", "City"),
        translate("Customers", "First order"), translate("Customers", "Orders"),
        translate("Customers", "Total spent (yuan)"),
    ]


def _wechat_values(row: dict, mask_phones: bool) -> list:
    return [
        row["name"] or row["nickname"], row["wechat_name"], row["wechat_remark"], row["wechat_account"],
        row["tags"] or "", suggested_remark(row),
        mask_phone(row["phone"]) if mask_phones else (row["phone"] or ""), row["city"],
        (row["first_order_at"] or "")[:10], row["order_count"], round(row["total_spent_fen"] / 100, 2),
    ]


def export_customers(db: Database, customer_ids: list[int], path: Path | str, *,
                     mask_phones: bool = True, for_wechat: bool = False,
                     progress: Progress | None = None) -> int:
    """Write the customers to ``path`` (.xlsx or .csv by suffix); returns the number written.
    Team mode: refused (:class:`~shopowner.staff.permissions.NotAllowed`) for a staff member not
    allowed to export, or to see full phones when ``mask_phones`` is off."""
    from shopowner.staff.permissions import EXPORT, require, require_phones_unless_masked

    require(db, EXPORT)
    require_phones_unless_masked(db, mask_phones)
    progress = maybe(progress)
    path = Path(path)
    fmt = path.suffix.lower()
    if fmt not in (".xlsx", ".csv"):
        raise ValueError(translate("Customers", "Export to a file ending in .xlsx or .csv."))
    rows = []
    step = 2000
    for start in range(0, len(customer_ids), step):
        progress.update(start, len(customer_ids))
        values = _wechat_values if for_wechat else _values
        rows += [[neutralise(v) for v in values(r, mask_phones)]
                 for r in export_rows(db, customer_ids[start:start + step])]
    write_table(path, translate("Customers", "Customers"), wechat_headers() if for_wechat else headers(), rows)
    progress.update(len(customer_ids), len(customer_ids))
    return len(rows)


def export_matching(db: Database, path: Path | str, filters: dict | None = None, search: str = "",
                    *, sort: str = "last_order", descending: bool = True,
                    mask_phones: bool = True, for_wechat: bool = False,
                    progress: Progress | None = None) -> int:
    """Export every customer the search and filters match, in the list's order."""
    from shopowner.store.customer_query import matching_ids

    ids = matching_ids(db, filters, search, sort=sort, descending=descending)
    return export_customers(db, ids, path, mask_phones=mask_phones, for_wechat=for_wechat,
                            progress=progress)
