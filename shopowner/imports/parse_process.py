"""Parse a big CSV export in a second process while this one writes: two cores for one file.

Reading, decoding, cleaning and building orders is pure Python (~5 s per 100,000 Taobao orders)
and so is most of matching buyers and writing them; in one process they take turns. Here a
child process runs :func:`parse.order_chunks` on the file and sends the orders as plain tuples
(~0.4 s per 100,000 to receive), while the importing thread matches and writes the previous
chunk. The database is only ever touched by the importing thread.

The child is started with ``spawn`` (the same on Windows, macOS and Linux; a frozen app needs
``multiprocessing.freeze_support()``, called in ``main.py``), installs the window's language so
skip reasons read the same, and is terminated when the import is cancelled or fails. If it is
lost mid-file, the import rolls back and reads the file again in the importing process
(``run.py``). XLSX files are not parsed apart: opening one already reads the whole sheet.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import traceback
from multiprocessing.context import SpawnProcess
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from types import SimpleNamespace
from collections.abc import Iterator

from shopowner.imports.parse import order_chunks
from shopowner.imports.platforms.base import Order, Platform
from shopowner.imports.read import ImportRejected, Table

# measured on Taobao OrderLists: 10k orders (5 MB) 1.5 s here vs 1.9 s with a child, 20k (10 MB)
# even, 30k (15 MB) 4.3 s vs 3.9 s, 100k (52 MB) ~30 % faster: below this, starting it costs more
PARALLEL_MIN_BYTES = 16 * 1024 * 1024
_ORDER_FIELDS = tuple(f.name for f in fields(Order))
_pack = attrgetter(*_ORDER_FIELDS)
_log = logging.getLogger(__name__)


def worth_parsing_apart(table: Table) -> bool:
    return table.kind == "csv" and table.total >= PARALLEL_MIN_BYTES


class ParseProcess:
    """What :func:`parse.order_chunks` yields, parsed by a child process that starts at once (it
    starts up while the importing thread gets ready, e.g. opens its transaction).

    Iterate it once; ``close()`` stops the child (also when it was never iterated).
    ``report.rows`` follows the child's count as chunks arrive (the bulk-load estimate reads it);
    skipped rows and warnings arrive at the end. ``step(table)`` runs for every chunk, so a
    cancel stops the child within one chunk. A child that cannot start (it exits before saying
    anything) is logged and the file is parsed here instead; one lost later raises
    :class:`ParseProcessLost`."""

    def __init__(self, table: Table, layout: Platform, report, step):
        from shopowner.i18n import current_language

        self.table, self.layout, self.report, self.step = table, layout, report, step
        context = multiprocessing.get_context("spawn")
        self.receiver, sender = context.Pipe(duplex=False)
        self.child: SpawnProcess | None = context.Process(
            target=_parse_in_child, name="shopowner-parse", daemon=True,
            args=(str(table.path), layout.kind, current_language(), sender))
        try:
            self.child.start()
        except OSError as exc:
            _log.warning("cannot start the parse process (%s); parsing in this one", exc)
            self.child = None
        sender.close()  # the child holds the only sending end: its exit means end of file

    def __iter__(self) -> Iterator[list[Order]]:
        if self.child is not None:
            try:
                yield from self._received()
                return
            except _NeverStarted:
                pass
            finally:
                self.close()
        yield from order_chunks(self.table, self.layout, self.report, self.step)

    def _received(self) -> Iterator[list[Order]]:
        table, report = self.table, self.report
        assert self.child is not None  # only a started child is listened to
        rows_before, done_before = report.rows, table.done
        heard = False
        while True:
            try:
                kind, payload = self.receiver.recv()
            except (EOFError, OSError):  # OSError: it died in the middle of a message
                self.child.join(5)
                if heard:
                    table.done = done_before  # this process's reader has not moved: the bar restarts
                    raise ParseProcessLost(f"the parse process stopped unexpectedly "
                                           f"(exit code {self.child.exitcode})") from None
                _log.warning("the parse process exited at start (exit code %s); parsing in "
                             "this one", self.child.exitcode)
                raise _NeverStarted from None
            heard = True
            if kind == "orders":
                table.done, rows, packed = payload
                report.rows = rows_before + rows
                self.step(table)
                yield [Order(*values) for values in packed]
            elif kind == "end":
                table.done, rows, skipped, warnings = payload
                report.rows = rows_before + rows
                report.skipped.extend(skipped)
                report.skipped.sort(key=lambda s: s["row"])
                report.warnings.extend(warnings)
                self.step(table)
                return
            elif kind == "rejected":
                raise ImportRejected(payload)
            else:
                raise RuntimeError(f"the parse process failed:\n{payload}")

    def close(self) -> None:
        self.receiver.close()
        if self.child is not None:
            if self.child.is_alive():
                self.child.terminate()
            self.child.join(5)


class ParseProcessLost(RuntimeError):
    """The child stopped in the middle of the file (killed, out of memory…): the import rolls
    back and reads the file again in the importing process."""


class _NeverStarted(Exception):
    """The child exited before sending anything: the file is parsed in this process."""


class _Outbox:
    """Sends from a thread of its own, a few chunks ahead: a chunk is larger than the pipe's
    buffer, and parsing must not wait while the importing thread is busy writing."""

    def __init__(self, sender, ahead: int = 4):
        self.sender = sender
        self.queue: queue.Queue = queue.Queue(maxsize=ahead)
        self.thread = threading.Thread(target=self._run, name="parse-outbox", daemon=True)
        self.failed: BaseException | None = None

    def _run(self) -> None:
        while (message := self.queue.get()) is not None:
            if self.failed is None:
                try:
                    self.sender.send(message)
                except BaseException as exc:  # noqa: BLE001 - the parent has gone; stop quietly
                    self.failed = exc

    def put(self, message) -> None:
        if self.failed is not None:
            raise self.failed
        self.queue.put(message)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.queue.put(None)
        self.thread.join()


def _parse_in_child(path: str, kind: str, language: str | None, sender) -> None:
    """The child's whole life: parse the file, send chunks, then the skipped rows and warnings."""
    import signal

    from shopowner.imports.platforms import layout_of_kind
    from shopowner.imports.read import open_table

    # Ctrl+C on a terminal reaches every process of the group: the importing process turns it
    # into a clean cancel and stops this one; here it must not end the parse with a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        if language:
            from PySide6.QtCore import QCoreApplication

            from shopowner.i18n import install_translators

            install_translators(QCoreApplication.instance() or QCoreApplication([]), language)
        layout = layout_of_kind(kind)
        table = open_table(Path(path))
        report = SimpleNamespace(rows=0, skipped=[], warnings=[])
        with _Outbox(sender) as outbox:
            try:
                for chunk in order_chunks(table, layout, report, lambda _table: None):
                    outbox.put(("orders", (table.done, report.rows, [_pack(o) for o in chunk])))
            finally:
                table.close()
            outbox.put(("end", (table.done, report.rows, report.skipped, report.warnings)))
    except ImportRejected as exc:
        sender.send(("rejected", str(exc)))
    except BaseException:  # noqa: BLE001 - the parent shows it; the child has no one else to tell
        sender.send(("failed", traceback.format_exc()))
    finally:
        sender.close()
