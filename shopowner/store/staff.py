"""The shop's staff (m0020 / hub p0003): rows in, rows out. The rules — who may manage them, PINs,
what each may do — live in :mod:`shopowner.staff`; who is signed in, in :mod:`shopowner.actor`.

``who_column``/``WHO`` give a list its "who" column: the signed-in person's name a row
recorded (``staff_id``), else what was typed by hand where the table has such a field.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.db import inserted_id

COLUMNS = ("id", "name", "role", "may_export", "may_erase", "may_see_phones", "pin_hash", "active",
           "created_at")
ALLOWANCE_COLUMNS = ("may_export", "may_erase", "may_see_phones")
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM staff"


def _row(row) -> dict:
    return dict(zip(COLUMNS, row, strict=True))


def has_staff(db: Database) -> bool:
    """Whether anyone has been added (a shop without staff works as it always did). A damaged file
    from before m0020, opened read only without its upgrade, has no staff table: no staff."""
    from shopowner.store.errors import DatabaseError

    try:
        return db.execute("SELECT EXISTS (SELECT 1 FROM staff)").fetchone()[0] == 1
    except DatabaseError as exc:  # SQLite's "no such table" (the hub is always brought up to date)
        if "no such table" in str(exc):
            return False
        raise


def list_staff(db: Database, *, active_only: bool = False) -> list[dict]:
    """Everyone, founders first, then by name."""
    where = " WHERE active = 1" if active_only else ""
    return [_row(r) for r in db.execute(
        f"{_SELECT}{where} ORDER BY CASE role WHEN 'founder' THEN 0 ELSE 1 END, name, id").fetchall()]


def staff_by_name(db: Database, name: str) -> dict | None:
    row = db.execute(f"{_SELECT} WHERE name = ?", [name]).fetchone()
    return _row(row) if row is not None else None


def staff_by_id(db: Database, staff_id: int) -> dict | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [staff_id]).fetchone()
    return _row(row) if row is not None else None


def active_founders(db: Database) -> int:
    return db.execute("SELECT count(*) FROM staff WHERE role = 'founder' AND active = 1").fetchone()[0]


def insert_staff(db: Database, *, name: str, role: str, allowances: dict[str, bool], pin_hash: str = "",
                 now: datetime | None = None) -> int:
    flags = [int(bool(allowances.get(c))) for c in ALLOWANCE_COLUMNS]
    return inserted_id(db.execute(
        "INSERT INTO staff (name, role, may_export, may_erase, may_see_phones, pin_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 1, ?)", [name, role, *flags, pin_hash, stamp(now)]))


def update_staff(db: Database, staff_id: int, **fields) -> None:
    """Change the given columns (``name``, ``role``, the allowances, ``pin_hash``, ``active``)."""
    unknown = set(fields) - set(COLUMNS[1:-1])
    if unknown:
        raise ValueError(f"unknown staff fields: {sorted(unknown)}")
    if fields:
        sets = ", ".join(f"{c} = ?" for c in fields)
        db.execute(f"UPDATE staff SET {sets} WHERE id = ?", [*fields.values(), staff_id])


def who_column(alias: str, typed: str | None = None) -> str:
    """SQL for a list's "who" (``staff_name``): the recorded person's name, else the ``typed``
    column (a follow-up's own "staff" field), else ''."""
    fallback = f"{typed}" if typed else "''"
    return (f"coalesce((SELECT s.name FROM staff s WHERE s.id = {alias}.staff_id), {fallback}) "
            f"AS staff_name")


def recorded_who() -> int | None:
    """The ``staff_id`` a write records: the person signed in (None in a shop without staff)."""
    from shopowner.actor import current_id

    return current_id()


def edited_by_sql() -> str:
    """``edited_by = N`` (or NULL) for a customer UPDATE's SET list: who made the edit. An
    integer from :mod:`shopowner.actor`, never user text."""
    who = recorded_who()
    return f"edited_by = {int(who)}" if who is not None else "edited_by = NULL"


def activity_rows(db: Database, *, staff_id: int | None = None, limit: int = 50) -> list[dict]:
    """What people signed in did, newest first: ``at``, ``kind`` (followup, feedback, wechat, cards,
    import, customer), ``ref`` (the customer; the print run or import), ``text`` (a summary, a
    feedback kind, a card code, a card count, a file name, a name) and ``who``."""
    only = "WHERE x.staff_id = ?" if staff_id is not None else ""
    rows = db.execute(
        f"""SELECT x.at, x.kind, x.ref, x.text, s.name FROM (
              SELECT created_at AS at, 'followup' AS kind, customer_id AS ref, summary AS text, staff_id
                  FROM followups WHERE staff_id IS NOT NULL
              UNION ALL SELECT created_at, 'feedback', customer_id, kind, staff_id
                  FROM feedback WHERE staff_id IS NOT NULL
              UNION ALL SELECT w.added_at, 'wechat', w.customer_id,
                  coalesce((SELECT code FROM cards k WHERE k.id = w.card_id), ''), w.staff_id
                  FROM wechat_adds w WHERE w.staff_id IS NOT NULL
              UNION ALL SELECT created_at, 'cards', id, CAST(card_count AS TEXT), staff_id
                  FROM card_batches WHERE staff_id IS NOT NULL
              UNION ALL SELECT started_at, 'import', id, file_name, staff_id
                  FROM imports WHERE staff_id IS NOT NULL AND finished_at IS NOT NULL
              UNION ALL SELECT updated_at, 'customer', id, name, edited_by
                  FROM customers WHERE edited_by IS NOT NULL AND merged_into IS NULL
            ) AS x JOIN staff s ON s.id = x.staff_id {only}
            ORDER BY x.at DESC, x.kind, x.ref DESC LIMIT ?""",
        [*([staff_id] if staff_id is not None else []), limit]).fetchall()
    return [dict(zip(("at", "kind", "ref", "text", "who"), r, strict=True)) for r in rows]
