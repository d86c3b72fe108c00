"""``backup [--to FILE]``: a consistent copy of the shop file."""

from __future__ import annotations

import sys

from shopowner.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("backup", help=translate("Cli", "write a consistent backup of the shop file"))
    p.add_argument("--to", metavar="FILE",
                   help=translate("Cli", "backup file (default: backups/shopowner-DATE.db in the "
                                         "data folder)"))
    p.set_defaults(handler=handle)


def handle(args, ctx) -> int:
    from pathlib import Path

    from shopowner.store.backup import BackupError, backup_to, default_backup_path

    target = Path(args.to) if args.to else default_backup_path(ctx.data_dir)
    try:
        path = backup_to(ctx.db, target)
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(translate("Cli", "Backup written to {path}").format(path=path))
    return 0
