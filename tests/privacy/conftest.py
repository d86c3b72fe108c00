"""Helpers for the privacy tests: the fixtures' people, and a look at the shop file's bytes."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES

ORDERS = FIXTURES / "orders"
GENERIC = ORDERS / "generic/my-customers.csv"
# two people the fixtures share across files (MANIFEST.md): what must never come back
CHEN_JING = ("陈静", "13800011234", "chenjing_tea", "文一西路10号")
ZHOU_YUTONG = ("周雨桐", "13800021345", "yutong_zhou", "人民路84号")


def platform_files() -> list[Path]:
    return sorted(p for p in ORDERS.rglob("*") if p.suffix in (".csv", ".xlsx")
                  and p.parent.name not in ("bad", "generic"))


def customer_with_phone(db, phone: str) -> int:
    return db.execute("SELECT customer_id FROM customer_identities WHERE kind = 'phone' AND "
                      "value = ?", [phone]).fetchone()[0]


def file_bytes(data_dir: Path) -> bytes:
    """The shop file and its write-ahead log, as they are on disk."""
    return b"".join((data_dir / name).read_bytes() for name in ("shopowner.db", "shopowner.db-wal")
                    if (data_dir / name).exists())


def found_in(data: bytes, person) -> list[str]:
    return [value for value in person if value.encode("utf-8") in data]
