"""The erase leaves no plain text in the shop file or its log, even while another connection
reads; and it can take the person out of the backups too (each rewritten atomically)."""

from __future__ import annotations

import pytest

import sqlite3
import threading

from shopowner.imports.run import import_files
from shopowner.paths import db_path
from shopowner.progress import Progress
from shopowner.store.backup import backup_to
from shopowner.store.customer_privacy import backup_files, erase_customer, purge_backups
from tests.privacy.conftest import (
    CHEN_JING, GENERIC, ZHOU_YUTONG, customer_with_phone, file_bytes, found_in, platform_files,
)


def _shop(db, data_dir):
    assert all(r.error is None for r in import_files(db, platform_files() + [GENERIC]).files)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # the names are in the main file too
    assert found_in(file_bytes(data_dir), CHEN_JING) == list(CHEN_JING)


def _reader(data_dir):
    """Another connection in the middle of reading (its snapshot holds the old pages)."""
    conn = sqlite3.connect(str(db_path(data_dir)), check_same_thread=False)
    cursor = conn.execute("SELECT * FROM orders")
    cursor.fetchone()
    return conn, cursor


@pytest.mark.file_only("the bytes of the shop file itself")
def test_erase_waits_for_a_reader_and_then_leaves_no_plain_text(db, data_dir):
    _shop(db, data_dir)
    conn, cursor = _reader(data_dir)
    said = []
    threading.Timer(0.6, lambda: (cursor.close(), conn.close())).start()
    result = erase_customer(db, customer_with_phone(db, CHEN_JING[1]),
                            progress=Progress(lambda d, t, text: said.append(text)))
    assert result["clean"]
    assert any("Waiting for another window or program" in t for t in said)
    assert found_in(file_bytes(data_dir), CHEN_JING) == []
    assert not (data_dir / "shopowner.db-wal").exists() or \
        (data_dir / "shopowner.db-wal").stat().st_size == 0
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.file_only("the bytes of the shop file itself")
def test_a_reader_that_never_lets_go_is_reported_not_hidden(db, data_dir):
    _shop(db, data_dir)
    conn, cursor = _reader(data_dir)
    try:
        result = erase_customer(db, customer_with_phone(db, CHEN_JING[1]), wait_seconds=0.3)
        assert result["clean"] is False  # measured: the old text is still on disk meanwhile
        assert found_in(file_bytes(data_dir), CHEN_JING)
    finally:
        cursor.close()
        conn.close()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert found_in(file_bytes(data_dir), CHEN_JING) == []


@pytest.mark.file_only("the bytes of the shop file itself")
def test_purging_backups_rewrites_each_one_without_the_person(db, data_dir):
    _shop(db, data_dir)
    first = backup_to(db, data_dir / "backups" / "shopowner-20261201-080000.db")
    daily = backup_to(db, data_dir / "backups" / "daily" / "shopowner-20261202.db")
    other = data_dir / "backups" / "broken.db"
    other.write_bytes(b"not a database at all")
    chen = customer_with_phone(db, CHEN_JING[1])
    erased = erase_customer(db, chen)
    assert found_in(first.read_bytes(), CHEN_JING) == list(CHEN_JING)
    assert set(backup_files(data_dir)) == {first, daily, other}

    result = purge_backups(db, data_dir, erased)
    assert result["files"] == 2 and result["people"] == 2
    assert len(result["failed"]) == 1 and "broken.db" in result["failed"][0]
    for path in (first, daily):
        assert found_in(path.read_bytes(), CHEN_JING) == []
        assert found_in(path.read_bytes(), ZHOU_YUTONG) == list(ZHOU_YUTONG)  # others stay
        assert not path.with_name(path.name + ".purging").exists()
        assert not path.with_name(path.name + "-wal").exists()
        backup = sqlite3.connect(str(path))
        try:
            assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert backup.execute("SELECT erased_at IS NOT NULL, name FROM customers WHERE id = ?",
                                  [chen]).fetchone() == (1, "")
            assert backup.execute("SELECT count(*) FROM erased_keys").fetchone()[0] >= 2
            assert backup.execute("SELECT count(*) FROM orders WHERE customer_id = ?",
                                  [chen]).fetchone()[0] >= 3
        finally:
            backup.close()
    assert other.read_bytes() == b"not a database at all"  # left as it was
    again = purge_backups(db, data_dir, erased)  # nothing left to take out
    assert again["files"] == 0
