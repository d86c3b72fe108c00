"""A PC working on the hub: every command through ``--database-url`` or a joined data folder, its
backups as shop files, a hub connection lost and made again, and SQLite's order of NULLs."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from shopowner.store import open_database
from shopowner.store.pg.book import HubBook
from shopowner.store.pg.hub import HubError


@pytest.fixture
def demo_hub(cli, hub_url, data_dir):
    """The demo shop made in the data folder's shop file, moved into the hub."""
    assert cli("init-demo").code == 0
    assert cli("hub", "move-in", "--database-url", hub_url).code == 0
    return hub_url


def _customers(cli, *options) -> int:
    result = cli(*options, "customers", "search", "", "--limit", "100000")
    assert result.code == 0, result.err
    return len(json.loads(result.out))


def test_a_joined_folder_works_on_the_hub_until_it_leaves(cli, demo_hub, data_dir, en_translators):
    file_only = cli("customers", "add", "--name", "只在文件里")  # written to the shop file only
    assert file_only.code == 0, file_only.err
    in_file = _customers(cli)
    on_hub = _customers(cli, "--database-url", demo_hub)  # one command on the hub
    assert on_hub == in_file - 1
    joined = cli("hub", "join", "--database-url", demo_hub)
    assert joined.code == 0 and "hub leave" in joined.out
    assert oct((data_dir / "team.json").stat().st_mode & 0o777) == "0o600"  # it holds the password
    assert _customers(cli) == on_hub  # every command now, without the option
    added = cli("customers", "add", "--name", "主机上的新客户")
    assert added.code == 0, added.err
    with HubBook.open(demo_hub) as book:
        assert book.execute("SELECT count(*) FROM customers WHERE name = '主机上的新客户'").fetchone()[0] == 1
    left = cli("hub", "leave")
    assert left.code == 0 and "shop file" in left.out
    assert _customers(cli) == in_file  # the file as it was
    assert cli("hub", "leave").out.strip().endswith("own shop file already.")


def test_join_takes_the_address_and_password_as_the_hub_pc_shows_them(cli, demo_hub, data_dir,
                                                                       monkeypatch, en_translators):
    from urllib.parse import urlsplit

    parts = urlsplit(demo_hub)
    without = demo_hub.replace(f":{parts.password}@", "@")  # the address as typed, the password apart
    missing = cli("hub", "join", "--address", without)
    assert missing.code == 2 and "shop password" in missing.err and not (data_dir / "team.json").exists()
    wrong = cli("hub", "join", "--address", "192.168.1.5:99999", "--password", "x")
    assert wrong.code == 2 and "is not an address" in wrong.err
    monkeypatch.setenv("SHOPOWNER_HUB_PASSWORD", parts.password)
    joined = cli("hub", "join", "--address", without)
    assert joined.code == 0, joined.err
    assert cli("hub", "status").code == 0  # the folder works on the hub now


def test_joining_an_unreachable_hub_is_refused_and_changes_nothing(cli, data_dir, en_translators):
    refused = cli("hub", "join", "--database-url", "postgresql://someone:secret@127.0.0.1:9/shop")
    assert refused.code == 3 and "Cannot reach the shop's hub" in refused.err
    assert "secret" not in refused.err and not (data_dir / "team.json").exists()


def test_a_backup_of_the_hub_is_a_shop_file_holding_its_book(cli, demo_hub, data_dir, en_translators):
    made = cli("--database-url", demo_hub, "backup")
    assert made.code == 0, made.err
    path = made.out.strip().split()[-1]
    with HubBook.open(demo_hub) as book:
        counts = [book.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("customers", "orders", "followups", "cards")]
    with sqlite3.connect(path) as copy:
        assert [copy.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("customers", "orders", "followups", "cards")] == counts
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # its search index was rebuilt: a customer is found by a word of her name
        name = copy.execute("SELECT name FROM customers WHERE length(name) >= 3 LIMIT 1").fetchone()[0]
        assert copy.execute("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?",
                            [f'"{name}"']).fetchone()[0] >= 1
    listed = cli("--database-url", demo_hub, "backup", "--list")
    assert listed.code == 0 and path.split("/")[-1] in listed.out


def test_a_lost_connection_is_made_again_a_read_asked_again_a_write_not(hub_book, admin,
                                                                         en_translators):
    pid = hub_book.execute("SELECT pg_backend_pid()").fetchone()[0]
    admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    # a read is asked again on a new connection: nothing of it could have been written
    assert hub_book.execute("SELECT count(*) FROM tags").fetchone()[0] == 0
    assert hub_book.execute("SELECT pg_backend_pid()").fetchone()[0] != pid
    pid = hub_book.execute("SELECT pg_backend_pid()").fetchone()[0]
    admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    with pytest.raises(HubError) as lost:  # a write is not: whether it arrived is not known
        hub_book.execute("INSERT INTO tags (name) VALUES ('断线时')")
    assert lost.value.kind == "unreachable" and "nothing was half-written" in str(lost.value)
    hub_book.execute("INSERT INTO tags (name) VALUES ('重连后')")  # the next one connects again
    assert [r[0] for r in hub_book.execute("SELECT name FROM tags").fetchall()] == ["重连后"]


def test_a_transaction_cut_off_writes_nothing(hub_book, admin, en_translators):
    before = hub_book.execute("SELECT count(*) FROM tags").fetchone()[0]
    pid = hub_book.execute("SELECT pg_backend_pid()").fetchone()[0]
    with pytest.raises(HubError):
        with hub_book.atomic():
            hub_book.execute("INSERT INTO tags (name) VALUES ('半截')")
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            hub_book.execute("INSERT INTO tags (name) VALUES ('另一半')")
    assert hub_book.execute("SELECT count(*) FROM tags").fetchone()[0] == before


def test_a_unique_key_refused_reads_as_the_store_expects(hub_book):
    from shopowner.store import errors

    hub_book.execute("INSERT INTO tags (name) VALUES ('唯一')")
    with pytest.raises(errors.IntegrityError):
        hub_book.execute("INSERT INTO tags (name) VALUES ('唯一')")


def test_nulls_sort_as_in_the_shop_file(hub_book, tmp_path):
    """The customer list's paging relies on SQLite's order: NULL below every value."""
    file = open_database(tmp_path / "file", hub=False)
    for book in (hub_book, file):
        for name, last in (("甲", "2026-01-02"), ("乙", None), ("丙", "2026-03-04")):
            book.execute("INSERT INTO customers (name, last_order_at, created_at, updated_at) "
                         "VALUES (?, ?, '2026-01-01', '2026-01-01')", [name, last])
    for order in ("last_order_at DESC, id", "last_order_at, id DESC", "last_order_at ASC"):
        query = f"SELECT name FROM customers ORDER BY {order}"
        assert [r[0] for r in hub_book.execute(query).fetchall()] == \
               [r[0] for r in file.execute(query).fetchall()], order
    file.close()


def test_the_windows_connection_waits_briefly_for_another_pcs_lock_also_after_reconnecting(
        hub_book, admin, en_translators):
    import time

    from shopowner.store.db import wait_for_writers

    hub_book.execute("INSERT INTO tags (name) VALUES ('锁')")
    wait_for_writers(hub_book, 300)  # as the window does with its own connection
    for reconnect in (False, True):
        if reconnect:  # the setting survives a connection made again
            pid = hub_book.execute("SELECT pg_backend_pid()").fetchone()[0]
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            hub_book.execute("SELECT 1").fetchone()
        with HubBook.open(hub_book.url) as other:
            with other.atomic():
                other.execute("UPDATE tags SET color = 'red' WHERE name = '锁'")  # another PC's lock
                started = time.monotonic()
                with pytest.raises(HubError) as waited:
                    hub_book.execute("UPDATE tags SET color = 'blue' WHERE name = '锁'")
                assert waited.value.kind == "busy" and time.monotonic() - started < 5


def test_a_sort_on_a_column_never_null_still_reads_its_index(hub_book):
    """SQLite's NULL order is asked for only where a NULL can be: a NOT NULL column keeps its
    plain order, which the hub's index serves (a page of the book reads 200 rows, not all)."""
    from shopowner.store.pg.dialect import to_pg

    assert "total_spent_fen" in hub_book.never_null and "last_order_at" not in hub_book.never_null
    sql = "SELECT c.id FROM customers c ORDER BY c.total_spent_fen DESC, c.id DESC LIMIT 5"
    assert "NULLS" not in to_pg(sql, hub_book.never_null)
    hub_book.execute("SET enable_seqscan = off")  # a tiny table: the plan the big one gets
    plan = "\n".join(r[0] for r in hub_book.execute("EXPLAIN " + sql).fetchall())
    assert "Index Scan Backward using idx_customers_total" in plan  # ties sorted as they come


@pytest.mark.parametrize("sort", ["last_order", "first_order", "name"])
def test_the_book_pages_sorted_in_sqlites_null_order_read_an_index(hub_book, sort):
    from shopowner.store.customer_query import SORTS, order_by
    from shopowner.store.pg.dialect import to_pg

    hub_book.execute(  # a book big enough that reading 200 rows in order beats sorting them all
        "INSERT INTO customers (name, last_order_at, first_order_at, created_at, updated_at) "
        "SELECT '客' || n, CASE WHEN n % 7 = 0 THEN NULL ELSE '2026-01-01'::date + n % 300 || '' END, "
        "CASE WHEN n % 5 = 0 THEN NULL ELSE '2025-01-01'::date + n % 200 || '' END, '', '' "
        "FROM generate_series(1, 20000) AS n")
    hub_book.execute("ANALYZE customers")
    for descending in (True, False):
        sql = (f"SELECT c.id FROM customers c WHERE c.merged_into IS NULL "
               f"ORDER BY {order_by(sort, descending)} LIMIT 200")
        assert "NULLS" in to_pg(sql, hub_book.never_null)  # a nullable column or an expression
        plan = "\n".join(r[0] for r in hub_book.execute("EXPLAIN " + sql).fetchall())
        full_sort = re.search(r"(^|->\s+)Sort\s+\(", plan, re.M)  # an Incremental Sort of ties is fine
        assert "Index Scan" in plan and not full_sort, (SORTS[sort], plan)


def test_a_literal_percent_without_parameters_reads_as_one(hub_book):
    hub_book.execute("INSERT INTO tags (name) VALUES ('100%好评')")
    assert hub_book.execute("SELECT count(*) FROM tags WHERE name LIKE '%好评'").fetchone()[0] == 1
    assert hub_book.execute("SELECT 7 % 3").fetchone()[0] == 1
