"""The work behind 文件 → 团队模式, run on the app's workers (``shopowner.tasks``): plain functions
over the store's, the same steps as the ``hub`` commands (``shopowner/cli/hub.py``) take.

Each takes ``progress`` (a :class:`shopowner.progress.Progress`) last, as a job does. None of
them leaves a half-made change: making this PC the hub removes the hub it made when a later step
fails or is cancelled, and the data folder joins a hub only as the very last step.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from shopowner.i18n import translate
from shopowner.paths import db_path
from shopowner.progress import Progress, maybe
from shopowner.store.location import join_hub

if TYPE_CHECKING:
    from shopowner.store.pg.server import HubServer

# store/pg/server.py's default_folder and STATE, named here so that asking whether this PC is the
# hub, as every start of the window does, does not load the PostgreSQL driver (0.1 s)
HUB_FOLDER, HUB_STATE = "hub", "server.json"


def own_hub_folder(data_dir: Path) -> Path:
    """Where this PC's hub lives when this PC is the hub: ``hub/`` in the data folder."""
    return Path(data_dir) / HUB_FOLDER


def has_own_hub(data_dir: Path) -> bool:
    """Whether this PC is the hub: the data folder holds the server's folder (no program runs)."""
    return (own_hub_folder(data_dir) / HUB_STATE).exists()


def own_hub_url(data_dir: Path) -> str | None:
    """This PC's address of its own hub (the password stays in its file), if it has one."""
    if not has_own_hub(data_dir):
        return None
    from shopowner.store.pg import server as pg_server

    try:
        return pg_server.read_server(own_hub_folder(data_dir)).local_url()
    except (KeyError, ValueError, pg_server.HubError):
        return None


@dataclass(frozen=True)
class OwnHub:
    """This PC's hub as the dialog shows it."""

    server: HubServer
    running: bool
    password: str

    @property
    def addresses(self) -> list[str]:
        """host:port for each LAN address the other PCs join at (none: this PC only)."""
        return [f"{address}:{self.server.port}" for address in self.server.addresses]


def read_own_hub(data_dir: Path, progress: Progress | None = None) -> OwnHub:
    """This PC's hub, whether it runs (``pg_ctl status``) and its shop password."""
    from shopowner.store.pg import server as pg_server

    folder = own_hub_folder(data_dir)
    running = pg_server.server_running(folder)
    server = pg_server.read_server(folder)  # after the status: a start may have just rewritten it
    return OwnHub(server, running, server.password())


def start_own_hub(data_dir: Path, progress: Progress | None = None) -> HubServer:
    """Start this PC's hub when it is not running (at the window's start, or its Start button)."""
    from shopowner.store.pg import server as pg_server

    return pg_server.start_server(own_hub_folder(data_dir))


def stop_own_hub(data_dir: Path, progress: Progress | None = None) -> bool:
    from shopowner.store.pg import server as pg_server

    return pg_server.stop_server(own_hub_folder(data_dir))


def probe(url: str, progress: Progress | None = None) -> bool:
    """Whether the hub at ``url`` answers now (a HubError saying why not is raised)."""
    from shopowner.store.pg.hub import probe_hub

    probe_hub(url)
    return True


def customers_in_file(data_dir: Path) -> int:
    """How many customers this PC's own shop file holds (0 when it has none)."""
    if not db_path(data_dir).exists():
        return 0
    from shopowner.store import open_database
    from shopowner.store.customer_query import count_customers

    shop = open_database(data_dir, hub=False)
    try:
        return count_customers(shop)
    finally:
        shop.close()


def check_hub(url: str, data_dir: Path, progress: Progress | None = None) -> int:
    """Reach the hub at ``url`` and check it (reachable, signed in, UTF-8, a ShopOwner book or an
    empty database); returns how many customers this PC's shop file holds, for the warning."""
    from shopowner.store.pg.book import HubBook

    maybe(progress).update(0, 0, translate("Team", "Reaching the hub…"))
    HubBook.open(url).close()
    return customers_in_file(data_dir)


@dataclass(frozen=True)
class MadeHub:
    server: HubServer
    rows: int
    tables: int
    files: int
    missing_files: tuple[str, ...]


def make_this_pc_the_hub(data_dir: Path, *, lan_too: bool = True, port: int | None = None,
                         progress: Progress | None = None) -> MadeHub:
    """``hub init`` + ``hub move-in`` + ``hub join`` in one: a new hub in ``hub/`` of the data
    folder, this PC's shop copied into it (every table checked), then the data folder joined to
    it. Anything failing — or a cancel — before the join removes the hub it made: the PC works on
    its shop file as before, which is never changed."""
    from shopowner.store.pg import server as pg_server
    from shopowner.store.pg.hub import HubError
    from shopowner.store.pg.move import move_in

    progress = maybe(progress)
    data_dir = Path(data_dir)
    folder = own_hub_folder(data_dir)
    if not db_path(data_dir).exists():
        raise HubError("move", translate("Team", "There is no shop file in {folder} to move into the hub.")
                       .format(folder=data_dir))
    progress.update(0, 3, translate("Team", "Step 1 of 3: setting up the hub's database server…"))
    server = pg_server.init_server(folder, port=port, lan_too=lan_too)
    try:
        progress.update(1, 3, translate("Team", "Step 2 of 3: copying this PC's shop into the hub…"))

        def copied(table: str, rows: int) -> None:
            progress.update(1, 3, translate("Team", "Step 2 of 3: copying {table} ({rows} rows)…")
                            .format(table=table, rows=rows))

        report = _move_in(data_dir, server.local_url(), copied, move_in)
        progress.update(2, 3, translate("Team", "Step 3 of 3: making this PC work on the hub…"))
        join_hub(data_dir, server.local_url())
    except BaseException:
        remove_hub(folder)
        raise
    progress.update(3, 3, translate("Team", "Done."))
    return MadeHub(server, report.total, len(report.rows), report.files, report.missing_files)


def _move_in(data_dir: Path, url: str, copied, move_in):
    from shopowner.store import open_database
    from shopowner.store.pg.hub import connect_hub, lost_hub, prepare_hub

    with lost_hub(url), connect_hub(url) as conn:
        prepare_hub(conn)
        shop = open_database(data_dir, hub=False)  # the file, also when a hub is chosen otherwise
        try:
            return move_in(shop, conn, data_dir=data_dir, source=str(db_path(data_dir)), progress=copied)
        finally:
            shop.close()


def remove_hub(folder: Path) -> None:
    """Undo a hub made moments ago: stop its server, then remove its folder."""
    from shopowner.store.pg import server as pg_server
    from shopowner.store.pg.hub import HubError

    with contextlib.suppress(HubError, OSError):
        pg_server.stop_server(folder)
        shutil.rmtree(folder, ignore_errors=True)  # only once it stopped: a running server keeps it


def use_own_hub(data_dir: Path, progress: Progress | None = None) -> tuple[str, int]:
    """Work on this PC's hub again (after leaving it): started if need be and checked; returns its
    address on this PC and the customers in the shop file, as :func:`check_hub`."""
    server = start_own_hub(data_dir)
    return server.local_url(), check_hub(server.local_url(), data_dir, progress)


def copy_back(url: str, data_dir: Path, progress: Progress | None = None):
    """``hub move-out``: the hub's book as a new shop file in the data folder (which has none)."""
    from shopowner.store.pg.hub import connect_hub, lost_hub, prepare_hub
    from shopowner.store.pg.move import move_out_to_folder

    def copied(table: str, rows: int) -> None:
        maybe(progress).update(0, 0, translate("Team", "Copying {table} ({rows} rows)…").format(
            table=table, rows=rows))

    with lost_hub(url), connect_hub(url) as conn:
        prepare_hub(conn)
        return move_out_to_folder(conn, data_dir, progress=copied)
