"""Insert cards and their batches: SQL only (which orders get a card, what a card needs, records).

Cards come out in packing-list order: by payment time, then by order id.
"""

from __future__ import annotations

from typing import Iterable

from sqlite_utils import Database

PACKING_ORDER = "coalesce(o.paid_at, o.created_at), o.id"
CHUNK = 500


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def to_ship_order_ids(db: Database) -> list[int]:
    """Paid, not shipped, no card yet: the day's packing list."""
    return [r[0] for r in db.execute(
        "SELECT o.id FROM orders o WHERE o.status = 'paid' AND o.shipped_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.order_id = o.id) "
        f"ORDER BY {PACKING_ORDER}")]


def imported_on_order_ids(db: Database, day: str) -> list[int]:
    """Orders whose import ran on ``day`` (YYYY-MM-DD): the import's start, else the row's time."""
    return [r[0] for r in db.execute(
        "SELECT o.id FROM orders o LEFT JOIN imports i ON i.id = o.import_id "
        f"WHERE date(coalesce(i.started_at, o.imported_at)) = ? ORDER BY {PACKING_ORDER}", [day])]


def ordered_between_ids(db: Database, first_day: str, last_day: str) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT o.id FROM orders o WHERE o.created_at >= ? AND o.created_at < date(?, '+1 day') "
        f"ORDER BY {PACKING_ORDER}", [first_day, last_day])]  # an index range, not date(column)


def all_order_ids(db: Database) -> list[int]:
    return [r[0] for r in db.execute(f"SELECT o.id FROM orders o ORDER BY {PACKING_ORDER}")]


def resolve_order_refs(db: Database, refs: list[str]) -> tuple[list[int], list[str]]:
    """Order ids for the given ids or platform order numbers, in the given order; and the unknown."""
    found, unknown = [], []
    for ref in refs:
        row = None
        if ref.isdigit():
            row = db.execute("SELECT id FROM orders WHERE id = ?", [int(ref)]).fetchone()
        if row is None:
            row = db.execute("SELECT id FROM orders WHERE platform_order_id = ? ORDER BY id LIMIT 1",
                             [ref]).fetchone()
        if row is None:
            unknown.append(ref)
        elif row[0] not in found:
            found.append(row[0])
    return found, unknown


def card_sources(db: Database, order_ids: list[int]) -> list[dict]:
    """What each order's card needs, in the order of ``order_ids`` (missing ids are dropped)."""
    rows: dict[int, dict] = {}
    for chunk in _chunks(list(order_ids)):
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(
                "SELECT o.id AS order_id, o.platform, o.platform_order_id, o.created_at, o.customer_id, "
                "c.name, c.nickname, coalesce(nullif(o.city, ''), c.city) AS city, "
                "(SELECT count(*) FROM orders o2 WHERE o2.customer_id = o.customer_id "
                " AND o2.status NOT IN ('unpaid', 'closed') AND (coalesce(o2.created_at, '') < "
                " coalesce(o.created_at, '') OR (coalesce(o2.created_at, '') = coalesce(o.created_at, '') "
                " AND o2.id <= o.id))) AS purchase_no "
                f"FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id IN ({marks})", chunk):
            row["products"] = []
            rows[row["order_id"]] = row
        for order_id, title in db.execute(
                f"SELECT order_id, title FROM order_items WHERE order_id IN ({marks}) "
                "ORDER BY order_id, line_no", chunk):
            rows[order_id]["products"].append(title)
    return [rows[i] for i in order_ids if i in rows]


def code_exists(db: Database, code: str) -> bool:
    return db.execute("SELECT 1 FROM cards WHERE code = ?", [code]).fetchone() is not None


def record_batch(db: Database, *, selection: str, layout: str, pdf_path: str, cards: list[dict]) -> int:
    """Store a printed batch and its cards (one transaction); returns the batch id."""
    with db.atomic():
        batch_id = db.execute(
            "INSERT INTO card_batches (selection, layout, card_count, pdf_path) VALUES (?, ?, ?, ?)",
            [selection, layout, len(cards), pdf_path]).lastrowid
        for card in cards:
            db.execute(
                "INSERT INTO cards (code, order_id, customer_id, batch_id, letter_version_id, layout) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [card["code"], card["order_id"], card["customer_id"], batch_id,
                 card["letter_version_id"], layout])
    return batch_id


def card_by_code_or_id(db: Database, ref: str | int) -> dict | None:
    """The card with this code, else (a number) with this id. The code is tried first: a code
    can be all digits too (``76822``), and it is what is printed on the card."""
    text = str(ref).strip().upper()
    card = _card_where(db, "c.code = ?", text)
    if card is None and text.isdigit():
        card = _card_where(db, "c.id = ?", int(text))
    return card


def _card_where(db: Database, where: str, value) -> dict | None:
    return next(iter(db.query(
        "SELECT c.id, c.code, c.order_id, c.customer_id, c.batch_id, c.letter_version_id, c.layout, "
        f"c.printed_at, c.reprint_count FROM cards c WHERE {where}", [value])), None)


def mark_reprinted(db: Database, card_id: int) -> None:
    db.execute("UPDATE cards SET reprint_count = reprint_count + 1, "
               "last_reprinted_at = datetime('now','localtime') WHERE id = ?", [card_id])


CARD_LIST_SQL = (
    "SELECT c.id, c.code, o.platform, o.platform_order_id, cu.name, cu.nickname, l.name AS letter, "
    "v.version_no, c.layout, c.printed_at, c.reprint_count, c.redeemed_at "
    "FROM cards c LEFT JOIN orders o ON o.id = c.order_id LEFT JOIN customers cu ON cu.id = c.customer_id "
    "LEFT JOIN letter_versions v ON v.id = c.letter_version_id LEFT JOIN letters l ON l.id = v.letter_id")


def count_cards(db: Database) -> int:
    return db.execute("SELECT count(*) FROM cards").fetchone()[0]


def card_page(db: Database, offset: int, limit: int) -> list[tuple]:
    """Printed cards, newest first, one page at a time (for a lazily fetching table)."""
    return db.execute(f"{CARD_LIST_SQL} ORDER BY c.id DESC LIMIT ? OFFSET ?", [limit, offset]).fetchall()
