"""Likely duplicate customers: the "find duplicates" scan and the review queue.

The import also writes ``duplicate_candidates`` rows; the scan adds pairs by three rules and
never touches a pair already decided ("not the same person" is remembered as ``distinct``).
Reasons written here: ``name_address``, ``nickname``, ``phone``, ``phone_tail``.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.progress import Progress, maybe
from shopowner.store.names import customer_name

_ACTIVE = "merged_into IS NULL AND erased_at IS NULL"

# (reason, score, SQL yielding (a, b) pairs with a < b)
_RULES = (
    ("name_address", 0.9, f"""
        WITH pa AS (
            SELECT id AS cid, name AS n, address AS a FROM customers
                WHERE {_ACTIVE} AND name <> '' AND address <> '' AND instr(name, '*') = 0
            UNION SELECT o.customer_id, o.receiver_name, o.address FROM orders o
                JOIN customers c ON c.id = o.customer_id AND c.{_ACTIVE.replace(' AND ', ' AND c.')}
                WHERE o.receiver_name <> '' AND o.address <> '' AND instr(o.receiver_name, '*') = 0)
        SELECT DISTINCT x.cid, y.cid FROM pa x JOIN pa y
            ON x.n = y.n AND x.a = y.a AND x.cid < y.cid"""),
    ("nickname", 0.6, f"""
        SELECT DISTINCT x.id, y.id FROM customers x JOIN customers y
            ON x.nickname = y.nickname AND x.id < y.id
        WHERE x.nickname <> '' AND x.{_ACTIVE.replace(' AND ', ' AND x.')}
            AND y.{_ACTIVE.replace(' AND ', ' AND y.')}
            AND (x.platforms <> y.platforms OR x.platforms = '')"""),
    ("phone", 0.95, f"""
        SELECT DISTINCT x.customer_id, y.customer_id FROM customer_phones x
            JOIN customer_phones y ON x.phone = y.phone AND x.customer_id < y.customer_id
            JOIN customers cx ON cx.id = x.customer_id AND cx.{_ACTIVE.replace(' AND ', ' AND cx.')}
            JOIN customers cy ON cy.id = y.customer_id AND cy.{_ACTIVE.replace(' AND ', ' AND cy.')}
        WHERE instr(x.phone, '*') = 0"""),
    # same last four digits and either a masked number that fits the other (same first three
    # digits), or the same family name
    ("phone_tail", 0.5, f"""
        SELECT DISTINCT x.customer_id, y.customer_id FROM customer_phones x
            JOIN customer_phones y ON x.tail = y.tail AND x.customer_id < y.customer_id
            JOIN customers cx ON cx.id = x.customer_id AND cx.{_ACTIVE.replace(' AND ', ' AND cx.')}
            JOIN customers cy ON cy.id = y.customer_id AND cy.{_ACTIVE.replace(' AND ', ' AND cy.')}
        WHERE x.phone <> y.phone AND (
            ((instr(x.phone, '*') > 0 OR instr(y.phone, '*') > 0)
                AND substr(x.phone, 1, 3) = substr(y.phone, 1, 3))
            OR (cx.name <> '' AND substr(cx.name, 1, 1) = substr(cy.name, 1, 1)))"""),
)


def find_duplicates(db: Database, *, progress: Progress | None = None,
                    now: datetime | None = None) -> int:
    """Run every rule and queue new pairs; returns how many pairs were added."""
    progress = maybe(progress)
    added = 0
    with db.atomic():
        for n, (reason, score, sql) in enumerate(_RULES):
            progress.update(n, len(_RULES), reason)
            added += db.execute(
                f"INSERT OR IGNORE INTO duplicate_candidates (customer_a, customer_b, reason, score, "
                f"created_at) SELECT *, ?, ?, ? FROM ({sql}) AS pairs", [reason, score, stamp(now)]).rowcount
        progress.update(len(_RULES), len(_RULES))
    return added


def pending_pairs(db: Database, limit: int = 500) -> list[dict]:
    """Pairs still to decide, best first, both customers still listed; ``name_a``/``name_b`` are
    their names (``store.names``). Read along m0010's index on (status, score, id): the best 500 of
    50,000 pending pairs in a few milliseconds."""
    return [dict(id=r[0], customer_a=r[1], customer_b=r[2], reason=r[3], score=r[4],
                 name_a=r[5], name_b=r[6]) for r in db.execute(
        f"""SELECT d.id, d.customer_a, d.customer_b, d.reason, d.score,
                   {customer_name('a')}, {customer_name('b')}
            FROM duplicate_candidates d
            JOIN customers a ON a.id = d.customer_a AND a.{_ACTIVE.replace(' AND ', ' AND a.')}
            JOIN customers b ON b.id = d.customer_b AND b.{_ACTIVE.replace(' AND ', ' AND b.')}
            WHERE d.status = 'pending' ORDER BY d.score DESC, d.id LIMIT ?""", [limit])]


def pending_count(db: Database) -> int:
    return db.execute(
        f"""SELECT count(*) FROM duplicate_candidates d
            JOIN customers a ON a.id = d.customer_a AND a.{_ACTIVE.replace(' AND ', ' AND a.')}
            JOIN customers b ON b.id = d.customer_b AND b.{_ACTIVE.replace(' AND ', ' AND b.')}
            WHERE d.status = 'pending'""").fetchone()[0]


def mark_distinct(db: Database, customer_a: int, customer_b: int, *,
                  now: datetime | None = None) -> None:
    """Remember that these two are not the same person (the scan never proposes them again)."""
    a, b = sorted((customer_a, customer_b))
    db.execute("INSERT INTO duplicate_candidates (customer_a, customer_b, reason, score, status, "
               "created_at, decided_at) VALUES (?, ?, 'manual', 0, 'distinct', ?, ?) "
               "ON CONFLICT (customer_a, customer_b) DO UPDATE SET status = 'distinct', "
               "decided_at = excluded.decided_at", [a, b, stamp(now), stamp(now)])
