"""Merging two customer records into one, and undoing it, even after a restart.

A merge moves every row that points at the merged customer (orders, identities, follow-ups,
feedback, cards, WeChat adds, reminders, and any table another area adds later with a foreign
key to ``customers``) to the kept one, copies tags, applies the chosen field values, and hides the
merged customer (``merged_into``). Everything needed to put it back is stored as JSON in
``merges.snapshot``: the two rows as they were and the rowids moved per table and column.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.customers import get_customer, refresh_customer_totals
from shopowner.store import errors
from shopowner.store.db import inserted_id, is_hub
from shopowner.store.names import CUSTOMER_NAME
from shopowner.store.versions import customer_bump

# the fields the owner picks per side in the duplicates dialog
MERGE_FIELDS = ("name", "nickname", "gender", "province", "city", "district", "address",
                "wechat_status", "wechat_name", "wechat_remark", "wechat_account",
                "wechat_added_at", "notes", "custom_fields", "next_contact_date", "channel_id")
# handled specially, never moved generically
_SPECIAL = {"customers", "customer_tags", "duplicate_candidates"}


class MergeError(ValueError):
    """A merge or undo that cannot be done; the caller shows a translated message."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def customer_references(db: Database) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to ``customers`` outside the special tables."""
    from shopowner.store.schema_info import references_to

    return [(table, column) for table, column in references_to(db, "customers")
            if table not in _SPECIAL]


def _move_rows(db: Database, table: str, column: str, rowids: list[int], kept_id: int,
               merged_id: int) -> None:
    """Point the rows at the kept customer, leaving those a unique key keeps where they are
    (the hub has no ``UPDATE OR IGNORE``: row by row there, each in a savepoint)."""
    if not is_hub(db):
        db.execute(f"UPDATE OR IGNORE [{table}] SET [{column}] = ? WHERE [{column}] = ?",
                   [kept_id, merged_id])
        return
    for rowid in rowids:
        try:
            with db.atomic():
                db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?", [kept_id, rowid])
        except errors.IntegrityError:
            continue


def merge_customers(db: Database, kept_id: int, merged_id: int, values: dict | None = None, *,
                    now: datetime | None = None) -> int:
    """Merge ``merged_id`` into ``kept_id`` in one transaction; returns the ``merges`` row id.

    ``values`` holds the chosen value per field in :data:`MERGE_FIELDS` (missing fields keep
    the kept customer's value); ``custom_fields`` may be a dict.
    """
    if kept_id == merged_id:
        raise MergeError("same")
    values = dict(values or {})
    unknown = set(values) - set(MERGE_FIELDS)
    if unknown:
        raise ValueError(f"unknown merge fields: {sorted(unknown)}")
    with db.atomic():
        kept, merged = get_customer(db, kept_id), get_customer(db, merged_id)
        if kept is None or merged is None:
            raise MergeError("missing")
        if kept["merged_into"] or merged["merged_into"]:
            raise MergeError("already_merged")
        moved = {}
        for table, column in customer_references(db):
            rowids = [r[0] for r in db.execute(
                f"SELECT rowid FROM [{table}] WHERE [{column}] = ?", [merged_id])]
            if rowids:
                # OR IGNORE: a row another area keeps unique per customer stays with the merged
                # record instead of failing the whole merge; only rows really moved are recorded
                _move_rows(db, table, column, rowids, kept_id, merged_id)
                stayed = {r[0] for r in db.execute(
                    f"SELECT rowid FROM [{table}] WHERE [{column}] = ?", [merged_id])}
                moved[f"{table}.{column}"] = [r for r in rowids if r not in stayed]
        tags_added = [r[0] for r in db.execute(
            "SELECT tag_id FROM customer_tags WHERE customer_id = ? AND tag_id NOT IN "
            "(SELECT tag_id FROM customer_tags WHERE customer_id = ?)", [merged_id, kept_id])]
        db.execute("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) "
                   "SELECT ?, tag_id FROM customer_tags WHERE customer_id = ?", [kept_id, merged_id])
        a, b = sorted((kept_id, merged_id))
        pair = db.execute("SELECT id, status FROM duplicate_candidates WHERE customer_a = ? AND "
                          "customer_b = ?", [a, b]).fetchone()
        db.execute("INSERT INTO duplicate_candidates (customer_a, customer_b, reason, score, status, "
                   "created_at, decided_at) VALUES (?, ?, 'manual', 1, 'merged', ?, ?) "
                   "ON CONFLICT (customer_a, customer_b) DO UPDATE SET status = 'merged', "
                   "decided_at = excluded.decided_at", [a, b, stamp(now), stamp(now)])
        if "custom_fields" in values and isinstance(values["custom_fields"], dict):
            values["custom_fields"] = json.dumps(values["custom_fields"], ensure_ascii=False)
        if values:
            sets = ", ".join(f"{k} = ?" for k in values)
            db.execute(f"UPDATE customers SET {sets}, updated_at = ?, {customer_bump()} WHERE id = ?",
                       [*values.values(), stamp(now), kept_id])
        db.execute(f"UPDATE customers SET merged_into = ?, updated_at = ?, {customer_bump()} WHERE id = ?",
                   [kept_id, stamp(now), merged_id])
        snapshot = {
            "kept_before": _storable(kept), "merged_before": _storable(merged), "moved": moved,
            "tags_added": tags_added, "pair": [a, b],
            "pair_before": None if pair is None else {"id": pair[0], "status": pair[1]},
        }
        refresh_customer_totals(db, [kept_id, merged_id], now=now)
        return inserted_id(db.execute("INSERT INTO merges (kept_id, merged_id, snapshot, merged_at) "
                                      "VALUES (?, ?, ?, ?)", [kept_id, merged_id,
                                                              json.dumps(snapshot, ensure_ascii=False),
                                                              stamp(now)]))


def _storable(customer: dict) -> dict:
    row = dict(customer)
    row["custom_fields"] = json.dumps(row["custom_fields"], ensure_ascii=False)
    return row


def undo_merge(db: Database, merge_id: int, *, now: datetime | None = None) -> tuple[int, int]:
    """Put a merge back as it was; returns (kept_id, merged_id).

    Rows that arrived after the merge (new orders for the kept customer) stay where they are.
    Merges into the same customer are undone newest first.
    """
    with db.atomic():
        row = db.execute("SELECT kept_id, merged_id, snapshot, undone_at FROM merges WHERE id = ?",
                         [merge_id]).fetchone()
        if row is None:
            raise MergeError("missing")
        kept_id, merged_id, snapshot, undone_at = row
        if undone_at:
            raise MergeError("already_undone")
        later = db.execute("SELECT count(*) FROM merges WHERE kept_id IN (?, ?) AND id > ? AND "
                           "undone_at IS NULL", [kept_id, merged_id, merge_id]).fetchone()[0]
        if later:
            raise MergeError("later_merge")
        snap = json.loads(snapshot)
        for key, rowids in snap["moved"].items():
            table, column = key.split(".", 1)
            for start in range(0, len(rowids), 500):
                chunk = rowids[start:start + 500]
                db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE [{column}] = ? AND rowid IN "
                           f"(SELECT CAST(value AS INTEGER) FROM json_each(?))",
                           [merged_id, kept_id, json.dumps(chunk)])
        if snap["tags_added"]:
            db.execute("DELETE FROM customer_tags WHERE customer_id = ? AND tag_id IN "
                       "(SELECT CAST(value AS INTEGER) FROM json_each(?))", [kept_id, json.dumps(snap["tags_added"])])
        before = snap["kept_before"]
        restore = [f for f in (*MERGE_FIELDS, "stage", "stage_manual") if f in before]
        db.execute(f"UPDATE customers SET {', '.join(f'{f} = ?' for f in restore)}, "
                   f"updated_at = ?, {customer_bump()} WHERE id = ?",
                   [*(before[f] for f in restore), stamp(now), kept_id])
        db.execute(f"UPDATE customers SET merged_into = NULL, {customer_bump()} WHERE id = ?", [merged_id])
        a, b = snap["pair"]
        if snap["pair_before"] is None:
            db.execute("DELETE FROM duplicate_candidates WHERE customer_a = ? AND customer_b = ?",
                       [a, b])
        else:
            db.execute("UPDATE duplicate_candidates SET status = ?, decided_at = NULL WHERE "
                       "customer_a = ? AND customer_b = ?", [snap["pair_before"]["status"], a, b])
        db.execute("UPDATE merges SET undone_at = ? WHERE id = ?", [stamp(now), merge_id])
        refresh_customer_totals(db, [kept_id, merged_id], now=now)
    return kept_id, merged_id


def merges_of(db: Database, customer_id: int) -> list[dict]:
    """Merges into this customer that can still be undone, newest first."""
    return [dict(id=r[0], kept_id=r[1], merged_id=r[2], merged_at=r[3],
                 merged_name=r[4]) for r in db.execute(
        f"SELECT m.id, m.kept_id, m.merged_id, m.merged_at, {CUSTOMER_NAME} FROM merges m "
        "LEFT JOIN customers c ON c.id = m.merged_id "
        "WHERE m.kept_id = ? AND m.undone_at IS NULL ORDER BY m.id DESC", [customer_id])]


def last_merge(db: Database) -> dict | None:
    row = db.execute("SELECT id, kept_id, merged_id, merged_at FROM merges WHERE undone_at IS NULL "
                     "ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else dict(id=row[0], kept_id=row[1], merged_id=row[2],
                                         merged_at=row[3])
