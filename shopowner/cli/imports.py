"""``import FILE…``: import order exports (or the seller's own list) into the customer book."""

from __future__ import annotations

import json
import sys

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("import", help=translate("Cli", "import order exports (CSV/XLSX) from the "
                                                       "seller centers"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help=translate("Cli", "print the report as JSON"))
    p.add_argument("--mapping", metavar="JSON",
                   help=translate("Cli", "which column holds what, for a table that is not a known "
                                         "platform's export: orders, e.g. '{\"订单号\": "
                                         "\"order_id\", \"实付金额\": \"paid\", \"@platform\": "
                                         "\"generic\"}', or your own customer list, e.g. "
                                         "'{\"姓名\": \"name\", \"手机\": \"phone\"}'. Once "
                                         "imported, the mapping is remembered for files with the "
                                         "same columns"))
    p.set_defaults(handler=handle)
    h = sub.add_parser("import-history", help=translate("Cli", "list the imports done so far, "
                                                               "newest first"))
    h.add_argument("--limit", type=int, default=20, metavar="N",
                   help=translate("Cli", "show the last N imports (default 20)"))
    h.add_argument("--json", action="store_true", help=translate("Cli", "print the report as JSON"))
    h.set_defaults(handler=handle_history)


def handle(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.imports.order_mapping import ORDER_FIELDS, PLATFORM, PLATFORM_CHOICES
    from shopowner.imports.generic import FIELDS
    from shopowner.imports.platforms import platform_label
    from shopowner.imports.run import import_files

    mappings = None
    if args.mapping:
        try:
            mapping = json.loads(args.mapping)
            if not isinstance(mapping, dict):
                raise ValueError
        except ValueError:
            print(translate("Cli", "--mapping must be a JSON object of column name → field. Order "
                                   "fields: {orders}; “{platform}”: {platforms}. Customer-list "
                                   "fields: {customers}.").format(
                orders=", ".join(ORDER_FIELDS), platform=PLATFORM,
                platforms=", ".join(PLATFORM_CHOICES), customers=", ".join(FIELDS)),
                file=sys.stderr)
            return 2
        mappings = {f: mapping for f in args.files}
    from shopowner.cli.progress import terminal_progress

    with terminal_progress() as progress:
        result = import_files(ctx.db, args.files, mappings=mappings, progress=progress)
    if args.json:
        print_json({"files": [{**f.as_json(), **({"proposed_mapping": f.proposal}
                                                 if f.proposal else {})} for f in result.files]})
    else:
        for f in result.files:
            print(describe(f, platform_label))
            if f.proposal:
                print(confirm_hint(f))
    return 1 if result.rejected or result.cancelled else 0


def confirm_hint(f) -> str:
    """How to import an unknown order table with the columns we propose."""
    mapping = json.dumps(f.proposal, ensure_ascii=False).replace("'", "'\\''")
    return translate("Cli", "  To import it with these columns, run again with: --mapping '{mapping}' "
                            "(change a field in the JSON if a column is wrong; “@platform” may "
                            "name the platform it comes from).").format(mapping=mapping)


def describe(f, platform_label) -> str:
    if f.error:
        return translate("Cli", "{file}: not imported. {error}").format(file=f.file, error=f.error)
    lines = [translate("Cli", "{file}: {platform}, rows: {rows}, orders: {orders} ({new} new, "
                              "{updated} updated), customers: {new_customers} new / {matched} "
                              "matched, possible duplicates to review: {duplicates}.").format(
        file=f.file, platform=platform_label(f.kind or f.platform), rows=f.rows, orders=f.orders,
        new=f.new_orders, updated=f.updated_orders, new_customers=f.new_customers,
        matched=f.matched_customers, duplicates=f.duplicates)]
    for s in f.skipped:
        lines.append(translate("Cli", "  row {row} skipped: {reason}").format(**s))
    if f.skipped_total > len(f.skipped):
        lines.append(translate("Cli", "  … and {count} more skipped rows").format(
            count=f.skipped_total - len(f.skipped)))
    lines.extend("  " + w for w in f.warnings)
    return "\n".join(lines)


def handle_history(args, ctx) -> int:
    from shopowner.cli import print_json
    from shopowner.imports.history import import_history
    from shopowner.imports.platforms import platform_label

    reports = import_history(ctx.db, max(args.limit, 1))
    if args.json:
        print_json({"imports": [{**f.as_json(), "import_id": f.import_id,
                                 "finished_at": f.finished_at, "duplicates": f.duplicates,
                                 "staff": f.staff_name,
                                 "skipped_count": f.skipped_total,
                                 "warnings": f.warnings} for f in reports]})
        return 0
    if not reports:
        print(translate("Cli", "No orders have been imported yet."))
    for f in reports:
        by = f"  [{f.staff_name}]" if f.staff_name else ""
        print(f"{f.finished_at}{by}  {describe(f, platform_label)}")
    return 0
