"""The growth view's figures, computed in SQL from the customer book.

The brief's stage-3 arithmetic: the pool is an asset worth (private customers × average order
value). Card conversion shows whether the founder's letter works; repeat rate compares private
customers with the rest, which is the whole argument for the private domain.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from sqlite_utils import Database

from shopowner.progress import Progress, maybe

ACTIVE = "merged_into IS NULL AND erased_at IS NULL"
PAID = "status NOT IN ('unpaid', 'closed')"


@dataclass
class Growth:
    since: str | None
    customers: int = 0
    private_customers: int = 0
    private_share: float = 0.0
    new_private_in_period: int = 0
    cards_printed: int = 0
    cards_redeemed: int = 0
    card_conversion: float = 0.0
    repeat_rate_private: float = 0.0
    repeat_rate_public: float = 0.0
    average_order_fen: int = 0
    pool_value_fen: int = 0
    private_spend_fen: int = 0
    by_letter_version: list[dict] = field(default_factory=list)
    by_platform: list[dict] = field(default_factory=list)
    by_channel: list[dict] = field(default_factory=list)
    monthly: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _one(db: Database, sql: str, params=()) -> int:
    value = db.execute(sql, params).fetchone()[0]
    return int(value or 0)


def growth_figures(db: Database, days: int | None = None, today: date | None = None,
                   progress: Progress | None = None) -> Growth:
    """Figures for the last ``days`` days (cards, adds, orders), or for all time when ``None``.

    A newer request (another period) cancels this one between queries through ``progress``.
    """
    progress = maybe(progress)
    today = today or date.today()
    since = (today - timedelta(days=days - 1)).isoformat() if days else None
    period = "AND {col} >= ?" if since else ""
    params = [since] if since else []

    g = Growth(since=since)
    g.customers = _one(db, f"SELECT count(*) FROM customers WHERE {ACTIVE}")
    g.private_customers = _one(
        db, f"SELECT count(*) FROM customers WHERE {ACTIVE} AND wechat_status = 'added'")
    g.private_share = _ratio(g.private_customers, g.customers)
    g.new_private_in_period = _one(
        db, f"SELECT count(DISTINCT customer_id) FROM wechat_adds WHERE 1 "
            f"{period.format(col='added_at')}", params)

    g.cards_printed = _one(db, f"SELECT count(*) FROM printed_cards WHERE 1 {period.format(col='printed_at')}",
                           params)
    g.cards_redeemed = _one(db, f"SELECT count(*) FROM printed_cards WHERE redeemed_at IS NOT NULL "
                                f"{period.format(col='printed_at')}", params)
    g.card_conversion = _ratio(g.cards_redeemed, g.cards_printed)

    def repeat_rate(added: bool) -> float:
        cond = "wechat_status = 'added'" if added else "wechat_status <> 'added'"
        buyers = _one(db, f"SELECT count(*) FROM customers WHERE {ACTIVE} AND {cond} AND order_count >= 1")
        repeat = _one(db, f"SELECT count(*) FROM customers WHERE {ACTIVE} AND {cond} AND order_count >= 2")
        return _ratio(repeat, buyers)

    progress.check()
    g.repeat_rate_private = repeat_rate(True)
    g.repeat_rate_public = repeat_rate(False)
    g.average_order_fen = _one(
        db, f"SELECT CAST(round(avg(paid_fen - refund_fen)) AS INTEGER) FROM orders "
            f"WHERE {PAID} {period.format(col='created_at')}", params)
    g.pool_value_fen = g.private_customers * g.average_order_fen
    g.private_spend_fen = _one(
        db, f"SELECT sum(total_spent_fen) FROM customers WHERE {ACTIVE} AND wechat_status = 'added'")

    progress.check()
    g.by_letter_version = [dict(r) for r in db.query(
        f"""SELECT l.name AS letter, v.version_no AS version, count(c.id) AS printed,
                   count(c.redeemed_at) AS redeemed
            FROM printed_cards c JOIN letter_versions v ON v.id = c.letter_version_id
            JOIN letters l ON l.id = v.letter_id
            WHERE 1 {period.format(col='c.printed_at')}
            GROUP BY v.id ORDER BY l.name, v.version_no""", params)]
    for row in g.by_letter_version:
        row["conversion"] = _ratio(row["redeemed"], row["printed"])

    g.by_platform = [dict(r) for r in db.query(
        f"""SELECT o.platform AS platform, count(DISTINCT o.customer_id) AS customers,
                   count(DISTINCT CASE WHEN c.wechat_status = 'added' THEN c.id END) AS private,
                   count(*) AS orders, coalesce(sum(o.paid_fen - o.refund_fen), 0) AS revenue_fen
            FROM orders o JOIN customers c ON c.id = o.customer_id
            WHERE o.{PAID} {period.format(col='o.created_at')}
            GROUP BY o.platform ORDER BY revenue_fen DESC""", params)]
    for row in g.by_platform:
        row["private_share"] = _ratio(row["private"], row["customers"])

    g.by_channel = [dict(r) for r in db.query(
        f"""SELECT ch.name AS channel, ch.kind AS kind, ch.cost_fen AS cost_fen,
                   count(c.id) AS customers,
                   count(CASE WHEN c.wechat_status = 'added' THEN 1 END) AS private
            FROM channels ch LEFT JOIN customers c ON c.channel_id = ch.id
                 AND c.merged_into IS NULL AND c.erased_at IS NULL
            GROUP BY ch.id ORDER BY customers DESC""")]
    for row in g.by_channel:
        row["cost_per_private_fen"] = (row["cost_fen"] // row["private"]) if row["private"] else None

    progress.check()
    g.monthly = [dict(r) for r in db.query(
        """SELECT m.month AS month,
                  (SELECT count(*) FROM wechat_adds w WHERE substr(w.added_at, 1, 7) = m.month) AS adds,
                  (SELECT count(*) FROM cards k WHERE substr(k.printed_at, 1, 7) = m.month) AS cards,
                  (SELECT count(*) FROM orders o WHERE substr(o.created_at, 1, 7) = m.month
                       AND o.status NOT IN ('unpaid', 'closed')) AS orders
           FROM (SELECT DISTINCT substr(created_at, 1, 7) AS month FROM orders
                 WHERE created_at IS NOT NULL
                 UNION SELECT DISTINCT substr(added_at, 1, 7) FROM wechat_adds) AS m
           WHERE m.month >= ? ORDER BY m.month""",
        [(today.replace(day=1) - timedelta(days=335)).strftime("%Y-%m")])]
    return g
