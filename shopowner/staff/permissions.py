"""What the person signed in may do (team mode). The founder, and anyone in a shop without staff,
may do everything; a staff member may not export the book, erase or delete customers or see full
phone numbers unless the founder allowed it (``staff.may_*``). Allowances are read from the book
each time they matter, so a change the founder makes on another PC applies at once."""

from __future__ import annotations

from dataclasses import dataclass, field

from shopowner import actor
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.staff import has_staff, staff_by_id
from shopowner.vocab.staff import ALLOWANCES

EXPORT, ERASE, PHONES = "export", "erase", "phones"


class NotAllowed(Exception):
    """The person signed in may not do this; ``str()`` says so and what to do (nothing was done)."""


def _signed_in_row(db: Database) -> dict | None:
    person = actor.current()
    if person is None:
        return None
    row = staff_by_id(db, person.id)
    return row if row is not None and row["active"] else None


def allowed(db: Database, what: str) -> bool:
    """Whether the person signed in may ``what`` (:data:`EXPORT`, :data:`ERASE`, :data:`PHONES`)."""
    row = _signed_in_row(db)
    if row is None:  # nobody signed in: fine only in a shop that has no staff
        return actor.current() is None and not has_staff(db)
    return row["role"] == "founder" or bool(row[ALLOWANCES[what]])


def is_manager(db: Database) -> bool:
    """Whether the person signed in may add, change and remove staff: the founder, or anyone
    while the shop has no staff yet (the first person added becomes the founder)."""
    row = _signed_in_row(db)
    if row is None:
        return actor.current() is None and not has_staff(db)
    return row["role"] == "founder"


def refusal(what: str, name: str | None = None) -> str:
    """Why ``what`` is refused, and what to do, for a message box, a tooltip or the CLI."""
    person = actor.current()
    name = name or (person.name if person is not None else "")
    if not name:
        return translate("Staff", "This book has staff: sign in first (in the window, File → Switch person; "
                                  "on the command line, --staff NAME or $SHOPOWNER_STAFF).")
    if what == EXPORT:
        return translate("Staff", "{name} may not export the book (customer lists, all data, backups "
                                  "outside the data folder). Ask the founder to allow it in File → Staff…, "
                                  "or to export it.").format(name=name)
    if what == ERASE:
        return translate("Staff", "{name} may not erase or delete customers. Ask the founder to allow "
                                  "it in File → Staff…, or to do it.").format(name=name)
    return translate("Staff", "{name} may not see full phone numbers; they stay masked. Ask the "
                              "founder to allow it in File → Staff….").format(name=name)


def require(db: Database, what: str) -> None:
    """Go on when the person signed in may ``what``; else :class:`NotAllowed`."""
    if not allowed(db, what):
        raise NotAllowed(refusal(what))


def require_founder_to_replace(db: Database) -> None:
    """Team mode: a backup or a dump restored over the hub's book replaces everyone's work, so only
    the founder (or anyone in a shop without staff) may; a shop file of its own has no such limit.
    Else :class:`NotAllowed`."""
    from shopowner.store.db import is_hub

    if is_hub(db) and not is_manager(db):
        raise NotAllowed(translate("Staff", "Only the founder may replace the whole book of the shop's hub "
                                            "with a backup or a dump. Ask the founder, or sign in as the "
                                            "founder."))


def require_phones_unless_masked(db: Database, mask_phones: bool) -> None:
    """Full phones asked for (``mask_phones`` False) by someone who may not see them: refused."""
    if not mask_phones:
        require(db, PHONES)


def backup_elsewhere(db: Database, target, progress=None):
    """A backup written where the owner chose (outside the data folder's own backups): it holds
    the whole book, so it is an export — refused for a staff member not allowed to export."""
    from shopowner.store.backup import backup_to

    require(db, EXPORT)
    return backup_to(db, target, progress)


@dataclass(frozen=True)
class SessionFacts:
    """What the window shows of who is signed in, read in one go (off its GUI thread): whether
    the book has staff, what the person may do (:data:`ALLOWANCES`' keys), whether they manage
    the staff list, and who is on it (``people(active_only=True)``)."""

    has_staff: bool
    may: dict[str, bool]
    manager: bool
    people: list[dict] = field(default_factory=list)


def session_facts(db: Database) -> SessionFacts:
    from shopowner.staff.people import people

    staffed = has_staff(db)
    return SessionFacts(has_staff=staffed, may={what: allowed(db, what) for what in ALLOWANCES},
                        manager=is_manager(db),
                        people=people(db, active_only=True) if staffed else [])
