"""A dialog's save that met someone else's (another PC on the hub, a second window): the
job hands back :class:`Changed` with the row as it is now, and :func:`over_theirs` lays the
dialog's edit over it (:mod:`shopowner.row_edits`): what only this dialog changed is saved again
without a question, a field both changed is shown both ways (``Dialogs.choose_version``) for the
owner to keep theirs or take the book's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shopowner.i18n import translate
from shopowner.row_edits import edit_over, keep
from shopowner.store.errors import RowChanged
from shopowner.ui.services import dialogs_of


class Changed:
    """Someone saved the row since the dialog read it: ``now`` is the row as it is now."""

    def __init__(self, now: Any):
        self.now = now


def saving_over(save: Callable[..., Any], read_now: Callable[[Any, int], Any]) -> Callable[..., Any]:
    """``save(db, row_id, *args, expected_version=…)`` for a job: a :class:`RowChanged` comes back
    as :class:`Changed` with ``read_now(db, row_id)`` (a row removed meanwhile: the refusal)."""

    def run(db, row_id: int, *args, **kwargs):
        try:
            return save(db, row_id, *args, **kwargs)
        except RowChanged as exc:
            now = read_now(db, row_id)
            if now is None:
                raise LookupError(str(exc)) from exc
            return Changed(now)

    return run


def over_theirs(owner, what: str, base: dict, mine: dict, now: dict, labels: dict[str, str],
                shown: Callable[[str, Any], str] | None = None) -> dict:
    """The fields to save over the row as it is now (empty: nothing left to save), asking about
    the fields both sides changed. ``what``: the row in the owner's words ("this product")."""
    writes, conflicts = edit_over(base, mine, now)
    if not conflicts:
        return writes
    show = shown or (lambda _field, value: str(value or "") or translate("RowConflicts", "(empty)"))
    mine_kept = dialogs_of(owner).choose_version(
        owner, translate("RowConflicts", "Someone else changed {what}").format(what=what),
        translate("RowConflicts", "While you were editing, {what} was saved on another PC or in another "
                                  "window, and these fields now differ. Keep yours (saved over theirs), or "
                                  "take what is now in the book (your change to them is dropped)?").format(
            what=what),
        [(labels[c.field], show(c.field, c.mine), show(c.field, c.now)) for c in conflicts])
    return keep(writes, conflicts, mine_kept)
