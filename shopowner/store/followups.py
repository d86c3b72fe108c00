"""Follow-ups, feedback and their attachments: rows in, rows out (the rules live in
``shopowner.followups``)."""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.store.db import inserted_id
from shopowner.store.names import CUSTOMER_NAME
from shopowner.store.staff import recorded_who, who_column
from shopowner.store.versions import versioned_update

FOLLOWUP_COLUMNS = ("customer_id", "kind", "direction", "happened_at", "staff", "summary",
                    "chat_text", "created_at", "staff_id")
FEEDBACK_COLUMNS = ("customer_id", "order_id", "kind", "product_text", "rating", "text",
                    "consent_to_quote", "owner", "status", "created_at", "staff_id")


def _insert(db: Database, table: str, allowed: tuple, row: dict) -> int:
    unknown = set(row) - set(allowed)
    if unknown:
        raise ValueError(f"unknown {table} fields: {sorted(unknown)}")
    row = {"staff_id": recorded_who(), **row}  # who wrote it: the person signed in (m0020)
    cols = list(row)
    return inserted_id(db.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                  f"({', '.join('?' for _ in cols)})", [row[c] for c in cols]))


def insert_followup(db: Database, row: dict) -> int:
    return _insert(db, "followups", FOLLOWUP_COLUMNS, row)


def insert_feedback(db: Database, row: dict) -> int:
    return _insert(db, "feedback", FEEDBACK_COLUMNS, row)


def insert_attachment(db: Database, *, followup_id: int | None, feedback_id: int | None,
                      original_name: str, stored_name: str, size: int, sha256: str,
                      created_at: str) -> int:
    return inserted_id(db.execute(
        "INSERT INTO attachments (followup_id, feedback_id, original_name, stored_name, size, "
        "sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [followup_id, feedback_id, original_name, stored_name, size, sha256, created_at]))


def stored_name_taken(db: Database, stored_name: str) -> bool:
    return db.execute("SELECT 1 FROM attachments WHERE stored_name = ?",
                      [stored_name]).fetchone() is not None


def stored_attachment_names(db: Database) -> set[str]:
    """The file names in the attachments folder that some follow-up or feedback still points to."""
    return {row[0] for row in db.execute("SELECT stored_name FROM attachments")}


def attachments_of(db: Database, *, followup_id: int | None = None,
                   feedback_id: int | None = None) -> list[dict]:
    column, value = ("followup_id", followup_id) if followup_id is not None else ("feedback_id", feedback_id)
    return list(db.query(f"SELECT * FROM attachments WHERE {column} = ? ORDER BY id", [value]))


def customer_exists(db: Database, customer_id: int) -> bool:
    return db.execute("SELECT 1 FROM customers WHERE id = ? AND merged_into IS NULL "
                      "AND erased_at IS NULL", [customer_id]).fetchone() is not None


def customer_names(db: Database, customer_id: int) -> list[str]:
    """Every name a customer is known by (for scrubbing quotes): book, WeChat, order receivers."""
    rows = db.execute(
        "SELECT name FROM customers WHERE id = ? UNION SELECT nickname FROM customers WHERE id = ? "
        "UNION SELECT wechat_name FROM customers WHERE id = ? "
        "UNION SELECT wechat_remark FROM customers WHERE id = ? "
        "UNION SELECT receiver_name FROM orders WHERE customer_id = ? "
        "UNION SELECT value FROM customer_identities WHERE customer_id = ? "
        "AND kind IN ('nickname', 'wechat', 'buyer_id')",
        [customer_id] * 6).fetchall()
    return [r[0] for r in rows if r[0]]


def customer_phones(db: Database, customer_id: int) -> list[str]:
    rows = db.execute("SELECT value FROM customer_identities WHERE customer_id = ? AND kind = 'phone' "
                      "UNION SELECT receiver_phone FROM orders WHERE customer_id = ?",
                      [customer_id, customer_id]).fetchall()
    return [r[0] for r in rows if r[0]]


def followup_rows(db: Database, *, customer_id: int | None = None, search: str = "",
                  kind: str = "", limit: int = -1, offset: int = 0, count: bool = False):
    """Follow-ups newest first, with the customer's name (or their count when ``count``)."""
    where: list[str] = ["1 = 1"]
    params: list[object] = []
    if customer_id is not None:
        where.append("f.customer_id = ?")
        params.append(customer_id)
    if kind:
        where.append("f.kind = ?")
        params.append(kind)
    if search.strip():
        like = f"%{search.strip()}%"
        where.append("(f.summary LIKE ? OR f.chat_text LIKE ? OR f.staff LIKE ? OR c.name LIKE ? "
                     "OR c.nickname LIKE ? OR c.wechat_name LIKE ?)")
        params += [like] * 6
    return _page_or_count(db, "f", "followups AS f JOIN", "followup_id", "f.happened_at", where, params,
                          limit, offset, count)


def feedback_rows(db: Database, *, kind: str = "", status: str = "", search: str = "",
                  consent_only: bool = False, customer_id: int | None = None,
                  limit: int = -1, offset: int = 0, count: bool = False):
    """Feedback newest first with the customer's name (or their count when ``count``)."""
    where: list[str] = ["1 = 1"]
    params: list[object] = []
    if kind:
        where.append("fb.kind = ?")
        params.append(kind)
    if status:
        where.append("fb.status = ?")
        params.append(status)
    if consent_only:
        where.append("fb.consent_to_quote = 1")
    if customer_id is not None:
        where.append("fb.customer_id = ?")
        params.append(customer_id)
    if search.strip():
        like = f"%{search.strip()}%"
        where.append("(fb.text LIKE ? OR fb.product_text LIKE ? OR fb.owner LIKE ? OR c.name LIKE ?)")
        params += [like] * 4
    return _page_or_count(db, "fb", "feedback AS fb LEFT JOIN", "feedback_id", "fb.created_at", where, params,
                          limit, offset, count)


def _page_or_count(db: Database, alias: str, source: str, attachment_key: str, newest: str,
                   where: list[str], params: list, limit: int, offset: int, count: bool):
    """A page of the log's rows, newest first, each with the customer's name and how many files
    are attached, and who wrote it (``staff_name``: the person signed in then, else a follow-up's
    typed "staff"), or (``count``) how many rows match; ``source`` joins ``customers AS c``."""
    base = f" FROM {source} customers AS c ON c.id = {alias}.customer_id WHERE " + " AND ".join(where)
    if count:
        return db.execute("SELECT count(*)" + base, params).fetchone()[0]
    return list(db.query(
        f"SELECT {alias}.*, {CUSTOMER_NAME} AS customer_name, "
        f"{who_column(alias, 'f.staff' if alias == 'f' else None)}, "
        f"(SELECT count(*) FROM attachments WHERE {attachment_key} = {alias}.id) AS attachment_count"
        f"{base} ORDER BY {newest} DESC, {alias}.id DESC LIMIT ? OFFSET ?",
        [*params, limit, offset]))


def feedback_row(db: Database, feedback_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM feedback WHERE id = ?", [feedback_id]))
    return rows[0] if rows else None


def set_feedback_resolved(db: Database, feedback_id: int, resolution: str, when: str, *,
                          expected_version: int | None = None) -> bool:
    """Resolve an open complaint (bumps its ``version``); whether it was written. With
    ``expected_version`` (the version the resolver read) a complaint saved by someone else
    meanwhile raises :class:`RowChanged` with it as it is now; a complaint resolved already is
    written over only at that version (the resolver saw the other resolution and kept theirs)."""
    where = "kind = 'complaint'" + (" AND status = 'open'" if expected_version is None else "")
    return versioned_update(db, "feedback", feedback_id, "status = 'resolved', resolution = ?, resolved_at = ?",
                            [resolution, when], expected_version, feedback_row, where=where) is not None


def wechat_adds_of(db: Database, customer_id: int) -> list[dict]:
    return list(db.query(
        """SELECT w.*, cards.code, letters.name AS letter_name, letter_versions.version_no
           FROM wechat_adds AS w LEFT JOIN cards ON cards.id = w.card_id
           LEFT JOIN letter_versions ON letter_versions.id = cards.letter_version_id
           LEFT JOIN letters ON letters.id = letter_versions.letter_id
           WHERE w.customer_id = ? ORDER BY w.added_at DESC, w.id DESC""", [customer_id]))
