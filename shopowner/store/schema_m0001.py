"""The shop file's first schema, exactly as step ``m0001_initial`` creates it.

Frozen: later changes are new numbered steps in :mod:`shopowner.store.migrations`, never edits
here (a file created by an older ShopOwner must end up with the same tables as a new one).
"""

INITIAL_SCHEMA = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'platform',
    cost_fen INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime'))
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    nickname TEXT NOT NULL DEFAULT '',
    is_anonymous INTEGER NOT NULL DEFAULT 0,
    gender TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    wechat_status TEXT NOT NULL DEFAULT 'none' CHECK (wechat_status IN ('none', 'added')),
    wechat_name TEXT NOT NULL DEFAULT '',
    wechat_remark TEXT NOT NULL DEFAULT '',
    wechat_account TEXT NOT NULL DEFAULT '',
    wechat_added_at TEXT,
    stage TEXT NOT NULL DEFAULT 'new',
    stage_manual INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    custom_fields TEXT NOT NULL DEFAULT '{}',
    next_contact_date TEXT,
    channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
    order_count INTEGER NOT NULL DEFAULT 0,
    total_spent_fen INTEGER NOT NULL DEFAULT 0,
    first_order_at TEXT,
    last_order_at TEXT,
    platforms TEXT NOT NULL DEFAULT '',
    merged_into INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    erased_at TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now','localtime'))
);
CREATE INDEX idx_customers_last_order ON customers(last_order_at);
CREATE INDEX idx_customers_total ON customers(total_spent_fen);
CREATE INDEX idx_customers_stage ON customers(stage);
CREATE INDEX idx_customers_wechat ON customers(wechat_status);
CREATE TABLE customer_identities (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('buyer_id', 'phone', 'name_address', 'wechat', 'nickname')),
    platform TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL,
    masked INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    UNIQUE (kind, platform, value)
);
CREATE INDEX idx_identities_customer ON customer_identities(customer_id);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    platform TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    finished_at TEXT,
    rows INTEGER NOT NULL DEFAULT 0,
    new_orders INTEGER NOT NULL DEFAULT 0,
    updated_orders INTEGER NOT NULL DEFAULT 0,
    new_customers INTEGER NOT NULL DEFAULT 0,
    matched_customers INTEGER NOT NULL DEFAULT 0,
    report TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    platform TEXT NOT NULL DEFAULT '',
    price_fen INTEGER,
    private_only INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    UNIQUE (platform, name, sku)
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    platform_order_id TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    status TEXT NOT NULL DEFAULT 'paid'
        CHECK (status IN ('unpaid', 'paid', 'shipped', 'completed', 'closed', 'refunded')),
    status_text TEXT NOT NULL DEFAULT '',
    total_fen INTEGER NOT NULL DEFAULT 0,
    paid_fen INTEGER NOT NULL DEFAULT 0,
    postage_fen INTEGER NOT NULL DEFAULT 0,
    discount_fen INTEGER NOT NULL DEFAULT 0,
    refund_fen INTEGER NOT NULL DEFAULT 0,
    created_at TEXT,
    paid_at TEXT,
    shipped_at TEXT,
    completed_at TEXT,
    buyer_id TEXT NOT NULL DEFAULT '',
    buyer_message TEXT NOT NULL DEFAULT '',
    seller_note TEXT NOT NULL DEFAULT '',
    receiver_name TEXT NOT NULL DEFAULT '',
    receiver_phone TEXT NOT NULL DEFAULT '',
    receiver_masked INTEGER NOT NULL DEFAULT 0,
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    zip TEXT NOT NULL DEFAULT '',
    import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
    imported_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    UNIQUE (platform, platform_order_id)
);
CREATE INDEX idx_orders_customer ON orders(customer_id);
CREATE INDEX idx_orders_status ON orders(status, paid_at);
CREATE INDEX idx_orders_created ON orders(created_at);
CREATE INDEX idx_orders_import ON orders(import_id);
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL DEFAULT 1,
    title TEXT NOT NULL DEFAULT '',
    sku TEXT NOT NULL DEFAULT '',
    spec TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL DEFAULT 1,
    price_fen INTEGER NOT NULL DEFAULT 0,
    amount_fen INTEGER NOT NULL DEFAULT 0,
    platform_item_id TEXT NOT NULL DEFAULT '',
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    UNIQUE (order_id, line_no)
);
CREATE INDEX idx_items_order ON order_items(order_id);
CREATE TABLE duplicate_candidates (
    id INTEGER PRIMARY KEY,
    customer_a INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    customer_b INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    score REAL NOT NULL DEFAULT 0.5,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'merged', 'distinct')),
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    decided_at TEXT,
    UNIQUE (customer_a, customer_b),
    CHECK (customer_a < customer_b)
);
CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    kept_id INTEGER NOT NULL,
    merged_id INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    merged_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    undone_at TEXT
);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL DEFAULT '#8a8a8a'
);
CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
);
CREATE INDEX idx_customer_tags_tag ON customer_tags(tag_id);
CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    filters TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    audience TEXT NOT NULL DEFAULT 'any' CHECK (audience IN ('any', 'first', 'returning')),
    platform TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    priority INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    updated_at TEXT NOT NULL DEFAULT (datetime('now','localtime'))
);
CREATE TABLE letter_versions (
    id INTEGER PRIMARY KEY,
    letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
    version_no INTEGER NOT NULL,
    body TEXT NOT NULL,
    signature TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    UNIQUE (letter_id, version_no)
);
CREATE TABLE card_batches (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    selection TEXT NOT NULL DEFAULT '',
    layout TEXT NOT NULL DEFAULT '',
    card_count INTEGER NOT NULL DEFAULT 0,
    pdf_path TEXT NOT NULL DEFAULT ''
);
CREATE TABLE cards (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    batch_id INTEGER REFERENCES card_batches(id) ON DELETE SET NULL,
    letter_version_id INTEGER REFERENCES letter_versions(id) ON DELETE SET NULL,
    layout TEXT NOT NULL DEFAULT '',
    printed_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    reprint_count INTEGER NOT NULL DEFAULT 0,
    last_reprinted_at TEXT,
    redeemed_at TEXT,
    redeemed_customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL
);
CREATE INDEX idx_cards_order ON cards(order_id);
CREATE INDEX idx_cards_customer ON cards(customer_id);
CREATE INDEX idx_cards_printed ON cards(printed_at);
CREATE TABLE wechat_adds (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    card_id INTEGER REFERENCES cards(id) ON DELETE SET NULL,
    via TEXT NOT NULL DEFAULT 'code' CHECK (via IN ('code', 'no_code')),
    wechat_name TEXT NOT NULL DEFAULT '',
    remark TEXT NOT NULL DEFAULT '',
    account TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL DEFAULT (datetime('now','localtime'))
);
CREATE INDEX idx_wechat_adds_customer ON wechat_adds(customer_id);
CREATE INDEX idx_wechat_adds_added ON wechat_adds(added_at);
CREATE TABLE followups (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'wechat'
        CHECK (kind IN ('wechat', 'phone', 'wecom', 'platform', 'meeting', 'other')),
    direction TEXT NOT NULL DEFAULT 'out' CHECK (direction IN ('in', 'out')),
    happened_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    staff TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    chat_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime'))
);
CREATE INDEX idx_followups_customer ON followups(customer_id, happened_at);
CREATE INDEX idx_followups_happened ON followups(happened_at);
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    order_id INTEGER REFERENCES orders(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('review', 'complaint', 'new_product', 'suggestion', 'after_sales', 'other')),
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    product_text TEXT NOT NULL DEFAULT '',
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    text TEXT NOT NULL DEFAULT '',
    consent_to_quote INTEGER NOT NULL DEFAULT 0,
    owner TEXT NOT NULL DEFAULT '',
    status TEXT CHECK (status IS NULL OR status IN ('open', 'resolved')),
    resolution TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime'))
);
CREATE INDEX idx_feedback_customer ON feedback(customer_id);
CREATE INDEX idx_feedback_created ON feedback(created_at);
CREATE INDEX idx_feedback_kind_status ON feedback(kind, status);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    followup_id INTEGER REFERENCES followups(id) ON DELETE CASCADE,
    feedback_id INTEGER REFERENCES feedback(id) ON DELETE CASCADE,
    original_name TEXT NOT NULL,
    stored_name TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    CHECK ((followup_id IS NULL) <> (feedback_id IS NULL))
);
CREATE TABLE reminder_rules (
    key TEXT PRIMARY KEY,
    enabled INTEGER NOT NULL DEFAULT 1,
    params TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    rule TEXT NOT NULL DEFAULT 'manual',
    source_key TEXT UNIQUE,
    due_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    snoozed_until TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    done_at TEXT
);
CREATE INDEX idx_reminders_due ON reminders(status, due_date);
CREATE TABLE review_reads (
    day TEXT NOT NULL,
    item_kind TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    read_at TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    PRIMARY KEY (day, item_kind, item_id)
)
"""
