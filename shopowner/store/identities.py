"""Customer identities (buyer ids, phones, name+address keys, nicknames, WeChat ids) and the
review queue of likely duplicates, as plain reads and bulk writes for the importer."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.versions import customer_bump


_CHUNK = 900  # bound values per query: under SQLite's limit on every build


def _platforms(db: Database, kind: str) -> list[str]:
    """The platforms that have identities of ``kind``: one index step per platform (a skip
    scan of the ``(kind, platform, value)`` index), not a pass over the identities."""
    return [row[0] for row in db.execute(
        "WITH RECURSIVE p(platform) AS ("
        " SELECT min(platform) FROM customer_identities WHERE kind = :kind"
        " UNION ALL SELECT (SELECT min(platform) FROM customer_identities"
        "  WHERE kind = :kind AND platform > p.platform) FROM p WHERE p.platform IS NOT NULL)"
        " SELECT platform FROM p WHERE platform IS NOT NULL", {"kind": kind})]


def identities_with_values(db: Database, values: dict[str, set[str]]) -> list[tuple]:
    """The unmasked identities whose value is among ``values[kind]``, on any platform, as
    (kind, platform, value, customer id), merged customers followed to the customer they were
    merged into. Each value is one probe of the identities' unique index: the cost follows the
    values asked for, not the size of the book."""
    found = []
    for kind, wanted_set in values.items():
        wanted = sorted(wanted_set)
        if not wanted:
            continue
        for platform in _platforms(db, kind):
            for at in range(0, len(wanted), _CHUNK):
                chunk = wanted[at:at + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                found.extend(db.execute(
                    "SELECT i.kind, i.platform, i.value, coalesce(c.merged_into, c.id) "
                    "FROM customer_identities i JOIN customers c ON c.id = i.customer_id "
                    f"WHERE i.kind = ? AND i.platform = ? AND i.value IN ({marks}) "
                    "AND i.masked = 0", [kind, platform, *chunk]).fetchall())
    return found


def add_identities(db: Database, rows: list[tuple[int, str, str, str, int]], *,
                   now: datetime | None = None) -> None:
    """Insert (customer id, kind, platform, value, masked) rows; ones already known are kept."""
    if rows:
        at = stamp(now)
        db.conn.executemany(
            "INSERT OR IGNORE INTO customer_identities (customer_id, kind, platform, value, masked, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)", [(*row, at) for row in rows])


def queue_duplicates(db: Database, pairs: list[tuple[int, int, str, float]], *,
                     now: datetime | None = None) -> int:
    """Add (customer a, customer b, reason, score) to the review queue; returns how many are new.

    A pair already queued or already decided (merged / distinct) is left as it is."""
    added = 0
    for a, b, reason, score in pairs:
        lo, hi = min(a, b), max(a, b)
        if lo == hi:
            continue
        cur = db.execute(
            "INSERT OR IGNORE INTO duplicate_candidates (customer_a, customer_b, reason, score, "
            "created_at) VALUES (?, ?, ?, ?, ?)", [lo, hi, reason, score, stamp(now)])
        added += cur.rowcount
    return added


def fill_customer_blanks(db: Database, customer_id: int, *, name: str = "", nickname: str = "",
                         province: str = "", city: str = "", district: str = "",
                         address: str = "", notes: str = "", wechat_account: str = "",
                         now: datetime | None = None) -> bool:
    """Fill only the fields a customer still has empty: what the owner typed is never overwritten.
    Nothing is written (not even ``updated_at``) when nothing is blank; returns whether a field
    was filled. A fill bumps the ``version``: these are fields a person edits, so an editor who
    read them blank is asked before writing over what the import found (store.versions)."""
    return db.execute(
        f"""
        UPDATE customers SET
            name = CASE WHEN name = '' THEN :name ELSE name END,
            nickname = CASE WHEN nickname = '' THEN :nickname ELSE nickname END,
            province = CASE WHEN address = '' AND province = '' THEN :province ELSE province END,
            city = CASE WHEN address = '' AND province = '' THEN :city ELSE city END,
            district = CASE WHEN address = '' AND province = '' THEN :district ELSE district END,
            address = CASE WHEN address = '' AND province = '' THEN :address ELSE address END,
            notes = CASE WHEN notes = '' THEN :notes ELSE notes END,
            wechat_account = CASE WHEN wechat_account = '' THEN :wechat ELSE wechat_account END,
            updated_at = :at, {customer_bump()}
        WHERE id = :id AND merged_into IS NULL AND (
            (name = '' AND :name != '') OR (nickname = '' AND :nickname != '')
            OR (address = '' AND province = '' AND (:address != '' OR :province != ''))
            OR (notes = '' AND :notes != '') OR (wechat_account = '' AND :wechat != ''))
        """,
        {"id": customer_id, "name": name, "nickname": nickname, "province": province,
         "city": city, "district": district, "address": address, "notes": notes,
         "wechat": wechat_account, "at": stamp(now)}).rowcount > 0


# what fill_customer_blanks may fill, as the condition that the field is still blank
_BLANK = {"name": "name = ''", "nickname": "nickname = ''", "notes": "notes = ''",
          "wechat_account": "wechat_account = ''", "province": "(address = '' AND province = '')",
          "city": "(address = '' AND province = '')", "district": "(address = '' AND province = '')",
          "address": "(address = '' AND province = '')"}


def customers_with_blanks(db: Database, fields, customer_ids) -> set[int]:
    """Those of ``customer_ids`` that :func:`fill_customer_blanks` could change given values for
    ``fields``: with at least one of them still blank (so the others need no query)."""
    conditions = sorted({_BLANK[f] for f in fields if f in _BLANK})
    ids = sorted(customer_ids)
    found: set[int] = set()
    if not conditions:
        return found
    for at in range(0, len(ids), _CHUNK):
        chunk = ids[at:at + _CHUNK]
        found.update(row[0] for row in db.execute(
            f"SELECT id FROM customers WHERE id IN ({', '.join('?' * len(chunk))}) "
            f"AND merged_into IS NULL AND ({' OR '.join(conditions)})", chunk))
    return found


def next_customer_id(db: Database) -> int:
    """The id the next new customer gets (call inside the import's write transaction)."""
    from shopowner.store.row_ids import first_free_id

    return first_free_id(db, "customers")


def insert_customers(db: Database, rows: list[dict], *, now: datetime | None = None) -> None:
    """Insert new customers with ids chosen by the caller, grouped by their set of fields so
    each group is one ``executemany`` (the bulk twin of ``customers.add_customer``)."""
    from shopowner.store.customers import CUSTOMER_FIELDS

    at = stamp(now)
    groups: dict[tuple[str, ...], list[list]] = {}
    for row in rows:
        fields = tuple(k for k in row if k != "id")
        groups.setdefault(fields, []).append([row["id"], *(row[f] for f in fields), at, at])
    for fields, values in groups.items():
        unknown = set(fields) - set(CUSTOMER_FIELDS)
        if unknown:
            raise ValueError(f"unknown customer fields: {sorted(unknown)}")
        cols = ("id", *fields, "created_at", "updated_at")
        db.conn.executemany(
            f"INSERT INTO customers ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
            values)
    from shopowner.store.row_ids import ids_taken

    ids_taken(db, "customers")
