"""Backups include what is still in the WAL and open as a normal shop file."""

from __future__ import annotations

import sqlite3

import pytest

from shopowner.demo import DEMO_ORDERS, DEMO_PRIVATE_ORDERS
from shopowner.store import open_database
from shopowner.store.backup import BackupError, backup_to


def test_backup_is_complete_while_the_app_has_it_open(demo_db, tmp_path):
    demo_db.execute("INSERT INTO tags (name) VALUES ('刚加的标签')")  # sits in the WAL
    target = backup_to(demo_db, tmp_path / "copies" / "b.db")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == DEMO_ORDERS + DEMO_PRIVATE_ORDERS
    assert conn.execute("SELECT count(*) FROM tags WHERE name = '刚加的标签'").fetchone()[0] == 1
    conn.close()
    target.rename(tmp_path / "copies" / "shopowner.db")
    reopened = open_database(tmp_path / "copies")  # a backup is a shop file like any other
    assert reopened.execute("SELECT count(*) FROM customers").fetchone()[0] == 300
    reopened.close()


def test_backup_never_overwrites(demo_db, tmp_path):
    target = tmp_path / "b.db"
    target.write_text("keep me")
    with pytest.raises(BackupError):
        backup_to(demo_db, target)
    assert target.read_text() == "keep me"


def test_backup_from_the_menu(main_window, tmp_path, qtbot):
    target = tmp_path / "menu-backup.db"
    main_window.dialogs.files.append(str(target))
    main_window.back_up()  # runs off the GUI thread
    qtbot.waitUntil(lambda: "menu-backup.db" in main_window.statusBar().currentMessage(), timeout=10000)
    assert target.exists()
    assert "menu-backup.db" in main_window.statusBar().currentMessage()


def test_backup_from_the_menu_refuses_an_existing_file(main_window, tmp_path, qtbot):
    target = tmp_path / "taken.db"
    target.write_text("keep me")
    main_window.dialogs.files.append(str(target))
    main_window.back_up()
    qtbot.waitUntil(lambda: bool(main_window.dialogs.messages), timeout=10000)
    assert main_window.dialogs.messages[0][0] == "warning"
    assert target.read_text() == "keep me"
