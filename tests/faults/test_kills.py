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


@pytest.mark.e2e
def test_an_import_killed_midway_keeps_nothing_of_it_and_the_file_is_intact(data_dir, db, tmp_path):
    db.close()
    export = tmp_path / "ExportOrderList202411.csv"
    write_orderlist(export, ORDERS)
    started = time.monotonic()  # how long a whole run takes here (on a copy of the shop)
    shutil.copytree(data_dir, tmp_path / "measure")
    assert drill.run(tmp_path / "measure", "import", str(export))[0] == 0
    whole = time.monotonic() - started
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    points = [("while it writes its commit", lambda share: wal_size(data_dir) > 64 * 1024),
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
            shutil.rmtree(data_dir)
            shutil.copytree(pristine, data_dir)
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
