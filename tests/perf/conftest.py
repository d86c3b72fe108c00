"""The 200,000-customer shop for the stall tests: built once per session (seconds: rows loaded
in bulk by :func:`shopowner.scale_shop.fill_scale_shop`, never through the import path), kept
as a template file, copied into each test's own data folder.

The template is also kept between sessions in the temp folder (one per checkout), under a name
that hashes the code that shapes it (schema, search index, generator), so a second run does not
build it again; ``SHOPOWNER_SCALE_CACHE=0`` builds it afresh every session.
"""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from shopowner.window_start import start_facts

try:
    import fcntl
except ImportError:  # Windows: one worker at a time is left to the caller
    fcntl = None

SCALE_CUSTOMERS = 200_000
# the code whose change makes a different shop file
SHAPING = ("shopowner/store/migrations.py", "shopowner/store/customer_search.py",
           "shopowner/store/customers.py", "shopowner/store/bulk_load.py",
           "shopowner/store/bulk_indexes.py", "shopowner/scale_shop.py",
           "shopowner/demo/shop_data.py")


def _build(folder: Path) -> Path:
    from shopowner.paths import db_path
    from shopowner.scale_shop import fill_scale_shop
    from shopowner.store import open_database

    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = open_database(folder)
    counts = fill_scale_shop(db, customers=SCALE_CUSTOMERS)
    db.close()
    print(f"\nscale shop built in {time.perf_counter() - started:.1f} s: {counts}")
    return db_path(folder)


@pytest.fixture(scope="session")
def scale_template(tmp_path_factory) -> Path:
    """The path of a closed, checkpointed 200,000-customer shop file (copy it, never open it).

    Parallel workers (pytest-xdist) share one build: the first takes a lock on the cache folder
    and builds, the others wait for it and copy its file."""
    digest = hashlib.sha256(str(SCALE_CUSTOMERS).encode())
    for name in SHAPING:
        digest.update((ROOT / name).read_bytes())
    checkout = hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]  # one cache per checkout
    cache = Path(tempfile.gettempdir()) / "shopowner-test-cache" / checkout
    cached = cache / f"scale-{digest.hexdigest()[:16]}.db"
    if os.environ.get("SHOPOWNER_SCALE_CACHE", "1") == "0":
        return _build(tmp_path_factory.mktemp("scale-template"))
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / "build.lock", "w") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes (or the worker dies)
        if cached.exists():
            return cached
        built = _build(tmp_path_factory.mktemp("scale-template"))
        for old in cache.glob("scale-*.db"):  # another version of the code: not needed again
            old.unlink(missing_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.part")
        shutil.copyfile(built, partial)
        partial.replace(cached)
    return built


@pytest.fixture(scope="session")
def shopowner_imported():
    """Every module of the app imported, as it is in a worker that ran other window tests first:
    the stall tests time the app's work on a big shop, not Python reading its modules from a
    disk that a parallel worker keeps busy (the order tests run in no longer decides that)."""
    import importlib
    import pkgutil

    import shopowner

    for module in pkgutil.walk_packages(shopowner.__path__, "shopowner."):
        importlib.import_module(module.name)


@pytest.fixture
def big_shop(scale_template, shopowner_imported, tmp_path):
    """(db, data_dir): this test's own copy of the 200,000-customer shop, opened."""
    from shopowner.paths import db_path
    from shopowner.store import open_database

    data_dir = tmp_path / "big"
    data_dir.mkdir()
    shutil.copyfile(scale_template, db_path(data_dir))
    db = open_database(data_dir)
    yield db, data_dir
    db.close()


@pytest.fixture
def big_window(qtbot, big_shop):
    """The main window on the big shop, the customer book shown and read."""
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    db, data_dir = big_shop
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    area = window.show_area("customers")
    settle(qtbot, area)
    gc.collect()
    gc.freeze()  # as the app does after start-up (shopowner.ui.app.run_gui)
    yield window
    gc.unfreeze()


def settle(qtbot, area, timeout: int = 30_000) -> None:
    """Wait until the book's list, count, rows and detail pane have been read and no job runs."""
    qtbot.waitUntil(lambda: not area.searching and not area.model._count.busy
                    and not area.model._refresh.busy and not area.detail.loading
                    and not area.busy and not area.edits.busy and not area.filter_bar.loading,
                    timeout=timeout)
