"""Every failure a command or a window action can meet, as one clear sentence and one exit code.

The CLI (``shopowner.cli.run``), the window's error hook and the background runner's failure path
all ask :func:`describe` what to tell the owner, so the same fault reads the same everywhere and no
traceback reaches a user. The details (the traceback) go to ``logs/errors.log`` in the data folder
through :func:`log_failure`. No Qt here.

Our own exceptions (defined under ``shopowner.``) already carry the words to show: they are
*refusals* (exit 1), or shop-file problems (:class:`~shopowner.store.db.StoreError`, exit 3).
Everything else — the database's errors (named in :mod:`shopowner.store.errors`, which also says
what each means), the operating system's, and bugs — is classified here.
"""

from __future__ import annotations

import contextlib
import errno
import sys
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

from shopowner import clock
from shopowner.i18n import translate

# Exit codes (the README lists them; keep them stable: scripts depend on them).
OK = 0
REFUSED = 1       # the command could not do what was asked, or was cancelled; nothing changed
USAGE = 2         # wrong arguments
SHOP_FILE = 3     # the shop file or data folder cannot be used (damaged, another program's, newer)
STORAGE = 4       # the disk: full, read-only, no permission, a missing file, a file held open
BUSY = 5          # another program kept the shop file busy and the wait was given up
UNEXPECTED = 6    # a fault of the program itself; the details are in logs/errors.log

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000  # then the log starts again (the previous one kept as errors.log.1)

_WIN_SHARING = {32, 33}           # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WIN_FULL = {39, 112}             # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


@dataclass(frozen=True)
class Fault:
    kind: str       # busy, full, read_only, permission, held_open, missing, io, damaged, shop_file,
                    # cancelled, refused, unexpected
    message: str    # what the owner reads: what happened and what to do
    code: int       # the CLI's exit code

    @property
    def logged(self) -> bool:
        """Whether the details belong in errors.log (refusals and cancels say all there is)."""
        return self.kind not in ("refused", "cancelled")


class Failure(Exception):
    """A fault handed to the window in place of the raw error: ``str()`` is the owner's message,
    ``original`` the error, ``fault`` its :class:`Fault`."""

    def __init__(self, fault: Fault, original: BaseException):
        super().__init__(fault.message)
        self.fault, self.original = fault, original


# the messages ---------------------------------------------------------------------------------
def _path_note(path) -> str:
    return translate("Errors", " ({path})").format(path=path) if path else ""


def _message(kind: str, path=None) -> str:
    where = _path_note(path)
    if kind == "busy":
        return translate(
            "Errors", "Another task or program (for example an order import, in the window or on "
                      "the command line) is writing to the shop file, so this was not done; nothing "
                      "was changed. Wait until it has finished, then try again.")
    if kind == "full":
        return translate(
            "Errors", "The disk is full{where}, so this was not saved; what was saved before is "
                      "intact. Free some space (empty the recycle bin, move large files to another "
                      "disk), then try again.").format(where=where)
    if kind == "read_only":
        return translate(
            "Errors", "The file or folder is read-only{where}, so nothing could be saved there. "
                      "Choose a folder you can write to (for example in Documents), or ask whoever "
                      "manages this computer for write access.").format(where=where)
    if kind == "permission":
        return translate(
            "Errors", "ShopOwner is not allowed to open or write this file or folder{where}. "
                      "Choose another one, or ask whoever manages this computer for access."
        ).format(where=where)
    if kind == "held_open":
        return translate(
            "Errors", "The file is open in another program{where} (for example Excel, WPS or a PDF "
                      "viewer), so it could not be written. Close it there, then try again."
        ).format(where=where)
    if kind == "missing":
        return translate(
            "Errors", "The file or folder does not exist{where}. Check the name, and that the USB "
                      "drive or network folder is still connected, then try again.").format(where=where)
    if kind == "io":
        return translate(
            "Errors", "Reading or writing the disk failed{where}: it may be full, the file may have "
                      "reached the largest size this disk allows, or the disk (a USB drive) was "
                      "removed. What was saved before is intact. Free some space or reconnect the "
                      "disk, then try again.").format(where=where)
    if kind == "damaged":
        return translate(
            "Errors", "The shop file is damaged{where}, so nothing more was written to it. Restore "
                      "your latest good backup: File → Backups and restore (or python main.py "
                      "restore FILE).").format(where=where)
    if kind == "cancelled":
        return translate("Errors", "Cancelled; nothing was changed.")
    return translate(
        "Errors", "Something unexpected went wrong; what you just did may not have been completed. "
                  "The details were written to {path}. If it happens again, send that file to "
                  "whoever supports your computer.").format(path=path or log_path() or LOG_NAME)


_KIND_CODE = {"busy": BUSY, "full": STORAGE, "read_only": STORAGE, "permission": STORAGE,
              "held_open": STORAGE, "missing": STORAGE, "io": STORAGE, "damaged": SHOP_FILE,
              "cancelled": REFUSED}


def _fault(kind: str, path=None) -> Fault:
    return Fault(kind, _message(kind, path), _KIND_CODE.get(kind, UNEXPECTED))


def waiting_text() -> str:
    """Shown while a write waits for another program's write to the shop file."""
    return translate("Errors", "Waiting for another import to finish (or another program to finish "
                               "saving to the shop file)…")


def progress_waiter(progress):
    """An ``on_wait`` for :func:`shopowner.store.db.connect` that shows the waiting on a job's
    progress (the window's progress bar) and stops with its Cancel; ``None`` without progress."""
    if progress is None:
        return None
    text = waiting_text()

    def on_wait(seconds: float | None) -> None:
        if seconds is not None:
            progress.update(0, 0, text)  # raises Cancelled when the owner cancels

    return on_wait


# classifying ----------------------------------------------------------------------------------
def _os_kind(exc: OSError) -> str | None:
    winerror = getattr(exc, "winerror", None)
    if winerror in _WIN_SHARING or "being used by another process" in str(exc):
        return "held_open"
    if winerror in _WIN_FULL:
        return "full"
    number = exc.errno
    if number in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return "full"
    if number == errno.EROFS:
        return "read_only"
    if number in (errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return "permission"
    if number in (errno.EBUSY, errno.ETXTBSY):
        return "held_open"
    if number in (errno.ENOENT, errno.ENOTDIR) or isinstance(exc, FileNotFoundError):
        return "missing"
    if number == errno.EIO:
        return "io"
    return None


def _kind(exc: BaseException) -> str | None:
    from shopowner.store import errors

    kind = errors.failure_kind(exc)  # the database's own kinds (busy, damaged…), the hub's busy
    if kind is not None or isinstance(exc, errors.Error):
        return kind
    if isinstance(exc, OSError):
        return _os_kind(exc)
    return None


def _causes(exc: BaseException | None):
    """``exc`` and what caused it: its ``__cause__``, or for our own exceptions (often raised in
    an ``except`` block without ``from``) the error being handled."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        context = None if exc.__suppress_context__ or not _ours(exc) else exc.__context__
        exc = exc.__cause__ or context


def _ours(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("shopowner.")


def describe(exc: BaseException) -> Fault:
    """What to tell the owner about ``exc``, and the CLI's exit code for it."""
    from shopowner.progress import Cancelled
    from shopowner.store.db import DataDirNotWritable, StoreError
    from shopowner.store.errors import RowChanged  # someone else saved first: refused, nothing written

    if isinstance(exc, Failure):
        return exc.fault
    if isinstance(exc, (Cancelled, KeyboardInterrupt)):
        return _fault("cancelled")
    found = [(e, k) for e in _causes(exc) if (k := _kind(e)) is not None]
    damaged = _damaged_shop(found)
    if damaged is not None:
        return damaged
    if _ours(exc):
        # our words, unless the disk or another writer is to blame: then their sentence says
        # what to do (a damaged file keeps the store's own, more precise words, if it has any)
        blamed = [(e, k) for e, k in found if k != "damaged" or str(e) == str(exc)]
        if blamed:
            cause, kind = blamed[0]
            if _ours(cause):  # the hub's busy: its own words (another PC, not the shop file)
                return Fault(kind, str(cause), _KIND_CODE.get(kind, UNEXPECTED))
            return _fault(kind, getattr(cause, "filename", None))
        if isinstance(exc, StoreError) and not isinstance(exc, RowChanged):  # the shop file or its folder
            return Fault("shop_file", str(exc),
                         STORAGE if isinstance(exc, DataDirNotWritable) else SHOP_FILE)
        return Fault("refused", str(exc), REFUSED)
    if found:
        cause, kind = found[0]
        return _fault(kind, getattr(cause, "filename", None))
    if isinstance(exc, MemoryError):
        return Fault("unexpected", translate(
            "Errors", "The computer ran out of memory, so this was not done; nothing was changed. Close "
                      "other programs, then try again."), UNEXPECTED)
    return _fault("unexpected")


def _damaged_shop(found: list) -> Fault | None:
    """A write refused (read only) or a page unreadable because the shop file itself was found
    damaged: the store's words, which name the latest good backup and how to restore it."""
    from shopowner.store import errors

    if _log_folder is None or not any(isinstance(e, errors.Error) and k in ("read_only", "damaged")
                                      for e, k in found):
        return None
    from shopowner.paths import db_path
    from shopowner.store.health import damaged_message, is_damaged

    path = db_path(_log_folder.parent)
    return Fault("damaged", damaged_message(path), SHOP_FILE) if is_damaged(path) else None


# the log ----------------------------------------------------------------------------------------
_log_folder: Path | None = None
_log_lock = threading.Lock()


def set_log_folder(data_dir: Path | None) -> None:
    """Where :func:`log_failure` writes (``DATA/logs``); the CLI and the window set it at start."""
    global _log_folder
    _log_folder = Path(data_dir) / "logs" if data_dir is not None else None


def log_path() -> Path | None:
    return _log_folder / LOG_NAME if _log_folder is not None else None


def details(exc: BaseException) -> str:
    text = getattr(exc, "traceback_text", None)
    if isinstance(exc, Failure):
        exc = exc.original
        text = getattr(exc, "traceback_text", None) or text
    return text or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def log_failure(exc: BaseException | None = None, *, text: str | None = None) -> Path | None:
    """Append the details to errors.log (rotated at ~1 MB); never raises — a full or read-only
    disk must not turn one error into two. Returns the log's path when written."""
    path = log_path()
    if path is None or not path.parent.parent.is_dir():  # no data folder: nowhere to log
        return None
    body = text if text is not None else details(exc) if exc is not None else ""
    try:
        with _log_lock:
            path.parent.mkdir(exist_ok=True)
            if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
                path.replace(path.with_name(LOG_NAME + ".1"))
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(f"--- {clock.current():%Y-%m-%d %H:%M:%S}\n{body}\n")
        return path
    except OSError:
        return None


def handle(exc: BaseException) -> Fault:
    """Describe ``exc`` and log its details when they matter (the one call for a failure path)."""
    fault = describe(exc)
    if fault.logged:
        log_failure(exc)
    return fault


def echo_to_stderr(text: str) -> None:
    if sys.__stderr__ is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.__stderr__.write(text)
