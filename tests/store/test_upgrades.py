"""Shop files made by every earlier schema version upgrade to exactly a fresh shop's schema,
and keep their rows (``tests/fixtures/schemas``, made by ``scripts/make_schema_fixtures.py``)."""

from __future__ import annotations

import shutil

import pytest

from scripts.make_schema_fixtures import FOLDER, fixture_name
from shopowner.paths import db_path
from shopowner.store import open_database
from shopowner.store.customer_query import matching_ids
from shopowner.store.migrations import known_migrations, migrations
from tests.store.schema import columns_of, schema_of

EARLIER = known_migrations()[:-1]
REASONS = "m0012_followups_reminder_reasons"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("fresh"))
    yield db
    db.close()


def test_every_earlier_version_has_its_file():
    """A new schema step needs the file of the version before it (run the script)."""
    assert sorted(p.name for p in FOLDER.glob("*.sqlite")) == sorted(map(fixture_name, EARLIER))


@pytest.mark.parametrize("step", EARLIER)
@pytest.mark.file_only("an older version's shop file upgraded by its migrations")
def test_upgrade_matches_a_fresh_shop(step, fresh, data_dir):
    shutil.copy(FOLDER / fixture_name(step), db_path(data_dir))
    db = open_database(data_dir)
    try:
        assert [m.name for m in migrations.applied(db)] == known_migrations()
        assert schema_of(db) == schema_of(fresh)
        assert columns_of(db) == columns_of(fresh)
        assert db.execute("PRAGMA application_id").fetchone() == fresh.execute(
            "PRAGMA application_id").fetchone()
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []

        # the rows the older version held are all there
        assert db.execute("SELECT id, name, order_count, total_spent_fen, first_order_at, stage "
                          "FROM customers ORDER BY id").fetchall() == [
            (1, "王小明", 1, 5900, "2023-03-01 08:00:00", "new"),
            (2, "李华", 1, 12000, "2023-03-02 08:00:00", "new")]
        assert db.execute("SELECT platform_order_id, customer_id, paid_fen FROM orders "
                          "ORDER BY id").fetchall() == [("3700000000001", 1, 5900),
                                                        ("JD20230302", 2, 12000)]
        assert db.execute("SELECT code, state, order_id, printed_at FROM cards ORDER BY id"
                          ).fetchall() == [("K7M2P", "printed", 1, "2023-03-03 11:00:00"),
                                           ("Q4R8T", "printed", 2, "2023-03-03 11:00:00")]
        assert db.execute("SELECT count(*) FROM order_items").fetchone()[0] == 2
        assert db.execute("SELECT version FROM customers ORDER BY id").fetchall() == [(1,), (1,)]  # m0019
        # m0020: no staff, and the work done before says no one
        assert db.execute("SELECT count(*) FROM staff").fetchone()[0] == 0
        assert db.execute("SELECT staff_id FROM followups").fetchall() == [(None,)]
        assert db.execute("SELECT edited_by FROM customers ORDER BY id").fetchall() == [(None,), (None,)]
        assert db.execute("SELECT count(*) FROM followups").fetchone()[0] == 1
        assert db.execute("SELECT list_phone, tag_names FROM customers WHERE id = 1"
                          ).fetchone() == ("13800001111", "老客")
        if known_migrations().index(step) < known_migrations().index(REASONS):
            # m0012 gave the reminder written before it its values
            assert db.execute("SELECT reason_args FROM reminders").fetchone()[0] == (
                '{"code": "K7M2P", "date": "2023-03-03"}')

        # and the search index holds them: by name piece, by phone tail, by order number
        for text, found in (("小明", [1]), ("2222", [2]), ("JD20230302", [2]), ("文三路", [1])):
            assert sorted(matching_ids(db, search=text)) == found, text
    finally:
        db.close()
