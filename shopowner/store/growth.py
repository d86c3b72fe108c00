"""Queries behind the growth figures (``shopowner.insights``).

Customers are counted exactly as the customer book counts them (``customer_query.count_customers``
with the same filters), so a figure here and the book's count for the same filter are one number.
Orders count when paid (not unpaid, not closed), as in the customers' totals; money is paid minus
refunds. Cards count when printed (``printed_card``). A period is ``since`` (``YYYY-MM-DD``, the
first day included) or ``None`` for all time; every period condition is a range on the stored text.
"""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.store.customer_query import count_customers
from shopowner.store.printed_cards import printed_card

PAID = "o.status NOT IN ('unpaid', 'closed')"
IN_BOOK = "c.merged_into IS NULL"  # the customer book's own condition (customer_query.where_clause)


def _since(column: str, since: str | None) -> tuple[str, list]:
    return (f" AND {column} >= ?", [since]) if since else ("", [])


def _one(db: Database, sql: str, params=()) -> int:
    value = db.execute(sql, params).fetchone()[0]
    return int(value or 0)


def book_customers(db: Database, wechat: str | None = None) -> int:
    """The customer book's count (all customers, or those with ``wechat`` status 'added'/'none')."""
    return count_customers(db, {"wechat": wechat} if wechat else None)


def customers_with_orders(db: Database, min_orders: int, added: bool) -> int:
    """Customers in the book with at least ``min_orders`` paid orders (all time, the book's
    order count), on WeChat or not."""
    wechat = "c.wechat_status = 'added'" if added else "c.wechat_status <> 'added'"
    return _one(db, f"SELECT count(*) FROM customers AS c WHERE {IN_BOOK} AND {wechat} "
                    f"AND c.order_count >= ?", [min_orders])


def new_wechat_adds(db: Database, since: str | None) -> int:
    period, params = _since("w.added_at", since)
    return _one(db, f"SELECT count(DISTINCT w.customer_id) FROM wechat_adds AS w "
                    f"JOIN customers AS c ON c.id = w.customer_id WHERE {IN_BOOK}{period}", params)


def cards_printed(db: Database, since: str | None) -> tuple[int, int]:
    """(printed, redeemed) for the cards printed in the period."""
    period, params = _since("cards.printed_at", since)
    row = db.execute(f"SELECT count(*), count(cards.redeemed_at) FROM cards "
                     f"WHERE {printed_card('cards')}{period}", params).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def average_order_fen(db: Database, since: str | None) -> int:
    period, params = _since("o.created_at", since)
    return _one(db, f"SELECT CAST(round(avg(o.paid_fen - o.refund_fen)) AS INTEGER) FROM orders AS o "
                    f"WHERE {PAID}{period}", params)


def private_spend_fen(db: Database) -> int:
    return _one(db, f"SELECT sum(c.total_spent_fen) FROM customers AS c "
                    f"WHERE {IN_BOOK} AND c.wechat_status = 'added'")


def by_letter_version(db: Database, since: str | None) -> list[dict]:
    period, params = _since("k.printed_at", since)
    return [dict(r) for r in db.query(
        f"""SELECT l.name AS letter, v.version_no AS version, count(k.id) AS printed,
                   count(k.redeemed_at) AS redeemed
            FROM cards AS k JOIN letter_versions AS v ON v.id = k.letter_version_id
            JOIN letters AS l ON l.id = v.letter_id
            WHERE {printed_card('k')}{period}
            GROUP BY v.id, l.name, v.version_no ORDER BY l.name, v.version_no""", params)]


def by_platform(db: Database, since: str | None) -> list[dict]:
    """Per platform: buyers (customers with a paid order there in the period), how many of them
    are on WeChat, paid orders and revenue; most revenue first."""
    period, params = _since("o.created_at", since)
    return [dict(r) for r in db.query(
        f"""SELECT o.platform AS platform, count(DISTINCT o.customer_id) AS buyers,
                   count(DISTINCT CASE WHEN c.wechat_status = 'added' THEN c.id END) AS private,
                   count(*) AS orders, coalesce(sum(o.paid_fen - o.refund_fen), 0) AS revenue_fen
            FROM orders AS o JOIN customers AS c ON c.id = o.customer_id
            WHERE {PAID} AND {IN_BOOK}{period}
            GROUP BY o.platform ORDER BY revenue_fen DESC, o.platform""", params)]


def all_platforms(db: Database, since: str | None) -> dict:
    """The platform table's total line: each buyer once, however many platforms they bought on."""
    period, params = _since("o.created_at", since)
    row = db.query(
        f"""SELECT count(DISTINCT o.customer_id) AS buyers,
                   count(DISTINCT CASE WHEN c.wechat_status = 'added' THEN c.id END) AS private,
                   count(*) AS orders, coalesce(sum(o.paid_fen - o.refund_fen), 0) AS revenue_fen
            FROM orders AS o JOIN customers AS c ON c.id = o.customer_id
            WHERE {PAID} AND {IN_BOOK}{period}""", params)
    return dict(next(iter(row)))


def order_dates(db: Database) -> dict:
    """The first and last order of any status, and the last paid one (``None`` when none)."""
    row = db.execute(f"SELECT min(o.created_at), max(o.created_at), max(o.created_at) FILTER "
                     f"(WHERE {PAID}) FROM orders AS o WHERE o.created_at IS NOT NULL").fetchone()
    return {"first": row[0], "last": row[1], "last_paid": row[2]}


def monthly(db: Database, since: str | None) -> dict[str, dict[str, int]]:
    """Per month (``YYYY-MM``) from ``since`` on: paid orders, printed cards, WeChat adds."""
    out: dict[str, dict[str, int]] = {}
    queries = {
        "orders": ((f"SELECT substr(o.created_at, 1, 7), count(*) FROM orders AS o "
                    f"WHERE {PAID} AND o.created_at IS NOT NULL"), "o.created_at"),
        "cards": ((f"SELECT substr(k.printed_at, 1, 7), count(*) FROM cards AS k "
                   f"WHERE {printed_card('k')}"), "k.printed_at"),
        "adds": ("SELECT substr(w.added_at, 1, 7), count(*) FROM wechat_adds AS w WHERE 1 = 1",
                 "w.added_at"),
    }
    for key, (sql, column) in queries.items():
        period, params = _since(column, since)
        for month, n in db.execute(f"{sql}{period} GROUP BY 1", params):
            if month and len(month) == 7:
                out.setdefault(month, {"orders": 0, "cards": 0, "adds": 0})[key] = n
    return out


def _card_rates(db: Database, since: str | None, key_sql: str, joins: str,
                extra: str = "") -> list[dict]:
    period, params = _since("k.printed_at", since)
    return [dict(r) for r in db.query(
        f"""SELECT {key_sql}, count(DISTINCT k.id) AS printed,
                   count(DISTINCT CASE WHEN k.redeemed_at IS NOT NULL THEN k.id END) AS redeemed
            FROM cards AS k {joins}
            WHERE {printed_card('k')}{period}{extra}
            GROUP BY 1 ORDER BY printed DESC, 1""", params)]


def cards_by_batch(db: Database, since: str | None) -> list[dict]:
    """Per print run (card batch) of the period: printed cards and how many codes came back,
    with the run's date; cards printed outside a batch are left out."""
    rows = _card_rates(db, since, "k.batch_id AS batch", "", " AND k.batch_id IS NOT NULL")
    dates = dict(db.execute("SELECT id, created_at FROM card_batches"))
    for row in rows:
        row["printed_on"] = str(dates.get(row["batch"]) or "")[:10]
    return sorted(rows, key=lambda r: (r["printed_on"], r["batch"]))


def cards_by_platform(db: Database, since: str | None) -> list[dict]:
    """Per platform of the carded order: printed cards and redeemed codes."""
    return _card_rates(db, since, "o.platform AS platform", "JOIN orders AS o ON o.id = k.order_id")


def carded_item_titles(db: Database, since: str | None) -> list[tuple[int, int, str]]:
    """(card id, redeemed 0/1, item title) for every printed card of the period and each product
    line of its order (a card on an order of two products appears twice)."""
    period, params = _since("k.printed_at", since)
    return [(int(r[0]), int(r[1]), str(r[2])) for r in db.execute(
        f"""SELECT DISTINCT k.id, k.redeemed_at IS NOT NULL, i.title FROM cards AS k
            JOIN order_items AS i ON i.order_id = k.order_id
            WHERE {printed_card('k')}{period} AND i.title <> ''""", params)]


def order_values(db: Database, since: str | None) -> dict[bool, tuple[int, int, int]]:
    """(paid orders, sum, sum of squares) of the order values (paid minus refunds, fen) in the
    period, for customers on WeChat now (``True``) and the others (``False``), in one pass."""
    period, params = _since("o.created_at", since)
    out = {True: (0, 0, 0), False: (0, 0, 0)}
    for added, n, total, squares in db.execute(
            f"""SELECT c.wechat_status = 'added', count(*), coalesce(sum(o.paid_fen - o.refund_fen), 0),
                       coalesce(sum((o.paid_fen - o.refund_fen) * (o.paid_fen - o.refund_fen)), 0)
                FROM orders AS o JOIN customers AS c ON c.id = o.customer_id
                WHERE {PAID} AND {IN_BOOK}{period} GROUP BY 1""", params):
        out[bool(added)] = (int(n), int(total), int(squares))
    return out


def private_order_revenue_fen(db: Database, since: str | None) -> int:
    """Revenue of the orders sold over WeChat (platform ``private``) in the period."""
    period, params = _since("o.created_at", since)
    return _one(db, f"SELECT sum(o.paid_fen - o.refund_fen) FROM orders AS o "
                    f"WHERE {PAID} AND o.platform = 'private'{period}", params)


def private_customers_by_month(db: Database) -> dict[str, int]:
    """Customers on WeChat now, by the month they were added (``YYYY-MM``; the month they came
    into the book when the add has no date)."""
    return {str(m): int(n) for m, n in db.execute(
        f"""SELECT substr(coalesce(c.wechat_added_at, c.created_at), 1, 7), count(*)
            FROM customers AS c WHERE {IN_BOOK} AND c.wechat_status = 'added' GROUP BY 1""")}


def order_values_by_month(db: Database) -> dict[str, tuple[int, int]]:
    """Per month: (paid orders, their value in fen)."""
    return {str(m): (int(n), int(v)) for m, n, v in db.execute(
        f"""SELECT substr(o.created_at, 1, 7), count(*), sum(o.paid_fen - o.refund_fen)
            FROM orders AS o WHERE {PAID} AND o.created_at IS NOT NULL GROUP BY 1""")}
