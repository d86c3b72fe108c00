"""Insert cards and their batches: SQL only (which orders get a card, what a card needs, records).

Cards come out in packing-list order: by payment time, then by order id.

A card is ``reserved`` from the moment its batch is planned (its code is then taken, and shown in
the preview) and ``printed`` once the batch went to the printer or its PDF was written
(``printed_at`` is set then, NULL before). Anything that counts printed cards reads the view
``printed_cards`` (or ``cards WHERE state = 'printed'``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.db import inserted_id
from shopowner.store.staff import recorded_who

PACKING_ORDER = "coalesce(o.paid_at, o.created_at), o.id"
CHUNK = 500


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def to_ship_order_ids(db: Database) -> list[int]:
    """Paid, not shipped, no printed card yet: the day's packing list."""
    return [r[0] for r in db.execute(
        "SELECT o.id FROM orders o WHERE o.status = 'paid' AND o.shipped_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.order_id = o.id AND c.state = 'printed') "
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
    """Whether a card (reserved or printed) or a channel (渠道, its poster's code) already
    carries ``code``: the two share one code family, so a code that comes back names one thing."""
    return db.execute("SELECT 1 FROM cards WHERE code = :c UNION ALL SELECT 1 FROM channels WHERE code = :c",
                      {"c": code}).fetchone() is not None


class ReservationChanged(Exception):
    """Another run reserved or printed cards for these orders meanwhile; plan again."""


def reserved_cards(db: Database, order_ids: list[int]) -> dict[int, dict]:
    """The reserved (not yet printed) card of each order that has one."""
    return _cards_of_orders(db, order_ids, "reserved", "id, code, order_id, letter_version_id, layout")


def printed_cards_of(db: Database, order_ids: list[int]) -> dict[int, dict]:
    """The printed card of each order that has one (the latest, should there be several)."""
    return _cards_of_orders(db, order_ids, "printed", "id, code, order_id, letter_version_id")


def _cards_of_orders(db: Database, order_ids: list[int], state: str, columns: str) -> dict[int, dict]:
    found: dict[int, dict] = {}
    for chunk in _chunks(list(order_ids)):
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(f"SELECT {columns} FROM cards WHERE state = ? AND order_id IN ({marks}) "
                            "ORDER BY id", [state, *chunk]):
            found[row["order_id"]] = row  # by id: the latest wins
    return found


def latest_batch_id(db: Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM card_batches").fetchone()[0]


def reserve_cards(db: Database, cards: list[dict], layout: str, printed_after: int | None = None, *,
                  now: datetime | None = None) -> list[int]:
    """Store each planned card as reserved, in one transaction; returns the card ids in order.

    Each card: ``order_id``, ``customer_id``, ``letter_version_id``, ``code`` and ``card_id`` (the
    order's reserved card seen when planning, else None). A reserved card keeps its code; its letter
    version and layout follow the plan. When the reservations changed since they were read (another
    run planned the same orders, or a batch printed after ``printed_after`` holds one of them), nothing
    is written and :class:`ReservationChanged` is raised.
    """
    ids: list[int] = []
    with db.atomic():
        orders = [c["order_id"] for c in cards if c["order_id"] is not None]
        if printed_after is not None:
            for chunk in _chunks(orders):
                if db.execute(f"SELECT 1 FROM cards WHERE batch_id > ? AND state = 'printed' AND order_id IN "
                              f"({', '.join('?' for _ in chunk)}) LIMIT 1", [printed_after, *chunk]).fetchone():
                    raise ReservationChanged(chunk[0])
        current = reserved_cards(db, orders)
        for card in cards:
            seen = current.get(card["order_id"])
            if (seen["id"] if seen else None) != card["card_id"]:
                raise ReservationChanged(card["order_id"])
            if seen is not None:
                if (seen["letter_version_id"], seen["layout"]) != (card["letter_version_id"], layout):
                    db.execute("UPDATE cards SET letter_version_id = ?, layout = ? WHERE id = ?",
                               [card["letter_version_id"], layout, seen["id"]])
                ids.append(seen["id"])
                continue
            try:
                ids.append(inserted_id(db.execute(
                    "INSERT INTO cards (code, state, order_id, customer_id, letter_version_id, layout, "
                    "reserved_at, printed_at) VALUES (?, 'reserved', ?, ?, ?, ?, ?, NULL)",
                    [card["code"], card["order_id"], card["customer_id"], card["letter_version_id"],
                     layout, stamp(now)])))
            except sqlite3.IntegrityError as exc:  # the code or the order was taken meanwhile
                raise ReservationChanged(card["order_id"]) from exc
    return ids


def record_printed(db: Database, *, selection: str, layout: str, pdf_path: str, card_ids: list[int],
                   pdf_write_id: int | None = None, reprinted_ids: Iterable[int] = (),
                   now: datetime | None = None) -> int:
    """A batch went to the printer (or its PDF is complete): one transaction stores the batch and
    marks its cards printed now, and counts a reprint for ``reprinted_ids`` (cards printed before,
    printed again with their code). Cards another run printed meanwhile stay as they were."""
    with db.atomic():
        for card_id in reprinted_ids:
            mark_reprinted(db, card_id, now=now)
        batch_id = inserted_id(db.execute(
            "INSERT INTO card_batches (created_at, selection, layout, card_count, pdf_path, staff_id) "
            "VALUES (?, ?, ?, ?, ?, ?)", [stamp(now), selection, layout, len(card_ids), pdf_path, recorded_who()]))
        for chunk in _chunks(list(card_ids)):
            db.execute(
                "UPDATE cards SET state = 'printed', printed_at = ?, batch_id = ?, "
                f"layout = ? WHERE state = 'reserved' AND id IN ({', '.join('?' for _ in chunk)})",
                [stamp(now), batch_id, layout, *chunk])
        if pdf_write_id is not None:
            db.execute("UPDATE card_pdf_writes SET batch_id = ? WHERE id = ?", [batch_id, pdf_write_id])
    return batch_id


def card_states(db: Database, card_ids: list[int]) -> dict[int, str]:
    states: dict[int, str] = {}
    for chunk in _chunks(list(card_ids)):
        states.update(db.execute(
            f"SELECT id, state FROM cards WHERE id IN ({', '.join('?' for _ in chunk)})", chunk).fetchall())
    return states


def reserved_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM cards WHERE state = 'reserved'").fetchone()[0]


# PDFs being written: a run killed midway leaves a row here, so the next run can clean up ----------
def begin_pdf_write(db: Database, path: str, part: str, pid: int, *,
                    now: datetime | None = None) -> int:
    return inserted_id(db.execute("INSERT INTO card_pdf_writes (path, part, pid, started_at) VALUES (?, ?, ?, ?)",
                                  [path, part, pid, stamp(now)]))


def end_pdf_write(db: Database, write_id: int) -> None:
    db.execute("DELETE FROM card_pdf_writes WHERE id = ?", [write_id])


def pdf_writes(db: Database, now: datetime | None = None) -> list[dict]:
    return list(db.query("SELECT id, path, part, pid, batch_id, started_at, "
                         "(julianday(?) - julianday(started_at)) * 86400 AS age_seconds "
                         "FROM card_pdf_writes ORDER BY id", [stamp(now)]))


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
        "SELECT c.id, c.code, c.state, c.order_id, c.customer_id, c.batch_id, c.letter_version_id, c.layout, "
        f"c.printed_at, c.reprint_count FROM cards c WHERE {where}", [value])), None)


def mark_reprinted(db: Database, card_id: int, *, now: datetime | None = None) -> None:
    db.execute("UPDATE cards SET reprint_count = reprint_count + 1, "
               "last_reprinted_at = ? WHERE id = ?", [stamp(now), card_id])


CARD_LIST_SQL = (
    "SELECT c.id, c.code, o.platform, o.platform_order_id, cu.name, cu.nickname, l.name AS letter, "
    "v.version_no, c.layout, c.printed_at, c.reprint_count, c.redeemed_at "
    "FROM cards c LEFT JOIN orders o ON o.id = c.order_id LEFT JOIN customers cu ON cu.id = c.customer_id "
    "LEFT JOIN letter_versions v ON v.id = c.letter_version_id LEFT JOIN letters l ON l.id = v.letter_id "
    "WHERE c.state = 'printed'")


def count_cards(db: Database) -> int:
    """Printed cards (reserved ones are not listed)."""
    return db.execute("SELECT count(*) FROM cards WHERE state = 'printed'").fetchone()[0]


def card_page(db: Database, offset: int, limit: int) -> list[tuple]:
    """Printed cards, newest first, one page at a time (for a lazily fetching table)."""
    return db.execute(f"{CARD_LIST_SQL} ORDER BY c.id DESC LIMIT ? OFFSET ?", [limit, offset]).fetchall()
