"""A table no platform matches: an order mapping proposed from the column names' meaning,
confirmed once, remembered, and its orders de-duplicated on re-import; the CLI run in-process."""

from __future__ import annotations

import json
import shutil

import pytest

from shopowner.cli import run as cli_run
from shopowner.imports import order_mapping
from shopowner.imports.mapping_preview import preview
from shopowner.imports.run import import_files, inspect_file
from tests.imports.conftest import ORDERS

OTHER_SHOP = ORDERS / "variants/generic/其他店铺订单.csv"
ENGLISH = ORDERS / "variants/generic/orders-en.xlsx"


@pytest.mark.parametrize("headers, expected", [
    ("订单编号,下单时间,收件人,联系方式,收货地址,实付金额,状态,商品名称,数量",
     {"订单编号": "order_id", "下单时间": "created_at", "收件人": "receiver_name",
      "联系方式": "mobile", "收货地址": "address", "实付金额": "paid", "状态": "status",
      "商品名称": "title", "数量": "quantity"}),
    ("单号,日期,客户,电话,地址,金额,备注",
     {"单号": "order_id", "日期": "created_at", "客户": "receiver_name", "电话": "mobile",
      "地址": "address", "金额": "paid", "备注": "seller_note"}),
    ("订单号,付款时间,创建时间,买家ID,买家昵称,收货人,手机,省份,城市,区县,详细地址,应付金额,运费,"
     "退款金额,售后状态,订单状态,宝贝,规格,单价,买家留言,卖家备注",
     {"订单号": "order_id", "付款时间": "paid_at", "创建时间": "created_at", "买家ID": "buyer_id",
      "买家昵称": "nickname", "收货人": "receiver_name", "手机": "mobile", "省份": "province",
      "城市": "city", "区县": "district", "详细地址": "address", "应付金额": "paid",
      "运费": "postage", "退款金额": "refund", "售后状态": "refund_state", "订单状态": "status",
      "宝贝": "title", "规格": "spec", "单价": "price", "买家留言": "buyer_message",
      "卖家备注": "seller_note"}),
    ("Order No,Date,Customer,Phone,Shipping Address,Amount Paid,Status,Product,Qty",
     {"Order No": "order_id", "Date": "created_at", "Customer": "receiver_name",
      "Phone": "mobile", "Shipping Address": "address", "Amount Paid": "paid",
      "Status": "status", "Product": "title", "Qty": "quantity"}),
    ("Order ID,Created At,Recipient,Mobile,Address,Total,Shipping,Refund Status,Order Status,Item,"
     "Quantity,Unit Price,Notes",
     {"Order ID": "order_id", "Created At": "created_at", "Recipient": "receiver_name",
      "Mobile": "mobile", "Address": "address", "Total": "total", "Shipping": "postage",
      "Refund Status": "refund_state", "Order Status": "status", "Item": "title",
      "Quantity": "quantity", "Unit Price": "price", "Notes": "seller_note"}),
])
def test_order_mapping_proposed_from_the_names_meaning(headers, expected):
    proposal = order_mapping.propose(headers.split(","))
    assert (proposal.kind, proposal.confident) == ("orders", True)
    assert proposal.columns == expected


def test_what_is_not_an_order_table():
    customers = order_mapping.propose(["客户", "联系方式", "城市"])
    assert (customers.kind, customers.columns) == ("customers", {"客户": "name", "联系方式": "phone"})
    weather = order_mapping.propose(["日期", "温度(℃)", "湿度(%)", "城市", "天气", "风向"])
    assert (weather.kind, weather.confident) == ("customers", False)
    # an order number alone says too little to propose with confidence
    assert not order_mapping.propose(["订单号", "颜色"]).confident


def test_preview_reads_the_first_rows_as_they_will_be_imported():
    headers = ["订单编号", "下单时间", "实付金额", "状态", "数量"]
    mapping = order_mapping.propose(headers)
    titles, cells = preview(mapping, headers, [["A1", "2024/5/1", "1,280.5", "已发货", "2"],
                                               ["A2", "不是日期", "免费", "交易关闭", "x"]])
    assert titles == ["Order number", "Order status", "Order time", "Amount paid", "Quantity"]
    assert cells[0] == ["A1", "Shipped", "2024-05-01 00:00:00", "¥1,280.50", "2"]
    assert cells[1][1] == "Closed" and cells[1][2].startswith("⚠") and cells[1][3].startswith("⚠")


def test_unknown_order_table_waits_for_a_yes_then_imports_and_is_remembered(db, tmp_path):
    first = import_files(db, [OTHER_SHOP]).files[0]
    assert first.needs_mapping and first.proposal["订单编号"] == "order_id"
    assert "订单编号" in first.error
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    confirmed = import_files(db, [OTHER_SHOP], mappings={str(OTHER_SHOP): first.proposal}).files[0]
    assert confirmed.error is None
    assert (confirmed.platform, confirmed.kind, confirmed.orders, confirmed.new_customers) == (
        "generic", "generic_orders", 3, 2)
    rows = db.execute("SELECT platform_order_id, status, paid_fen, receiver_phone FROM orders "
                      "ORDER BY platform_order_id").fetchall()
    assert rows == [("A1001", "completed", 5900, "13800070020"),
                    ("A1002", "shipped", 12050, "13800070021"),
                    ("A1003", "closed", 0, "13800070020")]
    assert db.execute("SELECT count(*) FROM order_items").fetchone()[0] == 4
    # next month's file with the same columns: the remembered mapping, no question, no duplicates
    later = tmp_path / "其他店铺订单_六月.csv"
    later.write_bytes(OTHER_SHOP.read_bytes() + "A1004,2024-06-01 09:00,何平,13800070020,"
                      "浙江省杭州市西湖区文三路100号,30.00,已付款,花茶,1\n".encode("utf-8"))
    again = import_files(db, [later]).files[0]
    assert again.error is None and (again.orders, again.new_orders, again.updated_orders) == (4, 1, 0)
    assert again.matched_customers == 2 and again.new_customers == 0
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 4
    assert inspect_file(db, later)["remembered"]


def test_the_seller_names_the_platform_it_really_comes_from(db):
    import_files(db, [ORDERS / "jd/订单导出_20241121.csv"])
    jd_orders = db.execute("SELECT count(*) FROM orders WHERE platform = 'jd'").fetchone()[0]
    headers = ["Order No", "Date", "Customer", "Phone", "Shipping Address", "Amount Paid",
               "Status", "Product", "Qty"]
    mapping = {**order_mapping.propose(headers).stored(), "@platform": "jd"}
    report = import_files(db, [ENGLISH], mappings={str(ENGLISH): mapping}).files[0]
    assert (report.platform, report.kind, report.orders) == ("jd", "jd", 3)
    assert db.execute("SELECT count(*) FROM orders WHERE platform = 'jd'").fetchone()[0] == (
        jd_orders + 3)
    assert db.execute("SELECT status FROM orders WHERE platform_order_id = 'W-503'").fetchone() == (
        "refunded",)


def test_a_table_with_no_identifying_column_is_still_refused(db):
    report = import_files(db, [ORDERS / "bad/unknown-columns.csv"]).files[0]
    assert report.needs_mapping and report.proposal is None
    assert "no name, mobile or WeChat column" in report.error
    # a mapping without the order number column is refused with its own reason
    bad = import_files(db, [OTHER_SHOP], mappings={str(OTHER_SHOP): {
        "收件人": "receiver_name", "@platform": "generic"}}).files[0]
    assert bad.error and db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_cli_proposes_then_imports_with_mapping_then_remembers(data_dir, capsys, tmp_path):
    base = ["--data-dir", str(data_dir), "--lang", "en", "import"]
    assert cli_run(base + [str(OTHER_SHOP)]) == 1
    out = capsys.readouterr().out
    assert "looks like a table of orders" in out and "--mapping '" in out
    proposed = json.loads(out.split("--mapping '")[1].split("' (")[0])
    assert proposed["订单编号"] == "order_id" and proposed["@platform"] == "generic"
    assert cli_run(base + [str(OTHER_SHOP), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["files"][0]["proposed_mapping"] == proposed
    assert cli_run(base + [str(OTHER_SHOP), "--mapping", json.dumps(proposed, ensure_ascii=False),
                           "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["files"][0]
    assert (report["platform"], report["orders"], report["new_orders"]) == ("generic", 3, 3)
    copy = tmp_path / "再导一次.csv"
    shutil.copy(OTHER_SHOP, copy)
    assert cli_run(base + [str(copy), "--json"]) == 0  # confirmed before: no question
    report = json.loads(capsys.readouterr().out)["files"][0]
    assert (report["new_orders"], report["updated_orders"]) == (0, 0)
    assert cli_run(base + [str(OTHER_SHOP), "--mapping", "[1]"]) == 2
    assert "order_id" in capsys.readouterr().err


def test_an_order_on_several_lines_amounts_repeated_or_per_line(db, tmp_path):
    table = tmp_path / "lines.csv"
    table.write_text("订单号,收货人,手机,金额,状态,商品\n"
                     "B1,何平,13800070020,50.00,已完成,红茶\n"
                     "B1,何平,13800070020,50.00,已完成,茶杯\n"  # the order's amount, repeated
                     "B2,吕青,13800070021,30.00,已完成,红茶\n"
                     "B2,吕青,13800070021,12.50,已完成,茶杯\n",  # each line's own amount
                     encoding="utf-8")
    mapping = order_mapping.propose(["订单号", "收货人", "手机", "金额", "状态", "商品"]).stored()
    report = import_files(db, [table], mappings={str(table): mapping}).files[0]
    assert report.orders == 2
    assert db.execute("SELECT platform_order_id, paid_fen FROM orders ORDER BY 1").fetchall() == [
        ("B1", 5000), ("B2", 4250)]
