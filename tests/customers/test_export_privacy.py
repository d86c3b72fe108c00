"""Export read back (XLSX and CSV with BOM), formula injection, delete, and the PIPL erase."""

from __future__ import annotations

import csv
import sqlite3

import openpyxl
import pytest

from shopowner.customers.export import export_customers, neutralise
from shopowner.paths import db_path
from shopowner.store.customer_merge import merge_customers
from shopowner.store.customer_privacy import delete_customer, erase_customer
from shopowner.store.customer_query import matching_ids
from shopowner.store.customers import get_customer, update_customer

from tests.customers.conftest import make_customer

EVIL = ["=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_reads_back_with_totals(book, tmp_path, suffix):
    db, c = book
    path = tmp_path / f"out{suffix}"
    assert export_customers(db, [c["ouyang"], c["sima"]], path) == 2
    if suffix == ".csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel and WPS read UTF-8
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    else:
        rows = [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    header, first, second = rows[0], rows[1], rows[2]
    assert first[0] == "欧阳娜娜" and second[0] == "司马相如"
    assert first[2] == "139****4321"  # phones masked unless asked otherwise
    assert float(first[header.index("Total spent (yuan)")]) == 315.0
    assert int(first[header.index("Orders")]) == 3
    full = tmp_path / f"full{suffix}"
    export_customers(db, [c["ouyang"]], full, mask_phones=False)
    text = full.read_bytes()
    assert (b"13987654321" in text) if suffix == ".csv" else True


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_formula_injection_is_neutralised(db, tmp_path, suffix):
    ids = [make_customer(db, evil, nickname=evil, notes=evil) for evil in EVIL]
    path = tmp_path / f"evil{suffix}"
    export_customers(db, ids, path)
    if suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))[1:]
    else:
        book = openpyxl.load_workbook(path)
        sheet = book.active
        rows = [[cell.value for cell in r] for r in sheet.iter_rows(min_row=2)]
        assert all(cell.data_type != "f" for r in sheet.iter_rows() for cell in r)
    for evil, row in zip(EVIL, rows):
        # XLSX stores a lone CR as a line break; what matters is the apostrophe in front
        assert row[0] in ("'" + evil, "'" + evil.replace("\r", "\n")) and row[1] == row[0]
        for value in row:
            assert not (isinstance(value, str) and value[:1] and value[:1] in "=+-@\t\r")
    assert neutralise(-5) == -5 and neutralise("茶") == "茶"


def test_delete_customer_with_orders(book):
    db, c = book
    assert delete_customer(db, c["ouyang"]) == {"customers": 1, "orders": 3}
    assert get_customer(db, c["ouyang"]) is None
    assert db.execute("SELECT count(*) FROM orders WHERE platform_order_id LIKE 'TB9000%'"
                      ).fetchone()[0] == 0
    assert matching_ids(db, {}, "欧阳娜娜") == []


def _all_text(db) -> str:
    out = []
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in db.execute(f"SELECT * FROM [{table}]").fetchall():
            out.extend(str(v) for v in row if isinstance(v, (str, bytes)))
    return "\n".join(out)


@pytest.mark.file_only("the bytes of the shop file itself")
def test_erase_wipes_personal_data_everywhere_and_keeps_totals(book, data_dir):
    db, c = book
    cid = c["ouyang"]
    twin = make_customer(db, "欧阳娜娜", nickname="nana_jd", phone="13987654321",
                         address="文一西路969号", orders=[("JD555001", 12800, 5)], platform="jd")
    merge_customers(db, cid, twin)  # the merge snapshot holds her data too
    update_customer(db, cid, wechat_status="added", wechat_name="娜娜的微信号",
                    notes="住在文一西路969号", custom_fields={"宝宝年龄": "3岁半"})
    db.execute("INSERT INTO followups (customer_id, summary, chat_text) VALUES (?, '欧阳娜娜问龙井', "
               "'手机13987654321')", [cid])
    db.execute("INSERT INTO feedback (customer_id, kind, text) VALUES (?, 'review', '欧阳娜娜说好喝')",
               [cid])
    db.execute("INSERT INTO wechat_adds (customer_id, wechat_name) VALUES (?, '娜娜的微信号')", [cid])
    db.execute("INSERT INTO imports (file_name, report) VALUES ('x.csv', "
               "'{\"matched\": \"欧阳娜娜 13987654321\"}')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    secrets = ["欧阳娜娜", "13987654321", "文一西路969号", "娜娜的微信号", "娜娜爱喝茶", "3岁半", "nana_jd"]
    raw_before = db_path(data_dir).read_bytes()
    assert all(s.encode() in raw_before for s in secrets)
    totals = db.execute("SELECT order_count, total_spent_fen FROM customers WHERE id = ?",
                        [cid]).fetchone()
    money = db.execute("SELECT sum(paid_fen) FROM orders").fetchone()[0]

    erase_customer(db, cid)

    text = _all_text(db)  # every table, the FTS shadow tables included
    for secret in secrets:
        assert secret not in text, secret
    assert matching_ids(db, {}, "欧阳娜娜") == [] and matching_ids(db, {}, "13987654321") == []
    assert db.execute("SELECT order_count, total_spent_fen FROM customers WHERE id = ?",
                      [cid]).fetchone() == totals
    assert db.execute("SELECT sum(paid_fen) FROM orders").fetchone()[0] == money
    assert get_customer(db, cid)["erased_at"]
    # and not in the file's bytes either (free pages zeroed, WAL checkpointed and truncated)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db_path(data_dir).read_bytes()
    wal = db_path(data_dir).with_name(db_path(data_dir).name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for secret in secrets:
        assert secret.encode() not in raw, secret
    # the file is still healthy
    check = sqlite3.connect(db_path(data_dir))
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for table in ("customer_search", "order_search"):
        check.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
    check.close()


def test_erase_leaves_the_shop_content_alone(db):
    cid = make_customer(db, "龙井茶客", nickname="明前龙井", orders=[("T1", 100, 1)])
    other = make_customer(db, "别人", orders=[("T2", 100, 1)])
    db.execute("INSERT INTO products (name) VALUES ('明前龙井 250g')")
    db.execute("UPDATE order_items SET title = '明前龙井 250g'")
    db.execute("INSERT INTO imports (file_name, report) VALUES ('a.csv', '龙井茶客 matched')")
    erase_customer(db, cid)
    assert db.execute("SELECT name FROM products").fetchone()[0] == "明前龙井 250g"
    assert {r[0] for r in db.execute("SELECT title FROM order_items")} == {"明前龙井 250g"}
    assert "龙井茶客" not in db.execute("SELECT report FROM imports").fetchone()[0]
    assert get_customer(db, other)["name"] == "别人"


@pytest.mark.file_only("the bytes of the shop file itself")
def test_erased_rare_name_leaves_no_trace_in_the_file(db, data_dir):
    """A name of rare characters shares no prefix with other index terms, so if the trigram
    index still held it, its bytes would be in the file: they must not be after the erase."""
    rare = "䶮𠮷龘"
    cid = make_customer(db, rare, nickname=rare + "茶", phone="17712345678", address=rare + "路1号",
                        orders=[("RARE-1", 100, 1)])
    make_customer(db, "别人", orders=[("OTHER-1", 100, 1)])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert "𠮷龘".encode() in db_path(data_dir).read_bytes()
    erase_customer(db, cid)
    raw = db_path(data_dir).read_bytes()
    assert "𠮷龘".encode() not in raw and "䶮𠮷".encode() not in raw
    assert b"17712345678" not in raw
    assert matching_ids(db, {}, "RARE-1") == [cid]  # the order id is not personal: still found
