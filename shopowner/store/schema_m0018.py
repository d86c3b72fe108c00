"""The Moments planner's tables (朋友圈), exactly as step ``m0018_moments`` creates them.

Frozen: the SQL text that step runs, as it stood when it shipped. A change to these tables is a
new numbered step carrying its own text; never edit this module. What each column holds:
``docs/schema.md``.
"""

from __future__ import annotations

MOMENTS_SCHEMA = """
CREATE TABLE wechat_accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    friends INTEGER CHECK (friends IS NULL OR friends >= 0),
    counted_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE moments_posts (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    account TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'posted')),
    posted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_moments_posts_day ON moments_posts(day);
CREATE TABLE moments_images (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES moments_posts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    original_name TEXT NOT NULL,
    stored_name TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE INDEX idx_moments_images_post ON moments_images(post_id);
CREATE TABLE moments_reactions (
    id INTEGER PRIMARY KEY,
    post_id INTEGER NOT NULL REFERENCES moments_posts(id) ON DELETE CASCADE,
    customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reply', 'opinion', 'order')),
    text TEXT NOT NULL DEFAULT '',
    happened_at TEXT NOT NULL
);
CREATE INDEX idx_moments_reactions_post ON moments_reactions(post_id);
CREATE TABLE product_opinions (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    opinion TEXT NOT NULL CHECK (opinion IN ('like', 'neutral', 'dislike')),
    note TEXT NOT NULL DEFAULT '',
    asked_in TEXT NOT NULL DEFAULT '',
    logged_at TEXT NOT NULL
);
CREATE INDEX idx_product_opinions_product ON product_opinions(product_id, customer_id);
CREATE INDEX idx_product_opinions_customer ON product_opinions(customer_id)
"""
