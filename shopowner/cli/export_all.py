"""``export-all DIR``: every table of the shop as one XLSX workbook plus CSV files."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("export-all", help=translate("Cli", "export all data (customers, orders, "
                                                           "cards, follow-ups…) as XLSX and CSV"))
    p.add_argument("dir", metavar="DIR",
                   help=translate("Cli", "folder to write into (a new dated folder is made "
                                         "inside it)"))
    p.set_defaults(handler=handle)


def handle(args, ctx) -> int:
    from shopowner.cli.progress import terminal_progress
    from shopowner.customers.export_all import export_all, sheets
    from shopowner.progress import Cancelled

    try:
        with terminal_progress() as progress:
            result = export_all(ctx.db, args.dir, progress=progress)
    except Cancelled:
        print(translate("Cli", "Cancelled: nothing was written."), file=sys.stderr)
        return 1
    except OSError as exc:
        print(translate("Cli", "Cannot write the export to {path} ({reason}). Choose another "
                               "folder.").format(path=args.dir, reason=exc.strerror or exc),
              file=sys.stderr)
        return 1
    print(translate("Cli", "All data exported to {path}").format(path=result["path"]))
    names = sheets()
    for table, n in result["counts"].items():
        print(f"  {names[table][0]}: {n:,}")
    return 0
