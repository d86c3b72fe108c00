"""``hub status|move-in|move-out``: the shop's book on a PostgreSQL hub shared by several PCs
(team mode). The hub's address comes from ``--database-url`` or ``$SHOPOWNER_DATABASE_URL``."""

from __future__ import annotations

import os
import sys

from shopowner.i18n import translate

ENV = "SHOPOWNER_DATABASE_URL"


def register(sub) -> None:
    p = sub.add_parser("hub", help=translate("Cli", "team mode: the shop's book on a PostgreSQL hub shared by "
                                                    "several PCs"))
    hsub = p.add_subparsers(dest="hub_command", required=True)
    status = hsub.add_parser("status", help=translate("Cli", "reach the hub and show its server and book"))
    status.add_argument("--json", action="store_true", help=translate("Cli", "as JSON"))
    move_in = hsub.add_parser("move-in", help=translate("Cli", "copy this PC's shop file into an empty hub, "
                                                               "checking every table after the copy"))
    move_out = hsub.add_parser("move-out", help=translate("Cli", "copy the hub's book into a new shop file in "
                                                                 "the data folder, checking every table"))
    for command in (status, move_in, move_out):
        command.add_argument("--database-url", metavar="URL", default=os.environ.get(ENV),
                             help=translate("Cli", "the hub's address, postgresql://user:password@host:5432/shop "
                                                   "(default: $SHOPOWNER_DATABASE_URL)"))
    status.set_defaults(handler=handle_status)
    move_in.set_defaults(handler=handle_move_in)
    move_out.set_defaults(handler=handle_move_out)


def _url(args) -> str | None:
    if not args.database_url:
        print(translate("Cli", "Error: say where the hub is: --database-url postgresql://user:password@host:5432/shop "
                               "(or set SHOPOWNER_DATABASE_URL)."), file=sys.stderr)
        return None
    return args.database_url


def _progress():
    def show(table: str, rows: int) -> None:  # the big tables only: the rest take no time
        if rows >= 10000:
            print(translate("Cli", "  {table}: {rows} rows").format(table=table, rows=rows), file=sys.stderr)
    return show


def handle_status(args, ctx) -> int:
    from shopowner.store.pg.hub import connect_hub, hub_status, lost_hub, prepare_hub

    url = _url(args)
    if url is None:
        return 2
    with lost_hub(url), connect_hub(url) as conn:
        prepare_hub(conn)
        status = hub_status(conn)
    if args.json:
        from shopowner.cli import print_json

        print_json({"server": status.server, "locale": status.locale, "shop_id": status.shop_id,
                    "migrations": status.migrations, "rows": status.counts, "meta": status.meta})
        return 0
    print(translate("Cli", "Hub: {server}, {locale}").format(server=status.server, locale=status.locale))
    print(translate("Cli", "Shop: {shop} (schema {steps})").format(shop=status.shop_id,
                                                                  steps=", ".join(status.migrations)))
    held = {t: n for t, n in status.counts.items() if n}
    if not held and "moved_in_from" not in status.meta:
        print(translate("Cli", "The hub's book is empty. Move this PC's shop in with: python main.py hub move-in"))
        return 0
    print(translate("Cli", "Customers: {customers} · orders: {orders} · follow-ups: {followups} · cards: {cards}")
          .format(customers=held.get("customers", 0), orders=held.get("orders", 0),
                  followups=held.get("followups", 0), cards=held.get("cards", 0)))
    if "moved_in_from" in status.meta:
        print(translate("Cli", "Moved in from {file} on {when}.").format(file=status.meta["moved_in_from"],
                                                                        when=status.meta.get("moved_in_at", "")))
    return 0


def handle_move_in(args, ctx) -> int:
    from shopowner.paths import db_path
    from shopowner.store.pg.hub import connect_hub, lost_hub, prepare_hub
    from shopowner.store.pg.move import move_in

    url = _url(args)
    if url is None:
        return 2
    file = db_path(ctx.data_dir)
    if not file.exists():
        print(translate("Cli", "Error: there is no shop file in {folder} to move in.").format(folder=ctx.data_dir),
              file=sys.stderr)
        return 1
    with lost_hub(url), connect_hub(url) as conn:
        prepare_hub(conn)
        report = move_in(ctx.db, conn, data_dir=ctx.data_dir, source=str(file), progress=_progress())
    print(translate("Cli", "Moved into the hub: {rows} rows in {tables} tables and {files} files, each table "
                           "checked row by row and each file by its checksum.")
          .format(rows=report.total, tables=len(report.rows), files=report.files))
    if report.missing_files:
        print(translate("Cli", "Not moved, because they were already missing or changed in the data folder: "
                               "{names}").format(names=", ".join(report.missing_files)))
    print(translate("Cli", "The shop file {file} was left as it was: keep it as a backup; this PC's window "
                           "still opens it until team mode is switched on.").format(file=file))
    return 0


def handle_move_out(args, ctx) -> int:
    from shopowner.paths import db_path
    from shopowner.store.pg.hub import connect_hub, lost_hub, prepare_hub
    from shopowner.store.pg.move import move_out_to_folder

    url = _url(args)
    if url is None:
        return 2
    file = db_path(ctx.data_dir)
    if file.exists():
        print(translate("Cli", "Error: {file} already holds a shop. Choose an empty folder with --data-dir, or "
                               "move that file away first.").format(file=file), file=sys.stderr)
        return 1
    with lost_hub(url), connect_hub(url) as conn:
        prepare_hub(conn)
        report = move_out_to_folder(conn, ctx.data_dir, progress=_progress())
    print(translate("Cli", "The hub's book is now also in {file}: {rows} rows in {tables} tables and {files} "
                           "files, each table checked row by row.").format(
        file=file, rows=report.total, tables=len(report.rows), files=report.files))
    return 0
