"""Moving the demo shop into a hub and back out: every row and every file arrives, checked; the
search of the file that comes back finds what the original found; a failed move leaves nothing."""

from __future__ import annotations

import pytest

from shopowner.paths import db_path
from shopowner.store import open_database
from shopowner.store.pg.hub import HubError, book_tables
from shopowner.store.pg.move import move_in, move_out_to_folder


def _png(folder, name: str) -> bytes:
    from PIL import Image

    path = folder / name
    Image.new("RGB", (40, 30), (200, 60, 60)).save(path)
    return path.read_bytes()


@pytest.fixture
def shop(demo_db, data_dir, tmp_path):
    """The demo shop, with a follow-up carrying a screenshot (the demo's Moments images are not
    in this copy's folder: the move reports them as missing)."""
    from shopowner.followups.log import add_followup

    shot = _png(tmp_path, "聊天截图.png")
    customer = demo_db.execute("SELECT min(id) FROM customers").fetchone()[0]
    add_followup(demo_db, data_dir, customer, summary="问了新茶", attachments=[tmp_path / "聊天截图.png"])
    return demo_db, shot


def _table(db, table: str) -> list[tuple]:
    return sorted(db.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)


def test_a_shop_moves_in_and_out_whole(shop, data_dir, hub, tmp_path):
    db, shot = shop
    images = db.execute("SELECT count(*) FROM moments_images").fetchone()[0]
    report = move_in(db, hub, data_dir=data_dir, source="shop.db")
    assert report.rows["customers"] == 300 and report.rows["orders"] == 615 and report.files == 1
    assert len(report.missing_files) == images > 0
    for table in book_tables(hub):
        assert hub.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == report.rows[table]
    hub.rollback()

    out = tmp_path / "out"
    back = move_out_to_folder(hub, out)
    assert back.rows == report.rows and back.files == 1
    moved = open_database(out)
    for table in book_tables(hub):
        assert _table(moved, table) == _table(db, table), table
    hub.rollback()
    stored = moved.execute("SELECT stored_name FROM attachments").fetchone()[0]
    assert (out / "attachments" / stored).read_bytes() == shot

    from shopowner.store.customer_query import matching_ids

    name, order, phone = db.execute("SELECT c.name, o.platform_order_id, o.receiver_phone FROM customers c "
                                    "JOIN orders o ON o.customer_id = c.id WHERE o.receiver_phone <> '' "
                                    "ORDER BY c.id LIMIT 1").fetchone()
    # the rebuilt search finds what the original finds: 1, 2 and 3+ characters, orders, phone tails
    for words in (name[0], name[:2], name, "杭州", order[:6], phone[-4:]):
        found = matching_ids(db, search=words)
        assert found and matching_ids(moved, search=words) == found, words
    # a new row on the hub gets the next number, as in the file
    with hub.transaction():
        new = hub.execute("INSERT INTO tags (name) VALUES ('新') RETURNING id").fetchone()[0]
    assert new == db.execute("SELECT max(id) FROM tags").fetchone()[0] + 1
    moved.close()


def test_a_hub_holding_a_book_takes_no_second_one(shop, data_dir, hub):
    db, _ = shop
    move_in(db, hub, data_dir=data_dir)
    with pytest.raises(HubError) as refused:
        move_in(db, hub, data_dir=data_dir)
    assert refused.value.kind == "not_empty"


def test_a_row_the_hub_refuses_moves_nothing(shop, data_dir, hub, en_translators):
    """A NUL character (SQLite keeps it; PostgreSQL text cannot) stops the move, named, and the
    hub is left empty."""
    db, _ = shop
    db.execute("UPDATE customers SET notes = 'a' || char(0) || 'b' WHERE id = (SELECT max(id) FROM customers)")
    with pytest.raises(HubError) as refused:
        move_in(db, hub, data_dir=data_dir)
    words = str(refused.value)
    assert refused.value.kind == "move" and "customers" in words and "Nothing was moved" in words
    assert all(hub.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0 for t in book_tables(hub))


def test_the_hub_lost_mid_move_leaves_it_empty(shop, data_dir, hub, hub_url, admin, en_translators):
    from shopowner.store.pg.hub import connect_hub, lost_hub

    db, _ = shop
    pid = hub.info.backend_pid

    def cut(table: str, rows: int) -> None:
        if table == "orders":
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])

    with pytest.raises(HubError) as lost, lost_hub(hub_url):
        move_in(db, hub, data_dir=data_dir, progress=cut)
    assert lost.value.kind == "unreachable" and "nothing was half-written" in str(lost.value)
    with connect_hub(hub_url) as again:
        assert all(again.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0 for t in book_tables(again))


def test_a_failed_move_out_leaves_no_file(shop, data_dir, hub, tmp_path):
    db, _ = shop
    move_in(db, hub, data_dir=data_dir)
    hub.commit()
    out = tmp_path / "out"

    def stop(table: str, rows: int) -> None:
        if table == "orders":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        move_out_to_folder(hub, out, progress=stop)
    assert not db_path(out).exists()
    assert not [p for p in out.rglob("*") if p.is_file() and p.parent.name in ("attachments", "moments")]


def test_a_moved_book_keeps_its_row_versions(shop, data_dir, hub, tmp_path):
    """The versions edits are checked against travel with the rows, both ways (a save made before
    the move against version 3 is still one made against version 3)."""
    from shopowner.followups.feedback import add_feedback, resolve_complaint
    from shopowner.store.customers import update_customer

    db, _ = shop
    customer = db.execute("SELECT min(id) FROM customers").fetchone()[0]
    for notes in ("一", "二"):
        update_customer(db, customer, notes=notes)
    complaint = add_feedback(db, data_dir, kind="complaint", text="茶叶受潮了")
    resolve_complaint(db, complaint, "补发了一盒")
    query = (f"SELECT (SELECT version FROM customers WHERE id = {customer}), "
             f"(SELECT version FROM feedback WHERE id = {complaint})")
    before = tuple(db.execute(query).fetchone())
    assert before[0] >= 3 and before[1] == 2
    move_in(db, hub, data_dir=data_dir, source="shop.db")
    assert hub.execute(query).fetchone() == before
    hub.rollback()
    move_out_to_folder(hub, tmp_path / "out")
    moved = open_database(tmp_path / "out")
    assert tuple(moved.execute(query).fetchone()) == before
    moved.close()


def test_a_moved_book_keeps_its_staff_and_who_did_what(shop, data_dir, hub, tmp_path):
    """``staff`` is made after the tables that name it (p0003), yet moves first: the people and
    every row's "who" arrive, both ways."""
    from shopowner import actor
    from shopowner.followups.log import add_followup
    from shopowner.staff.people import add_person, sign_in
    from shopowner.store.customers import update_customer

    db, _ = shop
    add_person(db, "老板")
    sign_in(db, "老板")
    add_person(db, "小王", allow=["phones"], pin="2468")
    sign_in(db, "小王", "2468")
    customer = db.execute("SELECT min(id) FROM customers").fetchone()[0]
    add_followup(db, data_dir, customer, summary="问了新茶")
    update_customer(db, customer, notes="喜欢红茶")
    actor.sign_out()
    tables = book_tables(hub)
    hub.rollback()
    assert tables.index("staff") < tables.index("followups") and tables.index("staff") < tables.index("customers")
    query = ("SELECT (SELECT string_agg(name || ':' || role || ':' || may_see_phones, ',' ORDER BY id) FROM staff), "
             "(SELECT count(*) FROM followups WHERE staff_id = (SELECT id FROM staff WHERE name = '小王')), "
             f"(SELECT edited_by FROM customers WHERE id = {customer})")
    file_query = query.replace("string_agg(name || ':' || role || ':' || may_see_phones, ',' ORDER BY id)",
                               "group_concat(name || ':' || role || ':' || may_see_phones, ',')")
    before = tuple(db.execute(file_query).fetchone())
    assert before == ("老板:founder:0,小王:staff:1", 1, 2)
    move_in(db, hub, data_dir=data_dir, source="shop.db")
    assert hub.execute(query).fetchone() == before
    hub.rollback()
    move_out_to_folder(hub, tmp_path / "out")
    moved = open_database(tmp_path / "out")
    assert tuple(moved.execute(file_query).fetchone()) == before
    moved.close()
