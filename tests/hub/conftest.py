"""Team mode against a real PostgreSQL server (tests/pg_server.py): a fresh database per test."""

from __future__ import annotations

import pytest

from tests.cli.conftest import cli  # noqa: F401  (a fixture, found by name)


@pytest.fixture
def hub(hub_url):
    """A prepared hub: a connection to the test's database, made a ShopOwner book."""
    from shopowner.store.pg.hub import connect_hub, prepare_hub

    conn = connect_hub(hub_url)
    prepare_hub(conn)
    yield conn
    conn.close()


@pytest.fixture
def admin(pg_server):
    """A superuser connection to the test server (to make odd databases, cut connections)."""
    import psycopg

    with psycopg.connect(pg_server, autocommit=True) as conn:
        yield conn
