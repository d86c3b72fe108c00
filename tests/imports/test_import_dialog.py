"""The import dialog driven with qtbot: real files, a real worker thread, the summary shown."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.imports.conftest import ORDERS


def wait_done(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=20000)
    assert dialog.error is None, getattr(dialog.error, "traceback_text", dialog.error)


def test_menu_action_imports_files_and_shows_a_summary(qtbot, main_window):
    action = main_window.import_action
    assert action.shortcut().toString() == "Ctrl+I"
    main_window.dialogs.files.append([str(ORDERS / "jd/订单导出_20241121.csv"),
                                      str(ORDERS / "bad/empty.csv")])
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda change: change.source == "import", timeout=20000):
        action.trigger()
    dialog = main_window._import_dialog
    wait_done(qtbot, dialog)
    text = dialog.summary.toPlainText()
    assert "订单导出_20241121.csv" in text and "JD" in text
    assert "Rows read: 29; orders: 20 (20 new, 0 updated)" in text
    assert "Customers: 18 new, 0 matched" in text
    assert "empty.csv" in text and "The file is empty" in text
    assert dialog.close_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert main_window.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 20


def test_generic_list_asks_for_columns_and_remembers_them(qtbot, main_window, tmp_path):
    own = tmp_path / "客户名单.csv"
    own.write_text("客户,联系方式,城市\n王小明,13800990011,杭州\n李雷,13800990012,上海\n",
                   encoding="utf-8")
    seen = {}

    def answer(dialog):
        seen["preview_rows"] = dialog.preview.rowCount()
        seen["guessed_phone"] = dialog.boxes["phone"].currentData()
        dialog.boxes["name"].setCurrentIndex(1)  # 客户
        return True

    main_window.dialogs.dialog_results.append(answer)
    dialog = main_window.import_orders([str(own)])
    wait_done(qtbot, dialog)
    assert seen == {"preview_rows": 2, "guessed_phone": "联系方式"}
    assert main_window.db.execute("SELECT name FROM customers ORDER BY id").fetchall() == [
        ("王小明",), ("李雷",)]
    # the second time the remembered mapping is used without asking
    again = own.with_name("客户名单2.csv")
    shutil.copy(own, again)
    dialog = main_window.import_orders([str(again)])
    wait_done(qtbot, dialog)
    assert main_window.dialogs.dialog_results == []
    assert "2 matched" in dialog.summary.toPlainText()


def test_unknown_table_declined_imports_nothing(qtbot, main_window):
    main_window.dialogs.dialog_results.append(False)
    dialog = main_window.import_orders([str(ORDERS / "bad/unknown-columns.csv")])
    wait_done(qtbot, dialog)
    assert "no columns were chosen" in dialog.summary.toPlainText()
    assert main_window.db.execute("SELECT count(*) FROM imports").fetchone()[0] == 0


def test_dropping_files_on_the_window_imports_them(qtbot, main_window):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ORDERS / "kuaishou/快手订单.xlsx"))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(main_window.changed, check_params_cb=lambda change: change.source == "import", timeout=20000):
        main_window.dropEvent(event)
    wait_done(qtbot, main_window._import_dialog)
    assert main_window.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 12


def test_cancel_rolls_back_the_running_file(qtbot, main_window, tmp_path):
    from benchmarks.import_bench import generate

    big = tmp_path / "ExportOrderList_big.csv"
    generate(big, 20000)
    dialog = main_window.import_orders([str(big)])
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 1, timeout=20000)
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    wait_done(qtbot, dialog)
    assert dialog.result.cancelled
    assert main_window.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    assert "cancelled" in dialog.status.text().lower()


def test_a_second_import_waits_for_the_running_one(qtbot, main_window, tmp_path):
    from benchmarks.import_bench import generate

    big = tmp_path / "ExportOrderList_big.csv"
    generate(big, 8000)
    first = main_window.import_orders([str(big)])
    assert main_window.import_orders([str(ORDERS / "jd/订单导出_20241121.csv")]) is None
    assert main_window.dialogs.messages[-1][0] == "information"
    wait_done(qtbot, first)
    assert first.result.files[0].new_orders == 8000
