"""The shop file: migrations, pragmas, and refusal of files that are not ours or are newer."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from shopowner.paths import db_path
from shopowner.store import open_database
from shopowner.store.db import CorruptDatabase, DataDirNotWritable, ForeignDatabase, NewerDatabase
from shopowner.store.migrations import known_migrations, migrate, migrations

EXPECTED_TABLES = {
    "settings", "channels", "customers", "customer_identities", "imports", "products", "orders",
    "order_items", "duplicate_candidates", "merges", "tags", "customer_tags", "saved_views",
    "letters", "letter_versions", "card_batches", "cards", "wechat_adds", "followups", "feedback",
    "attachments", "reminder_rules", "reminders", "review_reads",
}


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.file_only("the shop file's migrations and PRAGMAs (the hub's: tests/hub/test_connect.py, "
                       "test_preparing_twice_keeps_one_shop, and tests/hub/test_schema.py)")
def test_migrations_from_empty_then_rerun(data_dir):
    db = open_database(data_dir)
    assert EXPECTED_TABLES <= set(db.table_names())
    assert [m.name for m in migrations.applied(db)] == known_migrations()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert migrate(db) == []  # nothing pending the second time
    db.close()
    db = open_database(data_dir)  # and again on a new connection
    assert len(migrations.applied(db)) == len(known_migrations())
    db.close()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO orders (platform, platform_order_id, customer_id) VALUES ('jd', '1', 999)")


def test_multi_row_write_rolls_back_whole(db):
    from shopowner.store.customers import add_customer

    with pytest.raises(RuntimeError):
        with db.atomic():
            add_customer(db, name="甲")
            add_customer(db, name="乙")
            raise RuntimeError("stop")
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 0


@pytest.mark.file_only("a damaged shop file's bytes (the hub's files are its server's)")
def test_corrupt_file_is_refused_and_untouched(data_dir):
    path = db_path(data_dir)
    path.write_bytes(b"this is not a database at all" * 100)
    before = digest(path)
    with pytest.raises(CorruptDatabase) as err:
        open_database(data_dir)
    assert "已损坏" in str(err.value) or "damaged" in str(err.value)
    assert digest(path) == before


@pytest.mark.file_only("a truncated shop file's bytes")
def test_truncated_sqlite_file_is_refused_and_untouched(data_dir):
    db = open_database(data_dir)
    db.execute("INSERT INTO settings VALUES ('shop_name', '\"店\"')")
    db.close()
    path = db_path(data_dir)
    for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        side.unlink(missing_ok=True)
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 4000)  # header kept, pages garbage
    before = digest(path)
    with pytest.raises((CorruptDatabase, ForeignDatabase)):
        open_database(data_dir)
    assert digest(path) == before


@pytest.mark.file_only("another program's SQLite file (the hub's: tests/hub/test_connect.py, "
                       "a database holding other things)")
def test_foreign_sqlite_file_is_refused_and_untouched(data_dir):
    path = db_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ForeignDatabase):
        open_database(data_dir)
    assert digest(path) == before
    assert "_sqlite_migrations" not in {r[0] for r in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master")}


@pytest.mark.file_only("the shop file's migrations list (the hub's: tests/hub/test_connect.py, a newer book refused)")
def test_newer_database_is_refused_and_untouched(data_dir):
    db = open_database(data_dir)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('shopowner', 'm9999_from_the_future', '2030-01-01')")
    db.close()
    path = db_path(data_dir)
    before = digest(path)
    with pytest.raises(NewerDatabase) as err:
        open_database(data_dir)
    assert "newer" in str(err.value) or "更新版本" in str(err.value)
    assert digest(path) == before


def test_unwritable_data_dir_is_explained(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataDirNotWritable) as err:
        open_database(blocker / "data")  # a folder cannot be made inside a file
    assert "--data-dir" in str(err.value)


@pytest.mark.file_only("a damaged shop file's message")
def test_messages_are_chinese_with_translators(data_dir, zh_translators):
    path = db_path(data_dir)
    path.write_bytes(b"garbage" * 10)
    with pytest.raises(CorruptDatabase) as err:
        open_database(data_dir)
    assert "已损坏" in str(err.value) and "没有被改动" in str(err.value)


@pytest.mark.file_only("SQLite's one write lock (the hub's writers: tests/hub/test_two_pcs.py)")
def test_a_read_then_write_transaction_waits_for_another_writer(data_dir):
    """A background writer committing between a transaction's read and its write used to make
    the write fail at once ("database is locked"); now the other writer waits its turn."""
    import threading

    from shopowner.paths import db_path
    from shopowner.store import connect

    first = open_database(data_dir)
    errors = []

    def other_writer():
        second = connect(db_path(data_dir))  # a worker thread's own connection
        try:
            second.execute("INSERT INTO tags (name) VALUES ('from the worker')")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            second.close()

    with first.atomic():
        first.execute("SELECT count(*) FROM tags").fetchone()  # the transaction has read
        worker = threading.Thread(target=other_writer)
        worker.start()
        worker.join(0.3)
        assert worker.is_alive()  # waiting for our write lock, not committing under us
        first.execute("INSERT INTO tags (name) VALUES ('from the window')")
    worker.join(10)
    assert not errors
    assert sorted(r[0] for r in first.execute("SELECT name FROM tags")) == [
        "from the window", "from the worker"]
    first.close()
