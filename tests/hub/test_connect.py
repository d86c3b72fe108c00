"""Reaching a hub: what is refused, in words that say what to do, and the CLI's ``hub`` commands."""

from __future__ import annotations

import json
import time

import pytest

from shopowner.store.pg.hub import CONNECT_TIMEOUT_S, HubError, connect_hub, prepare_hub
from tests.pg_server import with_database


def _refused(url: str, prepare: bool = False) -> HubError:
    with pytest.raises(HubError) as refused:
        conn = connect_hub(url)
        try:
            if prepare:
                prepare_hub(conn)
        finally:
            conn.close()
    return refused.value


def test_a_database_without_a_utf8_locale_is_refused(admin, pg_server, en_translators):
    admin.execute("DROP DATABASE IF EXISTS c_locale")
    admin.execute("CREATE DATABASE c_locale LOCALE 'C' ENCODING 'UTF8' TEMPLATE template0")
    try:
        error = _refused(with_database(pg_server, "c_locale"))
        assert error.kind == "locale" and "UTF-8" in str(error) and "Chinese" in str(error)
    finally:
        admin.execute("DROP DATABASE c_locale WITH (FORCE)")


def test_a_wrong_password_a_missing_database_and_no_server_are_told_apart(pg_server, hub_url, en_translators):
    wrong = hub_url.replace(hub_url.split(":")[2].split("@")[0], "not-the-password")
    assert _refused(wrong).kind == "sign_in"
    assert _refused(with_database(pg_server, "no_such_shop")).kind == "missing"
    started = time.monotonic()
    nobody = _refused("postgresql://someone:secret@127.0.0.1:9/shop")
    assert nobody.kind == "unreachable" and time.monotonic() - started < CONNECT_TIMEOUT_S
    assert "secret" not in str(nobody) and "***" in str(nobody)  # the password is never shown


def test_a_database_holding_other_things_or_a_newer_book_is_refused(hub_url, hub, en_translators):
    with hub.transaction():
        hub.execute("INSERT INTO hub_migrations (name, applied_at) VALUES ('p9999_future', '2030-01-01')")
    assert _refused(hub_url, prepare=True).kind == "newer"
    with hub.transaction():
        hub.execute("DROP TABLE hub_meta CASCADE")
    foreign = _refused(hub_url, prepare=True)
    assert foreign.kind == "foreign" and "empty database" in str(foreign)


def test_preparing_twice_keeps_one_shop(hub_url, hub):
    first = hub.execute("SELECT value FROM hub_meta WHERE key = 'shop_id'").fetchone()[0]
    hub.rollback()
    with connect_hub(hub_url) as again:
        assert prepare_hub(again) == first


def test_the_hub_commands(cli, db, hub_url, tmp_path, en_translators):
    db.close()
    assert cli("hub", "status").code == 2
    empty = cli("hub", "status", "--database-url", hub_url)
    assert empty.code == 0 and "The hub's book is empty" in empty.out and "hub move-in" in empty.out
    moved = cli("hub", "move-in", "--database-url", hub_url)
    assert moved.code == 0 and "Moved into the hub" in moved.out, moved.err
    status = json.loads(cli("hub", "status", "--database-url", hub_url, "--json").out)
    assert status["locale"].startswith("UTF8") and status["rows"]["customers"] == 0
    assert status["meta"]["moved_in_from"].endswith(".db")
    again = cli("hub", "move-in", "--database-url", hub_url)
    assert again.code == 3 and "empty hub only" in again.err
    held = cli("hub", "move-out", "--database-url", hub_url)
    assert held.code == 1 and "already holds a shop" in held.err


def test_the_address_can_come_from_the_environment(cli, hub_url, monkeypatch, en_translators):
    monkeypatch.setenv("SHOPOWNER_DATABASE_URL", hub_url)
    assert cli("hub", "status").code == 0
