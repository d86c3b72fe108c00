"""What a shop file's schema is, in a form two files can be compared by."""

from __future__ import annotations


def schema_of(db) -> list[tuple[str, str, str, str]]:
    """Every table, index, trigger and view (type, name, table, SQL with its whitespace
    normalised), the internal ones of SQLite and FTS5 included, in name order."""
    return [(kind, name, table, " ".join((sql or "").split())) for kind, name, table, sql in
            db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")]


def columns_of(db) -> dict[str, list[tuple]]:
    """Each table's columns in order: name, type, not null, default, primary key."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: [tuple(c[1:]) for c in db.execute(f"PRAGMA table_info([{t}])")] for t in tables}
