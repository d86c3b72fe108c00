"""Automatic backups: daily, before a migration, before a big import; thinned to 7 + 4 + 6."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shopowner.store import open_database
from shopowner.store.backups import (
    DAILY, IMPORT, backups_dir, daily_backup_due, list_backups, make_backup, rotate,
)
from shopowner.store.upkeep import start_of_day_upkeep
from tests.conftest import FIXTURES


def _fake(data_dir, when: datetime, kind: str = DAILY):
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    tail = "" if kind == "manual" else f"-{kind}"
    path = folder / f"shopowner-{when:%Y%m%d-%H%M%S}{tail}.db"
    path.write_bytes(b"SQLite format 3\x00")
    return path


def test_a_year_of_daily_backups_keeps_7_daily_4_weekly_6_monthly(data_dir):
    start = datetime(2026, 1, 1, 9, 0, 0)
    for day in range(365):  # one start a day, each followed by the rotation, as in the app
        _fake(data_dir, start + timedelta(days=day))
        rotate(data_dir, now=start + timedelta(days=day))
    now = start + timedelta(days=364)  # 2026-12-31
    kept = sorted(b.when.date().isoformat() for b in list_backups(data_dir, counts=False))
    daily = [(now - timedelta(days=d)).date().isoformat() for d in range(7)]
    assert set(daily) <= set(kept)
    # the newest of each of the last 4 ISO weeks (Sundays, and this week's newest: today)
    assert {"2026-12-27", "2026-12-20", "2026-12-13"} <= set(kept)
    # the newest of each of the last 6 months (month ends)
    assert {"2026-11-30", "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31"} <= set(kept)
    assert len(kept) <= 7 + 4 + 6 and len(kept) >= 13
    assert "2026-06-30" not in kept and "2026-01-01" not in kept


def test_own_backups_and_set_aside_files_are_never_thinned(data_dir):
    now = datetime(2026, 6, 1, 12, 0, 0)
    mine = _fake(data_dir, now - timedelta(days=400), "manual")
    aside = backups_dir(data_dir) / "shopowner-before-restore-20240101-000000.db"
    aside.write_bytes(b"x")
    recent_import = _fake(data_dir, now - timedelta(days=2), IMPORT)
    for day in range(30):
        _fake(data_dir, now - timedelta(days=day, hours=1))
    rotate(data_dir, now=now)
    assert mine.exists() and aside.exists() and recent_import.exists()


def test_the_first_start_of_the_day_backs_up_once(demo_db, data_dir):
    morning = datetime(2026, 3, 2, 8, 0, 0)
    assert daily_backup_due(data_dir, morning)
    result = start_of_day_upkeep(demo_db, data_dir, now=morning)
    assert result["problem"] is None and result["backup"].endswith("-daily.db")
    assert result["full_check"]  # a checked backup counts as the week's full check
    later = start_of_day_upkeep(demo_db, data_dir, now=morning + timedelta(hours=5))
    assert later["backup"] is None and not later["full_check"]
    next_week = start_of_day_upkeep(demo_db, data_dir, now=morning + timedelta(days=8))
    assert next_week["backup"] and next_week["full_check"]
    assert len(list_backups(data_dir)) == 2


def test_a_big_import_is_backed_up_first_and_a_small_one_is_not(demo_db, data_dir):
    from shopowner.imports.run import import_files

    export = next((FIXTURES / "orders" / "jd").glob("*.csv"))
    assert sum(1 for _ in open(export, "rb")) - 1 < 600 / 10  # 32 orders: small for this shop
    import_files(demo_db, [export])
    assert [b for b in list_backups(data_dir) if b.kind == IMPORT] == []
    demo_db.execute("DELETE FROM order_items")
    demo_db.execute("DELETE FROM orders WHERE id > 5")
    import_files(demo_db, [export])  # now larger than a tenth of the 5 orders left
    made = [b for b in list_backups(data_dir) if b.kind == IMPORT]
    assert len(made) == 1 and made[0].orders == 5  # the shop as it was before the import


@pytest.mark.file_only("a shop file of the previous layout (the hub's: the test below)")
def test_a_file_is_backed_up_before_a_migration(data_dir):
    from sqlite_utils import Database

    from shopowner.store.db import APPLICATION_ID
    from shopowner.store.migrations import known_migrations, migrations

    older = Database(data_dir / "shopowner.db")  # a shop file of the previous version
    older.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(older, stop_before=known_migrations()[-1])
    older.execute("INSERT INTO tags (name) VALUES ('老版本的标签')")
    older.close()
    db = open_database(data_dir)
    db.close()
    made = [b for b in list_backups(data_dir) if b.kind == "migration"]
    assert len(made) == 1 and made[0].readable
    assert made[0].path.name.endswith("-migration.db")
    new = open_database(data_dir)
    new.close()
    assert len([b for b in list_backups(data_dir) if b.kind == "migration"]) == 1  # only when needed


def test_a_hub_is_backed_up_before_its_layout_is_updated(hub_url, tmp_path, monkeypatch):
    """Team mode: the first PC with a newer ShopOwner updates the hub's layout (its p-migrations)
    after a backup of the book in its own backups folder, as a shop file before its migration."""
    import sqlite3

    from shopowner.store.location import ENV
    from shopowner.store.pg import hub
    from shopowner.store.pg.book import HubBook

    with monkeypatch.context() as older:  # a hub the previous version set up, with a shop in it
        older.setattr(hub, "MIGRATIONS", hub.MIGRATIONS[:-1])
        with HubBook.open(hub_url) as book:
            book.execute("INSERT INTO tags (name) VALUES ('老版本的标签')")
    data_dir = tmp_path / "pc"
    monkeypatch.setenv(ENV, hub_url)
    db = open_database(data_dir)
    try:
        assert db.execute("SELECT count(*) FROM hub_migrations").fetchone()[0] == len(hub.MIGRATIONS)
    finally:
        db.close()
    made = [b for b in list_backups(data_dir) if b.kind == "migration"]
    assert len(made) == 1 and made[0].readable and made[0].path.name.endswith("-migration.db")
    conn = sqlite3.connect(made[0].path)
    assert conn.execute("SELECT name FROM tags").fetchall() == [("老版本的标签",)]
    conn.close()
    open_database(data_dir).close()
    assert len([b for b in list_backups(data_dir) if b.kind == "migration"]) == 1  # only when needed
