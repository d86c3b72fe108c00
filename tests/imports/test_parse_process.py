"""Parsing in a child process gives exactly what parsing in the importing thread gives: the same
rows, orders, customers, skipped rows (in the window's language), warnings and errors; a cancel
stops the child, and a child that cannot start leaves the work to the importing thread."""

from __future__ import annotations

import logging
import multiprocessing
import sys

from shopowner.imports.run import import_files
from shopowner.progress import Cancelled, Progress
from tests.imports.conftest import clock_free_digest as digest, write_orderlist
from tests.imports.test_search_index import index_rows

def write_with_problems(path, orders: int) -> None:
    """A generated OrderList plus rows the import must skip: no order number, an amount that is
    not a number, a repeated order, and a line whose bytes are not GBK."""
    write_orderlist(path, orders)
    rest = "交易成功,张三,浙江省 杭州市 西湖区 文三路1号,13900000001,2024-10-01 10:00:00,,龙井,1,0.00"
    first = path.read_bytes().split(b"\r\n")[1]
    bad = [f",buyer_x,0.00,1.00,1.00,{rest}".encode("gbk"),
           f'="2043999999999999999",buyer_y,0.00,abc,abc,{rest}'.encode("gbk"),
           first,
           b'="2043888888888888888",buyer_\xff\xfe,0.00,1.00,1.00,' + rest.encode("gbk")]
    with open(path, "ab") as fh:
        fh.write(b"\r\n".join(bad) + b"\r\n")


def test_a_child_process_parses_exactly_like_the_importing_thread(tmp_path, make_db):
    path = tmp_path / "ExportOrderList_problems.csv"
    write_with_problems(path, 5000)
    apart, here = make_db("apart"), make_db("here")
    seen = []
    a = import_files(apart, [path], parallel=True,
                     progress=Progress(lambda d, t, text: seen.append(d))).files[0]
    b = import_files(here, [path], parallel=False).files[0]
    assert a.error is None and a.new_orders == 5000
    assert len(a.skipped) == 4 and a.skipped[0]["row"] == 5002
    for field in ("rows", "orders", "new_orders", "new_customers", "matched_customers",
                  "duplicates", "skipped", "warnings"):
        assert getattr(a, field) == getattr(b, field), field
    assert digest(apart) == digest(here)
    assert index_rows(apart) == index_rows(here)
    assert seen == sorted(seen) and len(seen) > 3  # the bar moved while the child parsed
    assert multiprocessing.active_children() == []


def test_skip_reasons_from_the_child_are_in_the_windows_language(tmp_path, make_db, zh_translators):
    path = tmp_path / "ExportOrderList_problems.csv"
    write_with_problems(path, 50)
    a = import_files(make_db("apart"), [path], parallel=True).files[0]
    b = import_files(make_db("here"), [path], parallel=False).files[0]
    assert a.skipped == b.skipped
    assert any("订单" in s["reason"] for s in a.skipped)  # translated, not the English source


def test_a_file_of_bad_rows_is_rejected_with_the_same_message(tmp_path, make_db):
    path = tmp_path / "ExportOrderList_bad.csv"
    write_orderlist(path, 300)
    text = path.read_bytes().replace(b",128.00,128.00,", b",abc,abc,")  # no amount is a number
    path.write_bytes(text)
    apart, here = make_db("apart"), make_db("here")
    a = import_files(apart, [path], parallel=True).files[0]
    b = import_files(here, [path], parallel=False).files[0]
    assert a.error and a.error == b.error and "300" in a.error
    assert a.skipped == b.skipped and len(a.skipped) == 300
    assert apart.execute("SELECT count(*) FROM orders").fetchone()[0] == 0


def test_cancel_stops_the_child_and_leaves_nothing(tmp_path, make_db):
    path = tmp_path / "ExportOrderList_big.csv"
    write_orderlist(path, 8000)
    db = make_db("shop")
    calls = []

    def cancel_soon(done, total, text):
        calls.append(done)
        if len(calls) == 2:
            raise Cancelled()

    result = import_files(db, [path], parallel=True, progress=Progress(cancel_soon))
    assert result.cancelled
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    assert multiprocessing.active_children() == []


def test_a_child_that_cannot_start_leaves_the_work_here(tmp_path, make_db, caplog):
    path = tmp_path / "ExportOrderList_small.csv"
    write_orderlist(path, 300)
    spawn = multiprocessing.get_context("spawn")
    spawn.set_executable("/bin/false")  # a real program that exits at once, saying nothing
    try:
        with caplog.at_level(logging.WARNING, logger="shopowner.imports.parse_process"):
            report = import_files(make_db("shop"), [path], parallel=True).files[0]
    finally:
        spawn.set_executable(sys.executable)
    assert report.error is None and report.new_orders == 300
    assert "parsing in this one" in caplog.text


def test_the_window_s_worker_thread_can_start_the_child(tmp_path, data_dir, db):
    """The window imports from a pool thread on a connection of that thread's own."""
    import threading

    from shopowner.imports.run import import_files
    from shopowner.store import own_connection

    def import_in_this_thread():
        with own_connection(data_dir) as own:
            return import_files(own, [path], parallel=True)

    path = tmp_path / "ExportOrderList_thread.csv"
    write_orderlist(path, 500)
    results = []
    worker = threading.Thread(target=lambda: results.append(import_in_this_thread()))
    worker.start()
    worker.join(120)
    assert results and results[0].files[0].new_orders == 500
    assert multiprocessing.active_children() == []


def test_a_child_lost_mid_file_is_replaced_by_reading_the_file_here(tmp_path, make_db, caplog):
    """Killed half-way (out of memory, an over-eager antivirus…): the half-written file rolls
    back and the file is imported again in the importing process, whole."""
    path = tmp_path / "ExportOrderList_problems.csv"
    write_with_problems(path, 6000)
    killed, seen = [], []

    def kill_the_child(done, total, text):
        seen.append(done)
        children = multiprocessing.active_children()
        if children and not killed and done > 0:
            children[0].kill()
            killed.append(len(seen))

    lost, here = make_db("lost"), make_db("here")
    with caplog.at_level(logging.WARNING, logger="shopowner.imports.run"):
        a = import_files(lost, [path], parallel=True, progress=Progress(kill_the_child)).files[0]
    b = import_files(here, [path], parallel=False).files[0]
    assert killed and "again in this process" in caplog.text
    at_kill = seen[killed[0] - 1]
    assert min(seen[killed[0]:]) < at_kill and seen[-1] == 1000  # the bar starts the file again
    assert a.error is None and a.new_orders == b.new_orders == 6000
    assert (a.rows, a.skipped, a.warnings) == (b.rows, b.skipped, b.warnings)
    assert digest(lost) == digest(here)
    assert lost.execute("SELECT count(*) FROM imports").fetchone()[0] == 1


def test_an_order_list_joined_with_its_detail_list_gets_the_same_items(make_db):
    from tests.imports.conftest import ORDERS

    pair = sorted((ORDERS / "taobao").glob("ExportOrder*List2024*.csv"))
    assert len(pair) == 2
    apart, here = make_db("apart"), make_db("here")
    a = import_files(apart, pair, parallel=True).files
    b = import_files(here, pair, parallel=False).files
    assert [(f.rows, f.orders, f.new_orders, f.skipped) for f in a] == [
        (f.rows, f.orders, f.new_orders, f.skipped) for f in b]
    assert a[0].joined_with and digest(apart) == digest(here)
    assert apart.execute("SELECT count(*) FROM order_items WHERE price_fen > 0").fetchone()[0] > 0


def test_ctrl_c_reaching_the_child_leaves_the_cancel_to_the_importing_process(tmp_path, make_db):
    """On a terminal Ctrl+C is sent to the child too; the CLI turns it into a cancel itself."""
    import os
    import signal

    path = tmp_path / "ExportOrderList_big.csv"
    write_orderlist(path, 6000)
    interrupted = []

    def interrupt_the_child(done, total, text):
        children = multiprocessing.active_children()
        if children and not interrupted and done > 0:
            os.kill(children[0].pid, signal.SIGINT)
            interrupted.append(children[0].pid)

    report = import_files(make_db("shop"), [path], parallel=True,
                          progress=Progress(interrupt_the_child)).files[0]
    assert interrupted and report.error is None and report.new_orders == 6000
