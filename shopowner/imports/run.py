"""Import order exports: each file inside one transaction, with a report the owner can read.

A file either imports whole (bad rows skipped and listed with their row number and reason) or
leaves nothing behind. Re-importing the same or an overlapping file updates status and amounts
and never duplicates an order or a customer. A Taobao OrderList and DetailList given together
are joined on 订单编号 (items from the DetailList); either imports alone too.
"""

from __future__ import annotations

import json
import logging
from contextlib import closing
from itertools import chain
from datetime import date
from pathlib import Path

from shopowner import clock
from shopowner.gc_pause import full_collections_paused
from shopowner.i18n import translate
from shopowner.imports import generic, order_mapping
from shopowner.imports.identity import Resolver
from shopowner.imports.parse import CHUNK, order_chunks, skip
from shopowner.imports.parse_process import ParseProcess, ParseProcessLost, worth_parsing_apart
from shopowner.imports.platforms import detect, platform_label
from shopowner.imports.platforms.base import Order, Platform, RowProblem, build_order, row_values
from shopowner.imports.read import ImportRejected, Table, open_table
from shopowner.imports.report import (  # callers import them from here too
    MAX_REPORTED_SKIPS, FileReport, ImportResult, NeedsMapping,
)
from shopowner.imports.write import OrderWriter
from shopowner.progress import Cancelled, Progress, maybe
from shopowner.store.customer_search import (index_imported_orders, paused_search_index,
                                              reindex_customers)
from shopowner.store.bulk_indexes import BulkIndexes, bulk_indexes
from shopowner.store.customers import refresh_customer_totals
from shopowner.store.erased import ErasedKeys
from shopowner.store.orders import bulk_cache, finish_import, orders_stored, start_import

# tables whose secondary indexes a big file sets aside while it loads (store/bulk_indexes.py)
BULK_TABLES = ("orders", "order_items", "customer_identities", "customers")
BULK_MIN_ORDERS = 5000
_log = logging.getLogger(__name__)


def import_files(db, paths, *, mappings: dict | None = None, progress: Progress | None = None,
                 parallel: bool | None = None, today: date | None = None) -> ImportResult:
    """Import several exports in turn (each in its own transaction); pairs Taobao lists. Then
    the reminders the new orders made due on ``today`` are written (:func:`_reminders_due`).

    ``parallel``: parse CSV files in a child process (None: only big ones, see
    ``parse_process.PARALLEL_MIN_BYTES``)."""
    progress = maybe(progress)
    mappings = {str(Path(k)): v for k, v in (mappings or {}).items()}
    plans = _plan(db, [Path(p) for p in paths], mappings)
    from shopowner.imports.backup_first import back_up_before_import

    try:  # a big import is backed up first; no backup, no import
        back_up_before_import(db, [p["table"] for p in plans if p.get("table") is not None],
                              progress)
    except BaseException:
        for plan in plans:
            _close(plan)
        raise
    reports: list[FileReport] = []
    for n, plan in enumerate(plans):
        if plan.get("report") is not None:
            reports.append(plan["report"])
            continue
        step = _FileProgress(progress, n, len(plans), plan["table"].path.name)
        try:
            with full_collections_paused():  # a full collection would hold the GIL
                reports.extend(_import_plan(db, plan, step, parallel))
        except Cancelled:
            for t in (plan["table"], plan.get("detail")):
                if t is not None:
                    t.close()
            reports.append(FileReport(file=str(plan["table"].path), error=translate(
                "Imports", "Cancelled: nothing from this file was imported.")))
            for rest in plans[n + 1:]:
                _close(rest)
                path = rest["report"].file if rest.get("report") else str(rest["table"].path)
                reports.append(FileReport(file=path, error=translate(
                    "Imports", "Cancelled: this file was not imported.")))
            _reminders_due(db, reports, today)  # files finished before the cancel were kept
            return ImportResult(reports, cancelled=True)
    _reminders_due(db, reports, today)
    return ImportResult(reports)


def _reminders_due(db, reports: list[FileReport], today: date | None) -> int:
    """New orders and customers can make reminders due (a card not added, a rebuy window):
    they are written here, right after the import's own transactions and in the same job, so the
    CLI's import makes them too and no screen has to write them when it shows the new orders."""
    if all(report.error for report in reports):
        return 0
    from shopowner.followups.reminders import generate_reminders

    return generate_reminders(db, today or clock.today())


def _close(plan: dict) -> None:
    for key in ("table", "detail"):
        if plan.get(key) is not None:
            plan[key].close()


class _FileProgress:
    """Spreads one file's progress over its share of the whole job (per mille per file): reading
    the rows takes the first READING of it, the bulk work after them (totals, search index)
    the rest, so the bar keeps moving and says what it is doing."""

    READING = 0.8

    def __init__(self, progress: Progress, index: int, count: int, name: str):
        self.progress, self.index, self.count, self.name = progress, index, count, name

    def __call__(self, table: Table) -> None:
        share = min(table.done / table.total, 1.0) if table.total else 0.0
        self._update(share * self.READING,
                     translate("Imports", "Importing {name}…").format(name=self.name))

    def finishing(self, fraction: float, text: str) -> None:
        self._update(self.READING + fraction * (1 - self.READING), text.format(name=self.name))

    def _update(self, share: float, text: str) -> None:
        self.progress.update(int((self.index + share) * 1000), self.count * 1000, text)


def _plan(db, paths: list[Path], mappings: dict) -> list[dict]:
    """Open every file, detect its layout, and pair Taobao OrderLists with their DetailLists."""
    plans: list[dict] = []
    for path in paths:
        try:
            table = open_table(path)
        except ImportRejected as exc:
            plans.append({"report": FileReport(file=str(path), error=str(exc))})
            continue
        plans.append({"table": table, "layout": detect(table.headers),
                      "mapping": mappings.get(str(path))})
    lists = [p for p in plans if p.get("layout") and p["layout"].kind == "taobao_orderlist"]
    details = [p for p in plans if p.get("layout") and p["layout"].kind == "taobao_detail"]
    for order_plan in lists:
        stamp = _stamp(order_plan["table"].path)
        match = [d for d in details if _stamp(d["table"].path) == stamp] or (
            details if len(details) == 1 and len(lists) == 1 else [])
        if match:
            detail = match[0]
            details.remove(detail)
            plans.remove(detail)
            order_plan["detail"] = detail["table"]
    return plans


def _stamp(path: Path) -> str:
    return "".join(ch for ch in path.stem if ch.isdigit())


def _import_plan(db, plan: dict, step, parallel: bool | None) -> list[FileReport]:
    table: Table = plan["table"]
    detail: Table | None = plan.get("detail")
    try:
        try:
            return _import_plan_once(db, plan, step, parallel)
        except ParseProcessLost as exc:  # rolled back; the table here was not read yet
            _log.warning("%s; importing %s again in this process", exc, table.path.name)
            return _import_plan_once(db, plan, step, False)
    finally:
        table.close()
        if detail is not None:
            detail.close()


def _import_plan_once(db, plan: dict, step, parallel: bool | None) -> list[FileReport]:
    table: Table = plan["table"]
    detail: Table | None = plan.get("detail")
    report = FileReport(file=str(table.path))
    reports = [report]
    if detail is not None:
        report.joined_with = str(detail.path)
        if "detail_report" not in plan:  # read once: a second attempt reuses the items
            plan["detail_report"] = FileReport(file=str(detail.path), platform="taobao",
                                               kind="taobao_detail", joined_with=str(table.path))
        reports.append(plan["detail_report"])
    try:
        if detail is not None and "items" not in plan:
            plan["items"] = _read_detail(detail, reports[1], step)
        with bulk_cache(db), db.atomic(), paused_search_index(db):
            layout: Platform | None = plan["layout"]
            if layout is None:
                _import_generic(db, table, plan.get("mapping"), report, step)
            else:
                report.platform, report.kind = layout.key, layout.kind
                _import_orders(db, table, layout, report, plan.get("items"), step, parallel)
    except (ImportRejected, RowProblem) as exc:
        report.error = str(exc)
        report.needs_mapping = isinstance(exc, NeedsMapping)
        report.proposal = getattr(exc, "proposal", None)
        _undo_counts(report)
        if detail is not None:
            reports[1].error = translate("Imports", "Not imported: it was to be joined with {name}, "
                                                    "which was rejected.").format(
                name=table.path.name)
    return reports


def _undo_counts(report: FileReport) -> None:
    report.new_orders = report.updated_orders = report.new_customers = 0
    report.matched_customers = report.duplicates = 0
    report.import_id = None


def _read_detail(table: Table, report: FileReport, step) -> dict[str, list[dict]]:
    """Items per order id from a Taobao DetailList (for the join)."""
    layout = detect(table.headers)
    assert layout is not None  # planned as a Taobao DetailList: detected
    index = layout.column_index(table.headers)
    items: dict[str, list[dict]] = {}
    for row_no, cells in table.rows():
        report.rows += 1
        fields = row_values(index, cells)
        if not fields.get("order_id"):
            report.skipped.append(skip(row_no, translate("Imports", "no order number")))
            continue
        order = build_order(layout, row_no, [fields], True)
        items.setdefault(fields["order_id"], []).extend(order.items)
    report.rows += len(table.skipped)
    report.skipped.extend(skip(n, r) for n, r in table.skipped)
    report.orders = len(items)
    return items


def _import_orders(db, table: Table, layout: Platform, report: FileReport,
                   detail_items: dict | None, step, parallel: bool | None) -> None:
    if "order_id" not in layout.column_index(table.headers):
        raise ImportRejected(translate("Imports", "No order number column was found. Import the file exactly as "
                                                  "the seller center exported it."))
    with closing(_order_source(table, layout, report, step, parallel)) as source:
        _write_orders(db, table, layout, report, source, detail_items, step)


def _write_orders(db, table: Table, layout: Platform, report: FileReport, source,
                  detail_items: dict | None, step) -> None:
    import_id = start_import(db, table.path.name, layout.key)
    report.import_id = import_id
    resolver = Resolver(db, layout.key)
    writer = OrderWriter(db, layout, import_id, resolver)
    with bulk_indexes(db, BULK_TABLES) as indexes:
        def write(orders: list[Order]) -> None:
            if orders and not writer.orders and _big_load(db, table, report.rows):
                indexes.drop()
            writer.write(orders)
            indexes.loaded(writer.orders)

        _read_orders(source, detail_items, write)
        report.orders = writer.orders
        if writer.orders == 0:
            raise ImportRejected(_no_orders_message(report))
        if writer.erased_orders + writer.erased.met:
            report.warnings.append(_erased_warning(writer.erased_orders + writer.erased.met))
        _finish(db, report, resolver, writer.touched, step, new_orders=writer.new_orders,
                updated_orders=writer.updated_orders, indexes=indexes, gained=writer.gained)


def _erased_warning(orders: int) -> str:
    return translate("Imports", "%n order(s) belong to people whose personal data was erased at "
                                "their request: the orders count, but no name, phone or address "
                                "was stored again.", "", orders)


def _big_load(db, table: Table, rows_read: int) -> bool:
    """Will this file at least double the orders table (and is it big)? Then building the
    indexes once afterwards is cheaper than keeping them current row by row."""
    expected = table.total * rows_read / max(table.done, 1) if table.kind == "csv" else table.total
    stored = orders_stored(db)
    return expected >= BULK_MIN_ORDERS and expected >= stored


def _order_source(table: Table, layout: Platform, report: FileReport, step,
                  parallel: bool | None):
    """The file's orders, chunk by chunk: parsed here, or (big CSV files, or ``parallel=True``)
    by a child process, which starts now. Close it when done."""
    apart = worth_parsing_apart(table) if parallel is None else parallel and table.kind == "csv"
    return (ParseProcess if apart else order_chunks)(table, layout, report, step)


def _read_orders(source, detail_items: dict | None, write) -> None:
    """Hand the orders to ``write`` chunk by chunk, with their DetailList items if joined."""
    for orders in source:
        if detail_items is not None:
            for order in orders:
                items = detail_items.get(order.platform_order_id)
                if items is not None:
                    order.items = items
        write(orders)
    write([])


def _no_orders_message(report: FileReport) -> str:
    if report.skipped:
        return translate("Imports", "No order could be imported: all %n row(s) have problems "
                                    "(see the skipped rows). Fix the file or export it again.", "",
                         len(report.skipped))
    return translate("Imports", "The file has no order data (only the column names). Choose a "
                                "longer time range in the seller center and export again.")


def _finish(db, report: FileReport, resolver: Resolver, touched: set[int], step, *,
            new_orders: int, updated_orders: int, indexes: BulkIndexes | None = None,
            gained: set[int] | frozenset[int] = frozenset()) -> None:
    """Totals and search entries of the customers the file touched (``gained``: known customers
    who only gained new orders; their entries stand, only the new orders are indexed), then the
    import's report."""
    assert report.import_id is not None  # started: the import's row exists
    resolver.flush()
    if indexes is not None and indexes.dropped:
        step.finishing(0.0, translate("Imports", "Importing {name}: building the indexes…"))
        # totals and the search index read orders and identities by index
        indexes.restore("orders", "order_items", "customer_identities")
    step.finishing(0.2, translate("Imports", "Importing {name}: updating customer totals…"))
    new = resolver.new_customers  # an id range: new customers are not listed one by one
    ids = sorted((touched | gained).difference(new))
    for start in range(0, len(ids), 900):
        refresh_customer_totals(db, ids[start:start + 900])
    if indexes is not None:  # an order import: its new customers have orders
        for start in range(new.start, new.stop, 900):
            refresh_customer_totals(db, range(start, min(start + 900, new.stop)))
    if indexes is not None:
        indexes.restore()
    step.finishing(0.4, translate("Imports", "Importing {name}: updating the search index…"))
    reindexed = touched | resolver.touched
    reindex_customers(db, chain(reindexed, new))
    index_imported_orders(db, report.import_id, gained - reindexed)
    step.finishing(1.0, translate("Imports", "Importing {name}: saving…"))
    report.new_orders, report.updated_orders = new_orders, updated_orders
    report.new_customers = len(resolver.new_customers)
    report.matched_customers = len(resolver.matched_customers)
    report.duplicates = resolver.duplicates_queued
    stored = {"file": report.file, "kind": report.kind, "orders": report.orders,
              "duplicates": report.duplicates, "joined_with": report.joined_with,
              "skipped": report.skipped[:MAX_REPORTED_SKIPS], "skipped_count": len(report.skipped),
              "warnings": report.warnings[:100]}
    finish_import(db, report.import_id, platform=report.platform, rows=report.rows,
                  new_orders=new_orders, updated_orders=updated_orders,
                  new_customers=report.new_customers,
                  matched_customers=report.matched_customers,
                  report=json.dumps(stored, ensure_ascii=False))


def _import_generic(db, table: Table, mapping: dict | None, report: FileReport, step) -> None:
    """A table no platform layout matches: orders by the chosen (or remembered) order mapping,
    else the seller's own customer list."""
    report.platform = report.kind = "generic"
    try:
        chosen = order_mapping.choose(db, table.headers, mapping)
    except (order_mapping.MappingNeeded, ValueError) as exc:
        proposal = getattr(exc, "proposal", None)
        raise NeedsMapping(str(exc), table.headers,
                           proposal.stored() if proposal else None) from exc
    if chosen.kind == order_mapping.ORDERS:
        layout = order_mapping.layout_for(chosen)
        report.platform, report.kind = layout.key, layout.kind
        _import_orders(db, table, layout, report, None, step, False)
        generic.remember_mapping(db, table.headers, chosen.stored())
        return
    mapping = chosen.columns
    index = {f: table.headers.index(h) for h, f in mapping.items()}
    report.import_id = start_import(db, table.path.name, "generic")
    resolver = Resolver(db, "generic")
    erased = ErasedKeys(db)
    chunk: list[tuple[list, dict]] = []
    for count, (row_no, cells) in enumerate(table.rows(), start=1):
        report.rows += 1
        if count % 500 == 0:
            step(table)
        row = generic.customer_from_row(index, cells)
        keys = resolver.keys(mobile=row["mobile"], wechat=row["wechat"],
                             address_key=row["address_key"])
        if not keys:
            report.skipped.append(skip(row_no, translate(
                "Imports", "no mobile number, WeChat ID or name with address to recognise this "
                           "customer")))
            continue
        if erased.owner(keys) is not None:  # asked to be erased: never stored again
            continue
        chunk.append((keys, row))
        if len(chunk) >= CHUNK:
            _resolve_generic(resolver, chunk)
            chunk = []
    _resolve_generic(resolver, chunk)
    report.rows += len(table.skipped)
    report.skipped.extend(skip(n, r) for n, r in table.skipped)
    report.warnings.extend(table.warnings)
    if erased.met:
        report.warnings.append(translate(
            "Imports", "%n row(s) belong to people whose personal data was erased at their "
                       "request: they were not imported.", "", erased.met))
    if not resolver.new_customers and not resolver.matched_customers and not erased.met:
        raise ImportRejected(_no_orders_message(report))
    generic.remember_mapping(db, table.headers, mapping)
    _finish(db, report, resolver, set(), step, new_orders=0, updated_orders=0)


def _resolve_generic(resolver: Resolver, chunk: list[tuple[list, dict]]) -> None:
    """Match one chunk of a customer list's rows (see :class:`Resolver`)."""
    resolver.prepare((keys, row["nickname"], row["address_key"]) for keys, row in chunk)
    for keys, row in chunk:
        resolver.resolve(keys, nickname=row["nickname"], address_key=row["address_key"],
                         customer=row["customer"])
    resolver.flush()


def inspect_file(db, path) -> dict:
    """What the mapping dialog needs: headers, first rows, layout, and the guessed/remembered
    mapping. Raises :class:`ImportRejected` when the file cannot be read."""
    table = open_table(Path(path))
    try:
        layout = detect(table.headers)
        preview = []
        for _row_no, cells in table.rows():
            preview.append(cells)
            if len(preview) >= 5:
                break
        remembered = generic.remembered_mapping(db, table.headers)
        proposal = order_mapping.propose(table.headers)
        mapping = remembered or proposal.stored()
        return {"headers": table.headers, "preview": preview,
                "platform": layout.key if layout else "generic",
                "label": platform_label(layout.kind if layout else "generic"),
                "remembered": remembered is not None,
                "kind": order_mapping.kind_of(mapping),
                "mapping": mapping}
    finally:
        table.close()
