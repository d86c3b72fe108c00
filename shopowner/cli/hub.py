"""``hub init|start|stop|status|move-in|move-out|join|leave``: the shop's book on a PostgreSQL hub
shared by several PCs (team mode); ``hub dump|restore-dump`` are in ``cli/hub_dumps.py``. ``init``
makes this PC the hub (a server ShopOwner runs in a folder of the data folder,
``store/pg/server.py``); ``join`` makes a data folder work on a hub from then on. The hub's address
comes from ``--database-url``, ``$SHOPOWNER_DATABASE_URL`` or the hub the data folder joined."""

from __future__ import annotations

import os
import sys

from shopowner.cli import hub_dumps
from shopowner.i18n import translate


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
    join = hsub.add_parser("join", help=translate("Cli", "make this data folder work on the hub from now on "
                                                         "(every command and the window)"))
    leave = hsub.add_parser("leave", help=translate("Cli", "make this data folder work on its own shop file "
                                                           "again"))
    for command in (status, move_in, move_out, join):
        # its own name: argparse would let a sub-command's default hide the global option's value
        command.add_argument("--database-url", metavar="URL", dest="hub_url",
                             help=translate("Cli", "the hub's address, postgresql://user:password@host:5432/shop "
                                                   "(default: $SHOPOWNER_DATABASE_URL)"))
    join.add_argument("--address", metavar="HOST[:PORT]", help=translate(
        "Cli", "the hub's address as the hub's PC shows it (文件 → 团队模式), e.g. 192.168.1.5:5432; "
               "with --password, in place of --database-url"))
    join.add_argument("--password", help=translate(
        "Cli", "the shop password the hub's PC shows (default: $SHOPOWNER_HUB_PASSWORD)"))
    _register_server(hsub)
    hub_dumps.register(hsub)
    status.set_defaults(handler=handle_status)
    move_in.set_defaults(handler=handle_move_in)
    move_out.set_defaults(handler=handle_move_out)
    join.set_defaults(handler=handle_join)
    leave.set_defaults(handler=handle_leave)


def _register_server(hsub) -> None:
    init = hsub.add_parser("init", help=translate("Cli", "make this PC the hub: a PostgreSQL server in the data "
                                                         "folder, with a generated password"))
    start = hsub.add_parser("start", help=translate("Cli", "start this PC's hub (after a restart of the PC)"))
    stop = hsub.add_parser("stop", help=translate("Cli", "stop this PC's hub: the other PCs cannot reach the "
                                                         "book until it starts again"))
    for command in (init, start, stop):
        command.add_argument("--folder", metavar="DIR", help=translate(
            "Cli", "the hub's folder (default: hub in the data folder)"))
    for command in (init, start):
        command.add_argument("--port", type=int, metavar="N", help=translate(
            "Cli", "the port to listen on (default: 5432 when free, else a free one)"))
        command.add_argument("--show-password", action="store_true", help=translate(
            "Cli", "print the shop password in the address the other PCs join at"))
    reach = init.add_mutually_exclusive_group()
    reach.add_argument("--lan-only", dest="lan", action="store_true", default=True, help=translate(
        "Cli", "the other PCs on this local network can join (default; never the internet)"))
    reach.add_argument("--local-only", dest="lan", action="store_false", help=translate(
        "Cli", "only this PC can reach the hub"))
    init.set_defaults(handler=handle_init)
    start.set_defaults(handler=handle_start)
    stop.set_defaults(handler=handle_stop)


def _folder(args, ctx):
    from pathlib import Path

    from shopowner.store.pg.server import default_folder

    return Path(args.folder).expanduser().resolve() if args.folder else default_folder(ctx.data_dir)


def _show_addresses(args, server) -> None:
    """Where the other PCs join, where the password is kept, and this PC's own address."""
    folder = f' --folder "{server.folder}"' if args.folder else ""
    joins = server.join_urls(show_password=args.show_password)
    if joins:
        for url in joins:
            print(translate("Cli", "Other PCs join at: {url}").format(url=url))
    elif server.lan:
        print(translate("Cli", "This PC has no address on a local network now, so only this PC can reach the "
                               "hub. Connect it to the shop's network, then: python main.py hub start{folder}")
              .format(folder=folder))
    else:
        print(translate("Cli", "Only this PC can reach the hub (made with --local-only)."))
    if args.show_password and not joins:
        print(translate("Cli", "The shop password: {password}").format(password=server.password()))
    if joins and not args.show_password:
        print(translate("Cli", "The shop password is kept in {file}, which only this PC's account can read; "
                               "print it with: python main.py hub start --show-password{folder}")
              .format(file=server.password_file, folder=folder))
    print(translate("Cli", "This PC's own address (the password stays in that file): {url}")
          .format(url=server.local_url()))


def handle_init(args, ctx) -> int:
    from shopowner.store.pg.server import LOCALE, init_server

    server = init_server(_folder(args, ctx), port=args.port, lan_too=args.lan)
    print(translate("Cli", "This PC is now the shop's hub: PostgreSQL {major} in {folder}, port {port}, "
                           "a {locale} database ready for the book.").format(
        major=server.major, folder=server.folder, port=server.port, locale=LOCALE))
    _show_addresses(args, server)
    print(translate("Cli", "Move this PC's shop into it with: python main.py hub move-in --database-url "
                           "\"{url}\"").format(url=server.local_url()))
    folder = f' --folder "{server.folder}"' if args.folder else ""
    print(translate("Cli", "The hub runs until this PC restarts or: python main.py hub stop{folder}. Start it "
                           "again with: python main.py hub start{folder}").format(folder=folder))
    return 0


def handle_start(args, ctx) -> int:
    from shopowner.store.pg.server import start_server

    server = start_server(_folder(args, ctx), port=args.port)
    print(translate("Cli", "The hub runs: PostgreSQL {major} in {folder}, port {port}.").format(
        major=server.major, folder=server.folder, port=server.port))
    _show_addresses(args, server)
    return 0


def handle_stop(args, ctx) -> int:
    from shopowner.store.pg.server import stop_server

    folder = _folder(args, ctx)
    if stop_server(folder):
        print(translate("Cli", "The hub in {folder} was stopped; what every PC saved is kept. The other PCs "
                               "cannot reach the book until: python main.py hub start{option}").format(
            folder=folder, option=f' --folder "{folder}"' if args.folder else ""))
    else:
        print(translate("Cli", "The hub in {folder} was not running.").format(folder=folder))
    return 0


def _url(args, ctx) -> str | None:
    from shopowner.store.location import hub_url

    url = getattr(args, "hub_url", None) or hub_url(ctx.data_dir)
    if not url:
        print(translate("Cli", "Error: say where the hub is: --database-url postgresql://user:password@host:5432/shop "
                               "(or set SHOPOWNER_DATABASE_URL)."), file=sys.stderr)
        return None
    return url


def handle_join(args, ctx) -> int:
    from shopowner.store.location import join_hub, joined_hub
    from shopowner.store.pg.address import AddressError, join_url
    from shopowner.store.pg.book import HubBook

    url: str | None
    if args.address:  # as 文件 → 团队模式 → join takes it: the address and the shop password
        try:
            url = join_url(args.address, args.password or os.environ.get("SHOPOWNER_HUB_PASSWORD", ""))
        except AddressError as exc:
            print(translate("Cli", "Error: {reason}").format(reason=exc), file=sys.stderr)
            return 2
    else:
        url = _url(args, ctx)
    if url is None:
        return 2
    HubBook.open(url).close()  # reachable, UTF-8, a ShopOwner book (or empty): else it says why
    before = joined_hub(ctx.data_dir)
    join_hub(ctx.data_dir, url)
    print(translate("Cli", "This data folder now works on the hub: every command and the window read and "
                           "write the shop's book there. Back to the shop file: python main.py hub leave"))
    if before and before != url:
        print(translate("Cli", "(It had joined another hub before; that one is no longer used here.)"))
    return 0


def handle_leave(args, ctx) -> int:
    from shopowner.paths import db_path
    from shopowner.store.location import joined_hub, leave_hub

    if not joined_hub(ctx.data_dir):
        print(translate("Cli", "This data folder works on its own shop file already."))
        return 0
    leave_hub(ctx.data_dir)
    print(translate("Cli", "This data folder works on its shop file {file} again. What was written on the hub "
                           "stays there (python main.py hub move-out copies it into a new shop file).").format(
        file=db_path(ctx.data_dir)))
    return 0


def _progress():
    def show(table: str, rows: int) -> None:  # the big tables only: the rest take no time
        if rows >= 10000:
            print(translate("Cli", "  {table}: {rows} rows").format(table=table, rows=rows), file=sys.stderr)
    return show


def handle_status(args, ctx) -> int:
    from shopowner.store.pg.hub import connect_hub, hub_status, lost_hub, prepare_hub

    url = _url(args, ctx)
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
    from shopowner.cli.progress import wait_notice
    from shopowner.paths import db_path
    from shopowner.store import open_database
    from shopowner.store.pg.hub import connect_hub, lost_hub, prepare_hub
    from shopowner.store.pg.move import move_in

    url = _url(args, ctx)
    if url is None:
        return 2
    file = db_path(ctx.data_dir)
    if not file.exists():
        print(translate("Cli", "Error: there is no shop file in {folder} to move in.").format(folder=ctx.data_dir),
              file=sys.stderr)
        return 1
    with lost_hub(url), connect_hub(url) as conn:
        prepare_hub(conn)
        shop = open_database(ctx.data_dir, hub=False, on_wait=wait_notice())  # the file, not the hub
        try:
            report = move_in(shop, conn, data_dir=ctx.data_dir, source=str(file), progress=_progress())
        finally:
            shop.close()
    print(translate("Cli", "Moved into the hub: {rows} rows in {tables} tables and {files} files, each table "
                           "checked row by row and each file by its checksum.")
          .format(rows=report.total, tables=len(report.rows), files=report.files))
    if report.missing_files:
        print(translate("Cli", "Not moved, because they were already missing or changed in the data folder: "
                               "{names}").format(names=", ".join(report.missing_files)))
    print(translate("Cli", "The shop file {file} was left as it was: keep it as a backup. To work on the hub "
                           "from now on: python main.py hub join --database-url …").format(file=file))
    return 0


def handle_move_out(args, ctx) -> int:
    from shopowner.cli.hub_dumps import team_check
    from shopowner.paths import db_path
    from shopowner.staff.permissions import EXPORT, require
    from shopowner.store.pg.hub import connect_hub, lost_hub, prepare_hub
    from shopowner.store.pg.move import move_out_to_folder

    url = _url(args, ctx)
    if url is None:
        return 2
    team_check(ctx, lambda db: require(db, EXPORT))  # the whole book, in a new file: an export
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
