"""A real PostgreSQL server for the team-mode tests: a throw-away cluster with a UTF-8 locale in a
temp folder, listening on 127.0.0.1 only, with a password (the hub's own kind of sign-in).

`scripts/dev.py test` starts one for the whole run and passes its address in
SHOPOWNER_TEST_PG_URL; a bare `pytest` starts one per worker when the PostgreSQL programs are
installed. Under CI=true a missing server fails the tests that need one instead of skipping them.
Each test gets its own empty database (`hub_url`), dropped afterwards.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ADMIN = "shopowner_admin"


def pg_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl (Debian keeps them off PATH), newest version first."""
    from shopowner.store.pg.hub import HubError
    from shopowner.store.pg.server import find_bindir

    try:
        return find_bindir()
    except HubError:
        return None


class Cluster:
    """initdb + pg_ctl in a temp folder, through the app's own hub server steps
    (shopowner/store/pg/server.py). As root (CI), the server runs as the `postgres` user."""

    def __init__(self, bindir: Path):
        from shopowner.store.pg.server import free_port

        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="shopowner-pg-"))
        self.data = self.folder / "data"
        self.port = free_port(None)
        self.password = secrets.token_urlsafe(12)

    def start(self) -> str:
        from shopowner.store.pg.server import give_to_server_user, init_cluster, run_program

        give_to_server_user(self.folder)
        init_cluster(self.bindir, self.data, ADMIN, self.password, auth_local="trust")
        # a test server: durability off (the tests never survive a power cut), loopback only
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        run_program(self.bindir, "pg_ctl", "-D", self.data, "-o", options, "-l", self.folder / "log", "-w", "start")
        return f"postgresql://{ADMIN}:{self.password}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        from shopowner.store.pg.hub import HubError
        from shopowner.store.pg.server import run_program

        with contextlib.suppress(HubError):
            run_program(self.bindir, "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


@pytest.fixture(scope="session")
def pg_server():
    """The address of a PostgreSQL server's maintenance database, as its superuser."""
    given = os.environ.get("SHOPOWNER_TEST_PG_URL")
    if given:
        yield given
        return
    bindir = pg_bindir()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed: .ci/run installs it (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed here (Debian: apt-get install postgresql)")
    from shopowner.store.pg.hub import HubError

    cluster = Cluster(bindir)
    try:
        url = cluster.start()
    except (HubError, OSError) as exc:
        cluster.stop()
        pytest.fail(f"could not start a PostgreSQL test cluster: {exc}")
    yield url
    cluster.stop()


@pytest.fixture
def hub_url(pg_server):
    """A new, empty database on the test server, for this test only."""
    import psycopg

    name = "t_" + secrets.token_hex(6)
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield with_database(pg_server, name)
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def _hub_book_template(pg_server, tmp_path_factory):
    """A database holding a new shop's book (what a new shop file's migrations seed, moved in),
    made once per test process: each ``hub_book`` is a copy of it (CREATE DATABASE … TEMPLATE, a
    file copy on the server: tens of milliseconds instead of a schema and a move each time)."""
    import psycopg

    from shopowner.store import open_database
    from shopowner.store.pg.hub import connect_hub, prepare_hub
    from shopowner.store.pg.move import move_in

    name = "tpl_" + secrets.token_hex(6)
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    seed = open_database(tmp_path_factory.mktemp("hub-seed"), hub=False)
    with connect_hub(with_database(pg_server, name)) as conn:
        prepare_hub(conn)
        move_in(seed, conn)
    seed.close()
    yield name
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def hub_book(pg_server, _hub_book_template, tmp_path):
    """A new shop's book on a hub database of this test's own, as the store sees it
    (``HubBook``; ``hub_book.url`` is its address)."""
    import psycopg

    from shopowner.store.pg.book import HubBook

    name = "t_" + secrets.token_hex(6)
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_hub_book_template}"')
    book = HubBook.open(with_database(pg_server, name), tmp_path / "data")
    yield book
    book.close()
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def replace_hub_book(url: str, shop_file: Path) -> None:
    """Empty the hub's book and move the SQLite shop ``shop_file`` in instead (the demo shop for
    ``demo_db`` under ``--backend hub``)."""
    from shopowner.store.db import connect
    from shopowner.store.pg.hub import book_tables, connect_hub
    from shopowner.store.pg.move import move_in

    with connect_hub(url) as conn:
        tables = ", ".join(f'"{t}"' for t in book_tables(conn))
        conn.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        conn.execute("DELETE FROM hub_meta WHERE key LIKE 'moved_in%'")
        conn.execute("DELETE FROM hub_files")
        conn.commit()
        source = connect(shop_file)
        try:
            move_in(source, conn, data_dir=shop_file.parent)
        finally:
            source.close()
