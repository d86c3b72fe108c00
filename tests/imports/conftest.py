"""Fixtures for the import tests: the sample exports, a table checksum, and generated variants."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

ORDERS = FIXTURES / "orders"
DATA_TABLES = ("customers", "customer_identities", "orders", "order_items",
               "duplicate_candidates", "settings")


def table_digest(db, tables=DATA_TABLES + ("imports",)) -> str:
    """A checksum of the contents of ``tables`` (every column, in id order)."""
    h = hashlib.sha256()
    for table in tables:
        for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            h.update(repr(row).encode("utf-8"))
        h.update(b"|")
    return h.hexdigest()


def good_files() -> list[Path]:
    return sorted(p for p in ORDERS.rglob("*") if p.suffix in (".csv", ".xlsx")
                  and p.parent.name != "bad")


@pytest.fixture
def orders_dir() -> Path:
    return ORDERS
