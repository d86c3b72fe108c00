"""In-process CLI runs (``shopowner.cli.run`` with capsys) against a small real shop file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from shopowner.store.customers import add_customer, add_identity, refresh_customer_totals
from shopowner.store.orders import add_order


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, data_dir):
    """``cli("customers", "tag", …)`` runs one command on the test's shop and returns its exit
    code, stdout and stderr (argparse's refusals end as exit 2 there too)."""
    from shopowner import faults
    from shopowner.cli import run

    def call(*argv: str) -> Result:
        capsys.readouterr()
        try:
            code = run(["--data-dir", str(data_dir), *map(str, argv)])
        except SystemExit as exc:  # argparse: wrong arguments, --help
            code = exc.code if isinstance(exc.code, int) else 2
        finally:
            faults.set_log_folder(None)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return call


def _ago(days: int) -> str:
    return (datetime.now() - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S")


def make_customer(db, name, *, nickname="", phone=None, address="", orders=()) -> int:
    """A customer with a phone identity and Taobao orders given as (order_id, paid_fen, days_ago)."""
    with db.atomic():
        cid = add_customer(db, name=name, nickname=nickname, address=address, province="浙江省",
                           city="杭州市")
        if phone:
            add_identity(db, cid, "phone", phone)
        for order_id, paid, days in orders:
            add_order(db, dict(platform="taobao", platform_order_id=order_id, customer_id=cid,
                               status="completed", total_fen=paid, paid_fen=paid,
                               created_at=_ago(days), receiver_name=name, address=address),
                      [dict(title="明前龙井 250g", quantity=1, price_fen=paid, amount_fen=paid)])
        refresh_customer_totals(db, [cid])
    return cid


@dataclass
class Book:
    db: object
    zhang: int
    li: int
    wang: int


@pytest.fixture
def book(db) -> Book:
    """张三 (two orders, a phone), 李四 (one order, an address), 王五 (nothing yet)."""
    return Book(db,
                zhang=make_customer(db, "张三", nickname="茶友三", phone="13812345678",
                                    orders=[("TB1001", 16800, 3), ("TB1002", 8800, 40)]),
                li=make_customer(db, "李四", address="文一西路969号", orders=[("TB2001", 5900, 10)]),
                wang=make_customer(db, "王五"))
