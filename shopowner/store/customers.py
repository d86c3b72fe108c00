"""Customers: creation, editing, tags, stages and the per-customer totals the book sorts on."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlite_utils import Database

from shopowner.clock import current, stamp
from shopowner.store.db import inserted_id
from shopowner.store.versions import customer_bump, versioned_update
from shopowner.vocab.stages import STAGES  # the keys live with their words; re-exported here

CUSTOMER_FIELDS = (
    "name", "nickname", "is_anonymous", "gender", "province", "city", "district", "address",
    "wechat_status", "wechat_name", "wechat_remark", "wechat_account", "wechat_added_at",
    "stage", "stage_manual", "notes", "custom_fields", "next_contact_date", "channel_id",
)


def add_customer(db: Database, *, now: datetime | None = None, **fields) -> int:
    """Insert one customer; unknown keys are an error so typos never vanish silently."""
    unknown = set(fields) - set(CUSTOMER_FIELDS)
    if unknown:
        raise ValueError(f"unknown customer fields: {sorted(unknown)}")
    cols = [*fields, "created_at", "updated_at"]
    cur = db.execute(
        f"INSERT INTO customers ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [*fields.values(), stamp(now), stamp(now)],
    )
    return inserted_id(cur)


def add_identity(db: Database, customer_id: int, kind: str, value: str, *, platform: str = "",
                 masked: bool = False, now: datetime | None = None) -> None:
    db.execute(
        "INSERT OR IGNORE INTO customer_identities (customer_id, kind, platform, value, masked, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [customer_id, kind, platform, value, int(masked), stamp(now)],
    )


COUNTED = "status NOT IN ('unpaid', 'closed')"  # an order that counts: it was paid


def refresh_customer_totals(db: Database, customer_ids: Iterable[int] | None = None, *,
                            now: datetime | None = None) -> None:
    """Recompute order count, spend, first/last order and platforms from the orders table.

    What counts (:data:`COUNTED`): an order that was paid — not unpaid, not closed. The order
    count, the spend (paid less refunds) and the first and last order dates all come from those
    orders only, so a buyer whose only order was never paid shows no orders, ¥0.00 and no dates
    (before, the dates came from every order). Platforms are those of every order: where the
    buyer is known from. The stages follow (:func:`stage_rule` as of ``now``).

    The ``version`` is left as it is: these figures are derived from the orders, never typed by a
    person, so an import refreshing them must not make an edit being saved elsewhere (a note on
    another PC) conflict (:mod:`shopowner.store.versions`).
    """
    if customer_ids is None:
        return _refresh_all_totals(db, now)
    params = list(customer_ids)
    if not params:
        return
    where = f"WHERE id IN ({', '.join('?' for _ in params)})"
    counted = f"FILTER (WHERE {COUNTED})"
    db.execute(  # one pass over each customer's orders for the four figures
        f"""
        UPDATE customers SET
            (order_count, total_spent_fen, first_order_at, last_order_at) = (
                SELECT count(*) {counted}, coalesce(sum(paid_fen - refund_fen) {counted}, 0),
                       min(created_at) {counted}, max(created_at) {counted}
                FROM orders WHERE customer_id = customers.id),
            platforms = coalesce((SELECT group_concat(platform, ',') FROM (
                SELECT DISTINCT platform FROM orders WHERE customer_id = customers.id
                ORDER BY platform) AS p), ''),
            updated_at = ?
        {where}
        """,
        [stamp(now), *params],
    )
    db.execute(f"UPDATE customers SET stage = {stage_rule(now)} WHERE stage_manual = 0 AND "
               f"id IN ({', '.join('?' for _ in params)})", params)


def _refresh_all_totals(db: Database, now: datetime | None) -> None:
    """Every customer's totals from one grouped pass over the orders (a correlated query per
    customer would be a full scan each while a bulk load has set the order indexes aside)."""
    counted = f"FILTER (WHERE {COUNTED})"
    db.execute(f"""
        UPDATE customers SET order_count = t.n, total_spent_fen = t.spent,
            first_order_at = t.first, last_order_at = t.last, platforms = t.platforms,
            updated_at = :at
        FROM (SELECT customer_id, count(*) {counted} AS n,
                     coalesce(sum(paid_fen - refund_fen) {counted}, 0) AS spent,
                     min(created_at) {counted} AS first, max(created_at) {counted} AS last,
                     group_concat(DISTINCT platform) AS platforms
              FROM (SELECT customer_id, status, paid_fen, refund_fen, created_at, platform
                    FROM orders ORDER BY customer_id, platform) AS o
              GROUP BY customer_id) AS t
        WHERE t.customer_id = customers.id""", {"at": stamp(now)})
    db.execute("""UPDATE customers SET order_count = 0, total_spent_fen = 0, first_order_at = NULL,
                      last_order_at = NULL, platforms = '', updated_at = ?
                  WHERE id NOT IN (SELECT customer_id FROM orders) AND (order_count <> 0 OR
                      total_spent_fen <> 0 OR first_order_at IS NOT NULL OR platforms <> '')""",
               [stamp(now)])
    db.execute(f"UPDATE customers SET stage = {stage_rule(now)} WHERE stage_manual = 0")


# stages ------------------------------------------------------------------------------------
DORMANT_DAYS = 180
LOYAL_ORDERS = 4

# The rules, first match wins: no order for DORMANT_DAYS → dormant; LOYAL_ORDERS+ orders → loyal;
# 2+ orders → repeat; on the shop's WeChat → added; otherwise new. The trigger
# ``customers_stage_wechat`` (m0014) applies all but the first when a WeChat status changes.
def stage_rule(now: datetime | None = None) -> str:
    """The rules as an SQL expression over a customer row, as of ``now`` (the clock's time)."""
    dormant_before = stamp(current(now) - timedelta(days=DORMANT_DAYS))
    return f"""(CASE
    WHEN order_count >= 1 AND last_order_at < '{dormant_before}' THEN 'dormant'
    WHEN order_count >= {LOYAL_ORDERS} THEN 'loyal'
    WHEN order_count >= 2 THEN 'repeat'
    WHEN wechat_status = 'added' THEN 'added'
    ELSE 'new' END)"""

def refresh_stages(db: Database, now: datetime | None = None) -> int:
    """Re-apply the stage rules to every automatic customer (time moves people to dormant). The
    ``version`` stays: an automatic stage is the rules', not a person's edit."""
    rule = stage_rule(now)
    return db.execute(f"UPDATE customers SET stage = {rule} "
                      f"WHERE stage_manual = 0 AND stage <> {rule}").rowcount


def set_stage(db: Database, customer_ids: Iterable[int], stage: str | None, *,
              expected_version: int | None = None, now: datetime | None = None) -> int | None:
    """Set the stage by hand; ``None`` hands the customers back to the rules. Bumps each one's
    ``version``; ``expected_version`` (one customer only: the detail pane's choice) refuses a
    customer saved by someone else meanwhile (:class:`RowChanged`). Returns the one customer's
    version after the save (``None`` for a selection)."""
    ids = list(customer_ids)
    if stage is not None and stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    if stage is None:
        sets, params = f"stage_manual = 0, stage = {stage_rule(now)}, updated_at = ?", [stamp(now)]
    else:
        sets, params = "stage_manual = 1, stage = ?, updated_at = ?", [stage, stamp(now)]
    if expected_version is not None or len(ids) == 1:
        if len(ids) != 1:
            raise ValueError("expected_version is for one customer")
        return versioned_update(db, "customers", ids[0], sets, params, expected_version, get_customer)
    with db.atomic():
        for chunk in _chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            db.execute(f"UPDATE customers SET {sets}, {customer_bump()} WHERE id IN ({marks})", [*params, *chunk])
    return None


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


# reading and editing ----------------------------------------------------------------------------
EDITABLE_FIELDS = ("name", "nickname", "gender", "province", "city", "district", "address",
                   "wechat_status", "wechat_name", "wechat_remark", "wechat_account", "notes",
                   "custom_fields", "next_contact_date", "channel_id")


def get_customer(db: Database, customer_id: int) -> dict | None:
    cur = db.execute("SELECT * FROM customers WHERE id = ?", [customer_id])
    row = cur.fetchone()
    if row is None:
        return None
    customer = dict(zip([d[0] for d in cur.description], row, strict=True))
    customer["custom_fields"] = json.loads(customer["custom_fields"] or "{}")
    return customer


def update_customer(db: Database, customer_id: int, *, expected_version: int | None = None,
                    now: datetime | None = None, **fields) -> int | None:
    """Change editable fields; ``custom_fields`` is a dict (stored as JSON). Returns the row's
    version after the save (``None``: nothing to save, or no such customer).

    Every save bumps ``version``; with ``expected_version`` (the version the editor read) a
    customer saved by someone else meanwhile is left as it is and :class:`RowChanged` carries
    them as they are now (:mod:`shopowner.store.versions`)."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"unknown customer fields: {sorted(unknown)}")
    if not fields:
        return None
    if "custom_fields" in fields and not isinstance(fields["custom_fields"], str):
        fields["custom_fields"] = json.dumps(
            {k: v for k, v in fields["custom_fields"].items() if str(k).strip()},
            ensure_ascii=False)
    sets = [f"{k} = ?" for k in fields]
    params = [*fields.values()]
    if fields.get("wechat_status") == "added":
        sets.append("wechat_added_at = coalesce(wechat_added_at, ?)")
        params.append(stamp(now))
    sets.append("updated_at = ?")
    return versioned_update(db, "customers", customer_id, ", ".join(sets), [*params, stamp(now)],
                            expected_version, get_customer)


def identities(db: Database, customer_id: int) -> list[dict]:
    cur = db.execute("SELECT id, kind, platform, value, masked, created_at FROM customer_identities "
                     "WHERE customer_id = ? ORDER BY kind, id", [customer_id])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# tags -------------------------------------------------------------------------------------------
def list_tags(db: Database) -> list[dict]:
    return [dict(id=r[0], name=r[1], color=r[2], count=r[3]) for r in db.execute(
        "SELECT t.id, t.name, t.color, (SELECT count(*) FROM customer_tags ct WHERE ct.tag_id = t.id) "
        "FROM tags t ORDER BY t.name")]


def ensure_tag(db: Database, name: str, color: str | None = None) -> int:
    """The id of the tag called ``name``, creating it (with ``color``) if needed."""
    row = db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    if row:
        if color:
            db.execute("UPDATE tags SET color = ? WHERE id = ?", [color, row[0]])
        return row[0]
    return inserted_id(db.execute("INSERT INTO tags (name, color) VALUES (?, coalesce(?, '#8a8a8a'))",
                                  [name, color]))


def tag_customers(db: Database, customer_ids: Iterable[int], tag_id: int) -> None:
    """Tag the customers (a bulk edit: each one's ``version`` is bumped, nothing is checked)."""
    with db.atomic():
        for chunk in _chunks(list(customer_ids)):
            db.execute("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) SELECT CAST(value AS INTEGER), ? "
                       "FROM json_each(?)", [tag_id, json.dumps(chunk)])
            _bump(db, chunk)


def untag_customers(db: Database, customer_ids: Iterable[int], tag_id: int) -> None:
    """Take the tag off the customers (bumps their ``version``, as tagging does)."""
    with db.atomic():
        for chunk in _chunks(list(customer_ids)):
            db.execute("DELETE FROM customer_tags WHERE tag_id = ? AND customer_id IN "
                       "(SELECT CAST(value AS INTEGER) FROM json_each(?))", [tag_id, json.dumps(chunk)])
            _bump(db, chunk)


def _bump(db: Database, ids: list[int]) -> None:
    db.execute(f"UPDATE customers SET {customer_bump()} WHERE id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))",
               [json.dumps(ids)])


def tags_of(db: Database, customer_id: int) -> list[dict]:
    return [dict(id=r[0], name=r[1], color=r[2]) for r in db.execute(
        "SELECT t.id, t.name, t.color FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
        "WHERE ct.customer_id = ? ORDER BY t.name", [customer_id])]


# saved views ----------------------------------------------------------------------------------
def save_view(db: Database, name: str, filters: dict) -> int:
    db.execute("INSERT INTO saved_views (name, filters) VALUES (?, ?) ON CONFLICT(name) "
               "DO UPDATE SET filters = excluded.filters", [name, json.dumps(filters, ensure_ascii=False)])
    return db.execute("SELECT id FROM saved_views WHERE name = ?", [name]).fetchone()[0]


def list_views(db: Database) -> list[dict]:
    return [dict(id=r[0], name=r[1], filters=json.loads(r[2])) for r in db.execute(
        "SELECT id, name, filters FROM saved_views ORDER BY name")]


def delete_view(db: Database, view_id: int) -> None:
    db.execute("DELETE FROM saved_views WHERE id = ?", [view_id])
