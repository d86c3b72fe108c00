"""``hub dump [--to FILE]`` and ``hub restore-dump FILE [--yes]``: the hub's book as PostgreSQL's own
dump (``pg_dump``), on a PC with PostgreSQL's programs at least as new as the server — the hub's
own PC has them. The shop-file backups (``backup``) need none and stay the daily backup of every
mode. The hub is the one of ``--database-url``, ``$SHOPOWNER_DATABASE_URL``, the hub the data
folder joined, or else this PC's own hub."""

from __future__ import annotations

import sys
from pathlib import Path

from shopowner.i18n import translate


def register(hsub) -> None:
    dump = hsub.add_parser("dump", help=translate(
        "Cli", "write a pg_dump of the hub's book (needs PostgreSQL's programs, as the hub's PC has), "
               "read back and checked"))
    dump.add_argument("--to", metavar="FILE", help=translate(
        "Cli", "the dump file (default: backups/shopowner-DATE.pgdump in the data folder)"))
    restore = hsub.add_parser("restore-dump", help=translate(
        "Cli", "replace the hub's book with a pg_dump, in one transaction (the book as it was is "
               "dumped aside first)"))
    restore.add_argument("file", metavar="FILE", help=translate("Cli", "the dump to restore"))
    restore.add_argument("--yes", action="store_true", help=translate("Cli", "restore without asking first"))
    for command in (dump, restore):
        command.add_argument("--database-url", metavar="URL", dest="hub_url", help=translate(
            "Cli", "the hub's address, postgresql://user:password@host:5432/shop (default: "
                   "$SHOPOWNER_DATABASE_URL, the hub this data folder joined, or this PC's own hub)"))
    dump.set_defaults(handler=handle_dump)
    restore.set_defaults(handler=handle_restore_dump)


def _url(args, ctx) -> str | None:
    from shopowner.store.location import hub_url
    from shopowner.team.hub_steps import own_hub_url

    url = args.hub_url or hub_url(ctx.data_dir) or own_hub_url(ctx.data_dir)
    if not url:
        print(translate("Cli", "Error: say where the hub is: --database-url postgresql://user:password@host:5432/shop "
                               "(or set SHOPOWNER_DATABASE_URL)."), file=sys.stderr)
    return url


def team_check(ctx, check) -> None:
    """On a PC whose data folder works on a hub (joined, or ``$SHOPOWNER_DATABASE_URL``), the
    person running the command (``--staff``) must pass ``check(db)`` of ``staff/permissions.py``
    first, as in the window: a dump elsewhere is an export of the book."""
    from shopowner.store.location import hub_url

    if hub_url(ctx.data_dir):
        check(ctx.db)


def _rows(contents) -> str:
    return translate("Cli", "{rows} rows in {tables} tables").format(rows=contents.total, tables=len(contents.rows))


def handle_dump(args, ctx) -> int:
    from shopowner.staff.permissions import EXPORT, require
    from shopowner.store.hub_dumps import make_dump
    from shopowner.store.pg.dump import dump_hub

    url = _url(args, ctx)
    if url is None:
        return 2
    if args.to:  # outside the data folder's own backups: an export
        team_check(ctx, lambda db: require(db, EXPORT))
    report = dump_hub(url, Path(args.to).expanduser()) if args.to else make_dump(url, ctx.data_dir)
    print(translate("Cli", "Dump of the hub's book written to {path}: {rows}, read back and checked table by "
                           "table.").format(path=report.path, rows=_rows(report.contents)))
    return 0


def handle_restore_dump(args, ctx) -> int:
    from shopowner.staff.permissions import require_founder_to_replace
    from shopowner.store.backups import BEFORE_RESTORE
    from shopowner.store.hub_dumps import make_dump
    from shopowner.store.pg.dump import contents_for, is_book, restore_dump
    from shopowner.store.pg.hub import _hidden

    url = _url(args, ctx)
    if url is None:
        return 2
    team_check(ctx, require_founder_to_replace)
    dump = Path(args.file).expanduser()
    contents = contents_for(url, dump)  # a dump cut short is refused before anything is asked
    if not args.yes:
        if not sys.stdin.isatty():
            print(translate("Cli", "Not restored: add --yes to restore without being asked."), file=sys.stderr)
            return 2
        answer = input(translate(
            "Cli", "Replace everything the hub's book ({url}) holds, for every PC, with the dump {file} "
                   "({rows})? The book as it is now is dumped aside first. [y/N] ").format(
            url=_hidden(url), file=dump.name, rows=_rows(contents))).strip().lower()
        if answer not in ("y", "yes", "是", "好"):
            print(translate("Cli", "Not restored; nothing was changed."))
            return 1
    aside = make_dump(url, ctx.data_dir, BEFORE_RESTORE).path if is_book(url) else None
    report = restore_dump(url, dump)
    print(translate("Cli", "Restored {file} into the hub's book: {rows}, each table's rows checked before it "
                           "was committed.").format(file=dump.name, rows=_rows(report.contents)))
    if aside is not None:
        print(translate("Cli", "The book as it was before is kept as {path} (python main.py hub restore-dump "
                               "puts it back).").format(path=aside))
    return 0
