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
    task.signals.failed.connect(on_error or (lambda exc: show_failure(owner, exc, saving=False)))
    return task


def write(owner: QObject, fn: Callable[..., Any], *args,
          on_done: Callable[[Any], None] | None = None,
          on_error: Callable[[Exception], None] | None = None,
          refused: tuple[type[Exception], ...] = (),
          on_refused: Callable[[Exception], None] | None = None, data_dir=None,
          **kwargs) -> tasks.Task:
    """``fn(db, *args, **kwargs)`` on the pool for work; ``on_done(result)`` after it.

    ``refused``: the kinds of exception with which the core says no (a plain ``ValueError`` of
    the Moments planner, a ``MergeError``): raised on the worker, they reach ``on_refused(exc)``
    as themselves, their ``str()`` the reason in the user's words, and are never logged as a
    fault; any other failure reaches ``on_error``."""
    job = _refusing(fn, refused) if refused else fn
    task = tasks.start_with_db(data_dir or data_dir_of(owner), _plain, job, *args, owner=owner,
                               **kwargs)
    if on_done is not None:
        task.signals.succeeded.connect(on_done)
    fault = on_error or (lambda exc: show_failure(owner, exc))

    def failed(exc: Exception) -> None:
        if isinstance(exc, _Refusal) and on_refused is not None:
            on_refused(exc.refusal)
        else:
            fault(exc.refusal if isinstance(exc, _Refusal) else exc)

    task.signals.failed.connect(failed)
    return task


def save(owner: QObject, fn: Callable[..., Any], *args, button, error,
         on_done: Callable[[Any], None], refused: tuple[type[Exception], ...] = (),
         on_refused: Callable[[Exception], None] | None = None, **kwargs) -> tasks.Task:
    """A dialog's save, :func:`write` with what every dialog does around it: ``button`` (its
    Save, or its button box) is disabled while the job runs and enabled again when it fails; a
    refusal (one of ``refused``) is shown in ``error``, the label under the fields, then handed
    to ``on_refused`` (to put the cursor in the field it names); any other fault is shown in the
    window. ``on_done`` usually closes the dialog."""
    button.setEnabled(False)

    def said_no(exc: Exception) -> None:
        button.setEnabled(True)
        error.setText(str(exc))
        if on_refused is not None:
            on_refused(exc)

    def failed(exc: Exception) -> None:
        button.setEnabled(True)
        show_failure(owner, exc)

    return write(owner, fn, *args, on_done=on_done, on_error=failed, refused=refused,
                 on_refused=said_no, **kwargs)


class _Refusal(Exception):
    """A refusal of the core carried back from the job as itself (see :func:`write`)."""

    def __init__(self, refusal: Exception):
        super().__init__(str(refusal))
        self.refusal = refusal


def _refusing(fn, kinds: tuple[type[Exception], ...]):
    def run(db, *args, **kwargs):
        try:
            return fn(db, *args, **kwargs)
        except kinds as exc:
            raise _Refusal(exc) from exc

    return run


def show_failure(owner, exc: Exception, *, saving: bool = True) -> None:
    """A failed job's message in the owner's window, titled "Could not save" (or "Could not
    read"), through its Dialogs so tests can answer."""
    from shopowner.ui.services import dialogs_of

    title = (QCoreApplication.translate("Background", "Could not save") if saving
             else QCoreApplication.translate("Background", "Could not read"))
    dialogs_of(owner).warning(owner, title, str(exc))  # already in the user's words (tasks.for_window)
