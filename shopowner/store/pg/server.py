"""The app-managed hub: a PostgreSQL server that ShopOwner sets up and runs in a folder of its own.

"Make this PC the hub" needs no database administrator. An installed PostgreSQL's programs
(``initdb``, ``pg_ctl``: Debian's ``postgresql`` package, the Windows installer's
``C:\\Program Files\\PostgreSQL\\NN\\bin`` — its own service need not run) make a server in the
folder (by default ``hub/`` in the shop's data folder)::

    data/         the server's files (initdb): UTF-8, C.UTF-8 locale (pg_trgm needs a UTF-8 one)
    pgpass        the two generated passwords, in libpq's password-file form, readable only by
                  this PC's account; never printed unless asked for, never in a log
    server.json   what the commands need again: port, LAN or this PC only, PostgreSQL version
    server.log    the server's log (pg_ctl -l)

Two sign-ins: ``shopowner_admin``, the superuser, only from this PC (127.0.0.1); ``shop``, an
ordinary role owning the database ``shop`` — the shop password the other PCs join with, which
cannot read the PC's files or run its programs as a superuser could. Everything signs in with
SCRAM-SHA-256. At each start the server listens on 127.0.0.1 and this PC's LAN addresses as they
are then (a router may hand out a new one), and ``pg_hba.conf`` admits those networks only.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from shopowner.clock import stamp
from shopowner.i18n import translate
from shopowner.store.pg import lan
from shopowner.store.pg.hub import HubError

SUPERUSER = "shopowner_admin"
SHOP_ROLE = "shop"
DATABASE = "shop"
PREFERRED_PORT = 5432
DATA, STATE, PASSWORDS, LOG, CONF = "data", "server.json", "pgpass", "server.log", "shopowner.conf"
SERVER_USER = "postgres"  # who runs the server when we are root (see _as_root)
_EXE = ".exe" if os.name == "nt" else ""
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows
# pg_trgm indexes Chinese only under a UTF-8 character type (hub._check_locale). Windows accepts
# UTF-8 locale names since Windows 10 1803; that one is not yet tried on a Windows PC.
LOCALE = {"win32": "en_US.UTF-8", "darwin": "en_US.UTF-8"}.get(sys.platform, "C.UTF-8")
_PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud and typed by staff


def default_folder(data_dir: Path) -> Path:
    """Where ``hub init`` puts the server when no folder is given: ``hub/`` in the data folder."""
    return Path(data_dir) / "hub"


# the installed PostgreSQL --------------------------------------------------------------------------
def _candidate_bindirs(programs: tuple[str, ...] = ("initdb", "pg_ctl")) -> list[Path]:
    """The folders of installed PostgreSQL programs holding every one of ``programs``."""
    found = []
    on_path = shutil.which(programs[0])
    if on_path:
        found.append(Path(on_path).parent)
    patterns = [(Path("/usr/lib/postgresql"), "*/bin"),           # Debian, Ubuntu
                (Path("/usr"), "pgsql-*/bin"),                    # Fedora, RHEL (PGDG)
                (Path("/Applications/Postgres.app/Contents/Versions"), "*/bin"),
                (Path("/opt/homebrew/opt"), "postgresql@*/bin"), (Path("/usr/local/opt"), "postgresql@*/bin")]
    for variable in ("ProgramW6432", "ProgramFiles"):             # the Windows installer
        if os.environ.get(variable):
            patterns.append((Path(os.environ[variable]) / "PostgreSQL", "*/bin"))
    for root, pattern in patterns:
        if root.is_dir():
            found.extend(sorted(root.glob(pattern)))
    return [d for d in dict.fromkeys(found) if all((d / f"{p}{_EXE}").exists() for p in programs)]


def server_major(bindir: Path) -> int:
    """The major version of the PostgreSQL whose programs are in ``bindir`` (15 for 15.18)."""
    done = subprocess.run([str(bindir / f"pg_ctl{_EXE}"), "--version"], check=False, capture_output=True,
                          timeout=30, creationflags=_NO_WINDOW)
    match = re.search(rb"\(PostgreSQL\)\s+(\d+)", done.stdout)
    return int(match.group(1)) if match else 0


def find_bindir(major: int | None = None) -> Path:
    """The folder of an installed PostgreSQL's ``initdb`` and ``pg_ctl``: the newest, or the
    ``major`` version a hub's files were made by."""
    versions: dict[int, Path] = {}
    for bindir in _candidate_bindirs():
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            versions.setdefault(server_major(bindir), bindir)
    if major is not None and major in versions:
        return versions[major]
    if major is not None:
        raise HubError("not_installed", translate(
            "Store", "The hub's files were made by PostgreSQL {major}, which is no longer installed on "
                     "this PC. Install PostgreSQL {major} again (its programs are enough), then try "
                     "again.").format(major=major))
    usable = [v for v in versions if v >= 13]  # pg_trgm may be set up by the shop's own role from 13 on
    if not usable:
        raise HubError("not_installed", translate(
            "Store", "This PC has no PostgreSQL, which the hub runs on. Install PostgreSQL 13 or newer "
                     "— on Windows the installer from postgresql.org (its programs are enough; its own "
                     "service need not run), on Debian or Ubuntu: sudo apt install postgresql — then "
                     "try again."))
    return versions[max(usable)]


def _as_root() -> bool:
    # PostgreSQL refuses to run as root. Our test machines and CI run as root, so there (only on
    # Linux) its programs run as the `postgres` user that Debian's package creates, through
    # runuser, and the hub's folder is handed to that user; tests/pg_server.py does the same.
    return sys.platform.startswith("linux") and os.geteuid() == 0


def server_command(bindir: Path, program: str, *args: str | Path) -> list[str]:
    """The command line running one of PostgreSQL's programs (as ``postgres`` when we are root)."""
    command = [str(bindir / f"{program}{_EXE}"), *map(str, args)]
    return ["runuser", "-u", SERVER_USER, "--", *command] if _as_root() else command


def run_program(bindir: Path, program: str, *args: str | Path, timeout: float = 120,
                ok: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess:
    """Run ``program``; an exit code not in ``ok`` ends as a HubError quoting its last words."""
    try:
        done = subprocess.run(server_command(bindir, program, *args), check=False, capture_output=True,
                              timeout=timeout, stdin=subprocess.DEVNULL, creationflags=_NO_WINDOW)
    except (OSError, subprocess.SubprocessError) as exc:
        raise _server_error(program, str(exc)) from exc
    if done.returncode not in ok:
        said = (done.stderr or done.stdout).decode("utf-8", errors="replace").strip().splitlines()
        raise _server_error(program, said[-1] if said else f"exit code {done.returncode}")
    return done


def _server_error(program: str, reason: str, log: Path | None = None) -> HubError:
    message = translate("Store", "PostgreSQL's {program} failed: {reason}.").format(program=program, reason=reason)
    if log is not None:
        message += " " + translate("Store", "The details are in {log}.").format(log=log)
    return HubError("server", message)


def give_to_server_user(*paths: Path) -> None:
    """Hand files to the user the server runs as (only when we are root; see _as_root)."""
    if _as_root():
        for path in paths:
            shutil.chown(path, SERVER_USER, SERVER_USER)


def init_cluster(bindir: Path, data: Path, superuser: str, password: str, *, auth_local: str = "scram-sha-256") -> None:
    """``initdb``: UTF-8 in a UTF-8 locale, SCRAM-SHA-256 sign-in, ``superuser`` with ``password``
    (handed over in a file of its own that is removed straight after)."""
    pwfile = data.parent / f".pw-{secrets.token_hex(4)}"
    _write_private(pwfile, password + "\n")
    try:
        run_program(bindir, "initdb", "-D", data, "-U", superuser, "--pwfile", pwfile, "--encoding=UTF8",
                    f"--locale={LOCALE}", "--auth-host=scram-sha-256", f"--auth-local={auth_local}")
    finally:
        pwfile.unlink(missing_ok=True)


def _write_private(path: Path, text: str) -> None:
    """A file only its owner can read (0600 where the system has such modes)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)
    give_to_server_user(path)


def port_free(port: int) -> bool:
    """Nothing on this PC listens on ``port`` (checked on every address and on 127.0.0.1)."""
    for host in ("", "127.0.0.1"):
        with socket.socket() as probe:
            if os.name != "nt":  # as the server binds: a connection closed lately (TIME_WAIT) is no owner
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except OSError:
                return False
    return True


def free_port(prefer: int | None = PREFERRED_PORT) -> int:
    """``prefer`` when it is free, else one of the next ten, else any free port."""
    if prefer is not None:
        for port in range(prefer, prefer + 11):
            if port_free(port):
                return port
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def new_password() -> str:
    """Twenty letters and digits in four groups (``k7m2p-x9q4r-…``): about 99 bits, easy to type."""
    letters = "".join(secrets.choice(_PASSWORD_LETTERS) for _ in range(20))
    return "-".join(letters[i:i + 5] for i in range(0, 20, 5))


# one hub folder ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HubServer:
    """A hub folder's server as ``server.json`` describes it."""

    folder: Path
    port: int
    lan: bool                    # listen on the LAN, or this PC only
    major: int                   # the PostgreSQL version that made its files
    addresses: tuple[str, ...]   # this PC's LAN addresses at its last start (none: this PC only)

    @property
    def password_file(self) -> Path:
        return self.folder / PASSWORDS

    @property
    def log_file(self) -> Path:
        return self.folder / LOG

    def password(self, role: str = SHOP_ROLE) -> str:
        for line in self.password_file.read_text(encoding="utf-8").splitlines():
            if line.startswith("*:*:") and line.split(":")[3] == role:
                return line.split(":", 4)[4]
        raise HubError("sign_in", translate("Store", "{file} holds no password for {role}.").format(
            file=self.password_file, role=role))

    def local_url(self, role: str = SHOP_ROLE, database: str = DATABASE) -> str:
        """The address on this PC: the password stays in the password file (``passfile``)."""
        return (f"postgresql://{role}@127.0.0.1:{self.port}/{database}"
                f"?passfile={quote(str(self.password_file), safe='')}")

    def join_urls(self, show_password: bool = False) -> list[str]:
        """The addresses other PCs join at, one per LAN address; with the password only when asked."""
        secret = ":" + self.password() if show_password else ""
        return [f"postgresql://{SHOP_ROLE}{secret}@{address}:{self.port}/{DATABASE}" for address in self.addresses]


def read_server(folder: Path) -> HubServer:
    """The hub in ``folder``; a HubError when there is none."""
    try:
        state = json.loads((Path(folder) / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise HubError("no_hub", translate(
            "Store", "There is no hub in {folder}. Make this PC the hub with: python main.py hub init"
        ).format(folder=folder)) from None  # not the disk's fault: said as ours, not as a missing file
    return HubServer(Path(folder), int(state["port"]), bool(state["lan"]), int(state["major"]),
                     tuple(state.get("addresses", [])))


def _save(server: HubServer, **extra) -> None:
    path = server.folder / STATE
    state = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    state.update(port=server.port, lan=server.lan, major=server.major, addresses=list(server.addresses), **extra)
    path.write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
    give_to_server_user(path)


def hba_lines(networks: list[lan.Interface]) -> str:
    """``pg_hba.conf``: the superuser from this PC only, the shop's role from this PC and the LAN."""
    rows = [("all", SUPERUSER, "127.0.0.1/32"), (DATABASE, SHOP_ROLE, "127.0.0.1/32")]
    rows += [(DATABASE, SHOP_ROLE, str(n.network)) for n in networks]
    lines = ["# Written by ShopOwner at each start of the hub (shopowner/store/pg/server.py): edits are lost.",
             "# TYPE  DATABASE  USER  ADDRESS  METHOD"]
    return "\n".join(lines + [f"host  {db}  {user}  {address}  scram-sha-256" for db, user, address in rows]) + "\n"


def _configure(server: HubServer, networks: list[lan.Interface]) -> None:
    data = server.folder / DATA
    listen = ",".join(["127.0.0.1", *(str(n.ip) for n in networks)])
    settings = (f"listen_addresses = '{listen}'\nport = {server.port}\n"  # TCP only: no socket file
                "unix_socket_directories = ''\npassword_encryption = 'scram-sha-256'\n")
    for name, text in ((CONF, settings), ("pg_hba.conf", hba_lines(networks))):
        (data / name).write_text(text, encoding="utf-8")
        give_to_server_user(data / name)


def init_server(folder: Path, *, port: int | None = None, lan_too: bool = True) -> HubServer:
    """Make ``folder`` a new hub and start it: a server on ``port`` (5432 when free, else a free
    one), on the LAN too unless ``lan_too`` is False, with the shop's database ready for the book
    (``prepare_hub``). Refuses a folder that already holds one; a failed start leaves no half hub."""
    folder = Path(folder).resolve()
    if (folder / STATE).exists() or (folder / DATA).exists():
        raise HubError("exists", translate(
            "Store", "{folder} already holds a hub, so a new one was not made there. Start it with: "
                     "python main.py hub start; or choose another folder with --folder.").format(folder=folder))
    bindir = find_bindir()
    if port is not None and not port_free(port):
        raise _port_taken(port)
    folder.mkdir(parents=True, exist_ok=True)
    give_to_server_user(folder)
    if _as_root() and subprocess.run(["runuser", "-u", SERVER_USER, "--", "test", "-w", str(folder)],
                                     check=False).returncode:
        raise HubError("server", translate(
            "Store", "Run as root, the hub's server runs as the {user} user, who cannot reach {folder}. "
                     "Choose a folder that user can reach with --folder.").format(user=SERVER_USER, folder=folder))
    admin, shop = new_password(), new_password()
    try:
        _write_private(folder / PASSWORDS, f"*:*:*:{SUPERUSER}:{admin}\n*:*:{DATABASE}:{SHOP_ROLE}:{shop}\n")
        init_cluster(bindir, folder / DATA, SUPERUSER, admin)
        with (folder / DATA / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(f"\n# ShopOwner's settings for the hub, rewritten at each start\ninclude_if_exists = '{CONF}'\n")
        _save(HubServer(folder, port or free_port(), lan_too, server_major(bindir), ()), created_at=stamp())
        server = start_server(folder)
        _create_shop(server, shop)
    except BaseException:
        with contextlib.suppress(HubError, OSError):
            stop_server(folder)
        shutil.rmtree(folder / DATA, ignore_errors=True)
        for name in (PASSWORDS, STATE):
            (folder / name).unlink(missing_ok=True)
        raise
    return server


def _create_shop(server: HubServer, password: str) -> None:
    """The shop's role and database (UTF-8, the UTF-8 locale), then the book's tables in it."""
    import psycopg
    from psycopg import sql

    from shopowner.store.pg.hub import connect_hub, prepare_hub

    with psycopg.connect(server.local_url(SUPERUSER, "postgres"), autocommit=True, connect_timeout=10) as admin:
        # the password reaches the server already hashed (SCRAM), so no log of the server holds it
        verifier = admin.pgconn.encrypt_password(password.encode(), SHOP_ROLE.encode(), b"scram-sha-256")
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(SHOP_ROLE), sql.Literal(verifier.decode())))
        admin.execute(sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8' LOCALE {}").format(
            sql.Identifier(DATABASE), sql.Identifier(SHOP_ROLE), sql.Literal(LOCALE)))
        admin.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(DATABASE)))
    with psycopg.connect(server.local_url(SUPERUSER, DATABASE), autocommit=True, connect_timeout=10) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")  # trusted from 13 on; made here all the same
    with connect_hub(server.local_url()) as conn:
        prepare_hub(conn)  # as the shop's role, which so owns the book's tables


def server_running(folder: Path) -> bool:
    """Whether the hub's server in ``folder`` runs (``pg_ctl status``)."""
    server = read_server(folder)
    done = run_program(find_bindir(server.major), "pg_ctl", "status", "-D", server.folder / DATA, ok=(0, 3, 4))
    return done.returncode == 0


def start_server(folder: Path, port: int | None = None) -> HubServer:
    """Start the hub in ``folder`` (if it is not running) on its port, or on ``port`` from now on,
    listening on 127.0.0.1 and, for a LAN hub, on this PC's LAN addresses as they are now."""
    server = read_server(folder)
    if server_running(folder) and port in (None, server.port):
        return server
    if port is not None and port != server.port:
        stop_server(folder)
    port = port or server.port
    if not port_free(port):
        raise _port_taken(port)
    networks = lan.lan_interfaces() if server.lan else []
    server = HubServer(server.folder, port, server.lan, server.major, tuple(str(n.ip) for n in networks))
    _configure(server, networks)
    _save(server)
    try:
        run_program(find_bindir(server.major), "pg_ctl", "start", "-D", server.folder / DATA, "-l",
                    server.log_file, "-w", "-t", "60")
    except HubError as exc:
        raise _server_error("pg_ctl", _last_log_line(server.log_file) or str(exc), server.log_file) from exc
    return server


def _port_taken(port: int) -> HubError:
    return HubError("server", translate(
        "Store", "Another program on this PC uses port {port}, so the hub could not start there. "
                 "Close that program, or start the hub on another port: python main.py hub start "
                 "--port {other} (then the other PCs join at the new address).").format(
        port=port, other=free_port(port + 1)))


def _last_log_line(log: Path) -> str:
    with contextlib.suppress(OSError):
        lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
        return lines[-1] if lines else ""
    return ""


def stop_server(folder: Path) -> bool:
    """Stop the hub's server in ``folder`` (its connections are ended, what they committed kept);
    False when it was not running."""
    if not server_running(folder):
        return False
    server = read_server(folder)
    run_program(find_bindir(server.major), "pg_ctl", "stop", "-D", server.folder / DATA, "-m", "fast",
                "-w", "-t", "60")
    return True
