"""The database work a screen or a dialog asks for, off the GUI thread.

Every read and write of the window goes through here (or :class:`shopowner.tasks.Latest` for a
view's newest-wins reads), never through ``window.db`` on the GUI thread: in team mode the book
is on another PC, and a statement there may wait for the network for seconds (the hub's
time-outs), which would hold the whole window. Each job opens its own connection
(:func:`shopowner.tasks.start_with_db`), so it works the same on the shop file and on the hub.

- :func:`read` runs ``fn(db, *args)`` on the pool for short reads a screen waits on and hands
  the result to ``on_result`` on the GUI thread;
- :func:`write` runs ``fn(db, *args)`` on the pool for work, then calls ``on_done(result)``.

A failure reaches ``on_error(exc)``; without one, the owner's window shows it in the user's
language, titled "Could not read" or "Could not save". A job whose owner is destroyed (a dialog
closed meanwhile) is cancelled and its result dropped. tests/conftest.py checks that no
statement runs on the GUI thread from ``shopowner/ui``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from shopowner import tasks


def data_dir_of(owner: QObject) -> Path:
    """The shop's data folder, from the owner or the first of its parents that knows it (the
    main window, or a dialog given ``data_dir``)."""
    widget: QObject | None = owner
    while widget is not None:
        data_dir = getattr(widget, "data_dir", None)
        if data_dir is not None:
            return Path(data_dir)
        widget = widget.parent()
    raise LookupError(f"{type(owner).__name__} is not in a window that knows the data folder")


def _plain(db, fn, *args, progress=None, **kwargs):
    return fn(db, *args, **kwargs)


def read(owner: QObject, fn: Callable[..., Any], *args, on_result: Callable[[Any], None],
         on_error: Callable[[Exception], None] | None = None, data_dir=None,
         **kwargs) -> tasks.Task:
    """``fn(db, *args, **kwargs)`` on the reads pool; its result to ``on_result``."""
    task = tasks.start_read(data_dir or data_dir_of(owner), _plain, fn, *args, owner=owner,
                            **kwargs)
    task.signals.succeeded.connect(on_result)
    task.signals.failed.connect(on_error or (lambda exc: _show(owner, exc, saving=False)))
    return task


def write(owner: QObject, fn: Callable[..., Any], *args,
          on_done: Callable[[Any], None] | None = None,
          on_error: Callable[[Exception], None] | None = None, data_dir=None,
          **kwargs) -> tasks.Task:
    """``fn(db, *args, **kwargs)`` on the pool for work; ``on_done(result)`` after it."""
    task = tasks.start_with_db(data_dir or data_dir_of(owner), _plain, fn, *args, owner=owner,
                               **kwargs)
    if on_done is not None:
        task.signals.succeeded.connect(on_done)
    task.signals.failed.connect(on_error or (lambda exc: _show(owner, exc, saving=True)))
    return task


def show_save_failure(owner, exc: Exception, error_label=None, refusals: tuple = ()) -> None:
    """A dialog's save that failed: ``exc`` in ``error_label`` when it is one of ``refusals`` (what
    to fix), any other fault titled "Could not save" in the window."""
    if error_label is not None and refusals and isinstance(exc, refusals):
        error_label.setText(str(exc))
        return
    _show(owner, exc, saving=True)


class Refused(Exception):
    """A plain ``ValueError``/``LookupError`` a core function refuses with (the Moments planner's,
    the channels'), carried back from the job as our own refusal: shown as it is, never logged
    as a fault."""


def refusals(fn, *kinds: type[Exception]):
    """``fn`` for a job, its ``kinds`` of refusal raised as :class:`Refused`."""

    def run(db, *args, **kwargs):
        try:
            return fn(db, *args, **kwargs)
        except kinds as exc:
            raise Refused(str(exc)) from exc

    return run


def _show(owner, exc: Exception, *, saving: bool) -> None:
    """A failed job's message in the owner's window (its Dialogs, so tests can answer)."""
    from shopowner.ui.services import dialogs_of

    title = (QCoreApplication.translate("Background", "Could not save") if saving
             else QCoreApplication.translate("Background", "Could not read"))
    dialogs_of(owner).warning(owner, title, str(exc))  # already in the user's words (tasks.for_window)
