"""The shop's people: add, change, remove, and sign one in on this PC.

Once anyone was added, only a founder may manage staff; the first person added is the founder,
whatever role was asked for (someone must be able to manage the rest). The last active founder
cannot be removed or made staff. Removing someone keeps their row (inactive): what they did
still says who. A PIN is optional, 4–12 digits, kept as a salted PBKDF2 hash; a person with one
is asked for it at sign-in. What the PIN is for (and not): see :mod:`shopowner.staff`.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from shopowner import actor
from shopowner.i18n import translate
from shopowner.staff.permissions import is_manager
from shopowner.store import Database
from shopowner.store import staff as store
from shopowner.vocab.staff import ALLOWANCES, ROLES

MAX_NAME = 30
_ITERATIONS = 60_000  # a PIN is a few digits: the hash keeps it off the screen, not from a guesser


class StaffError(ValueError):
    """A staff change or a sign-in that cannot be done; ``str()`` says why (nothing was changed)."""


def people(db: Database, *, active_only: bool = False) -> list[dict]:
    """Everyone (founders first), without their PIN hash: ``has_pin`` says whether one is set and
    ``allowed`` lists the allowance keys a staff member has (every key for a founder)."""
    out = []
    for row in store.list_staff(db, active_only=active_only):
        pin = row.pop("pin_hash")
        founder = row["role"] == "founder"
        out.append({**row, "has_pin": bool(pin),
                    "allowed": [k for k, col in ALLOWANCES.items() if founder or row[col]]})
    return out


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, _ITERATIONS)
    return f"pbkdf2_sha256${_ITERATIONS}${salt.hex()}${digest.hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    try:
        _, iterations, salt, digest = stored.split("$")
        mine = hashlib.pbkdf2_hmac("sha256", (pin or "").encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(mine.hex(), digest)


def _checked_pin(pin: str) -> str:
    pin = (pin or "").strip()
    if pin and not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise StaffError(translate("Staff", "A PIN is 4 to 12 digits."))
    return pin


def _checked_name(db: Database, name: str, *, other_than: int | None = None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise StaffError(translate("Staff", "Type the person's name."))
    if len(name) > MAX_NAME:
        raise StaffError(translate("Staff", "A name has at most {n} characters.").format(n=MAX_NAME))
    same = store.staff_by_name(db, name)
    if same is not None and same["id"] != other_than:
        raise StaffError(translate("Staff", "{name} is already on the staff list; choose another name "
                                            "(for example with the surname).").format(name=name))
    return name


def _require_manager(db: Database) -> None:
    if not is_manager(db):
        raise StaffError(translate("Staff", "Only the founder may add, change or remove staff. Ask the "
                                            "founder, or sign in as the founder."))


def _person(db: Database, name: str) -> dict:
    row = store.staff_by_name(db, " ".join((name or "").split()))
    if row is None:
        names = "、".join(p["name"] for p in store.list_staff(db, active_only=True))
        raise StaffError(translate("Staff", "No one called “{name}” is on the staff list ({names}).")
                         .format(name=name, names=names or "—"))
    return row


def add_person(db: Database, name: str, *, role: str = "staff", allow: tuple[str, ...] | list[str] = (),
               pin: str = "") -> dict:
    """Add someone; returns them as :func:`people` lists them. The first person is the founder."""
    with db.atomic():
        first = not store.has_staff(db)
        if not first:
            _require_manager(db)
        if role not in ROLES:
            raise StaffError(translate("Staff", "A role is founder or staff."))
        name = _checked_name(db, name)
        staff_id = store.insert_staff(
            db, name=name, role="founder" if first else role,
            allowances={col: key in allow for key, col in ALLOWANCES.items()},
            pin_hash=hash_pin(pin) if (pin := _checked_pin(pin)) else "")
    return next(p for p in people(db) if p["id"] == staff_id)


def _keeps_a_founder(db: Database, row: dict, *, role: str | None, active: bool | None) -> None:
    stays = (role or row["role"]) == "founder" and (row["active"] if active is None else active)
    if row["role"] == "founder" and row["active"] and not stays and store.active_founders(db) <= 1:
        raise StaffError(translate("Staff", "{name} is the only founder: make someone else founder "
                                            "first.").format(name=row["name"]))


def edit_person(db: Database, name: str, *, new_name: str | None = None, role: str | None = None,
                allow: dict[str, bool] | None = None, pin: str | None = None,
                active: bool | None = None) -> dict:
    """Change someone: ``allow`` maps allowance keys to on/off, ``pin`` '' clears it. Anyone may
    change their own PIN; everything else is the founder's."""
    with db.atomic():
        row = _person(db, name)
        me = actor.current()
        own_pin_only = (me is not None and me.id == row["id"] and pin is not None
                        and new_name is None and role is None and not allow and active is None)
        if not own_pin_only:
            _require_manager(db)
        if role is not None and role not in ROLES:
            raise StaffError(translate("Staff", "A role is founder or staff."))
        _keeps_a_founder(db, row, role=role, active=active)
        fields: dict = {}
        if new_name is not None:
            fields["name"] = _checked_name(db, new_name, other_than=row["id"])
        if role is not None:
            fields["role"] = role
        for key, on in (allow or {}).items():
            fields[ALLOWANCES[key]] = int(bool(on))
        if pin is not None:
            fields["pin_hash"] = hash_pin(pin) if (pin := _checked_pin(pin)) else ""
        if active is not None:
            fields["active"] = int(active)
        store.update_staff(db, row["id"], **fields)
    return next(p for p in people(db) if p["id"] == row["id"])


def remove_person(db: Database, name: str) -> dict:
    """Take someone off the list: they can no longer sign in; what they did still names them."""
    return edit_person(db, name, active=False)


def sign_in(db: Database, name: str, pin: str | None = None) -> actor.Person | None:
    """Sign ``name`` in on this PC (:mod:`shopowner.actor`); ``None`` (nobody signed in) in a
    shop without staff when no name is given."""
    if not store.has_staff(db):
        if name:
            raise StaffError(translate("Staff", "This book has no staff list, so no one signs in: leave out "
                                                "--staff (and $SHOPOWNER_STAFF), or add people with "
                                                "“staff add”."))
        actor.sign_out()
        return None
    if not name:
        raise StaffError(translate("Staff", "This book has staff: say who you are with --staff NAME (or "
                                            "$SHOPOWNER_STAFF). On the list: {names}.").format(
            names="、".join(p["name"] for p in store.list_staff(db, active_only=True))))
    row = _person(db, name)
    if not row["active"]:
        raise StaffError(translate("Staff", "{name} was taken off the staff list and cannot sign in. Ask "
                                            "the founder.").format(name=row["name"]))
    if row["pin_hash"] and not pin_matches(row["pin_hash"], pin or ""):
        raise StaffError(translate("Staff", "The PIN for {name} is not right.").format(name=row["name"])
                         if pin else translate("Staff", "{name} has a PIN: give it ($SHOPOWNER_PIN on the "
                                                         "command line).").format(name=row["name"]))
    person = actor.Person(row["id"], row["name"], row["role"])
    actor.sign_in(person)
    return person
