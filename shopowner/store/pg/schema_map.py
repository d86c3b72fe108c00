"""Which of the SQLite shop's tables the hub (PostgreSQL) holds, and which it does without.

The hub keeps every table of the book as it is in the SQLite file, with the same names and
columns, except SQLite's own bookkeeping and the search index: SQLite's FTS5 tables (and the
phone and character-pair tables kept beside them) have a PostgreSQL counterpart of their own
(a trigger-kept search document with a ``pg_trgm`` index), rebuilt from the book, never copied.
"""

from __future__ import annotations

LEFT_OUT = ("_sqlite_migrations", "customer_search", "order_search", "customer_bigrams",
            "customer_phones", "search_seq")


def is_left_out(table: str) -> bool:
    """True for a table the hub does not hold (one of LEFT_OUT, or one of FTS5's shadow tables)."""
    return table.startswith(LEFT_OUT) or table.startswith("sqlite_")
