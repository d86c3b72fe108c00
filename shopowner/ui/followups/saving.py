"""A dialog's save that failed in the background: our own refusal in the dialog's error line
(what to fix), any other fault shown in the window as :mod:`shopowner.ui.background` shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def show_save_failure(owner, exc: Exception, error_label=None, refusals: tuple = ()) -> None:
    """``exc`` in ``error_label`` when it is one of ``refusals``, else titled "Could not save"."""
    if error_label is not None and refusals and isinstance(exc, refusals):
        error_label.setText(str(exc))
        return
    from shopowner.ui.services import dialogs_of

    dialogs_of(owner).warning(owner, QCoreApplication.translate("Background", "Could not save"),
                              str(exc))


class Refused(Exception):
    """A plain ``ValueError``/``LookupError`` a core function refuses with (the Moments planner's),
    carried back from the job as our own refusal: shown as it is, never logged as a fault."""


def refusals(fn, *kinds: type[Exception]):
    """``fn`` for a background job, its ``kinds`` of refusal raised as :class:`Refused`."""

    def run(db, *args, **kwargs):
        try:
            return fn(db, *args, **kwargs)
        except kinds as exc:
            raise Refused(str(exc)) from exc

    return run
