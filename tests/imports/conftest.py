"""Fixtures for the import tests: the sample exports, a table checksum, and generated variants."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

ORDERS = FIXTURES / "orders"
DATA_TABLES = ("customers", "customer_identities", "orders", "order_items",
               "duplicate_candidates", "settings")


KEYS = {"settings": "key"}  # the tables without an ``id``: ordered by their own key (the hub has no rowid)


def table_digest(db, tables=DATA_TABLES + ("imports",)) -> str:
    """A checksum of the contents of ``tables`` (every column, in the order of their key: ``id``,
    or ``KEYS``'), on the shop file or the hub alike."""
    h = hashlib.sha256()
    for table in tables:
        for row in db.execute(f"SELECT * FROM {table} ORDER BY {KEYS.get(table, 'id')}"):
            h.update(repr(row).encode("utf-8"))
        h.update(b"|")
    return h.hexdigest()


def clock_free_digest(db) -> str:
    """:func:`table_digest` of the imported data, without the clock's columns (two imports of
    the same file compare equal)."""
    db.execute("UPDATE customers SET created_at = '', updated_at = ''")
    db.execute("UPDATE orders SET imported_at = '', updated_at = ''")
    db.execute("UPDATE customer_identities SET created_at = ''")
    return table_digest(db, ("customers", "customer_identities", "orders", "order_items",
                             "duplicate_candidates"))


@pytest.fixture
def make_db(tmp_path):
    """Opens shop files by name in the test's folder (closed afterwards)."""
    from shopowner.store import open_database

    opened = []

    def make(name):
        opened.append(open_database(tmp_path / name))
        return opened[-1]
    yield make
    for db in opened:
        db.close()


def xls_bytes(source: Path, *, last_cell: bool = False) -> bytes:
    """The first sheet of the workbook ``source`` as an Excel 97-2003 .xls (``last_cell``: plus a
    value at the format's last cell, IV65536)."""
    import io

    import openpyxl
    import xlwt

    workbook = openpyxl.load_workbook(source, read_only=True)
    rows = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
    workbook.close()
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("订单列表")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)
    if last_cell:
        sheet.write(65535, 255, "x")
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def kuaishou_as_xls(path: Path, *, last_cell: bool = False) -> Path:
    """The 快手 fixture saved as an Excel 97-2003 .xls at ``path``."""
    path.write_bytes(xls_bytes(ORDERS / "kuaishou/快手订单.xlsx", last_cell=last_cell))
    return path


def good_files() -> list[Path]:
    """The main sample exports (not the bad files, nor the layout variants of ``variants/``)."""
    return sorted(p for p in ORDERS.rglob("*") if p.suffix in (".csv", ".xlsx")
                  and p.parent.name != "bad" and "variants" not in p.relative_to(ORDERS).parts)


@pytest.fixture
def orders_dir() -> Path:
    return ORDERS


ORDERLIST_HEADER = ["订单编号", "买家会员名", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态",
                    "收货人姓名", "收货地址", "联系手机", "订单创建时间", "订单付款时间", "宝贝标题",
                    "宝贝总数量", "退款金额"]


def write_orderlist(path, orders: int) -> None:
    """A generated GBK OrderList of ``orders`` orders with repeat buyers (one in three buys
    twice), for tests that need a big or a tailored file."""
    lines = [",".join(ORDERLIST_HEADER)]
    for n in range(orders):
        b = n % (orders * 2 // 3)
        lines.append(",".join([
            f'="{2043000000000000000 + n}"', f"buyer_{b}", "0.00", "128.00", "128.00",
            "交易成功" if n % 5 else "卖家已发货，等待买家确认", f"王{b % 97}芳",
            f"浙江省 杭州市 西湖区 文三路{b}号(310012)", f"138{b:08d}",
            f"2024-10-{1 + n % 28:02d} 10:00:00", f"2024-10-{1 + n % 28:02d} 10:05:00",
            "明前龙井 250g", "1", "0.00"]))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
