"""p0002: the version of the rows people edit (the SQLite shop's m0019_row_versions).

``customers.version`` and ``feedback.version``: 1 for every row, one more at each save; a save
made against the version the editor read is refused when the row changed meanwhile
(:mod:`shopowner.store.versions`). Added last, as SQLite adds them, so the columns stay in the
file's order (a move copies them by name; ``tests/hub/test_schema.py`` compares the order).
"""

ROW_VERSIONS = """
ALTER TABLE customers ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE feedback ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
"""
