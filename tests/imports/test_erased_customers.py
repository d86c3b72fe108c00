"""A customer erased at their request (PIPL) does not come back when an old export is imported
again: their orders take status and amounts only, and no person is matched or created."""

from __future__ import annotations

from shopowner.imports.run import import_files
from shopowner.store.customer_privacy import erase_customer
from tests.imports.conftest import write_orderlist


def test_reimport_after_erase_brings_no_personal_data_back(db, tmp_path):
    path = tmp_path / "ExportOrderList_erase.csv"
    write_orderlist(path, 12)  # order 0 and order 8 are buyer_0's (one in three buys twice)
    import_files(db, [path])
    cid = db.execute("SELECT customer_id FROM orders ORDER BY id LIMIT 1").fetchone()[0]
    name = db.execute("SELECT name FROM customers WHERE id = ?", [cid]).fetchone()[0]
    assert name and db.execute("SELECT count(*) FROM orders WHERE customer_id = ?",
                               [cid]).fetchone()[0] == 2
    customers = db.execute("SELECT count(*) FROM customers").fetchone()[0]
    erase_customer(db, cid)

    text = path.read_bytes().decode("gbk").replace("卖家已发货，等待买家确认", "交易成功")
    path.write_bytes(text.encode("gbk"))  # a later export: order 0 is now completed
    report = import_files(db, [path]).files[0]
    assert report.error is None and report.new_customers == 0
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == customers
    assert db.execute("SELECT count(*) FROM customers WHERE name = ?", [name]).fetchone()[0] == 0
    rows = db.execute("SELECT customer_id, status, receiver_name, receiver_phone, address "
                      "FROM orders WHERE customer_id = ? ORDER BY id", [cid]).fetchall()
    assert [r[1] for r in rows] == ["completed", "completed"]  # status still follows the export
    assert all(r[2:] == ("", "", "") for r in rows)
    assert db.execute("SELECT count(*) FROM customer_identities WHERE customer_id = ?",
                      [cid]).fetchone()[0] == 0
    assert any("erased" in w and "2" in w for w in report.warnings)
    assert db.execute("SELECT name, is_anonymous FROM customers WHERE id = ?",
                      [cid]).fetchone() == ("", 1)
