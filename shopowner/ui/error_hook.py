"""Unexpected errors in the window: the owner is told in plain words and the details are logged.

Without this an exception raised in a Qt slot only reaches stderr, which a double-clicked app
does not show: the owner's click would silently do nothing. The likeliest one is SQLite's
"database is locked": something saved while a long job (a 100,000-order import) holds the shop
file for longer than the window's short wait. :mod:`shopowner.faults` chooses the words (the same
as the CLI's) and writes the traceback to ``logs/errors.log`` in the data folder.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from shopowner import faults
from shopowner.faults import LOG_NAME, MAX_LOG_BYTES  # noqa: F401 - where the log is, its size
from shopowner.i18n import translate


def error_title(fault: faults.Fault) -> str:
    if fault.kind == "refused":
        return translate("Errors", "Not done")
    if fault.kind in ("busy", "cancelled"):
        return translate("Errors", "Not saved")
    if fault.kind in ("full", "read_only", "permission", "held_open", "missing", "io"):
        return translate("Errors", "Cannot write to the disk")
    if fault.kind in ("damaged", "shop_file"):
        return translate("Errors", "The shop file cannot be used")
    return translate("Errors", "Something went wrong")


class ErrorHook:
    """``sys.excepthook`` for the GUI: log the traceback, then show one message at a time."""

    def __init__(self, window, data_dir: Path):
        self.window = window
        faults.set_log_folder(data_dir)
        self.log_path = faults.log_path()
        self.previous = sys.excepthook
        self._showing = False

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        faults.echo_to_stderr(details)
        fault = faults.describe(exc)
        faults.log_failure(text=details)
        if self._showing:  # an error while the message is up: logged, not stacked
            return
        self._showing = True
        try:
            self.window.dialogs.critical(self.window, error_title(fault), fault.message)
        finally:
            self._showing = False

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous


def install_error_hook(window, data_dir: Path) -> ErrorHook:
    hook = ErrorHook(window, data_dir)
    sys.excepthook = hook
    return hook
