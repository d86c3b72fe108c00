"""The hub holds the same book as a SQLite shop: the same tables with the same columns (but the
search index, which each back end builds its own way), and the same kept columns."""

from __future__ import annotations

from shopowner.store.pg.hub import book_tables
from shopowner.store.pg.schema_map import is_left_out


def test_the_hub_has_every_table_and_column_of_the_shop_file(hub, db):
    """A new SQLite migration without its p-migration twin fails here (scripts/pg_schema.py drafts it)."""
    file = {t: [c[1] for c in db.execute(f'PRAGMA table_info("{t}")').fetchall()]
            for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            if not is_left_out(t)}
    on_hub = {t: [r[0] for r in hub.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
        [t]).fetchall()] for t in book_tables(hub)}
    assert on_hub == file
    views = hub.execute("SELECT table_name FROM information_schema.views WHERE table_schema = 'public'").fetchall()
    assert views == [("printed_cards",)]


def test_the_hub_keeps_the_list_columns_as_the_file_does(hub):
    """customers.list_phone (first unmasked phone), tag_names (sorted, joined by 、) and the stage
    after a WeChat add, kept by plpgsql triggers as SQLite's triggers keep them."""
    with hub.transaction():
        cid = hub.execute("INSERT INTO customers (name, created_at, updated_at) VALUES ('张三', '2026-01-01 00:00:00', "
                          "'2026-01-01 00:00:00') RETURNING id").fetchone()[0]
        hub.execute("INSERT INTO customer_identities (customer_id, kind, platform, value, masked, created_at) "
                    "VALUES (%s, 'phone', '', '138****0000', 1, '2026-01-01'), "
                    "(%s, 'phone', '', '13800001111', 0, '2026-01-01')", [cid, cid])
        tea, gift = (hub.execute("INSERT INTO tags (name) VALUES (%s) RETURNING id", [n]).fetchone()[0]
                     for n in ("喝茶", "送礼"))
        hub.execute("INSERT INTO customer_tags (customer_id, tag_id) VALUES (%s, %s), (%s, %s)", [cid, gift, cid, tea])
    row = hub.execute("SELECT list_phone, tag_names, stage FROM customers WHERE id = %s", [cid]).fetchone()
    assert row == ("13800001111", "喝茶、送礼", "new")
    with hub.transaction():
        hub.execute("UPDATE tags SET name = '爱喝茶' WHERE id = %s", [tea])
        hub.execute("DELETE FROM customer_identities WHERE value = '13800001111'")
        hub.execute("UPDATE customers SET wechat_status = 'added' WHERE id = %s", [cid])
    row = hub.execute("SELECT list_phone, tag_names, stage FROM customers WHERE id = %s", [cid]).fetchone()
    assert row == ("138****0000", "爱喝茶、送礼", "added")
