"""kill -9 during an import: the file is all or nothing, intact, and imports whole next time.

(kill -9 during ``cards`` at every stage — reserved, drawing, recorded — is drilled in
``tests/cards/test_reservations.py``; ``scripts/drills.py`` repeats both at random moments.)"""

from __future__ import annotations

import shutil
import signal
import time
from pathlib import Path

import pytest

from tests.faults import drill
from tests.imports.conftest import write_orderlist

ORDERS = 3000


def wal_size(data_dir: Path) -> int:
    wal = data_dir / "shopowner.db-wal"
    return wal.stat().st_size if wal.exists() else 0


class Pristine:
    """The shop as it is now, to measure a run on and to be put back: a copy of the data folder;
    in team mode, a backup of the hub's book, made the hub's book again (tests/pg_server.py)."""

    def __init__(self, db, data_dir: Path, tmp_path: Path):
        self.db, self.data_dir, self.tmp_path = db, data_dir, tmp_path
        self.hub = drill.hub_of(data_dir) is not None
        if self.hub:
            from shopowner.store.backups import make_backup

            self.kept = make_backup(db, data_dir)
        db.close()
        if not self.hub:
            self.kept = tmp_path / "pristine"
            shutil.copytree(data_dir, self.kept)

    def measure_folder(self) -> Path:
        """Where a whole run can be measured without changing the shop."""
        if self.hub:
            return self.data_dir  # then put back
        shutil.copytree(self.data_dir, self.tmp_path / "measure")
        return self.tmp_path / "measure"

    def put_back(self) -> None:
        if self.hub:
            from tests.pg_server import replace_hub_book

            replace_hub_book(self.db, self.kept)
            return
        shutil.rmtree(self.data_dir)
        shutil.copytree(self.kept, self.data_dir)


def writing(data_dir: Path) -> bool:
    """The import is writing its rows: its shop file's WAL has grown (SQLite writes the pages of
    its commit there); on the hub, it holds the lock it numbers new rows under (until it ends)."""
    if drill.hub_of(data_dir):
        return drill.query(data_dir, "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                                     "WHERE c.relname = 'orders' AND l.mode = 'ShareRowExclusiveLock' "
                                     "AND l.granted")[0][0] > 0
    return wal_size(data_dir) > 64 * 1024


@pytest.mark.e2e
def test_an_import_killed_midway_keeps_nothing_of_it_and_the_file_is_intact(data_dir, db, tmp_path):
    """On a hub, the server rolls the killed process's transaction back: the book as before."""
    export = tmp_path / "ExportOrderList202411.csv"
    write_orderlist(export, ORDERS)
    pristine = Pristine(db, data_dir, tmp_path)
    started = time.monotonic()  # how long a whole run takes here (on a copy of the shop)
    assert drill.run(pristine.measure_folder(), "import", str(export))[0] == 0
    whole = time.monotonic() - started
    if pristine.hub:
        pristine.put_back()
    assert drill.order_count(data_dir) == 0
    points = [("while it writes", lambda share: writing(data_dir)),
              ("while it reads the rows", lambda share: time.monotonic() > started + whole * share)]
    for name, reached in points:
        # a share of the measured run; on a machine busier during the measuring run than now the
        # import may end sooner: then the shop is put back and it is killed earlier
        for share in (0.7, 0.35, 0.15):
            started = time.monotonic()
            proc = drill.main(data_dir, "import", str(export))
            if drill.wait_until(lambda: reached(share), proc) and proc.poll() is None:
                break
            proc.communicate(timeout=60)
            pristine.put_back()
        else:
            pytest.fail(f"{name}: the import ended first every time")
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        assert drill.intact(data_dir)
        assert drill.order_count(data_dir) in (0, ORDERS), name  # all or nothing
        assert drill.query(data_dir, "SELECT count(*) FROM order_items WHERE order_id NOT IN "
                                     "(SELECT id FROM orders)") == [(0,)]
    code, out, err = drill.run(data_dir, "import", str(export))
    assert code == 0 and drill.no_traceback(err), err
    assert drill.intact(data_dir) and drill.order_count(data_dir) == ORDERS
