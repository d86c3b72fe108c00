"""``backup [--to FILE] [--list]`` and ``restore FILE [--yes]``: copies of the shop file and back."""

from __future__ import annotations

import sys
from pathlib import Path

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("backup", help=translate("Cli", "write a consistent backup of the shop file"))
    p.add_argument("--to", metavar="FILE",
                   help=translate("Cli", "backup file (default: backups/shopowner-DATE.db in the "
                                         "data folder)"))
    p.add_argument("--list", action="store_true",
                   help=translate("Cli", "list the backups in the data folder (newest first)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "with --list: as JSON"))
    p.set_defaults(handler=handle)
    r = sub.add_parser("restore", help=translate("Cli", "put a backup back as the shop file (the "
                                                        "current file is kept aside)"))
    r.add_argument("file", metavar="FILE", help=translate("Cli", "the backup to restore"))
    r.add_argument("--yes", action="store_true",
                   help=translate("Cli", "restore without asking first"))
    r.set_defaults(handler=handle_restore)


def handle(args, ctx) -> int:
    from shopowner.staff.permissions import backup_elsewhere
    from shopowner.store.backups import MANUAL, make_backup

    if args.list:
        return _list(ctx.data_dir, args.json)
    # a refused backup (the name exists, the copy failed its check) ends with its own words and
    # exit 1; one the disk stopped (full, read-only…) with the disk's sentence and exit 4 (faults)
    path = backup_elsewhere(ctx.db, Path(args.to)) if args.to else make_backup(ctx.db, ctx.data_dir, MANUAL)
    print(translate("Cli", "Backup written to {path}").format(path=path))
    return 0


def _list(data_dir: Path, as_json: bool) -> int:
    from shopowner.cli import print_json
    from shopowner.store.backups import backups_dir, kind_label, list_backups, size_text

    backups = list_backups(data_dir)
    if as_json:
        print_json([{"file": str(b.path), "date": b.when.strftime("%Y-%m-%d %H:%M:%S"),
                     "kind": b.kind, "size": b.size, "customers": b.customers,
                     "orders": b.orders} for b in backups])
        return 0
    if not backups:
        print(translate("Cli", "No backups yet in {folder}. Make one with: python main.py backup")
              .format(folder=backups_dir(data_dir)))
        return 0
    unreadable = translate("Cli", "cannot be read")
    for b in backups:
        counts = _counts(b.customers, b.orders or 0) if b.customers is not None else unreadable
        print(f"{b.when:%Y-%m-%d %H:%M}  {kind_label(b.kind)}  {size_text(b.size)}  {counts}  "
              f"{b.path.name}")
    print(translate("Cli", "Folder: {folder}").format(folder=backups_dir(data_dir)))
    return 0


def _counts(customers: int, orders: int) -> str:
    return translate("Cli", "{customers}, {orders}").format(
        customers=translate("Cli", "%n customer(s)", "", customers),
        orders=translate("Cli", "%n order(s)", "", orders))


def handle_restore(args, ctx) -> int:
    from shopowner.paths import db_path
    from shopowner.store.location import hub_url
    from shopowner.store.restore import restore_backup, verify_backup

    info = verify_backup(Path(args.file))  # a RestoreError is printed by the CLI's runner
    on_hub = hub_url(ctx.data_dir) is not None
    if on_hub:  # over everyone's book: the founder only
        from shopowner.staff.permissions import require_founder_to_replace

        require_founder_to_replace(ctx.db)
    if not args.yes:
        if on_hub:
            question = translate(
                "Cli", "Restore the backup of {date} ({counts}) as the hub's book, for every PC of the "
                       "shop? The book as it is now is kept aside in this PC's backups folder. [y/N] ")
        else:
            question = translate(
                "Cli", "Restore the backup of {date} ({counts}) as the shop file {path}? The current "
                       "file is kept aside in the backups folder. [y/N] ")
        question = question.format(
            date=f"{info.when:%Y-%m-%d %H:%M}", counts=_counts(info.customers or 0, info.orders or 0),
            path=db_path(ctx.data_dir))
        if not sys.stdin.isatty():
            print(translate("Cli", "Not restored: add --yes to restore without being asked."),
                  file=sys.stderr)
            return 2
        answer = input(question).strip().lower()
        if answer not in ("y", "yes", "是", "好"):
            print(translate("Cli", "Not restored; nothing was changed."))
            return 1
    result = restore_backup(ctx.data_dir, Path(args.file))
    print(translate("Cli", "Restored {backup}: the shop now holds {counts}.").format(
        backup=Path(result["backup"]).name, counts=_counts(result["customers"], result["orders"])))
    if on_hub:
        print(translate("Cli", "The hub's book as it was is kept as {path}.").format(path=result["set_aside"]))
        if result["missing_files"]:
            print(translate("Cli", "Files the backup names that neither the hub nor this PC has: {names}")
                  .format(names=", ".join(result["missing_files"])))
    elif result["set_aside"]:
        print(translate("Cli", "The previous shop file was kept as {path}.").format(
            path=result["set_aside"]))
    return 0
