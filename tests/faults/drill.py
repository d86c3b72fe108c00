"""The drills' parts, shared by the tests in this folder and ``scripts/drills.py``: ``main.py`` run
as a child process (optionally on a "full disk": ``RLIMIT_FSIZE``, so a write past the limit fails
with EFBIG like a full volume), and what must hold afterwards: the shop file is intact, nothing is
lost, no traceback reached the user."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(data_dir: Path, *args: str, limit: int | None = None, lang: str = "en",
         **popen) -> subprocess.Popen:
    """``python main.py --data-dir D --lang L ARGS…`` as a child; ``limit``: no file it writes may
    grow past this many bytes (the disk is "full" there)."""
    def full_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir),
                             "--lang", lang, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT, preexec_fn=full_disk if limit else None, **popen)


def run(data_dir: Path, *args: str, timeout: float = 300, **kw) -> tuple[int, str, str]:
    proc = main(data_dir, *args, **kw)
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def query(data_dir: Path, sql: str, params=()) -> list[tuple]:
    """``sql``'s rows, read from the shop file (or, in team mode, the hub's book) as another program."""
    if hub_of(data_dir):
        return _hub_query(data_dir, sql, params)
    conn = sqlite3.connect(Path(data_dir) / "shopowner.db", timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def hub_of(data_dir: Path) -> str | None:
    """The hub's address when the data folder works on one (the tests' ``--backend hub``)."""
    from shopowner.store.location import hub_url

    return hub_url(data_dir)


def _hub_query(data_dir: Path, sql: str, params=()) -> list[tuple]:
    from shopowner.store.pg.book import HubBook

    url = hub_of(data_dir)
    assert url is not None
    with HubBook.open(url) as book:
        return [tuple(row) for row in book.execute(sql, params).fetchall()]


def intact(data_dir: Path) -> bool:
    """The shop file passes ``integrity_check``; on a hub (whose server keeps its own pages) every
    customer has its search document, which a half-kept import would leave without."""
    if hub_of(data_dir):
        return _hub_query(data_dir, "SELECT count(*) FROM customers c WHERE NOT EXISTS "
                                    "(SELECT 1 FROM hub_customer_docs d WHERE d.customer_id = c.id)") == [(0,)]
    return query(data_dir, "PRAGMA integrity_check") == [("ok",)]


def order_count(data_dir: Path) -> int:
    return query(data_dir, "SELECT count(*) FROM orders")[0][0]


def card_codes(data_dir: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"reserved": set(), "printed": set()}
    for state, code in query(data_dir, "SELECT state, code FROM cards"):
        found[state].add(code)
    return found


def ship_more_parcels(data_dir: Path, count: int) -> None:
    """``count`` completed demo orders made paid and not shipped: parcels that need a card."""
    conn = sqlite3.connect(Path(data_dir) / "shopowner.db", timeout=30)
    try:
        with conn:
            conn.execute("UPDATE orders SET status = 'paid', shipped_at = NULL, paid_at = created_at "
                         "WHERE id IN (SELECT id FROM orders WHERE status = 'completed' ORDER BY id "
                         "LIMIT ?)", [count])
    finally:
        conn.close()


def no_traceback(err: str) -> bool:
    return "Traceback" not in err and 'File "' not in err


def logged(data_dir: Path) -> str:
    path = Path(data_dir) / "logs" / "errors.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def visible_files(folder: Path) -> list[str]:
    """What the owner sees in a folder (hidden part files excluded)."""
    return sorted(p.name for p in Path(folder).iterdir() if not p.name.startswith("."))


def wait_until(check, proc: subprocess.Popen | None = None, timeout: float = 60) -> bool:
    """Poll ``check()`` until true (or the child ended, or the time is up)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        if proc is not None and proc.poll() is not None:
            return check()
        time.sleep(0.01)
    return False


class WriteLock:
    """Another program writing to the shop file: holds its write lock until released. On a hub,
    another PC's import: it holds the lock an import numbers its rows under until it ends."""

    def __init__(self, data_dir: Path):
        self.book = self.conn = None
        url = hub_of(data_dir)
        if url:
            from shopowner.store.pg.book import HubBook
            from shopowner.store.row_ids import first_free_id

            self.book = HubBook.open(url)
            self.book.pg.execute("BEGIN")  # its import's transaction, ended by release()
            first_free_id(self.book, "customers")
            return
        self.conn = sqlite3.connect(Path(data_dir) / "shopowner.db", isolation_level=None,
                                    check_same_thread=False, timeout=30)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self.book is not None:
            self.book.close()  # the server rolls its transaction back
            self.book = None
        if self.conn is not None:
            self.conn.execute("ROLLBACK")
            self.conn.close()
            self.conn = None


def orderlists(folder: Path, count: int, orders: int) -> list[Path]:
    """``count`` generated Taobao OrderLists of ``orders`` orders each, with distinct order numbers."""
    from tests.imports.conftest import write_orderlist

    files = []
    for n in range(count):
        path = Path(folder) / f"ExportOrderList2024110{n + 1}.csv"
        write_orderlist(path, orders)
        if n:
            path.write_bytes(path.read_bytes().replace(b'="2043', f'="{2043 + n}'.encode()))
        files.append(path)
    return files
