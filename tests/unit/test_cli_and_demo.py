"""The headless front end: init-demo, settings, --version, backup in-process as a console runs
them (``run_main``); the exit of a damaged file, a reader that goes away and --self-test as real
processes (``e2e``)."""

from __future__ import annotations

import json
import subprocess

import pytest

from shopowner.demo import DEMO_CUSTOMERS, DEMO_ORDERS, DEMO_PRIVATE_ORDERS, fill_demo_shop
from tests.cli_run import main_process, run_main_process


def test_init_demo_produces_the_promised_counts(run_main, tmp_path):
    result = run_main("init-demo", "--json", data_dir=tmp_path / "shop")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert counts["customers"] == DEMO_CUSTOMERS == 300
    assert counts["orders"] == DEMO_ORDERS == 600
    assert counts["tags"] >= 3 and counts["followups"] >= 20

    import sqlite3

    conn = sqlite3.connect(tmp_path / "shop" / "shopowner.db")
    assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 300
    assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 600 + DEMO_PRIVATE_ORDERS
    platforms = {r[0] for r in conn.execute("SELECT DISTINCT platform FROM orders")}
    assert {"taobao", "jd", "pdd", "douyin"} <= platforms
    assert conn.execute("SELECT count(*) FROM customer_tags").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM order_items").fetchone()[0] >= 600
    # every order is attached to a customer whose totals were computed
    assert conn.execute("SELECT sum(order_count) FROM customers").fetchone()[0] > 0

    again = run_main("init-demo", data_dir=tmp_path / "shop")
    assert again.returncode == 1 and "已经有店铺数据" in again.stderr
    said = run_main("init-demo", data_dir=tmp_path / "second").stdout
    assert f"平台订单 600 笔，微信私域订单 {DEMO_PRIVATE_ORDERS} 笔，朋友圈 {counts['moments']} 条" in said


def test_environment_variable_selects_the_data_dir(run_main, tmp_path):
    target = tmp_path / "env-shop"
    result = run_main("settings", "set", "shop-name", "茶小铺",
                      env={"SHOPOWNER_DATA_DIR": str(target)})
    assert result.returncode == 0, result.stderr
    assert (target / "shopowner.db").exists()
    got = run_main("settings", "get", "shop-name", data_dir=target)
    assert got.stdout.strip() == "茶小铺"


def test_version_and_help(run_main):
    assert "ShopOwner" in run_main("--version").stdout
    helptext = run_main("--help").stdout
    assert "init-demo" in helptext and "--data-dir" in helptext


@pytest.mark.e2e
def test_bad_data_file_gives_chinese_message_and_exit_code(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    (shop / "shopowner.db").write_bytes(b"not sqlite" * 50)
    result = run_main_process("settings", "list", data_dir=shop)
    assert result.returncode == 3
    assert "已损坏" in result.stderr
    assert (shop / "shopowner.db").read_bytes() == b"not sqlite" * 50


@pytest.mark.e2e
def test_self_test_passes():
    result = run_main_process("--self-test")
    assert result.returncode == 0 and "self-test passed" in result.stdout, \
        (result.returncode, result.stdout[-2000:], result.stderr[-2000:])


def test_demo_is_deterministic(db, tmp_path):
    """Under ``--backend hub``: the hub's demo shop and a shop file's are the same."""
    from shopowner.store import open_database

    fill_demo_shop(db, seed=7)
    other = open_database(tmp_path / "other", hub=False)
    fill_demo_shop(other, seed=7)
    q = "SELECT name, total_spent_fen FROM customers ORDER BY id"
    assert list(db.execute(q)) == list(other.execute(q))
    other.close()


def test_backup_command(run_main, tmp_path):
    shop = tmp_path / "shop"
    assert run_main("init-demo", data_dir=shop).returncode == 0
    result = run_main("backup", "--to", str(tmp_path / "b.db"), data_dir=shop)
    assert result.returncode == 0, result.stderr
    import sqlite3

    assert sqlite3.connect(tmp_path / "b.db").execute("SELECT count(*) FROM orders").fetchone()[0] == (
        600 + DEMO_PRIVATE_ORDERS)
    again = run_main("backup", "--to", str(tmp_path / "b.db"), data_dir=shop)
    assert again.returncode == 1


@pytest.mark.e2e
def test_a_reader_that_goes_away_ends_the_command_quietly(demo_db, data_dir):
    """``main.py … | head``: output cut short is not an error worth a traceback."""
    demo_db.close()
    shop = data_dir
    for args in (["import-history"], ["customers", "search", "--limit", "10000"]):  # short, long
        child = main_process(*args, data_dir=shop, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        child.stdout.close()  # nobody reads: the first write fails
        stderr = child.stderr.read().decode()
        assert child.wait(timeout=120) == 1, stderr
        assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
