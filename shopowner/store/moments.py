"""朋友圈 (tables ``moments_posts``, ``moments_images``, ``moments_reactions``, ``wechat_accounts``,
``product_opinions``): planned Moments posts with their images and the reactions logged against
them, the WeChat accounts' friend counts, and customers' opinions of new products.

Plain reads and writes; the checks and words are :mod:`shopowner.moments`'s. A write of several
rows runs in the caller's transaction (``db.atomic()``).
"""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.store.db import inserted_id
from shopowner.store.names import CUSTOMER_NAME
from shopowner.store.versions import versioned_update

POST_COLUMNS = ("p.id, p.day, p.account, p.text, p.product_id, p.status, p.posted_at, p.version, "
                "coalesce(pr.name, '') AS product_name, "
                "(SELECT count(*) FROM moments_reactions r WHERE r.post_id = p.id) AS reactions, "
                "(SELECT count(*) FROM moments_images i WHERE i.post_id = p.id) AS images")


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


# posts -------------------------------------------------------------------------------------------
def insert_post(db: Database, *, day: str, account: str, text: str, product_id: int | None, at: str) -> int:
    return inserted_id(db.execute(
        "INSERT INTO moments_posts (day, account, text, product_id, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'planned', ?, ?)", [day, account, text, product_id, at, at]))


def update_post(db: Database, post_id: int, *, day: str, account: str, text: str, product_id: int | None,
                at: str, expected_version: int | None = None) -> bool:
    """With ``expected_version``, only while the post is still at it (else
    :class:`~shopowner.store.errors.RowChanged`)."""
    return versioned_update(db, "moments_posts", post_id, "day = ?, account = ?, text = ?, product_id = ?, "
                            "updated_at = ?", [day, account, text, product_id, at], expected_version,
                            lambda d, i: next(iter(post_rows(d, ids=[i])), None)) is not None


def set_status(db: Database, post_id: int, *, posted_at: str | None, at: str) -> bool:
    """Posted at ``posted_at``, or planned again (None)."""
    return db.execute(
        "UPDATE moments_posts SET status = CASE WHEN CAST(? AS TEXT) IS NULL THEN 'planned' ELSE 'posted' END, "
        "posted_at = ?, updated_at = ? WHERE id = ?", [posted_at, posted_at, at, post_id]).rowcount > 0


def delete_post(db: Database, post_id: int) -> bool:
    return db.execute("DELETE FROM moments_posts WHERE id = ?", [post_id]).rowcount > 0


def post_rows(db: Database, *, first: str | None = None, last: str | None = None,
              ids: list[int] | None = None) -> list[dict]:
    """Posts planned from day ``first`` to ``last`` (both included, either open), by day and id."""
    clauses, params = [], []
    if first:
        clauses.append("p.day >= ?")
        params.append(first)
    if last:
        clauses.append("p.day <= ?")
        params.append(last)
    if ids is not None:
        clauses.append("p.id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))")
        params.append("[" + ",".join(str(int(i)) for i in ids) + "]")
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return _dicts(db.execute(f"SELECT {POST_COLUMNS} FROM moments_posts p "
                             f"LEFT JOIN products pr ON pr.id = p.product_id {where} ORDER BY p.day, p.id", params))


def post_days(db: Database, first: str, last: str) -> dict[str, tuple[int, int]]:
    """day → (planned posts, posted ones) for the days from ``first`` to ``last`` that have any."""
    return {day: (planned, posted) for day, planned, posted in db.execute(
        "SELECT day, sum(status = 'planned'), sum(status = 'posted') FROM moments_posts "
        "WHERE day BETWEEN ? AND ? GROUP BY day", [first, last])}


def has_posts(db: Database) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM moments_posts)").fetchone()[0] == 1


# images ------------------------------------------------------------------------------------------
def insert_images(db: Database, post_id: int, images: list[tuple[str, str, int, str]]) -> None:
    """Add (original name, stored name, size, sha256) after the post's images."""
    start = db.execute("SELECT coalesce(max(position), 0) FROM moments_images WHERE post_id = ?",
                       [post_id]).fetchone()[0]
    db.conn.executemany(
        "INSERT INTO moments_images (post_id, position, original_name, stored_name, size, sha256) "
        "VALUES (?, ?, ?, ?, ?, ?)", [(post_id, start + n, *image) for n, image in enumerate(images, 1)])


def delete_images(db: Database, post_id: int, stored_names: list[str]) -> None:
    db.conn.executemany("DELETE FROM moments_images WHERE post_id = ? AND stored_name = ?",
                        [(post_id, name) for name in stored_names])


def image_rows(db: Database, post_id: int) -> list[dict]:
    return _dicts(db.execute("SELECT original_name, stored_name, size FROM moments_images WHERE post_id = ? "
                             "ORDER BY position", [post_id]))


def image_name_taken(db: Database, stored_name: str) -> bool:
    return db.execute("SELECT 1 FROM moments_images WHERE stored_name = ?", [stored_name]).fetchone() is not None


def stored_image_names(db: Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT stored_name FROM moments_images")}


# reactions ---------------------------------------------------------------------------------------
def insert_reaction(db: Database, post_id: int, *, customer_id: int | None, kind: str, text: str, at: str) -> int:
    return inserted_id(db.execute(
        "INSERT INTO moments_reactions (post_id, customer_id, kind, text, happened_at) VALUES (?, ?, ?, ?, ?)",
        [post_id, customer_id, kind, text, at]))


def reaction_rows(db: Database, post_id: int) -> list[dict]:
    return _dicts(db.execute(
        f"SELECT r.id, r.customer_id, coalesce({CUSTOMER_NAME}, '') AS customer, r.kind, r.text, r.happened_at "
        "FROM moments_reactions r LEFT JOIN customers c ON c.id = r.customer_id "
        "WHERE r.post_id = ? ORDER BY r.happened_at, r.id", [post_id]))


def customer_exists(db: Database, customer_id: int) -> bool:
    return db.execute("SELECT 1 FROM customers WHERE id = ? AND merged_into IS NULL",
                      [customer_id]).fetchone() is not None


# WeChat accounts ---------------------------------------------------------------------------------
def set_friends(db: Database, name: str, friends: int, *, at: str) -> None:
    db.execute("INSERT INTO wechat_accounts (name, friends, counted_at, created_at) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (name) DO UPDATE SET friends = excluded.friends, counted_at = excluded.counted_at",
               [name, friends, at, at])


def account_rows(db: Database) -> list[dict]:
    """The accounts with a friend count, the first counted first."""
    return _dicts(db.execute("SELECT name, friends, counted_at FROM wechat_accounts ORDER BY id"))


def posting_accounts(db: Database) -> list[str]:
    """The accounts posts were planned from, most used first."""
    return [r[0] for r in db.execute("SELECT account FROM moments_posts GROUP BY account ORDER BY count(*) DESC")]


# new-product opinions ----------------------------------------------------------------------------
def insert_opinion(db: Database, *, product_id: int, customer_id: int, opinion: str, note: str, asked_in: str,
                   at: str) -> int:
    return inserted_id(db.execute(
        "INSERT INTO product_opinions (product_id, customer_id, opinion, note, asked_in, logged_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", [product_id, customer_id, opinion, note, asked_in, at]))


_LATEST = ("SELECT o.* FROM product_opinions o WHERE o.id = (SELECT max(o2.id) FROM product_opinions o2 "
           "WHERE o2.product_id = o.product_id AND o2.customer_id = o.customer_id)")


def opinion_rows(db: Database, product_id: int) -> list[dict]:
    """Each customer's latest opinion of the product, the newest first."""
    return _dicts(db.execute(
        f"SELECT o.id, o.customer_id, {CUSTOMER_NAME} AS customer, o.opinion, o.note, o.asked_in, o.logged_at "
        f"FROM ({_LATEST}) o JOIN customers c ON c.id = o.customer_id WHERE o.product_id = ? "
        "ORDER BY o.logged_at DESC, o.id DESC", [product_id]))


def opinion_counts(db: Database) -> list[dict]:
    """Per product with opinions: the latest opinion per customer counted by kind."""
    return _dicts(db.execute(
        "SELECT o.product_id, p.name AS product_name, count(*) AS total, "
        "sum(o.opinion = 'like') AS liked, sum(o.opinion = 'neutral') AS neutral, "
        f"sum(o.opinion = 'dislike') AS disliked FROM ({_LATEST}) o JOIN products p ON p.id = o.product_id "
        "GROUP BY o.product_id, p.name ORDER BY max(o.logged_at) DESC"))


def product_private_only(db: Database, product_id: int) -> bool | None:
    """Whether the product is private-only; None when there is no such product."""
    row = db.execute("SELECT private_only FROM products WHERE id = ?", [product_id]).fetchone()
    return None if row is None else bool(row[0])


def private_products(db: Database) -> list[tuple[int, str]]:
    """(id, print name or name) of the private-only products, by name."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT p.id, coalesce(n.print_name, p.name) AS shown FROM products p "
        "LEFT JOIN product_print_names n ON n.title_key = p.name WHERE p.private_only = 1 ORDER BY shown")]
