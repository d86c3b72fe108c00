"""What the book's schema holds, read the same way on the shop file and on the hub: its tables,
the foreign keys that point at a table, a table's text columns. (SQLite answers from
``sqlite_master`` and its PRAGMAs, PostgreSQL from its catalogue.) The search's own tables —
FTS5's in the file, ``hub_*`` on the hub — are not the book's tables."""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.store.db import is_hub

_SEARCH = ("customer_search", "order_search", "customer_bigrams", "customer_phones", "search_seq")


def book_tables(db: Database) -> list[str]:
    """The book's ordinary tables by name (not the search's, not the migrations' list)."""
    if is_hub(db):
        names = [r[0] for r in db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'hub\\_%'")]
    else:
        names = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return sorted(n for n in names if not n.startswith(_SEARCH) and n != "_sqlite_migrations")


def references_to(db: Database, target: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key pointing at ``target``, by table name."""
    if is_hub(db):
        return sorted((r[0], r[1]) for r in db.execute(
            "SELECT src.relname, att.attname FROM pg_constraint con "
            "JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid "
            "JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1] "
            "JOIN pg_namespace ns ON ns.oid = src.relnamespace "
            "WHERE con.contype = 'f' AND ns.nspname = 'public' AND dst.relname = ? "
            "AND src.relname NOT LIKE 'hub\\_%'", [target]))
    found = []
    for table in book_tables(db):
        for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            if fk[2] == target:
                found.append((table, fk[3]))
    return found


def text_columns(db: Database, table: str) -> list[str]:
    """The columns of ``table`` that hold text (SQLite: declared TEXT, or no type at all)."""
    if is_hub(db):
        return [r[0] for r in db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
            "AND table_name = ? AND data_type IN ('text', 'character varying') "
            "ORDER BY ordinal_position", [table])]
    return [c[1] for c in db.execute(f"PRAGMA table_info([{table}])")
            if "TEXT" in (c[2] or "").upper() or not c[2]]
