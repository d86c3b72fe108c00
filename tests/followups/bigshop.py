"""A big shop for the stall tests, generated inside SQLite in a few seconds: 200,000 customers,
400,000 orders over two years, 25,000 printed cards (a quarter redeemed), 28,000 WeChat adds,
20,000 follow-ups, 3,000 pieces of feedback and a VIP tag.

Built once per test session (``big_shop_file``) and copied per test. The customer search index is
left empty (its triggers are put back): these tests never search the book.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from shopowner.cards.codes import ALPHABET, check_char
from shopowner.store import open_database
from shopowner.store.customer_search import drop_search_triggers, restore_search_triggers

CUSTOMERS = 200_000


def _codes(n: int) -> list[str]:
    """``n`` distinct valid card codes, deterministic."""
    out, k = [], 0
    size = len(ALPHABET)
    while len(out) < n:
        k += 1
        x = (k * 2654435761) % (size ** 4)
        data = "".join(ALPHABET[(x // size ** p) % size] for p in range(4))
        code = data + check_char(data)
        out.append(code)
    return list(dict.fromkeys(out))[:n]


def build_big_shop(data_dir: Path, customers: int = CUSTOMERS, today: datetime | None = None) -> Path:
    today = (today or datetime.now()).replace(microsecond=0)
    now = today.strftime("%Y-%m-%d %H:%M:%S")
    orders = customers * 2
    loyal = max(customers // 3, 1)
    db = open_database(data_dir)
    with db.atomic():
        saved = drop_search_triggers(db)
        db.execute(
            """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
               INSERT INTO customers (id, name, nickname, province, city, wechat_status, wechat_name,
                                      wechat_added_at, created_at, updated_at)
               SELECT i, '客户' || i, 'nick' || i, '浙江省', '杭州市',
                      CASE WHEN i % 7 = 0 THEN 'added' ELSE 'none' END,
                      CASE WHEN i % 7 = 0 THEN '微信' || i ELSE '' END,
                      CASE WHEN i % 7 = 0 THEN datetime(?, '-' || (i % 200) || ' days') END, ?, ?
               FROM n""", [customers, now, now, now])
        db.execute(
            """WITH RECURSIVE n(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM n WHERE j < ?)
               INSERT INTO orders (id, platform, platform_order_id, customer_id, status, total_fen,
                                   paid_fen, created_at)
               SELECT j, p, upper(substr(p, 1, 2)) || (30000000000 + j), cid,
                      CASE WHEN j % 50 = 0 THEN 'closed' ELSE 'completed' END, fen, fen, created
               FROM (SELECT j,
                            CASE j % 6 WHEN 0 THEN 'taobao' WHEN 1 THEN 'jd' WHEN 2 THEN 'pdd'
                                 WHEN 3 THEN 'douyin' WHEN 4 THEN 'youzan' ELSE 'taobao' END AS p,
                            CASE WHEN j <= ? THEN j ELSE 1 + (j * 7919) % ? END AS cid,
                            CASE j % 6 WHEN 0 THEN 3990 WHEN 1 THEN 5900 WHEN 2 THEN 8800
                                 WHEN 3 THEN 9900 WHEN 4 THEN 12800 ELSE 16800 END AS fen,
                            datetime(?, '-' || ((j * 7907) % 720) || ' days',
                                     '-' || (j % 1440) || ' minutes') AS created
                     FROM n)""",
            [orders, customers, loyal, now])
        db.execute("CREATE TEMP TABLE agg AS SELECT customer_id AS id, "
                   "count(*) FILTER (WHERE status <> 'closed') AS n, "
                   "sum(paid_fen) FILTER (WHERE status <> 'closed') AS spent, "
                   "min(created_at) AS first, max(created_at) AS last, "
                   "group_concat(DISTINCT platform) AS platforms FROM orders GROUP BY customer_id")
        db.execute("CREATE UNIQUE INDEX temp.agg_id ON agg(id)")
        db.execute("""UPDATE customers SET (order_count, total_spent_fen, first_order_at, last_order_at,
                          platforms) = (SELECT n, coalesce(spent, 0), first, last, platforms
                                        FROM agg WHERE agg.id = customers.id)""")
        db.execute("DROP TABLE temp.agg")
        db.execute("""UPDATE customers SET stage = CASE
                        WHEN last_order_at < datetime(?, '-180 days') THEN 'dormant'
                        WHEN order_count >= 4 THEN 'loyal' WHEN order_count >= 2 THEN 'repeat'
                        WHEN wechat_status = 'added' THEN 'added' ELSE 'new' END""", [now])
        db.execute("INSERT INTO wechat_adds (customer_id, via, wechat_name, account, added_at) "
                   "SELECT id, 'no_code', wechat_name, '创始人', wechat_added_at FROM customers "
                   "WHERE wechat_status = 'added'")
        # cards for the orders of the last 45 days
        letter = db.execute("INSERT INTO letters (name, body) VALUES ('感谢信', '谢谢')").lastrowid
        version = db.execute("INSERT INTO letter_versions (letter_id, version_no, body) "
                             "VALUES (?, 1, '谢谢')", [letter]).lastrowid
        recent = db.execute("SELECT o.id, o.customer_id, o.created_at FROM orders o "
                            "WHERE o.created_at >= datetime(?, '-45 days') ORDER BY o.created_at",
                            [now]).fetchall()
        codes = _codes(len(recent))
        rows = []
        for n, ((order_id, cid, created), code) in enumerate(zip(recent, codes)):
            printed = (datetime.strptime(created, "%Y-%m-%d %H:%M:%S") + timedelta(hours=20))
            redeemed = printed + timedelta(days=2) if n % 4 == 0 and printed + timedelta(days=2) < today \
                else None
            rows.append((code, order_id, cid, version, printed.strftime("%Y-%m-%d %H:%M:%S"),
                         redeemed and redeemed.strftime("%Y-%m-%d %H:%M:%S"), redeemed and cid))
        db.conn.executemany("INSERT INTO cards (code, order_id, customer_id, letter_version_id, "
                            "printed_at, redeemed_at, redeemed_customer_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            rows)
        db.execute(
            """WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 20000)
               INSERT INTO followups (customer_id, kind, direction, happened_at, staff, summary)
               SELECT 7 * (1 + (k * 104729) % (? / 7 - 1)), 'wechat', 'out',
                      datetime(?, '-' || (k % 60) || ' days', '-' || (k % 600) || ' minutes'),
                      '小美', '回访新茶口感' || k FROM n""", [customers, now])
        db.execute(
            """WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 3000)
               INSERT INTO feedback (customer_id, kind, rating, text, status, created_at)
               SELECT 1 + (k * 7727) % ?, CASE k % 5 WHEN 0 THEN 'complaint' ELSE 'review' END,
                      1 + k % 5, '反馈内容' || k,
                      CASE WHEN k % 5 = 0 THEN CASE WHEN k % 10 = 0 THEN 'open' ELSE 'resolved' END END,
                      datetime(?, '-' || (k % 90) || ' days') FROM n""", [customers, now])
        tag = db.execute("INSERT INTO tags (name) VALUES ('VIP')").lastrowid
        db.execute("INSERT INTO customer_tags (customer_id, tag_id) SELECT id, ? FROM customers "
                   "WHERE id % 97 = 0", [tag])
        restore_search_triggers(db, saved)
    db.execute("PRAGMA optimize")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return data_dir
