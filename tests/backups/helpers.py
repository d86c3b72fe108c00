"""Shop files in the states the backup tests need: damaged in the middle, with a stale WAL."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

from shopowner.demo import DEMO_CUSTOMERS, DEMO_ORDERS, DEMO_PRIVATE_ORDERS
from tests.conftest import ROOT

PAGE = 4096
DEMO = (DEMO_CUSTOMERS, DEMO_ORDERS + DEMO_PRIVATE_ORDERS)  # the demo shop's customers and orders
DEMO_WORDS = f"{DEMO[0]} customers, {DEMO[1]} orders"  # as a backup's line says them


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def damage_orders(path: Path) -> int:
    """Flip 512 bytes in the middle of a page in the middle of the orders table; returns the page."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [p for (p,) in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'orders' AND pagetype = 'leaf' ORDER BY pageno")]
    conn.close()
    page = pages[len(pages) // 2]
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * PAGE + PAGE // 2)
        chunk = fh.read(512)
        fh.seek((page - 1) * PAGE + PAGE // 2)
        fh.write(bytes(b ^ 0xA5 for b in chunk))
    return page


def write_and_die(data_dir: Path, sql: str) -> None:
    """A process writes to the shop file and is gone without closing it: its WAL stays behind."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        f"conn.executescript({sql!r})\n"
        "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(Path(data_dir) / "shopowner.db")], check=True,
                   cwd=ROOT, timeout=60)


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM customers").fetchone()[0],
                conn.execute("SELECT count(*) FROM orders").fetchone()[0])
    finally:
        conn.close()


def shop_state(data_dir: Path):
    """What "nothing was changed" compares: the shop file's bytes; in team mode, the hub's book's
    rows (the tables a restore replaces, counted, and the shop's name)."""
    from shopowner.store import open_database
    from shopowner.store.location import hub_url

    if not hub_url(data_dir):
        return (Path(data_dir) / "shopowner.db").read_bytes()
    db = open_database(data_dir)
    try:
        return ([db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("customers", "orders", "order_items", "tags", "followups")],
                db.execute("SELECT value FROM settings WHERE key = 'shop_name'").fetchall())
    finally:
        db.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
