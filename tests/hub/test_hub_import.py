"""A big export into an empty hub book: PostgreSQL plans each lookup from what it last sampled of
a table, so the import samples its tables again as it doubles them (``store/bulk_indexes.py``).
Without that, the identities' lookups read every identity of the book once per chunk, and a
100,000-order import took over ten minutes instead of about 45 s (benchmarks/hub_bench.py)."""

from __future__ import annotations

from shopowner.imports.run import import_files


def _sampled_rows(book, table: str) -> float:
    return book.execute("SELECT reltuples FROM pg_class WHERE relname = ?", [table]).fetchone()[0]


def test_a_big_import_leaves_the_planner_knowing_the_tables_it_filled(hub_book, tmp_path):
    from benchmarks.import_bench_data import generate

    export = tmp_path / "ExportOrderList202410.csv"
    generate(export, 6000)
    assert _sampled_rows(hub_book, "orders") <= 0  # never sampled: an empty new book
    report = import_files(hub_book, [export]).files[0]
    assert report.error is None and report.new_orders == 6000
    # sampled within the import (at 2,000 and 4,000 orders), not by autovacuum after it
    assert _sampled_rows(hub_book, "orders") >= 4000
    assert _sampled_rows(hub_book, "customer_identities") >= 2000
    # and the lookup by value then reads the identities' index, not every identity of a kind
    plan = "\n".join(r[0] for r in hub_book.execute(
        "EXPLAIN SELECT customer_id FROM customer_identities WHERE kind = 'buyer_id' "
        "AND platform = 'taobao' AND value IN ('buyer_1', 'buyer_2') AND masked = 0"))
    assert "value = ANY" in plan.split("Filter:")[0], plan
