"""The hub's book as PostgreSQL's own dump (shopowner/store/pg/dump.py, store/hub_dumps.py,
``hub dump`` / ``hub restore-dump``), on the test server's programs: written and read back
whole, restored in one transaction that a failure rolls back, and the day's dump on the hub's own
PC (a server ``hub init`` made in the data folder) kept with a retention."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from shopowner.store.customer_query import fetch_page
from shopowner.store.pg.book import HubBook
from shopowner.store.pg.dump import dump_bindir, dump_hub, read_dump, restore_dump
from shopowner.store.pg.hub import HubError, book_tables, connect_hub
from tests.cli.conftest import make_customer


def _fill(book) -> None:
    make_customer(book, "张三丰", phone="13800000001", orders=[("T1001", 12800, 3), ("T1002", 9900, 40)])
    make_customer(book, "李小龙", phone="13800000002", orders=[("T2001", 25600, 7)])
    make_customer(book, "王张伟", nickname="阿伟", orders=[])


def _counts(url: str) -> dict[str, int]:
    """Rows per table: the book's (as a move copies them) and the hub's own (meta, search index)."""
    with connect_hub(url) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for (t,) in tables}
        assert set(book_tables(conn)) < set(counts)
        return counts


def _found(url: str, text: str) -> list[str]:
    with HubBook.open(url) as book:
        return sorted(row["name"] for row in fetch_page(book, search=text))


def _change(book) -> None:
    """What happened after the dump: a new customer and order, another gone, a table of a newer
    ShopOwner."""
    make_customer(book, "赵敏", phone="13800000009", orders=[("T9001", 100, 1)])
    book.execute("UPDATE customers SET name = '改了名' WHERE name = '李小龙'")
    book.execute("CREATE TABLE made_later (id integer)")


def _has_table(url: str, name: str) -> bool:
    with connect_hub(url) as conn:
        return conn.execute("SELECT to_regclass(%s) IS NOT NULL", [f"public.{name}"]).fetchone()[0]


def test_a_dump_restores_into_a_changed_hub_and_an_empty_one_and_reads_the_same(hub_book, hub_url, tmp_path):
    _fill(hub_book)
    url = hub_book.url
    before, found = _counts(url), _found(url, "张")
    assert before["customers"] == 3 and before["orders"] == 3 and found == ["张三丰", "王张伟"]
    report = dump_hub(url, tmp_path / "book.pgdump")
    assert report.path == tmp_path / "book.pgdump" and report.contents.rows == before
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["book.pgdump"]  # no temp file left
    assert report.server == report.programs == 15 and report.contents.made_by.startswith("15.")

    _change(hub_book)
    assert _counts(url)["customers"] == 4 and _found(url, "李") == []
    restored = restore_dump(url, report.path)
    assert restored.contents.rows == before
    assert _counts(url) == before and _found(url, "张") == found and _found(url, "李小龙") == ["李小龙"]
    assert not _has_table(url, "made_later")  # what the dump does not hold is gone
    assert _found(url, "13800000002") == ["李小龙"]  # the search index came back with the rows

    restore_dump(hub_url, report.path)  # a database holding nothing yet
    assert _counts(hub_url) == before and _found(hub_url, "张") == found
    with pytest.raises(HubError):
        dump_hub(url, report.path)  # never over an existing file


def test_a_truncated_dump_is_refused_and_the_book_is_left_as_it_was(hub_book, tmp_path, en_translators):
    _fill(hub_book)
    whole = dump_hub(hub_book.url, tmp_path / "book.pgdump").path
    cut = tmp_path / "cut.pgdump"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size * 2 // 3])
    bindir = dump_bindir(15)[0]
    read = read_dump(whole, bindir)
    assert read.rows["customers"] == 3 and "customers" in read.listed and "hub_meta" in read.listed
    with pytest.raises(HubError) as refused:
        read_dump(cut, bindir)
    assert refused.value.kind == "dump" and "is not a whole dump" in str(refused.value)
    _change(hub_book)
    changed = _counts(hub_book.url)
    with pytest.raises(HubError) as not_restored:
        restore_dump(hub_book.url, cut)
    assert "cut short" in str(not_restored.value)
    assert _counts(hub_book.url) == changed and _has_table(hub_book.url, "made_later")


def test_a_restore_failing_half_way_rolls_back_to_the_book_as_it_was(hub_book, hub_url, tmp_path, en_translators):
    """A dump whose rows its own table refuses once restored elsewhere (a check that holds only in
    the database it came from): the restore stops inside its transaction, after the book's tables
    were dropped and some made again, and every bit of it is rolled back."""
    source = HubBook.open(hub_url)
    _fill(source)
    database = hub_url.rsplit("/", 1)[1]
    source.execute(f"CREATE FUNCTION public.only_in_source() RETURNS boolean LANGUAGE sql STABLE "
                   f"AS $$ SELECT current_database() = '{database}' $$")
    source.execute("ALTER TABLE orders ADD CONSTRAINT made_here CHECK (public.only_in_source())")
    source.close()
    dump = dump_hub(hub_url, tmp_path / "odd.pgdump").path
    _fill(hub_book)
    _change(hub_book)
    before, found = _counts(hub_book.url), _found(hub_book.url, "张")
    with pytest.raises(HubError) as failed:
        restore_dump(hub_book.url, dump)
    assert "left as it was" in str(failed.value) and "made_here" in str(failed.value)
    assert "psql:" not in str(failed.value) and "T1001" not in str(failed.value)  # no script, no rows
    assert _counts(hub_book.url) == before and _found(hub_book.url, "张") == found
    assert _has_table(hub_book.url, "made_later")


def test_a_pg_dump_older_than_the_server_says_what_to_install(en_translators):
    with pytest.raises(HubError) as old:
        dump_bindir(99)
    assert old.value.kind == "not_installed"
    assert "runs PostgreSQL 99" in str(old.value) and "pg_dump is from PostgreSQL 15" in str(old.value)
    assert "Install PostgreSQL 99 or newer" in str(old.value)


def test_the_cli_dumps_and_restores_with_the_book_set_aside(hub_book, cli, data_dir, en_translators):
    _fill(hub_book)
    url = hub_book.url
    before = _counts(url)
    made = cli("hub", "dump", "--database-url", url)
    assert made.code == 0 and "Dump of the hub's book written to" in made.out, made.err
    dumps = sorted((data_dir / "backups").glob("*.pgdump"))
    assert len(dumps) == 1 and dumps[0].name.startswith("shopowner-") and str(dumps[0]) in made.out
    elsewhere = cli("hub", "dump", "--database-url", url, "--to", data_dir / "mine.pgdump")
    assert elsewhere.code == 0 and (data_dir / "mine.pgdump").exists()
    _change(hub_book)
    changed = _counts(url)
    asked = cli("hub", "restore-dump", dumps[0], "--database-url", url)  # no terminal to ask on
    assert asked.code == 2 and "add --yes" in asked.err and _counts(url) == changed
    done = cli("hub", "restore-dump", dumps[0], "--database-url", url, "--yes")
    assert done.code == 0 and "Restored" in done.out, done.err
    assert _counts(url) == before and _found(url, "李") == ["李小龙"]
    aside = list((data_dir / "backups").glob("shopowner-before-restore-*.pgdump"))
    assert len(aside) == 1 and str(aside[0]) in done.out
    back = cli("hub", "restore-dump", aside[0], "--database-url", url, "--yes")  # the book as it was
    assert back.code == 0 and _counts(url) == changed and _has_table(url, "made_later")
    cut = data_dir / "cut.pgdump"
    cut.write_bytes(dumps[0].read_bytes()[:2000])
    refused = cli("hub", "restore-dump", cut, "--database-url", url, "--yes")
    assert refused.code == 3 and "cut.pgdump" in refused.err and _counts(url) == changed


def test_on_a_team_pc_staff_need_the_export_allowance_and_only_the_founder_restores(
        hub_book, cli, data_dir, monkeypatch, en_translators):
    """The data folder works on the hub: a dump elsewhere and a move-out are exports of the book
    (as ``backup --to`` is), a restore replaces everyone's book: refused as in the window."""
    from shopowner.store.location import ENV

    _fill(hub_book)
    monkeypatch.setenv(ENV, hub_book.url)
    assert cli("staff", "add", "老板").code == 0
    assert cli("--staff", "老板", "staff", "add", "小李").code == 0
    made = cli("--staff", "小李", "hub", "dump")  # into the data folder's own backups: allowed
    assert made.code == 0, made.err
    dump = next((data_dir / "backups").glob("*.pgdump"))
    for argv, words in ((("hub", "dump", "--to", data_dir / "mine.pgdump"), "may not export the book"),
                        (("hub", "move-out"), "may not export the book"),
                        (("hub", "restore-dump", dump, "--yes"), "Only the founder may replace the whole book")):
        refused = cli("--staff", "小李", *argv)
        assert refused.code == 1 and words in refused.err, (argv, refused.err)
    assert not (data_dir / "mine.pgdump").exists() and not (data_dir / "shopowner.db").exists()
    assert list((data_dir / "backups").glob("*before-restore*")) == []  # nothing set aside: nothing begun
    assert cli("--staff", "老板", "staff", "edit", "小李", "--allow", "export").code == 0
    assert cli("--staff", "小李", "hub", "dump", "--to", data_dir / "mine.pgdump").code == 0
    assert cli("--staff", "老板", "hub", "restore-dump", dump, "--yes").code == 0

# the hub's own PC ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hub_pc():
    """A data folder holding a hub ``hub init`` made (its server in ``hub/``, on this PC only),
    its book filled once: the dumps run as the shop's own role, as on a shop's hub PC."""
    from shopowner.store.pg import server
    from tests.pg_server import pg_bindir

    if pg_bindir() is None:
        pytest.skip("PostgreSQL is not installed here (Debian: apt-get install postgresql)")
    data = Path(tempfile.mkdtemp(prefix="shopowner-hubpc-"))
    data.chmod(0o755)  # as root, the server runs as `postgres`, who must reach hub/ in it
    made = server.init_server(server.default_folder(data), port=server.free_port(None), lan_too=False)
    try:
        with HubBook.open(made.local_url(), data) as book:
            _fill(book)
        yield data, made.local_url()
    finally:
        server.stop_server(made.folder)
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def hub_pc_book(hub_pc):
    data, url = hub_pc
    with HubBook.open(url, data) as book:
        yield book
    shutil.rmtree(data / "backups", ignore_errors=True)


@pytest.mark.xdist_group("hub_dumps_pc")
def test_the_hubs_own_pc_dumps_once_a_day_and_keeps_a_retention(hub_pc_book):
    from shopowner.store.hub_dumps import list_dumps
    from shopowner.store.upkeep import start_of_day_upkeep

    book, data = hub_pc_book, hub_pc_book.data_dir
    monday = datetime(2026, 3, 2, 8, 0, 0)
    first = start_of_day_upkeep(book, data, now=monday)
    assert first["dump_error"] is None and first["dump"].endswith("-daily.pgdump"), first
    assert first["backup"] and first["backup"].endswith("-daily.db")  # the shop-file backup as ever
    again = start_of_day_upkeep(book, data, now=monday + timedelta(hours=4))
    assert again["dump"] is None and again["dump_error"] is None
    assert len(list_dumps(data)) == 1
    # eight earlier days' dumps (copies of that real one, named as those days' would be)
    for day in range(1, 9):
        when = monday + timedelta(days=day)
        shutil.copy(first["dump"], data / "backups" / f"shopowner-{when:%Y%m%d-%H%M%S}-daily.pgdump")
    tenth = start_of_day_upkeep(book, data, now=monday + timedelta(days=9))
    assert tenth["dump"] and tenth["dump_error"] is None
    kept = sorted(b.when.date().day for b in list_dumps(data))
    assert kept == [5, 6, 7, 8, 9, 10, 11]  # 7 days; the older weeks' newest are among them
    assert restore_dump(book.url, Path(tenth["dump"])).contents.rows["customers"] == 3  # as the shop's role


@pytest.mark.xdist_group("hub_dumps_pc")
def test_a_dump_that_cannot_be_written_never_stops_the_shop_file_backup(hub_pc_book, monkeypatch, en_translators):
    from shopowner.store.pg import dump
    from shopowner.store.upkeep import start_of_day_upkeep

    monkeypatch.setattr(dump, "_candidate_bindirs", lambda programs: [])  # PostgreSQL removed since
    result = start_of_day_upkeep(hub_pc_book, hub_pc_book.data_dir, now=datetime(2026, 3, 2, 8, 0, 0))
    assert result["backup"] and result["dump"] is None
    assert "needs PostgreSQL's programs (pg_dump)" in result["dump_error"]


def test_a_staff_pc_makes_no_dump(hub_book, data_dir):
    from shopowner.store.upkeep import start_of_day_upkeep

    hub_book.data_dir = data_dir
    result = start_of_day_upkeep(hub_book, data_dir, now=datetime(2026, 3, 2, 8, 0, 0))
    assert result["backup"] and result["dump"] is None and result["dump_error"] is None
    assert not list((data_dir / "backups").glob("*.pgdump"))


def test_the_password_is_never_on_a_command_line(hub_book):
    from shopowner.store.pg.dump import _child

    line, env = _child(hub_book.url)
    password = psycopg.conninfo.conninfo_to_dict(hub_book.url)["password"]
    assert password and password not in line and env["PGPASSWORD"] == password
