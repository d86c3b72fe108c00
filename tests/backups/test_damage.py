"""A shop file damaged in its middle is noticed, opened read only and never written to; an empty
SQLite file from another program is refused; our own brand-new file still opens."""

from __future__ import annotations

import sqlite3

import pytest

from shopowner.cli import run
from shopowner.store import open_database
from shopowner.store.backups import make_backup
from shopowner.store.db import DamagedDatabase, ForeignDatabase, open_read_only
from shopowner.store.health import is_damaged
from tests.backups.helpers import DEMO, damage_orders, digest
from tests.conftest import FIXTURES


@pytest.fixture
def damaged(demo_db, data_dir):
    """A demo shop with a good backup, then damaged in a page of its orders table."""
    backup = make_backup(demo_db, data_dir)
    demo_db.close()
    damage_orders(data_dir / "shopowner.db")
    return backup


@pytest.mark.file_only("a shop file damaged in its pages (quick_check); the hub's server keeps its own")
def test_the_cli_refuses_to_write_into_a_damaged_file(damaged, data_dir, capsys, en_translators):
    shop = data_dir / "shopowner.db"
    before = digest(shop)
    export = next((FIXTURES / "orders" / "jd").glob("*.csv"))
    code = run(["--lang", "en", "--data-dir", str(data_dir), "import", str(export)])
    err = capsys.readouterr().err
    assert code == 3
    assert "is damaged" in err and "Nothing is written to it" in err
    assert f'restore "{damaged}"' in err  # the command to run, with the latest good backup
    assert "Traceback" not in err
    assert digest(shop) == before  # nothing written
    assert not (data_dir / "shopowner.db-wal").exists()
    assert is_damaged(shop)


@pytest.mark.file_only("a shop file damaged in its pages (quick_check); the hub's server keeps its own")
def test_restoring_the_offered_backup_ends_the_damage(damaged, data_dir, capsys, en_translators):
    assert run(["--data-dir", str(data_dir), "restore", str(damaged), "--yes"]) == 0
    db = open_database(data_dir, check=True)
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == DEMO[1]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert not is_damaged(data_dir / "shopowner.db")


@pytest.mark.file_only("a shop file damaged in its pages (quick_check); the hub's server keeps its own")
def test_a_read_only_damaged_file_refuses_every_write(damaged, data_dir):
    shop = data_dir / "shopowner.db"
    before = digest(shop)
    with pytest.raises(DamagedDatabase):
        open_database(data_dir, check=True)
    db = open_read_only(data_dir)
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 300  # still readable
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("INSERT INTO tags (name) VALUES ('x')")
    db.close()
    assert digest(shop) == before


@pytest.mark.file_only("an SQLite file of another program (tests/hub/test_connect.py: a foreign database)")
def test_an_empty_sqlite_file_of_another_program_is_refused(data_dir, capsys):
    shop = data_dir / "shopowner.db"
    conn = sqlite3.connect(shop)  # a header, application_id 0, no tables
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    before = digest(shop)
    with pytest.raises(ForeignDatabase):
        open_database(data_dir)
    assert run(["--data-dir", str(data_dir), "customers", "search", "王"]) == 3
    assert "Traceback" not in capsys.readouterr().err
    assert digest(shop) == before


@pytest.mark.file_only("the shop file's application_id header")
def test_our_own_brand_new_file_opens_and_a_start_killed_early_is_still_ours(data_dir):
    db = open_database(data_dir)
    assert db.execute("PRAGMA application_id").fetchone()[0] == 0x53484F50
    db.close()
    open_database(data_dir).close()  # again: no longer brand-new, still ours


@pytest.mark.file_only("a shop file damaged in its pages (quick_check); the hub's server keeps its own")
def test_a_write_to_an_undamaged_table_of_a_damaged_file_is_refused_too(damaged, data_dir,
                                                                          capsys, en_translators):
    shop = data_dir / "shopowner.db"
    before = digest(shop)
    base = ["--lang", "en", "--data-dir", str(data_dir), "settings"]
    assert run([*base, "get", "shop-name"]) == 0  # reading what is readable costs no check
    capsys.readouterr()
    assert run([*base, "set", "shop-name", "新名字"]) == 3  # checked before its first write
    err = capsys.readouterr().err
    assert "is damaged" in err and f'restore "{damaged}"' in err and "Traceback" not in err
    assert digest(shop) == before


def test_a_command_that_writes_to_a_sound_file_is_checked_once_and_goes_ahead(demo_db, data_dir,
                                                                              capsys):
    demo_db.close()
    assert run(["--data-dir", str(data_dir), "settings", "set", "shop-name", "新名字"]) == 0
    assert not is_damaged(data_dir / "shopowner.db")
