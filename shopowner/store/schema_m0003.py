"""The customer search index and the stage trigger, exactly as steps ``m0003_*`` to ``m0007_*``
create them.

Frozen: the SQL text those steps run, copied here as it stood when they shipped (line breaks
aside), so that later edits to :mod:`shopowner.store.customer_search` or
:mod:`shopowner.store.customers` never rewrite what an old step does: a shop file upgraded from
any earlier version ends up with the same schema as a new one. A change to the index or the
triggers is a new numbered step carrying its own text; never edit this module.
"""

from __future__ import annotations

from sqlite_utils import Database

SEARCH_SCHEMA = """CREATE VIRTUAL TABLE customer_search USING fts5(
    names, contacts, address, notes, tokenize = 'trigram'
);
CREATE VIRTUAL TABLE order_search USING fts5(
    order_id, receiver, address, tokenize = 'trigram'
);
CREATE VIRTUAL TABLE customer_bigrams USING fts5(pairs, tokenize = 'ascii', detail = 'none',
        columnsize = 0);
CREATE TABLE customer_phones (
    customer_id INTEGER NOT NULL,
    phone TEXT NOT NULL,
    tail TEXT NOT NULL,
    PRIMARY KEY (customer_id, phone)
) WITHOUT ROWID;
CREATE INDEX idx_customer_phones_tail ON customer_phones(tail);
CREATE INDEX idx_customer_phones_phone ON customer_phones(phone);
CREATE TABLE search_seq (i INTEGER PRIMARY KEY);
CREATE INDEX idx_customers_name_sort ON customers((CASE WHEN name <> '' THEN name ELSE nickname
        END));
CREATE INDEX idx_customers_first_order ON customers(first_order_at);
CREATE INDEX idx_customers_order_count ON customers(order_count);
CREATE INDEX idx_customers_platforms ON customers(platforms);
CREATE INDEX idx_customers_wechat_sort ON customers((wechat_status || wechat_name));
CREATE INDEX idx_customers_stage_sort ON customers((CASE stage WHEN 'new' THEN 0 WHEN 'added'
        THEN 1
    WHEN 'repeat' THEN 2 WHEN 'loyal' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END));
CREATE INDEX idx_identities_value ON customer_identities(value)
"""

# the index triggers: m0003 creates them, m0006 and m0007 drop and create them again
SEARCH_TRIGGERS = [
    """CREATE TRIGGER customers_search_ai AFTER INSERT ON customers BEGIN DELETE FROM customer_search
        WHERE rowid = NEW.id;
    INSERT INTO customer_search (rowid, names, contacts, address, notes)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id AND kind <> 'name_address'), '')
            || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END FROM
                customers c WHERE c.id = NEW.id;

    DELETE FROM customer_bigrams WHERE rowid = NEW.id;
    INSERT INTO customer_bigrams (rowid, pairs)
    SELECT NEW.id, coalesce(group_concat(substr(s.t, n.i, 2), ' '), '') FROM
        (SELECT lower(name || ' ' || nickname || ' ' || wechat_name || ' ' || wechat_remark ||
                ' ' || province || city || district || address || ' ' || notes || ' ') AS t FROM
                customers WHERE id = NEW.id) AS s
        JOIN search_seq n ON n.i < length(s.t)
    WHERE substr(s.t, n.i, 1) <> ' '; END""",
    """CREATE TRIGGER customers_search_au AFTER UPDATE OF name, nickname, wechat_name, wechat_remark,
        wechat_account, province, city, district, address, notes, custom_fields ON customers
        BEGIN DELETE FROM customer_search WHERE rowid = NEW.id;
    INSERT INTO customer_search (rowid, names, contacts, address, notes)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id AND kind <> 'name_address'), '')
            || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END FROM
                customers c WHERE c.id = NEW.id; END""",
    """CREATE TRIGGER customers_grams_au AFTER UPDATE OF name, nickname, wechat_name, wechat_remark,
        province, city, district, address, notes ON customers BEGIN DELETE FROM customer_bigrams
        WHERE rowid = NEW.id;
    INSERT INTO customer_bigrams (rowid, pairs)
    SELECT NEW.id, coalesce(group_concat(substr(s.t, n.i, 2), ' '), '') FROM
        (SELECT lower(name || ' ' || nickname || ' ' || wechat_name || ' ' || wechat_remark ||
                ' ' || province || city || district || address || ' ' || notes || ' ') AS t FROM
                customers WHERE id = NEW.id) AS s
        JOIN search_seq n ON n.i < length(s.t)
    WHERE substr(s.t, n.i, 1) <> ' '; END""",
    """CREATE TRIGGER customers_order_search_au AFTER UPDATE OF name, address ON customers BEGIN DELETE
        FROM order_search WHERE rowid IN (SELECT id FROM orders
                                                     WHERE customer_id = NEW.id);
            INSERT INTO order_search (rowid, order_id, receiver, address)
            SELECT o.id, o.platform_order_id, CASE WHEN o.receiver_name = (SELECT name FROM
                    customers WHERE id = o.customer_id) THEN '' ELSE o.receiver_name END || ' '
                    || o.receiver_phone, CASE WHEN o.address = (SELECT address FROM customers
                    WHERE id = o.customer_id) THEN '' ELSE o.province || o.city || o.district ||
                    o.address END FROM orders o WHERE o.customer_id = NEW.id; END""",
    """CREATE TRIGGER customers_search_ad AFTER DELETE ON customers BEGIN DELETE FROM customer_search
        WHERE rowid = OLD.id;
            DELETE FROM customer_bigrams WHERE rowid = OLD.id;
            DELETE FROM customer_phones WHERE customer_id = OLD.id; END""",
    """CREATE TRIGGER identities_search_ai AFTER INSERT ON customer_identities BEGIN DELETE FROM
        customer_search WHERE rowid = NEW.customer_id;
    INSERT INTO customer_search (rowid, names, contacts, address, notes)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id AND kind <> 'name_address'), '')
            || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END FROM
                customers c WHERE c.id = NEW.customer_id;

    DELETE FROM customer_phones WHERE customer_id = NEW.customer_id;
    INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT NEW.customer_id, p, substr(p, -4) FROM (
        SELECT replace(replace(replace(replace(value, ' ', ''), '-', ''), '+86', ''), '(', '')
                AS p FROM customer_identities WHERE customer_id = NEW.customer_id AND kind =
                'phone'
        UNION SELECT replace(replace(replace(replace(receiver_phone, ' ', ''), '-', ''), '+86',
                ''), '(', '') FROM orders WHERE customer_id = NEW.customer_id AND receiver_phone
                <> ''
    ) WHERE length(p) >= 4; END""",
    """CREATE TRIGGER identities_search_ad AFTER DELETE ON customer_identities BEGIN DELETE FROM
        customer_search WHERE rowid = OLD.customer_id;
    INSERT INTO customer_search (rowid, names, contacts, address, notes)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id AND kind <> 'name_address'), '')
            || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END FROM
                customers c WHERE c.id = OLD.customer_id;

    DELETE FROM customer_phones WHERE customer_id = OLD.customer_id;
    INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT OLD.customer_id, p, substr(p, -4) FROM (
        SELECT replace(replace(replace(replace(value, ' ', ''), '-', ''), '+86', ''), '(', '')
                AS p FROM customer_identities WHERE customer_id = OLD.customer_id AND kind =
                'phone'
        UNION SELECT replace(replace(replace(replace(receiver_phone, ' ', ''), '-', ''), '+86',
                ''), '(', '') FROM orders WHERE customer_id = OLD.customer_id AND receiver_phone
                <> ''
    ) WHERE length(p) >= 4; END""",
    """CREATE TRIGGER identities_search_au AFTER UPDATE ON customer_identities BEGIN DELETE FROM
        customer_search WHERE rowid = OLD.customer_id;
    INSERT INTO customer_search (rowid, names, contacts, address, notes)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id AND kind <> 'name_address'), '')
            || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END FROM
                customers c WHERE c.id = OLD.customer_id;

    DELETE FROM customer_phones WHERE customer_id = OLD.customer_id;
    INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT OLD.customer_id, p, substr(p, -4) FROM (
        SELECT replace(replace(replace(replace(value, ' ', ''), '-', ''), '+86', ''), '(', '')
                AS p FROM customer_identities WHERE customer_id = OLD.customer_id AND kind =
                'phone'
        UNION SELECT replace(replace(replace(replace(receiver_phone, ' ', ''), '-', ''), '+86',
                ''), '(', '') FROM orders WHERE customer_id = OLD.customer_id AND receiver_phone
                <> ''
    ) WHERE length(p) >= 4;

    DELETE FROM customer_search WHERE rowid = NEW.customer_id;
    INSERT INTO customer_search (rowid, names, contacts, address, notes)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id AND kind <> 'name_address'), '')
            || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END FROM
                customers c WHERE c.id = NEW.customer_id;

    DELETE FROM customer_phones WHERE customer_id = NEW.customer_id;
    INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT NEW.customer_id, p, substr(p, -4) FROM (
        SELECT replace(replace(replace(replace(value, ' ', ''), '-', ''), '+86', ''), '(', '')
                AS p FROM customer_identities WHERE customer_id = NEW.customer_id AND kind =
                'phone'
        UNION SELECT replace(replace(replace(replace(receiver_phone, ' ', ''), '-', ''), '+86',
                ''), '(', '') FROM orders WHERE customer_id = NEW.customer_id AND receiver_phone
                <> ''
    ) WHERE length(p) >= 4; END""",
    """CREATE TRIGGER orders_search_ai AFTER INSERT ON orders BEGIN INSERT INTO order_search (rowid,
        order_id, receiver, address) VALUES (NEW.id, NEW.platform_order_id, CASE WHEN
        NEW.receiver_name = (SELECT name FROM customers WHERE id = NEW.customer_id) THEN '' ELSE
        NEW.receiver_name END || ' ' || NEW.receiver_phone, CASE WHEN NEW.address = (SELECT
        address FROM customers WHERE id = NEW.customer_id) THEN '' ELSE NEW.province || NEW.city
        || NEW.district || NEW.address END);INSERT OR IGNORE INTO customer_phones (customer_id,
        phone, tail) SELECT NEW.customer_id, p, substr(p, -4) FROM (SELECT
        replace(replace(replace(replace(NEW.receiver_phone, ' ', ''), '-', ''), '+86', ''), '(',
        '') AS p) WHERE length(p) >= 4; END""",
    """CREATE TRIGGER orders_search_ad AFTER DELETE ON orders BEGIN DELETE FROM order_search WHERE
        rowid = OLD.id;
    DELETE FROM customer_phones WHERE customer_id = OLD.customer_id;
    INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT OLD.customer_id, p, substr(p, -4) FROM (
        SELECT replace(replace(replace(replace(value, ' ', ''), '-', ''), '+86', ''), '(', '')
                AS p FROM customer_identities WHERE customer_id = OLD.customer_id AND kind =
                'phone'
        UNION SELECT replace(replace(replace(replace(receiver_phone, ' ', ''), '-', ''), '+86',
                ''), '(', '') FROM orders WHERE customer_id = OLD.customer_id AND receiver_phone
                <> ''
    ) WHERE length(p) >= 4; END""",
    """CREATE TRIGGER orders_search_au AFTER UPDATE OF customer_id, platform_order_id, receiver_name,
        receiver_phone, province, city, district, address ON orders BEGIN DELETE FROM
        order_search WHERE rowid = OLD.id;INSERT INTO order_search (rowid, order_id, receiver,
        address) VALUES (NEW.id, NEW.platform_order_id, CASE WHEN NEW.receiver_name = (SELECT
        name FROM customers WHERE id = NEW.customer_id) THEN '' ELSE NEW.receiver_name END ||
        ' ' || NEW.receiver_phone, CASE WHEN NEW.address = (SELECT address FROM customers WHERE
        id = NEW.customer_id) THEN '' ELSE NEW.province || NEW.city || NEW.district ||
        NEW.address END);
    DELETE FROM customer_phones WHERE customer_id = OLD.customer_id;
    INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT OLD.customer_id, p, substr(p, -4) FROM (
        SELECT replace(replace(replace(replace(value, ' ', ''), '-', ''), '+86', ''), '(', '')
                AS p FROM customer_identities WHERE customer_id = OLD.customer_id AND kind =
                'phone'
        UNION SELECT replace(replace(replace(replace(receiver_phone, ' ', ''), '-', ''), '+86',
                ''), '(', '') FROM orders WHERE customer_id = OLD.customer_id AND receiver_phone
                <> ''
    ) WHERE length(p) >= 4;

    DELETE FROM customer_phones WHERE customer_id = NEW.customer_id;
    INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT NEW.customer_id, p, substr(p, -4) FROM (
        SELECT replace(replace(replace(replace(value, ' ', ''), '-', ''), '+86', ''), '(', '')
                AS p FROM customer_identities WHERE customer_id = NEW.customer_id AND kind =
                'phone'
        UNION SELECT replace(replace(replace(replace(receiver_phone, ' ', ''), '-', ''), '+86',
                ''), '(', '') FROM orders WHERE customer_id = NEW.customer_id AND receiver_phone
                <> ''
    ) WHERE length(p) >= 4; END""",
]

# a WeChat add written by any area moves an automatic stage at once (replaced by m0014)
STAGE_TRIGGER = """CREATE TRIGGER customers_stage_wechat AFTER UPDATE OF wechat_status ON customers
WHEN NEW.stage_manual = 0 BEGIN
    UPDATE customers SET stage = (CASE
    WHEN order_count >= 1 AND last_order_at < datetime('now', 'localtime', '-180 days')
        THEN 'dormant'
    WHEN order_count >= 4 THEN 'loyal'
    WHEN order_count >= 2 THEN 'repeat'
    WHEN wechat_status = 'added' THEN 'added'
    ELSE 'new' END) WHERE id = NEW.id;
END"""

# the index back-fill m0003, m0006 and m0007 run: every customer and order indexed again ----------
BIGRAMS_TABLE = ("CREATE VIRTUAL TABLE customer_bigrams USING fts5("
                 "pairs, tokenize = 'ascii', detail = 'none', columnsize = 0)")
SEARCH_FILL = [
    """INSERT INTO customer_search (rowid, names, contacts, address, notes)
    SELECT c.id, c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id AND kind <> 'name_address'), '')
            || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END
    FROM customers c ORDER BY c.id""",
    """INSERT INTO order_search (rowid, order_id, receiver, address)
    SELECT o.id, o.platform_order_id,
        CASE WHEN o.receiver_name = (SELECT name FROM customers WHERE id = o.customer_id)
            THEN '' ELSE o.receiver_name END || ' ' || o.receiver_phone,
        CASE WHEN o.address = (SELECT address FROM customers WHERE id = o.customer_id)
            THEN '' ELSE o.province || o.city || o.district || o.address END
    FROM orders o ORDER BY o.id""",
    """INSERT INTO customer_bigrams (rowid, pairs)
    SELECT id, m0003_pairs(lower(name || ' ' || nickname || ' ' || wechat_name || ' '
        || wechat_remark || ' ' || province || city || district || address || ' ' || notes || ' '))
    FROM customers ORDER BY id""",
    """INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT customer_id, p, substr(p, -4) FROM (
        SELECT customer_id, replace(replace(replace(replace(value, ' ', ''), '-', ''), '+86', ''),
            '(', '') AS p FROM customer_identities WHERE +kind = 'phone'
        UNION SELECT customer_id, replace(replace(replace(replace(receiver_phone, ' ', ''), '-', ''),
            '+86', ''), '(', '') FROM orders WHERE receiver_phone <> ''
    ) WHERE length(p) >= 4""",
]


def _pairs(text: str) -> str:
    """Every 2-character piece of ``text`` that does not start with a space, up to 1,000."""
    if not text:
        return ""
    return " ".join([text[i:i + 2] for i in range(min(len(text) - 1, 1000)) if text[i] != " "])


def upgrade_search_structure(db: Database) -> None:
    """A file from before m0007 has ``customer_grams`` rows instead of ``customer_bigrams``."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'customer_grams'").fetchone():
        db.execute("DROP TABLE customer_grams")
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'customer_bigrams'").fetchone():
        db.execute(BIGRAMS_TABLE)


def rebuild_search_index(db: Database) -> None:
    """Index every customer and order again."""
    upgrade_search_structure(db)
    for table in ("customer_search", "order_search", "customer_bigrams", "customer_phones"):
        db.execute(f"DELETE FROM {table}")
    db.conn.create_function("m0003_pairs", 1, _pairs, deterministic=True)
    for statement in SEARCH_FILL:
        db.execute(statement)


def drop_search_triggers(db: Database) -> None:
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                              "(name LIKE '%search%' OR name LIKE '%grams%')").fetchall():
        db.execute(f"DROP TRIGGER {name}")
