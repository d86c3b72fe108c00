"""The import history: completed imports with their reports, from the core, the CLI and the
window (文件 → 导入记录…, Ctrl+Shift+I); a rejected file leaves no entry."""

from __future__ import annotations

import pytest

import json

from PySide6.QtCore import QSettings

from shopowner.imports.history import import_history, import_report
from shopowner.imports.run import MAX_REPORTED_SKIPS, import_files
from tests.imports.conftest import ORDERS, write_orderlist

DUPLICATES = ORDERS / "bad/duplicate-rows.csv"
JD = ORDERS / "jd/订单导出_20241121.csv"
BAD = MAX_REPORTED_SKIPS + 205  # rows without an order number: more than a report keeps


def test_history_keeps_each_completed_import_with_its_skipped_rows(db):
    import_files(db, [DUPLICATES, ORDERS / "bad/truncated.xlsx", JD])
    history = import_history(db)
    assert [h.file for h in history] == [str(JD), str(DUPLICATES)]  # newest first, no rejects
    jd, dup = history
    assert (jd.platform, jd.kind, jd.rows, jd.orders, jd.new_orders) == ("jd", "jd", 29, 20, 20)
    assert jd.new_customers == 18 and jd.finished_at and jd.import_id
    assert dup.skipped[0]["row"] == 5 and "duplicate" in dup.skipped[0]["reason"]
    import_files(db, [JD])  # again: nothing new, but the import is recorded
    again = import_history(db)[0]
    assert (again.new_orders, again.updated_orders, again.matched_customers) == (0, 0, 18)
    assert len(import_history(db, limit=2)) == 2


def many_skips(path, good: int = 20, bad: int = BAD):
    """An OrderList with ``good`` orders followed by ``bad`` rows that have no order number."""
    write_orderlist(path, good)
    row = ",buyer_x,0.00,128.00,128.00,交易成功,王芳,浙江省 杭州市 西湖区 文三路1号,13800000000," \
          "2024-10-01 10:00:00,2024-10-01 10:00:00,明前龙井,1,0.00\r\n"
    with open(path, "ab") as fh:
        fh.write((row * bad).encode("gbk"))
    return path


def test_history_counts_every_skipped_row_though_it_keeps_the_first_thousand(db, tmp_path):
    report = import_files(db, [many_skips(tmp_path / "ExportOrderList_many.csv")]).files[0]
    assert report.new_orders == 20 and report.skipped_total == len(report.skipped) == BAD
    listed = import_history(db, details=False)[0]
    assert (listed.skipped, listed.warnings, listed.skipped_total) == ([], [], BAD)
    assert (listed.rows, listed.orders, listed.new_orders) == (20 + BAD, 20, 20)
    full = import_report(db, listed.import_id)
    assert len(full.skipped) == MAX_REPORTED_SKIPS and full.skipped_total == BAD
    assert full.skipped[0] == {"row": 22, "reason": "no order number"}
    assert import_history(db)[0].skipped_total == BAD and import_report(db, 999) is None


@pytest.mark.file_only("writes an older report by hand with SQLite's json_remove")
def test_history_reads_reports_stored_before_the_count_or_damaged(db):
    import_files(db, [DUPLICATES, JD])
    with db.conn:  # an older report (no skipped_count) and a damaged one
        db.execute("UPDATE imports SET report = json_remove(report, '$.skipped_count') "
                   "WHERE id = 1")
        db.execute("UPDATE imports SET report = '{not json' WHERE id = 2")
    jd, dup = import_history(db, details=False)
    assert (jd.file, jd.skipped_total, jd.new_orders) == ("订单导出_20241121.csv", 0, 20)
    assert dup.skipped_total == 1 and dup.file == str(DUPLICATES)
    assert import_report(db, 1).skipped_total == 1 and import_report(db, 2).skipped == []


def test_cli_lists_the_history(run_main, tmp_path):
    def main(*args):
        return run_main(*args, data_dir=tmp_path / "shop")
    empty = main("import-history")
    assert empty.returncode == 0 and empty.stdout.strip()
    assert main("import", DUPLICATES, JD).returncode == 0
    out = json.loads(main("import-history", "--json", "--limit", "1").stdout)["imports"]
    assert len(out) == 1 and out[0]["file"] == str(JD) and out[0]["new_orders"] == 20
    assert out[0]["finished_at"] and out[0]["import_id"] == 2
    text = main("import-history").stdout
    assert text.index("订单导出_20241121.csv") < text.index("duplicate-rows.csv")


def test_window_shows_the_history_and_the_chosen_report(qtbot, main_window):
    import_files(main_window.db, [DUPLICATES, JD])
    action = main_window.import_history_action
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    action.trigger()
    dialog = main_window._import_history
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)  # the list and the newest report, read
    assert dialog.model.rowCount() == 2 and not dialog.empty.isVisibleTo(dialog)
    assert "订单导出_20241121.csv" in dialog.details.toPlainText()  # the newest, selected
    dialog.table.selectRow(1)
    qtbot.waitUntil(lambda: "duplicate-rows.csv" in dialog.details.toPlainText(), timeout=5000)
    details = dialog.details.toPlainText()
    assert "duplicate-rows.csv" in details and "row 5:" in details
    assert dialog.model.index(1, 7).data() == 1  # skipped rows column
    action.trigger()  # once only: brought to the front
    assert main_window._import_history is dialog
    dialog.resize(700, 500)
    dialog.close()
    assert QSettings().value("importHistory/geometry") is not None


def test_window_history_when_nothing_was_imported(qtbot, main_window):
    main_window.import_history_action.trigger()
    dialog = main_window._import_history
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=5000)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    dialog.close()


def test_window_counts_all_skipped_rows_and_lists_the_kept_ones(qtbot, main_window, tmp_path):
    import_files(main_window.db, [many_skips(tmp_path / "ExportOrderList_many.csv")])
    main_window.import_history_action.trigger()
    dialog = main_window._import_history
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading and bool(dialog.details.toPlainText()), timeout=5000)
    assert dialog.model.index(0, 7).data() == BAD
    details = dialog.details.toPlainText()
    assert f"Skipped rows: {BAD}" in details and "row 22: no order number" in details
    assert f"row {21 + MAX_REPORTED_SKIPS}:" in details
    assert f"… and {BAD - MAX_REPORTED_SKIPS} more" in details
    dialog.close()
