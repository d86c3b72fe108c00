"""The frozen DDL of schema steps m0008–m0017 (``store/migrations.py`` runs them). Like
``schema_m0001``, ``schema_m0003`` and ``schema_m0018``, this text never changes once a step has
shipped: a shop file upgraded years later must end exactly where a fresh one did then."""

from __future__ import annotations

M0008_CARDS = """
CREATE TABLE cards_new (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'printed' CHECK (state IN ('reserved', 'printed')),
    order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    batch_id INTEGER REFERENCES card_batches(id) ON DELETE SET NULL,
    letter_version_id INTEGER REFERENCES letter_versions(id) ON DELETE SET NULL,
    layout TEXT NOT NULL DEFAULT '',
    reserved_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    printed_at TEXT DEFAULT (datetime('now','localtime')),
    reprint_count INTEGER NOT NULL DEFAULT 0,
    last_reprinted_at TEXT,
    redeemed_at TEXT,
    redeemed_customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    CHECK ((state = 'printed') = (printed_at IS NOT NULL))
);
INSERT INTO cards_new (id, code, state, order_id, customer_id, batch_id, letter_version_id, layout,
                       reserved_at, printed_at, reprint_count, last_reprinted_at, redeemed_at,
                       redeemed_customer_id)
    SELECT id, code, 'printed', order_id, customer_id, batch_id, letter_version_id, layout,
           printed_at, printed_at, reprint_count, last_reprinted_at, redeemed_at, redeemed_customer_id
    FROM cards;
DROP TABLE cards;
ALTER TABLE cards_new RENAME TO cards;
CREATE INDEX idx_cards_order ON cards(order_id);
CREATE INDEX idx_cards_customer ON cards(customer_id);
CREATE INDEX idx_cards_printed ON cards(printed_at);
CREATE UNIQUE INDEX idx_cards_reserved_order ON cards(order_id) WHERE state = 'reserved';
CREATE INDEX idx_cards_letter_version ON cards(letter_version_id, state);
CREATE VIEW printed_cards AS SELECT * FROM cards WHERE state = 'printed';
CREATE TABLE card_pdf_writes (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    part TEXT NOT NULL,
    pid INTEGER NOT NULL,
    batch_id INTEGER REFERENCES card_batches(id) ON DELETE SET NULL,
    started_at TEXT NOT NULL DEFAULT (datetime('now','localtime'))
)
"""

_M0010_PHONE = ("coalesce((SELECT value FROM customer_identities i WHERE i.customer_id = {cid} "
                "AND i.kind = 'phone' ORDER BY i.masked, i.id LIMIT 1), '')")
_M0010_TAGS = ("coalesce((SELECT group_concat(name, '、') FROM (SELECT t.name FROM customer_tags ct "
               "JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = {cid} ORDER BY t.name)), '')")
M0010_SORT_KEYS = """
ALTER TABLE customers ADD COLUMN list_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN tag_names TEXT NOT NULL DEFAULT '';
UPDATE customers SET list_phone = {phone_all}, tag_names = {tags_all};
CREATE INDEX idx_duplicates_pending ON duplicate_candidates(status, score DESC, id);
CREATE INDEX idx_customers_list_phone ON customers(list_phone);
CREATE INDEX idx_customers_tag_names ON customers(tag_names);
CREATE TRIGGER identities_sortkey_search_ai AFTER INSERT ON customer_identities
    WHEN NEW.kind = 'phone'
    BEGIN UPDATE customers SET list_phone = {phone_new} WHERE id = NEW.customer_id; END;
CREATE TRIGGER identities_sortkey_search_ad AFTER DELETE ON customer_identities
    WHEN OLD.kind = 'phone'
    BEGIN UPDATE customers SET list_phone = {phone_old} WHERE id = OLD.customer_id; END;
CREATE TRIGGER identities_sortkey_search_au AFTER UPDATE ON customer_identities
    BEGIN UPDATE customers SET list_phone = {phone_old} WHERE id = OLD.customer_id; \
    UPDATE customers SET list_phone = {phone_new} WHERE id = NEW.customer_id; END;
CREATE TRIGGER customer_tags_sortkey_search_ai AFTER INSERT ON customer_tags
    BEGIN UPDATE customers SET tag_names = {tags_new} WHERE id = NEW.customer_id; END;
CREATE TRIGGER customer_tags_sortkey_search_ad AFTER DELETE ON customer_tags
    BEGIN UPDATE customers SET tag_names = {tags_old} WHERE id = OLD.customer_id; END;
CREATE TRIGGER customer_tags_sortkey_search_au AFTER UPDATE ON customer_tags
    BEGIN UPDATE customers SET tag_names = {tags_old} WHERE id = OLD.customer_id; \
    UPDATE customers SET tag_names = {tags_new} WHERE id = NEW.customer_id; END;
CREATE TRIGGER tags_sortkey_search_au AFTER UPDATE OF name ON tags
    BEGIN UPDATE customers SET tag_names = {tags_all}
    WHERE id IN (SELECT customer_id FROM customer_tags WHERE tag_id = NEW.id); END
""".format(
    phone_all=_M0010_PHONE.format(cid="customers.id"), tags_all=_M0010_TAGS.format(cid="customers.id"),
    phone_new=_M0010_PHONE.format(cid="NEW.customer_id"),
    phone_old=_M0010_PHONE.format(cid="OLD.customer_id"),
    tags_new=_M0010_TAGS.format(cid="NEW.customer_id"), tags_old=_M0010_TAGS.format(cid="OLD.customer_id"))

M0012_SCHEMA = """
ALTER TABLE reminders ADD COLUMN reason_args TEXT NOT NULL DEFAULT '';
CREATE INDEX idx_reminders_customer ON reminders(customer_id, status);
CREATE INDEX idx_customers_next_contact ON customers(next_contact_date)
    WHERE next_contact_date IS NOT NULL;
CREATE INDEX idx_attachments_followup ON attachments(followup_id) WHERE followup_id IS NOT NULL;
CREATE INDEX idx_attachments_feedback ON attachments(feedback_id) WHERE feedback_id IS NOT NULL
"""

M0015_SCHEMA = """
ALTER TABLE products ADD COLUMN merge_key TEXT;
ALTER TABLE products ADD COLUMN cost_fen INTEGER;
ALTER TABLE products ADD COLUMN updated_at TEXT;
CREATE UNIQUE INDEX idx_products_merge_key ON products(merge_key) WHERE merge_key IS NOT NULL;
CREATE INDEX idx_items_product ON order_items(product_id)
"""

M0015_BACKFILL = """
INSERT INTO products (merge_key, name, sku, platform, created_at, updated_at)
SELECT k, CASE WHEN name <> '' THEN name ELSE trim(sku) END, CASE WHEN k LIKE 'sku:%' THEN trim(sku) ELSE '' END,
       '', :now, :now
FROM (SELECT product_key(sku, title) AS k, product_title_key(title) AS name, sku, max(id)
      FROM order_items WHERE product_id IS NULL GROUP BY k)
WHERE k IS NOT NULL ORDER BY k
ON CONFLICT DO NOTHING;
UPDATE order_items SET product_id = (SELECT p.id FROM products p
    WHERE p.merge_key = product_key(order_items.sku, order_items.title))
WHERE product_id IS NULL;
UPDATE order_items SET product_id = (SELECT min(s.id) FROM products s JOIN products t ON s.name = t.name
    WHERE t.id = order_items.product_id AND s.platform = '' AND s.merge_key LIKE 'sku:%')
WHERE product_id IN (SELECT t.id FROM products t WHERE t.merge_key LIKE 'title:%' AND EXISTS
    (SELECT 1 FROM products s WHERE s.platform = '' AND s.name = t.name AND s.merge_key LIKE 'sku:%'));
DELETE FROM products WHERE merge_key LIKE 'title:%' AND NOT EXISTS
    (SELECT 1 FROM order_items WHERE product_id = products.id)
"""

M0016_SCHEMA = """
ALTER TABLE orders ADD COLUMN paid_via TEXT NOT NULL DEFAULT ''
    CHECK (paid_via IN ('', 'wechat', 'alipay', 'bank', 'cash'))
"""

M0017_SCHEMA = """
CREATE TABLE channel_costs (
    id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    cost_fen INTEGER NOT NULL CHECK (cost_fen >= 0),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (from_date <= to_date)
);
CREATE INDEX idx_channel_costs_channel ON channel_costs(channel_id, from_date);
ALTER TABLE channels ADD COLUMN code TEXT;
CREATE UNIQUE INDEX idx_channels_code ON channels(code) WHERE code IS NOT NULL;
ALTER TABLE wechat_adds ADD COLUMN channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL;
CREATE INDEX idx_customers_channel ON customers(channel_id) WHERE channel_id IS NOT NULL;
INSERT INTO channel_costs (channel_id, from_date, to_date, cost_fen, note, created_at)
SELECT id, substr(created_at, 1, 10), substr(created_at, 1, 10), cost_fen, '', created_at
FROM channels WHERE cost_fen > 0;
UPDATE channels SET cost_fen = 0;
UPDATE channels SET kind = CASE kind WHEN 'affiliate' THEN 'cps' ELSE 'other' END
WHERE kind NOT IN ('live', 'xiaohongshu', 'douyin', 'cps', 'card', 'offline', 'other')
"""

# m0019: the version of the rows people edit (see store.versions)
ROW_VERSIONS = """
ALTER TABLE customers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE feedback ADD COLUMN version INTEGER NOT NULL DEFAULT 1
"""

# m0021: the version of the other rows people edit (products, channels, Moments posts)
MORE_ROW_VERSIONS = """
ALTER TABLE products ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE channels ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE moments_posts ADD COLUMN version INTEGER NOT NULL DEFAULT 1
"""
