"""The import benchmark's ``--stored`` floor writes exactly what the import stored: every row of
its tables (products included, which the items refer to) goes into a new shop file, so the ratio
it prints compares the import with writing the same rows."""

from __future__ import annotations

import sqlite3

from benchmarks.import_bench import STORED_TABLES, child_stored, generate
from shopowner.imports.run import import_files


CLOCK = {"created_at", "updated_at", "imported_at"}  # stamped when written


def rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    cur = conn.execute(f"SELECT * FROM {table} ORDER BY id")
    keep = [n for n, d in enumerate(cur.description) if d[0] not in CLOCK]
    return [tuple(row[n] for n in keep) for row in cur.fetchall()]


def test_the_stored_floor_writes_every_row_the_import_stored(tmp_path, make_db):
    path = tmp_path / "ExportOrderList_bench.csv"
    generate(path, 300)
    db = make_db("shop")
    report = import_files(db, [path], parallel=False).files[0]
    assert report.error is None and report.new_orders == 300
    db.close()

    result = child_stored(tmp_path / "shop" / "shopowner.db", tmp_path)

    assert result["seconds"] > 0
    source = sqlite3.connect(tmp_path / "shop" / "shopowner.db")
    written = sqlite3.connect(tmp_path / "shop-stored" / "shopowner.db")
    for table in STORED_TABLES:
        assert rows(written, table) == rows(source, table), table
    assert written.execute("SELECT count(*) FROM products").fetchone()[0] > 0
    source.close()
    written.close()
