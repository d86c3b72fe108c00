"""Restore: the backup verified, the current file (with its WAL) kept aside, the backup in place."""

from __future__ import annotations

import sqlite3

import pytest

from shopowner.cli import run
from shopowner.store import open_database
from shopowner.store.backups import make_backup
from shopowner.store.restore import RestoreError, restore_backup
from tests.backups.helpers import DEMO, DEMO_WORDS, counts, integrity, shop_state, write_and_die


@pytest.fixture
def backed_up(demo_db, data_dir):
    """A demo shop with one backup (its 300 customers and 615 orders); the shop file closed."""
    backup = make_backup(demo_db, data_dir)
    demo_db.close()
    return backup


def _changed_since(data_dir) -> None:
    """The shop after its backup: fewer orders, a new tag (what a restore would undo)."""
    db = open_database(data_dir)
    db.execute("DELETE FROM order_items")
    db.execute("DELETE FROM orders WHERE id > 100")
    db.execute("INSERT INTO tags (name) VALUES ('备份之后')")
    db.close()


def test_a_restore_brings_the_backup_back_and_keeps_the_shop_as_it_was(backed_up, data_dir, capsys,
                                                                       en_translators):
    """In team mode the backup's book replaces the hub's (every PC's), and the book as it was is
    kept in the backups folder as a checked shop file, as a file's restore sets the file aside."""
    _changed_since(data_dir)
    assert run(["--lang", "en", "--data-dir", str(data_dir), "restore", str(backed_up), "--yes"]) == 0
    out = capsys.readouterr().out
    assert DEMO_WORDS in out
    aside = next((data_dir / "backups").glob("shopowner-before-restore-*.db"))
    assert aside.name in out
    assert integrity(aside) == "ok" and counts(aside) == (DEMO[0], 100)  # the shop as it was
    conn = sqlite3.connect(aside)
    assert conn.execute("SELECT count(*) FROM tags WHERE name = '备份之后'").fetchone()[0] == 1
    conn.close()
    db = open_database(data_dir, check=True)
    try:
        assert (db.execute("SELECT count(*) FROM customers").fetchone()[0],
                db.execute("SELECT count(*) FROM orders").fetchone()[0]) == DEMO
        assert db.execute("SELECT count(*) FROM tags WHERE name = '备份之后'").fetchone()[0] == 0
        name = db.execute("SELECT name FROM customers WHERE name <> '' ORDER BY id LIMIT 1").fetchone()[0]
        db.execute("INSERT INTO tags (name) VALUES ('恢复后能写')")  # writable, new rows numbered on
    finally:
        db.close()
    assert run(["--lang", "en", "--data-dir", str(data_dir), "customers", "search", name]) == 0
    assert name in capsys.readouterr().out  # the restored book is found by the search


@pytest.mark.file_only("a stale WAL beside the shop file (SQLite's side files)")
def test_restore_with_a_stale_wal_beside_the_current_file(backed_up, data_dir, capsys,
                                                           en_translators):
    write_and_die(data_dir, "DELETE FROM order_items; DELETE FROM orders WHERE id > 100; "
                            "INSERT INTO tags (name) VALUES ('只在WAL里');")
    wal = data_dir / "shopowner.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # what a killed app leaves
    assert run(["--lang", "en", "--data-dir", str(data_dir), "restore", str(backed_up),
                "--yes"]) == 0
    out = capsys.readouterr().out
    assert DEMO_WORDS in out
    shop = data_dir / "shopowner.db"
    assert integrity(shop) == "ok"
    assert counts(shop) == DEMO
    assert not (data_dir / "shopowner.db-wal").exists() or (data_dir / "shopowner.db-wal").stat().st_size == 0
    aside = next((data_dir / "backups").glob("shopowner-before-restore-*.db"))
    assert aside.name in out
    assert (aside.parent / f"{aside.name}-wal").exists()  # set aside together with its WAL
    conn = sqlite3.connect(aside)  # nothing lost: the set-aside file still has what was in its WAL
    assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 100
    assert conn.execute("SELECT count(*) FROM tags WHERE name = '只在WAL里'").fetchone()[0] == 1
    conn.close()
    db = open_database(data_dir, check=True)
    assert db.execute("SELECT count(*) FROM tags WHERE name = '只在WAL里'").fetchone()[0] == 0
    db.close()


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("hello"), "not a ShopOwner backup"),
    (lambda p: sqlite3.connect(p).executescript("CREATE TABLE x (a); INSERT INTO x VALUES (1);"),
     "another program"),
])
def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(backed_up, data_dir, tmp_path,
                                                                  make, words):
    _changed_since(data_dir)
    before = shop_state(data_dir)
    bad = tmp_path / "bad.db"
    make(bad)
    with pytest.raises(RestoreError) as caught:
        restore_backup(data_dir, bad)
    assert words in str(caught.value)
    assert shop_state(data_dir) == before
    assert not list((data_dir / "backups").glob("*before-restore*"))


def test_a_backup_from_a_newer_version_is_refused(backed_up, data_dir):
    conn = sqlite3.connect(backed_up)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('shopowner', 'm9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(RestoreError, match="newer version"):
        restore_backup(data_dir, backed_up)


def test_without_yes_the_cli_asks_and_does_nothing_when_it_cannot(backed_up, data_dir, capsys,
                                                                  monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    _changed_since(data_dir)
    before = shop_state(data_dir)
    assert run(["--lang", "en", "--data-dir", str(data_dir), "restore", str(backed_up)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert shop_state(data_dir) == before
    assert not list((data_dir / "backups").glob("*before-restore*"))


def test_backup_list_in_the_cli(backed_up, data_dir, capsys, en_translators):
    assert run(["--lang", "en", "--data-dir", str(data_dir), "backup", "--list"]) == 0
    out = capsys.readouterr().out
    assert backed_up.name in out and DEMO_WORDS in out and "By you" in out
    assert run(["--data-dir", str(data_dir), "backup", "--list", "--json"]) == 0
    import json

    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["customers"] == 300 and listed[0]["kind"] == "manual"


@pytest.mark.e2e
@pytest.mark.file_only("the shop file's in-use locks; on the hub the other PCs work on the restored book")
def test_a_shop_open_in_another_program_is_not_restored_under_it(backed_up, data_dir, en_translators):
    """Another ShopOwner process with the shop open (a window, a running command) would go on
    writing to the replaced file: restore refuses until it has ended, even when it was killed."""
    import os
    import signal
    import subprocess
    import sys

    from tests.backups.helpers import ROOT

    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; from shopowner.store import open_database; "
                               "db = open_database(sys.argv[1]); print('open', flush=True); sys.stdin.read()",
         str(data_dir)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        before = counts(data_dir / "shopowner.db")
        with pytest.raises(RestoreError) as refused:
            restore_backup(data_dir, backed_up)
        assert f"process {child.pid}" in str(refused.value) and "Close it first" in str(refused.value)
        assert counts(data_dir / "shopowner.db") == before and not list((data_dir / "backups").glob("*before*"))
        os.kill(child.pid, signal.SIGKILL)  # killed: its lock stays on disk, but nobody holds it
        child.wait(timeout=30)
        assert (data_dir / ".in-use" / f"{child.pid}.lock").exists()
        assert restore_backup(data_dir, backed_up)["customers"] == 300
        assert not (data_dir / ".in-use" / f"{child.pid}.lock").exists()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_on_a_hub_only_the_founder_restores_a_backup_over_everyones_book(hub_book, tmp_path, monkeypatch,
                                                                           capsys, en_translators):
    from shopowner import faults
    from shopowner.staff.people import add_person, sign_in
    from shopowner.store.location import ENV

    data_dir = tmp_path / "pc"
    monkeypatch.setenv(ENV, hub_book.url)
    add_person(hub_book, "林小满")  # the first one: the founder
    sign_in(hub_book, "林小满")
    add_person(hub_book, "小王")
    backup = make_backup(hub_book, data_dir)
    hub_book.execute("INSERT INTO tags (name) VALUES ('备份之后')")
    base = ["--lang", "en", "--data-dir", str(data_dir)]
    assert run([*base, "--staff", "小王", "restore", str(backup), "--yes"]) == faults.REFUSED
    assert "Only the founder" in capsys.readouterr().err
    assert hub_book.execute("SELECT count(*) FROM tags WHERE name = '备份之后'").fetchone()[0] == 1
    assert not list((data_dir / "backups").glob("*before-restore*"))
    assert run([*base, "--staff", "林小满", "restore", str(backup), "--yes"]) == 0
    assert hub_book.execute("SELECT count(*) FROM tags WHERE name = '备份之后'").fetchone()[0] == 0
