"""The import history: completed imports with their reports, from the core, the CLI and the
window (文件 → 导入记录…, Ctrl+Shift+I); a rejected file leaves no entry."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from shopowner.imports.history import import_history
from shopowner.imports.run import import_files
from tests.imports.conftest import ORDERS
from tests.imports.test_cli import ROOT

DUPLICATES = ORDERS / "bad/duplicate-rows.csv"
JD = ORDERS / "jd/订单导出_20241121.csv"


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


def test_cli_lists_the_history(tmp_path):
    import subprocess
    import sys

    def main(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir",
                               str(tmp_path / "shop"), *map(str, args)], capture_output=True,
                              text=True, timeout=120,
                              env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
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
    assert dialog.model.rowCount() == 2 and not dialog.empty.isVisibleTo(dialog)
    assert "订单导出_20241121.csv" in dialog.details.toPlainText()  # the newest, selected
    dialog.table.selectRow(1)
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
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    dialog.close()
