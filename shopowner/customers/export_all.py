"""Export all data (文件 → 导出全部数据, ``export-all DIR``): the owner's records to keep.

One XLSX workbook with a sheet per table (header row frozen, column widths set, dates as dates,
money as numbers) plus the same tables as CSV files (UTF-8 with BOM, so Excel and WPS read the
Chinese), in a new folder inside the one chosen. Text a spreadsheet would run as a formula is
neutralised by the customer export's rule (:func:`shopowner.customers.export.neutralise`).
Everything is written into a hidden temporary folder first and renamed when complete: a
cancelled or failed export leaves nothing half-written.
"""

from __future__ import annotations

import csv
import shutil
from datetime import date, datetime
from pathlib import Path

from shopowner import clock
from shopowner.customers.export import neutralise
from shopowner.customers.labels import wechat_label
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store import export_all as store
from shopowner.vocab import feedback_kinds, followup_kinds, moments
from shopowner.vocab.channel_kinds import channel_kind_name
from shopowner.vocab.paid_via import paid_via_label
from shopowner.vocab.platforms import platform_name
from shopowner.vocab.stages import stage_label

MONEY_FORMAT = "0.00"
MAX_WIDTH = 60


def _yes(value) -> str:
    return translate("ExportAll", "Yes") if value else ""


def _card_state(state: str) -> str:
    return {
        "printed": translate("ExportAll", "Printed"),
        "reserved": translate("ExportAll", "Reserved, not printed"),
    }.get(state, state)


def _via(via: str) -> str:
    return {
        "code": translate("ExportAll", "Card code"),
        "no_code": translate("ExportAll", "Without a code"),
    }.get(via, via)


def _direction(direction: str) -> str:
    return {
        "in": translate("ExportAll", "Customer to shop"),
        "out": translate("ExportAll", "Shop to customer"),
    }.get(direction, direction)


# table → (sheet name, [(header, kind)]); kind: text, int, money (fen), date, day, or a function
def sheets() -> dict[str, tuple[str, list[tuple[str, object]]]]:
    order = [(translate("ExportAll", "Platform"), platform_name),
             (translate("ExportAll", "Order number"), "text")]
    return {
        "customers": (translate("ExportAll", "Customers"), [
            (translate("ExportAll", "Customer number"), "int"),
            (translate("ExportAll", "Name"), "text"),
            (translate("ExportAll", "Nickname"), "text"),
            (translate("ExportAll", "Phone"), "text"),
            (translate("ExportAll", "Province"), "text"),
            (translate("ExportAll", "City"), "text"),
            (translate("ExportAll", "District"), "text"),
            (translate("ExportAll", "Address"), "text"),
            (translate("ExportAll", "WeChat"), lambda s: wechat_label(s)),
            (translate("ExportAll", "WeChat name"), "text"),
            (translate("ExportAll", "WeChat ID"), "text"),
            (translate("ExportAll", "Stage"), stage_label),
            (translate("ExportAll", "Tags"), "text"),
            (translate("ExportAll", "Channel"), "text"),
            (translate("ExportAll", "Orders"), "int"),
            (translate("ExportAll", "Total spent (yuan)"), "money"),
            (translate("ExportAll", "First order"), "date"),
            (translate("ExportAll", "Last order"), "date"),
            (translate("ExportAll", "Notes"), "text"),
            (translate("ExportAll", "Next contact"), "day"),
            (translate("ExportAll", "Erased at"), "date"),
            (translate("ExportAll", "Added"), "date")]),
        "orders": (translate("ExportAll", "Orders"), [
            (translate("ExportAll", "Order record"), "int"),
            *order, (translate("ExportAll", "Customer number"), "int"),
            (translate("ExportAll", "Status"), "text"),
            (translate("ExportAll", "Total (yuan)"), "money"),
            (translate("ExportAll", "Paid (yuan)"), "money"),
            (translate("ExportAll", "Postage (yuan)"), "money"),
            (translate("ExportAll", "Discount (yuan)"), "money"),
            (translate("ExportAll", "Refund (yuan)"), "money"),
            (translate("ExportAll", "Ordered"), "date"),
            (translate("ExportAll", "Paid"), "date"),
            (translate("ExportAll", "Shipped"), "date"),
            (translate("ExportAll", "Completed"), "date"),
            (translate("ExportAll", "Buyer ID"), "text"),
            (translate("ExportAll", "Receiver"), "text"),
            (translate("ExportAll", "Receiver phone"), "text"),
            (translate("ExportAll", "Province"), "text"),
            (translate("ExportAll", "City"), "text"),
            (translate("ExportAll", "District"), "text"),
            (translate("ExportAll", "Address"), "text"),
            (translate("ExportAll", "Postcode"), "text"),
            (translate("ExportAll", "Buyer message"), "text"),
            (translate("ExportAll", "Seller note"), "text"),
            (translate("ExportAll", "Channel"), "text"),
            (translate("ExportAll", "Paid via"), paid_via_label)]),  # a private order's (私域订单)
        "order_items": (translate("ExportAll", "Order items"), [
            (translate("ExportAll", "Order record"), "int"),
            *order, (translate("ExportAll", "Line"), "int"),
            (translate("ExportAll", "Product"), "text"),
            (translate("ExportAll", "SKU"), "text"),
            (translate("ExportAll", "Specification"), "text"),
            (translate("ExportAll", "Quantity"), "int"),
            (translate("ExportAll", "Unit price (yuan)"), "money"),
            (translate("ExportAll", "Amount (yuan)"), "money"),
            (translate("ExportAll", "Platform item ID"), "text")]),
        "cards": (translate("ExportAll", "Cards"), [
            (translate("ExportAll", "Card code"), "text"),
            (translate("ExportAll", "State"), _card_state),
            (translate("ExportAll", "Customer number"), "int"),
            *order, (translate("ExportAll", "Letter"), "text"),
            (translate("ExportAll", "Letter version"), "int"),
            (translate("ExportAll", "Card layout"), "text"),
            (translate("ExportAll", "Printed"), "date"),
            (translate("ExportAll", "Reprints"), "int"),
            (translate("ExportAll", "Redeemed"), "date")]),
        "wechat_adds": (translate("ExportAll", "WeChat adds"), [
            (translate("ExportAll", "Customer number"), "int"),
            (translate("ExportAll", "Card code"), "text"),
            (translate("ExportAll", "Found by"), _via),
            (translate("ExportAll", "WeChat name"), "text"),
            (translate("ExportAll", "Remark"), "text"),
            (translate("ExportAll", "Shop WeChat account"), "text"),
            (translate("ExportAll", "Added"), "date")]),
        "redemptions": (translate("ExportAll", "Redemptions"), [
            (translate("ExportAll", "Card code"), "text"),
            (translate("ExportAll", "Redeemed"), "date"),
            (translate("ExportAll", "Redeemed by customer number"), "int"),
            (translate("ExportAll", "Card's customer number"), "int"),
            (translate("ExportAll", "Printed"), "date")]),
        "followups": (translate("ExportAll", "Follow-ups"), [
            (translate("ExportAll", "Customer number"), "int"),
            (translate("ExportAll", "When"), "date"),
            (translate("ExportAll", "How"), followup_kinds.kind_label),
            (translate("ExportAll", "Direction"), _direction),
            (translate("ExportAll", "Staff"), "text"),
            (translate("ExportAll", "Summary"), "text"),
            (translate("ExportAll", "Chat"), "text")]),
        "feedback": (translate("ExportAll", "Feedback"), [
            (translate("ExportAll", "Customer number"), "int"),
            *order, (translate("ExportAll", "Recorded"), "date"),
            (translate("ExportAll", "Type"), feedback_kinds.kind_label),
            (translate("ExportAll", "Product"), "text"),
            (translate("ExportAll", "Rating"), "int"),
            (translate("ExportAll", "Text"), "text"),
            (translate("ExportAll", "May be quoted"), _yes),
            (translate("ExportAll", "Owner"), "text"),
            (translate("ExportAll", "Status"), feedback_kinds.status_label),
            (translate("ExportAll", "Resolution"), "text"),
            (translate("ExportAll", "Resolved"), "date")]),
        "channels": (translate("ExportAll", "Channels"), [
            (translate("ExportAll", "Channel"), "text"),
            (translate("ExportAll", "Kind"), channel_kind_name),
            (translate("ExportAll", "Code"), "text"),
            (translate("ExportAll", "Cost, all periods (yuan)"), "money"),
            (translate("ExportAll", "Notes"), "text"),
            (translate("ExportAll", "Created"), "date"),
            (translate("ExportAll", "Customers"), "int")]),
        "wechat_accounts": (translate("ExportAll", "WeChat accounts"), [
            (translate("ExportAll", "Shop WeChat account"), "text"),
            (translate("ExportAll", "Friends"), "int"),
            (translate("ExportAll", "Counted"), "date")]),
        "moments_posts": (translate("ExportAll", "Moments posts"), [
            (translate("ExportAll", "Post number"), "int"),
            (translate("ExportAll", "Day"), "day"),
            (translate("ExportAll", "Shop WeChat account"), "text"),
            (translate("ExportAll", "Text"), "text"),
            (translate("ExportAll", "Product"), "text"),
            (translate("ExportAll", "Status"), moments.status_label),
            (translate("ExportAll", "Posted"), "date"),
            (translate("ExportAll", "Images"), "text")]),
        "moments_reactions": (translate("ExportAll", "Moments reactions"), [
            (translate("ExportAll", "Post number"), "int"),
            (translate("ExportAll", "Customer number"), "int"),
            (translate("ExportAll", "Type"), moments.reaction_label),
            (translate("ExportAll", "Text"), "text"),
            (translate("ExportAll", "When"), "date")]),
        "product_opinions": (translate("ExportAll", "New-product opinions"), [
            (translate("ExportAll", "Product"), "text"),
            (translate("ExportAll", "Customer number"), "int"),
            (translate("ExportAll", "Opinion"), moments.opinion_label),
            (translate("ExportAll", "Notes"), "text"),
            (translate("ExportAll", "Asked in"), "text"),
            (translate("ExportAll", "Recorded"), "date")]),
    }


def _date(value, kind: str):
    """A stored time (``YYYY-MM-DD HH:MM:SS`` or a day) as a spreadsheet date; odd text as is."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return neutralise(str(value))
    return when.date() if kind == "day" else when


def _cell(kind, value):
    """A stored value as the spreadsheet should hold it (number, datetime or safe text)."""
    if kind == "money":
        return None if value is None else round(value / 100, 2)
    if kind == "int":
        return value
    if kind in ("date", "day"):
        return _date(value, kind)
    if callable(kind):
        value = kind(value or "") if not isinstance(value, int) else kind(value)
    return neutralise(str(value)) if value not in (None, "") else None  # empty: no cell at all


def _csv_text(kind, value) -> object:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return str(value)[:10 if kind == "day" else 19]  # str(): isoformat(" ") of a datetime
    return value


def _width(value) -> int:
    text = str(value)[:19] if isinstance(value, (datetime, date)) else str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def folder_name(now: datetime | None = None) -> str:
    stamp = (now or clock.current()).strftime("%Y%m%d-%H%M%S")
    return translate("ExportAll", "ShopOwner data {stamp}").format(stamp=stamp)


def export_all(db, parent: Path | str, *, progress: Progress | None = None,
               now: datetime | None = None) -> dict:
    """Write every table into a new folder inside ``parent``; returns ``path`` (the folder),
    ``workbook`` and ``counts`` (rows per table). Team mode: only for someone allowed to export."""
    from shopowner.staff.permissions import EXPORT, require

    require(db, EXPORT)
    progress = maybe(progress)
    parent = Path(parent)
    parent.mkdir(parents=True, exist_ok=True)
    final = parent / folder_name(now)
    if final.exists():
        raise FileExistsError(translate(
            "ExportAll", "{path} already exists; choose another folder.").format(path=final))
    temp = parent / f".{final.name}.part"
    shutil.rmtree(temp, ignore_errors=True)
    try:
        with store.snapshot(db):
            counts = _write(db, temp, final.name, progress)
        temp.rename(final)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return {"path": final, "workbook": final / (final.name + ".xlsx"), "counts": counts}


def _write(db, temp: Path, name: str, progress: Progress) -> dict:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    (temp / "CSV").mkdir(parents=True)
    book = Workbook(write_only=True)
    try:
        return _write_sheets(db, temp, name, progress, book, WriteOnlyCell)
    except BaseException:
        _discard(book)
        raise


def _discard(book) -> None:
    """Close a write-only workbook's half-written sheets and remove their temporary files."""
    for sheet in book.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
            if sheet._writer is not None:
                sheet._writer.cleanup()
        except (OSError, ValueError, AttributeError):
            pass


def _write_sheets(db, temp: Path, name: str, progress: Progress, book, WriteOnlyCell) -> dict:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    layout = sheets()
    totals = {table: store.row_count(db, table) for table in store.TABLES}
    grand = max(sum(totals.values()), 1)
    done = 0
    bold = Font(bold=True)
    counts = {}
    for table in store.TABLES:
        title, columns = layout[table]
        progress.update(done, grand, _exporting(title))
        sheet = book.create_sheet(title[:31])
        sheet.freeze_panes = "A2"
        chunks = store.table_rows(db, table)
        first = next(chunks, [])
        rows = [[_cell(kind, v) for (_h, kind), v in zip(columns, r, strict=True)] for r in first]
        widths = [_width(h) for h, _k in columns]
        for row in rows[:500]:
            widths = [max(w, _width(v) if v is not None else 0) for w, v in zip(widths, row, strict=True)]
        for n, w in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(n)].width = min(w + 2, MAX_WIDTH)
        header = []
        for h, _k in columns:
            cell = WriteOnlyCell(sheet, value=h)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        counts[table] = 0
        money = [n for n, (_h, kind) in enumerate(columns) if kind == "money"]
        with open(temp / "CSV" / f"{title}.csv", "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([h for h, _k in columns])
            while rows:
                for row in rows:
                    writer.writerow([_csv_text(kind, v) for (_h, kind), v in zip(columns, row, strict=True)])
                    for n in money:  # two decimals shown, as yuan are written
                        if row[n] is not None:
                            row[n] = _money_cell(sheet, WriteOnlyCell, row[n])
                    sheet.append(row)
                counts[table] += len(rows)
                done += len(rows)
                progress.update(done, grand, _exporting(title))
                rows = [[_cell(kind, v) for (_h, kind), v in zip(columns, r, strict=True)]
                        for r in next(chunks, [])]
    progress.update(grand, grand, translate("ExportAll", "Saving the workbook…"))
    book.save(temp / f"{name}.xlsx")
    return counts


def _exporting(sheet: str) -> str:
    return translate("ExportAll", "Exporting {sheet}…").format(sheet=sheet)


def _money_cell(sheet, make, value):
    cell = make(sheet, value=value)
    cell.number_format = MONEY_FORMAT
    return cell
