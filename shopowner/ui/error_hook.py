"""Unexpected errors in the window: the owner is told in plain words and the details are logged.

Without this an exception raised in a Qt slot only reaches stderr, which a double-clicked app
does not show: the owner's click would silently do nothing. The likeliest one is SQLite's
"database is locked": something saved while a long job (a 100,000-order import) holds the shop
file for longer than the busy timeout.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from datetime import datetime
from pathlib import Path

from shopowner.i18n import translate

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000  # then the log starts again (the previous one kept as errors.log.1)


def error_message(exc: BaseException, log_path: Path) -> str:
    """What the owner reads: what happened to their action and what to do."""
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return translate(
            "Errors", "Another task (for example an order import) is writing to the shop file, so "
                      "what you just did was not saved. Wait until it has finished, then do it "
                      "again.")
    if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc):
        return translate(
            "Errors", "Part of the shop file is damaged and could not be read. Restore a backup: "
                      "File → Backups and restore.")
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
        return translate(
            "Errors", "The shop file is damaged and open read only, so what you just did was not "
                      "saved. Restore a backup: File → Backups and restore.")
    return translate(
        "Errors", "Something unexpected went wrong; what you just did may not have been completed. "
                  "The details were written to {path}. If it happens again, send that file to "
                  "whoever supports your computer.").format(path=log_path)


class ErrorHook:
    """``sys.excepthook`` for the GUI: log the traceback, then show one message at a time."""

    def __init__(self, window, data_dir: Path):
        self.window = window
        self.log_path = Path(data_dir) / "logs" / LOG_NAME
        self.previous = sys.excepthook
        self._showing = False

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if sys.__stderr__ is not None:
            sys.__stderr__.write(details)
        self._log(details)
        if self._showing:  # an error while the message is up: logged, not stacked
            return
        self._showing = True
        try:
            self.window.dialogs.critical(self.window, translate("Errors", "Something went wrong"),
                                         error_message(exc, self.log_path))
        finally:
            self._showing = False

    def _log(self, details: str) -> None:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            if self.log_path.exists() and self.log_path.stat().st_size > MAX_LOG_BYTES:
                self.log_path.replace(self.log_path.with_name(LOG_NAME + ".1"))
            with open(self.log_path, "a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}\n{details}\n")
        except OSError:
            pass  # a full or read-only disk must not turn one error into two

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous


def install_error_hook(window, data_dir: Path) -> ErrorHook:
    hook = ErrorHook(window, data_dir)
    sys.excepthook = hook
    return hook
