"""The headless front end: ``python main.py [--data-dir D] <command> …``.

Each command lives in a small module with ``register(subparsers)``; its handler takes
``(args, ctx)`` and returns the exit code. Handlers only parse, call one core function and print.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from shopowner import __version__, faults
from shopowner.i18n import translate
from shopowner.paths import resolve_data_dir
from shopowner.store.errors import DatabaseError

if TYPE_CHECKING:
    from shopowner.store import Database

    from shopowner.store.health import WriteGuard

# One line per command module; each adds its sub-commands.
COMMAND_MODULES = [
    "shopowner.cli.demo",
    "shopowner.cli.backup",
    "shopowner.cli.growth",
    "shopowner.cli.settings",
    "shopowner.cli.imports",
    "shopowner.cli.cards",
    "shopowner.cli.letters",
    "shopowner.cli.print_names",
    "shopowner.cli.products",
    "shopowner.cli.channels",
    "shopowner.cli.orders",
    "shopowner.cli.moments",
    "shopowner.cli.followups",
    "shopowner.cli.followup_log",
    "shopowner.cli.feedback",
    "shopowner.cli.reminders",
    "shopowner.cli.customers",
    "shopowner.cli.export_all",
    "shopowner.cli.hub",
    "shopowner.cli.staff",
]


@dataclass
class Context:
    """What a command needs: the data folder, and the shop file opened on first use."""

    data_dir: Path
    staff: str | None = None  # who runs the command (--staff / $SHOPOWNER_STAFF), signed in on open
    command: tuple[str, ...] = ()  # the command and sub-command, e.g. ("staff", "add")
    _db: Database | None = field(default=None, repr=False)
    _guard: WriteGuard | None = field(default=None, repr=False)

    @property
    def db(self):
        if self._db is None:
            from shopowner.paths import db_path
            from shopowner.store import open_database
            from shopowner.store.db import is_hub
            from shopowner.store.health import guard_writes

            from shopowner.cli.progress import wait_notice

            # a write that meets another writer (an import in the window, a second import) waits
            # its turn, saying so, instead of failing with "database is locked" after 10 s
            self._db = open_database(self.data_dir, on_wait=wait_notice())
            # the file is checked before the first write (a command that only reads never waits
            # for it), and a damaged one is never written to; the hub's server keeps its own
            if not is_hub(self._db):
                self._guard = guard_writes(self._db, db_path(self.data_dir))
            self._sign_in()
        return self._db

    def _sign_in(self) -> None:
        """Team mode: the person running the command, once the book has staff (the first one is
        added by anyone: ``staff add``)."""
        from shopowner.staff.people import sign_in
        from shopowner.store.staff import has_staff

        assert self._db is not None
        adding_first = self.command == ("staff", "add") and not has_staff(self._db)
        if not adding_first:
            sign_in(self._db, self.staff or "", os.environ.get("SHOPOWNER_PIN"))

    def damage_message(self, exc: BaseException) -> str | None:
        """The damaged-file message when ``exc`` is a refused write or an unreadable page."""
        from shopowner.paths import db_path
        from shopowner.store.health import damaged_message, is_damage, mark_damaged

        refused = self._guard is not None and self._guard.sound is False
        if not (refused or is_damage(exc)):
            return None
        path = db_path(self.data_dir)
        mark_damaged(path)
        return damaged_message(path, self._guard.problem if refused and self._guard else str(exc))

    def close(self) -> None:
        from shopowner import actor

        actor.sign_out()
        if self._db is not None:
            db, self._db = self._db, None
            db.close()


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR",
                        help=translate("Cli", "data folder (default: $SHOPOWNER_DATA_DIR or the "
                                              "system's app-data folder)"))
    parser.add_argument("--lang", choices=["zh_CN", "en"],
                        help=translate("Cli", "language of messages (default: 简体中文)"))
    parser.add_argument("--database-url", metavar="URL",
                        help=translate("Cli", "team mode: work on the shop's hub at "
                                              "postgresql://user:password@host:5432/shop (default: "
                                              "$SHOPOWNER_DATABASE_URL, or the hub this data folder joined)"))
    parser.add_argument("--staff", metavar="NAME", dest="signed_in_as",
                        help=translate("Cli", "team mode: who runs the command, once the book has staff "
                                              "(default: $SHOPOWNER_STAFF; a PIN: $SHOPOWNER_PIN)"))
    parser.add_argument("--self-test", action="store_true",
                        help=translate("Cli", "build the window offscreen, render a test card, check "
                                              "both and exit"))


def build_parser() -> argparse.ArgumentParser:
    from shopowner.cli import argparse_words

    argparse_words.install()  # argparse's own "usage:", "options", errors in the chosen language
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=translate("Cli", "ShopOwner (掌柜私域): customer book, thank-you insert cards "
                                     "and follow-ups. Without a command the window opens."),
    )
    parser.add_argument("-V", "--version", action="version", version=f"ShopOwner {__version__}",
                        help=argparse_words.version_help())
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run(argv: list[str]) -> int:
    """Run one command; every failure ends as one sentence on stderr and an exit code
    (:mod:`shopowner.faults`), its details in ``logs/errors.log`` in the data folder."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return faults.USAGE
    ctx = Context(resolve_data_dir(args.data_dir),
                  staff=args.signed_in_as or os.environ.get("SHOPOWNER_STAFF") or None,
                  command=(args.command, getattr(args, f"{args.command}_command", None) or ""))
    faults.set_log_folder(ctx.data_dir)
    from shopowner.store.location import choose_hub

    choose_hub(args.database_url)  # for this run only (the CLI also runs in-process, in tests)
    try:
        try:
            code = int(args.handler(args, ctx) or 0)
            sys.stdout.flush()  # here, so a reader that went away is noticed below
        finally:
            ctx.close()
            choose_hub(None)
        return code
    except DatabaseError as exc:
        message = ctx.damage_message(exc)
        if message is None:  # not damage: the one mapping of every other failure
            return report_failure(exc)
        faults.log_failure(exc)
        print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
        return faults.SHOP_FILE
    except BrokenPipeError:  # e.g. ``… | head``: the reader has what it wanted; stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # exit's flush too
        return faults.REFUSED
    except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - no traceback reaches a user
        return report_failure(exc)


def report_failure(exc: BaseException) -> int:
    fault = faults.handle(exc)
    if fault.kind == "cancelled":
        line = fault.message
    else:
        line = translate("Cli", "Error: {message}").format(message=fault.message)
    try:
        print(line, file=sys.stderr)
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return fault.code
