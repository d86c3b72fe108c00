"""文件 → 备份与恢复 and the damaged-file banner, driven with qtbot on real shop files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopowner.store.backups import list_backups, make_backup
from shopowner.store.health import is_damaged
from tests.backups.helpers import DEMO, damage_orders, digest
from tests.helpers import ScriptedDialogs
from shopowner.window_start import start_facts


def _table_texts(dialog):
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


@pytest.fixture
def demo_window(qtbot, demo_db, data_dir):
    from shopowner.ui.main_window import MainWindow

    window = MainWindow(demo_db, data_dir, ScriptedDialogs(), facts=start_facts(demo_db))
    window.shop_file.upkeep_delay_ms = 0  # the day's backup at once, not 20 s after the window shows
    window.shop_file.check_delay_ms = 0
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_dialog_lists_backs_up_and_restores(demo_window, demo_db, data_dir, qtbot,
                                                en_translators):
    window = demo_window
    # the first start of the day made a backup by itself, after the window showed
    qtbot.waitUntil(lambda: any(b.kind == "daily" for b in list_backups(data_dir)), timeout=15000)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    date, kind, size, customers, orders = _table_texts(dialog)[0]
    assert (kind, customers, orders) == ("Daily", *map(str, DEMO)) and size.endswith("MB")
    demo_db.execute("DELETE FROM order_items")
    demo_db.execute("DELETE FROM orders WHERE id > 10")  # a mistake to undo
    qtbot.mouseClick(dialog.backup_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    rows = _table_texts(dialog)
    assert rows[0][1] == "By you" and rows[0][4] == "10"
    daily_row = next(i for i, r in enumerate(rows) if r[1] == "Daily")
    dialog.table.selectRow(daily_row)
    assert dialog.restore_button.isEnabled()
    window.dialogs.confirm_answers.append(True)
    task = dialog.restore_selected()
    assert task is not None
    with qtbot.waitSignal(task.signals.finished, timeout=20000):
        pass
    assert window.dialogs.messages[-1][0] == "information", window.dialogs.messages
    assert window.db.execute("SELECT count(*) FROM orders").fetchone()[0] == DEMO[1]  # same db object
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    assert "Set aside by a restore" in [r[1] for r in _table_texts(dialog)]
    window.db.execute("INSERT INTO tags (name) VALUES ('恢复后能写')")  # writable again
    dialog.close()


@pytest.mark.file_only("a shop file damaged in its pages (quick_check), switched to read only")
def test_a_file_found_damaged_after_the_window_shows(qtbot, demo_db, data_dir, en_translators):
    from shopowner.store import open_database
    from shopowner.ui.main_window import MainWindow

    good = make_backup(demo_db, data_dir)
    demo_db.close()
    shop = data_dir / "shopowner.db"
    damage_orders(shop)
    before = digest(shop)
    db = open_database(data_dir)  # the window opens without waiting for the check
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    window.shop_file.check_delay_ms = 0
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.banner.isVisible()
                    and window.banner.restore_button.isVisible(), timeout=15000)
    assert is_damaged(shop)
    assert "damaged" in window.banner.label.text() and "read only" in window.banner.label.text()
    import sqlite3

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        window.db.execute("INSERT INTO tags (name) VALUES ('x')")
    assert [b for b in list_backups(data_dir) if b.kind == "daily"] == []  # damage is not backed up
    window.restore_latest_backup()
    dialog = window.backups_dialog
    qtbot.waitUntil(lambda: dialog.selected() is not None, timeout=10000)
    assert dialog.selected().path == good
    window.dialogs.confirm_answers.append(True)
    task = dialog.restore_selected()
    with qtbot.waitSignal(task.signals.finished, timeout=20000):
        pass
    assert not window.banner.isVisible()
    assert window.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    aside = next((data_dir / "backups").glob("shopowner-before-restore-*.db"))
    assert digest(aside) == before  # the damaged file was set aside untouched
    dialog.close()


@pytest.mark.file_only("the damaged shop file's banner (the file switched to read only)")
def test_the_banner_and_dialog_in_chinese(qtbot, demo_window, zh_translators):
    window = demo_window
    window.shop_file.enter_read_only()
    qtbot.waitUntil(window.banner.isVisible, timeout=10000)
    assert "店铺文件已损坏" in window.banner.label.text() and "只读打开" in window.banner.label.text()
    window.open_backups()
    dialog = window.backups_dialog
    assert dialog.windowTitle() == "备份与恢复"
    dialog.close()
