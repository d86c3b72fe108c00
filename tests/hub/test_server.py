"""This PC as the hub: the PostgreSQL server ShopOwner makes and runs in a folder of its own
(shopowner/store/pg/server.py, ``hub init|start|stop``), on the installed PostgreSQL's programs.

One server for the module (initdb takes seconds), made by ``hub init --local-only``: the tests
send nothing to any address but 127.0.0.1. What the LAN setting writes is checked as text.
"""

from __future__ import annotations

import contextlib
import io
import ipaddress
import json
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from shopowner.store.pg import lan, server
from shopowner.store.pg.hub import MIGRATIONS, HubError, connect_hub, hub_status
from tests.cli.conftest import book  # noqa: F401  (a fixture, found by name)

pytestmark = pytest.mark.xdist_group("hub_server")  # one worker, one server for the module


def _folder() -> Path:
    # not under pytest's tmp_path: as root the server runs as `postgres`, who cannot enter it
    return Path(tempfile.mkdtemp(prefix="shopowner-hub-"))


@dataclass
class Made:
    folder: Path
    out: str  # what ``hub init`` printed


@pytest.fixture(scope="module")
def made(qapp, tmp_path_factory):
    """The module's hub, made by ``hub init`` (in English) on this PC only."""
    from shopowner import faults
    from shopowner.cli import run
    from shopowner.i18n import install_translators
    from tests.pg_server import pg_bindir

    if pg_bindir() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed: .ci/run installs it (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed here (Debian: apt-get install postgresql)")
    install_translators(qapp, "en")
    folder, out, err = _folder(), io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(["--data-dir", str(tmp_path_factory.mktemp("data")), "hub", "init", "--folder", str(folder),
                        "--local-only", "--port", str(server.free_port(None))])
    finally:
        faults.set_log_folder(None)
    assert code == 0, err.getvalue()
    yield Made(folder, out.getvalue())
    server.stop_server(folder)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def hub_folder(made) -> Path:
    return made.folder


def test_init_makes_a_running_hub_with_the_book_ready(hub_folder):
    hub = server.read_server(hub_folder)
    assert server.server_running(hub_folder) and not hub.lan and hub.addresses == () and hub.join_urls() == []
    with connect_hub(hub.local_url()) as conn:  # the locale check passes
        status = hub_status(conn)
        role, superuser = conn.execute("SELECT current_user, rolsuper FROM pg_roles "
                                       "WHERE rolname = current_user").fetchone()
    assert status.locale == "UTF8 / C.UTF-8" and status.migrations == [name for name, _ in MIGRATIONS] and status.shop_id
    assert (role, superuser) == ("shop", False)  # the shop's password cannot run the PC as a superuser
    with connect_hub(hub.local_url(server.SUPERUSER, "postgres")) as admin:
        assert admin.execute("SHOW listen_addresses").fetchone()[0] == "127.0.0.1"
        assert admin.execute("SHOW password_encryption").fetchone()[0] == "scram-sha-256"


def test_the_passwords_are_kept_private_and_out_of_the_logs(hub_folder):
    hub = server.read_server(hub_folder)
    password = hub.password()
    assert re.fullmatch(r"([a-z2-9]{5}-){3}[a-z2-9]{5}", password) and password != hub.password(server.SUPERUSER)
    if os.name != "nt":
        assert stat.S_IMODE(hub.password_file.stat().st_mode) == 0o600
    written = [p for p in hub_folder.rglob("*") if p.is_file() and p != hub.password_file]
    assert hub.log_file in written
    for path in written:  # the server's log, its settings, server.json: never the password
        assert password.encode() not in path.read_bytes(), path
    assert password not in hub.local_url() and json.loads((hub_folder / "server.json").read_text())["port"] == hub.port


def test_a_wrong_password_and_the_wrong_database_are_refused(hub_folder, en_translators):
    hub = server.read_server(hub_folder)
    with pytest.raises(HubError) as wrong:
        connect_hub(f"postgresql://shop:not-the-password@127.0.0.1:{hub.port}/shop")
    assert wrong.value.kind == "sign_in"
    with pytest.raises(HubError):  # the shop's role reaches its own database only
        connect_hub(f"postgresql://shop:{hub.password()}@127.0.0.1:{hub.port}/postgres")
    with connect_hub(f"postgresql://shop:{hub.password()}@127.0.0.1:{hub.port}/shop") as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_a_stopped_hub_starts_again_with_its_data_and_can_move_port(hub_folder):
    hub = server.read_server(hub_folder)
    with connect_hub(hub.local_url()) as conn:
        conn.execute("INSERT INTO hub_meta (key, value) VALUES ('test_mark', 'kept')")
        conn.commit()
    assert server.stop_server(hub_folder) is True
    assert not server.server_running(hub_folder) and server.stop_server(hub_folder) is False
    with pytest.raises(HubError) as gone:
        connect_hub(hub.local_url())
    assert gone.value.kind == "unreachable"
    moved = server.start_server(hub_folder, port=server.free_port(hub.port + 1))
    assert moved.port != hub.port and server.read_server(hub_folder).port == moved.port
    assert server.start_server(hub_folder) == moved  # already running: nothing to do
    with connect_hub(moved.local_url()) as conn:
        assert conn.execute("SELECT value FROM hub_meta WHERE key = 'test_mark'").fetchone() == ("kept",)
    assert server.start_server(hub_folder, port=hub.port).port == hub.port  # back where `hub init` said


def test_a_second_init_on_the_same_folder_is_refused(hub_folder, en_translators):
    before = (hub_folder / "pgpass").read_bytes()
    with pytest.raises(HubError) as again:
        server.init_server(hub_folder, lan_too=False)
    assert again.value.kind == "exists" and "already holds a hub" in str(again.value)
    assert "hub start" in str(again.value) and (hub_folder / "pgpass").read_bytes() == before
    assert server.server_running(hub_folder)


def test_a_failed_init_leaves_no_half_hub(hub_folder, monkeypatch, en_translators):
    folder = _folder()
    try:
        taken = server.read_server(hub_folder).port
        with pytest.raises(HubError) as busy:
            server.init_server(folder, port=taken, lan_too=False)
        assert f"uses port {taken}" in str(busy.value) and "hub start --port" in str(busy.value)
        assert list(folder.iterdir()) == []

        def refused(*args):
            raise HubError("server", "the shop's database could not be made")

        monkeypatch.setattr(server, "_create_shop", refused)  # after initdb and the start
        port = server.free_port(None)
        with pytest.raises(HubError, match="could not be made"):
            server.init_server(folder, port=port, lan_too=False)
        assert sorted(p.name for p in folder.iterdir()) == ["server.log"]  # kept, for what went wrong
        assert server.port_free(port)  # the server it had started was stopped
        with pytest.raises(HubError) as none:
            server.read_server(folder)
        assert none.value.kind == "no_hub"
    finally:
        with contextlib.suppress(HubError):
            server.stop_server(folder)
        shutil.rmtree(folder, ignore_errors=True)


def test_no_postgresql_installed_says_what_to_install(monkeypatch, en_translators):
    monkeypatch.setattr(server, "_candidate_bindirs", list)
    with pytest.raises(HubError) as missing:
        server.find_bindir()
    assert missing.value.kind == "not_installed"
    assert "apt install postgresql" in str(missing.value) and "postgresql.org" in str(missing.value)
    monkeypatch.undo()
    with pytest.raises(HubError) as other:
        server.find_bindir(major=99)
    assert "PostgreSQL 99" in str(other.value)


def test_no_postgresql_installed_is_said_in_chinese_too(monkeypatch, zh_translators):
    monkeypatch.setattr(server, "_candidate_bindirs", list)
    with pytest.raises(HubError) as missing:
        server.find_bindir()
    assert "PostgreSQL" in str(missing.value) and "安装" in str(missing.value)


def test_the_lan_hub_admits_its_networks_only():
    networks = [ipaddress.IPv4Interface("192.168.1.5/24"), ipaddress.IPv4Interface("10.0.3.7/16")]
    rules = [line.split() for line in server.hba_lines(networks).splitlines() if not line.startswith("#")]
    assert rules == [["host", "all", "shopowner_admin", "127.0.0.1/32", "scram-sha-256"],
                     ["host", "shop", "shop", "127.0.0.1/32", "scram-sha-256"],
                     ["host", "shop", "shop", "192.168.1.0/24", "scram-sha-256"],
                     ["host", "shop", "shop", "10.0.0.0/16", "scram-sha-256"]]


def test_this_pcs_lan_addresses_are_read_from_the_system():
    ip_json = json.dumps([
        {"ifname": "lo", "addr_info": [{"family": "inet", "local": "127.0.0.1", "prefixlen": 8}]},
        {"ifname": "eth0", "addr_info": [{"family": "inet", "local": "192.168.1.5", "prefixlen": 24}]},
        {"ifname": "wan", "addr_info": [{"family": "inet", "local": "8.8.4.4", "prefixlen": 24}]},
        {"ifname": "eth1", "addr_info": [{"family": "inet", "local": "169.254.10.2", "prefixlen": 16}]}])
    found = [i for i in lan.parse_ip_json(ip_json) if lan.is_lan(i)]
    assert found == [ipaddress.IPv4Interface("192.168.1.5/24")]  # not loopback, public or link-local
    one = lan.parse_powershell_json('{"IPAddress": "10.1.2.3", "PrefixLength": 8}')
    many = lan.parse_powershell_json('[{"IPAddress": "10.1.2.3", "PrefixLength": 8}, '
                                     '{"IPAddress": "172.16.0.9", "PrefixLength": 12}]')
    assert one == many[:1] and str(many[1].network) == "172.16.0.0/12"
    mac = "en0: flags=8863<UP>\n\tinet 192.168.0.20 netmask 0xffffff00 broadcast 192.168.0.255\n"
    assert lan.parse_ifconfig(mac) == [ipaddress.IPv4Interface("192.168.0.20/24")]
    assert all(lan.is_lan(i) for i in lan.lan_interfaces())  # whatever this machine has


def test_the_hub_commands_make_start_and_stop_this_pcs_hub(made, cli, book, en_translators):  # noqa: F811
    book.db.close()
    folder = made.folder
    password = server.read_server(folder).password()
    assert "This PC is now the shop's hub: PostgreSQL" in made.out and "a C.UTF-8 database" in made.out
    assert "Only this PC can reach the hub" in made.out and password not in made.out
    url = re.search(r'hub move-in --database-url "([^"]+)"', made.out).group(1)
    moved = cli("hub", "move-in", "--database-url", url)  # the printed address works as it is
    assert moved.code == 0 and "Moved into the hub" in moved.out, moved.err
    status = json.loads(cli("hub", "status", "--database-url", url, "--json").out)
    assert status["rows"]["customers"] == 3 and status["locale"] == "UTF8 / C.UTF-8"
    again = cli("hub", "init", "--folder", folder)
    assert again.code == 3 and "already holds a hub" in again.err
    stopped = cli("hub", "stop", "--folder", folder)
    assert stopped.code == 0 and "was stopped" in stopped.out and f'hub start --folder "{folder}"' in stopped.out
    assert "was not running" in cli("hub", "stop", "--folder", folder).out
    started = cli("hub", "start", "--folder", folder, "--show-password")
    assert started.code == 0 and "The hub runs" in started.out and url in started.out
    assert f"The shop password: {password}" in started.out
    assert json.loads(cli("hub", "status", "--database-url", url, "--json").out)["rows"]["customers"] == 3
    nothing = cli("hub", "start", "--folder", folder / "none")
    assert nothing.code == 3 and "There is no hub" in nothing.err and "hub init" in nothing.err
