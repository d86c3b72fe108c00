"""Channels (渠道, table ``channels``) with their costs per period (``channel_costs``) and codes,
the customers each brought, and what those customers bought since (per-channel figures).

A channel's code is in the cards' code family and never one a card carries (:func:`code_taken`
checks both tables; :func:`shopowner.store.cards.code_exists` too). The parcel-card channel
(kind ``card``) has no code of its own: its adds are the redeemed cards.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.db import inserted_id
from shopowner.store.growth import IN_BOOK, PAID
from shopowner.store.versions import customer_bump, versioned_update

EDITABLE = ("name", "kind", "notes", "code")
_COLUMNS = "id, name, kind, coalesce(code, '') AS code, notes, created_at, version"


def add_channel(db: Database, *, name: str, kind: str, code: str | None, notes: str = "",
                now: datetime | None = None) -> int:
    return inserted_id(db.execute(
        "INSERT INTO channels (name, kind, code, notes, created_at) VALUES (?, ?, ?, ?, ?)",
        [name, kind, code, notes, stamp(now)]))


def update_channel(db: Database, channel_id: int, fields: dict, *, expected_version: int | None = None) -> bool:
    """Write ``fields`` (of :data:`EDITABLE`); False when there is no such channel. With
    ``expected_version``, only while the channel is still at it (else
    :class:`~shopowner.store.errors.RowChanged`)."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable channel fields: {sorted(unknown)}")
    sets = ", ".join([*(f"{f} = ?" for f in fields), "id = id"])
    return versioned_update(db, "channels", channel_id, sets, list(fields.values()), expected_version,
                            lambda d, i: next(iter(channel_rows(d, ids=[i])), None)) is not None


def channel_rows(db: Database, *, ids: list[int] | None = None) -> list[dict]:
    """Channels in the order they were made (``ids``: only these)."""
    where, params = "", []
    if ids is not None:
        where, params = "WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))", [json.dumps(ids)]
    return [dict(r) for r in db.query(f"SELECT {_COLUMNS} FROM channels {where} ORDER BY id", params)]


def channel_named(db: Database, name: str) -> dict | None:
    rows = list(db.query(f"SELECT {_COLUMNS} FROM channels WHERE name = ?", [name]))
    return dict(rows[0]) if rows else None


def channels_by_codes(db: Database, codes: list[str]) -> list[dict]:
    """Channels carrying any of ``codes``, in the order of ``codes``."""
    if not codes:
        return []
    by_code = {r["code"]: dict(r) for r in db.query(
        f"SELECT {_COLUMNS} FROM channels WHERE code IN (SELECT CAST(value AS TEXT) FROM json_each(?))",
        [json.dumps(codes)])}
    return [by_code[c] for c in codes if c in by_code]


def code_taken(db: Database, code: str) -> bool:
    """Whether a channel or a card (reserved or printed) already carries ``code``."""
    return db.execute("SELECT EXISTS (SELECT 1 FROM channels WHERE code = :c) "
                      "OR EXISTS (SELECT 1 FROM cards WHERE code = :c)", {"c": code}).fetchone()[0] == 1


def add_cost(db: Database, channel_id: int, *, from_date: str, to_date: str, cost_fen: int,
             note: str = "", now: datetime | None = None) -> int:
    return inserted_id(db.execute(
        "INSERT INTO channel_costs (channel_id, from_date, to_date, cost_fen, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", [channel_id, from_date, to_date, cost_fen, note, stamp(now)]))


def cost_rows(db: Database, channel_ids: list[int] | None = None) -> list[dict]:
    """Cost periods (of these channels), the earliest first."""
    where, params = "", []
    if channel_ids is not None:
        where = "WHERE channel_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))"
        params = [json.dumps(channel_ids)]
    return [dict(r) for r in db.query(
        f"SELECT id, channel_id, from_date, to_date, cost_fen, note FROM channel_costs {where} "
        "ORDER BY from_date, id", params)]


def customers_called(db: Database, wechat_name: str) -> list[int]:
    """Customers in the book (not erased) whose WeChat name or nickname is ``wechat_name``."""
    return [r[0] for r in db.execute(
        f"SELECT c.id FROM customers c WHERE {IN_BOOK} AND c.erased_at IS NULL "
        "AND (c.wechat_name = :n OR c.nickname = :n) ORDER BY c.id", {"n": wechat_name})]


def set_customer_channel(db: Database, customer_id: int, channel_id: int, when: str) -> None:
    db.execute(f"UPDATE customers SET channel_id = ?, updated_at = ?, {customer_bump()} WHERE id = ?",
               [channel_id, when, customer_id])


def set_add_channel(db: Database, add_id: int, channel_id: int) -> None:
    db.execute("UPDATE wechat_adds SET channel_id = ? WHERE id = ?", [channel_id, add_id])


# who each channel brought, and since when: a channel's customers from their add with its code
# (else their WeChat add, else their arrival in the book); the card channel's, from their first
# redeemed card
_MEMBERS = f"""
WITH members AS (
    SELECT c.id AS customer_id, c.channel_id,
           coalesce((SELECT min(w.added_at) FROM wechat_adds w WHERE w.customer_id = c.id
                     AND w.channel_id = c.channel_id), c.wechat_added_at, c.created_at) AS since
    FROM customers c JOIN channels ch ON ch.id = c.channel_id AND ch.kind <> 'card'
    WHERE {IN_BOOK}
    UNION ALL
    SELECT c.id, ch.id, min(k.redeemed_at)
    FROM cards k JOIN customers c ON c.id = k.redeemed_customer_id JOIN channels ch ON ch.kind = 'card'
    WHERE k.redeemed_at IS NOT NULL AND {IN_BOOK}
    GROUP BY c.id, ch.id)
"""


def figure_rows(db: Database, since: str | None) -> dict[int, dict]:
    """Channel id → adds in the period (the card channel: cards redeemed in it), and the paid
    orders of its customers placed since they came and in the period: private orders
    (platform ``private``) with their revenue, and revenue on every platform."""
    period = " AND {column} >= :since" if since else ""
    out = {r[0]: {"adds": 0, "private_orders": 0, "private_revenue_fen": 0, "revenue_fen": 0}
           for r in db.execute("SELECT id FROM channels")}
    adds = db.execute(_MEMBERS + "SELECT channel_id, count(*) FROM members m JOIN channels ch ON ch.id = m.channel_id "
                      "WHERE ch.kind <> 'card'" + period.format(column="m.since") + " GROUP BY channel_id",
                      {"since": since})
    cards = db.execute("SELECT ch.id, count(*) FROM cards k JOIN channels ch ON ch.kind = 'card' "
                       "WHERE k.redeemed_at IS NOT NULL" + period.format(column="k.redeemed_at") + " GROUP BY ch.id",
                       {"since": since})
    for channel_id, n in [*adds, *cards]:
        out[channel_id]["adds"] = n
    orders = db.execute(
        _MEMBERS + f"""SELECT m.channel_id, count(*) FILTER (WHERE o.platform = 'private'),
               coalesce(sum(o.paid_fen - o.refund_fen) FILTER (WHERE o.platform = 'private'), 0),
               coalesce(sum(o.paid_fen - o.refund_fen), 0)
        FROM members m JOIN orders o ON o.customer_id = m.customer_id AND o.created_at >= m.since
        WHERE {PAID}{period.format(column="o.created_at")} GROUP BY m.channel_id""", {"since": since})
    for channel_id, private, private_revenue, revenue in orders:
        out[channel_id].update(private_orders=private, private_revenue_fen=private_revenue, revenue_fen=revenue)
    return out


def printed_by_layout(db: Database, since: str | None) -> dict[str, int]:
    """Layout key → cards printed (from ``since``, a day, when given): what the parcel-card
    channel spent on paper and gifts."""
    where, params = ("WHERE printed_at >= ?", [since]) if since else ("", [])
    return {layout: n for layout, n in db.execute(
        f"SELECT layout, count(*) FROM printed_cards {where} GROUP BY layout", params)}
