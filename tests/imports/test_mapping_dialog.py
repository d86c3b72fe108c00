"""The column mapping dialog for an order table from an unknown shop system, driven with qtbot:
shown pre-filled with what we propose, confirmed → imported and remembered, asked no more."""

from __future__ import annotations

import shutil

from tests.imports.conftest import ORDERS
from tests.imports.test_import_dialog import wait_done

OTHER_SHOP = ORDERS / "variants/generic/其他店铺订单.csv"
ENGLISH = ORDERS / "variants/generic/orders-en.xlsx"


def test_order_table_shown_prefilled_confirmed_imported_and_remembered(qtbot, main_window,
                                                                       tmp_path):
    seen = {}

    def answer(dialog):
        seen["kind"] = dialog.kind.currentData()
        seen["platform"] = dialog.platform.currentText()
        seen["order_id"] = dialog.boxes["order_id"].currentData()
        seen["paid"] = dialog.boxes["paid"].currentData()
        seen["receiver"] = dialog.boxes["receiver_name"].currentData()
        seen["ok"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        header = [dialog.preview.horizontalHeaderItem(c).text()
                  for c in range(dialog.preview.columnCount())]
        seen["first_row"] = {header[c]: dialog.preview.item(0, c).text()
                             for c in range(len(header))}
        return True

    main_window.dialogs.dialog_results.append(answer)
    dialog = main_window.import_orders([str(OTHER_SHOP)])
    wait_done(qtbot, dialog)
    assert seen["kind"] == "orders" and seen["platform"] == "Other platform"
    assert (seen["order_id"], seen["paid"], seen["receiver"]) == ("订单编号", "实付金额", "收件人")
    assert seen["ok"]
    assert seen["first_row"]["Order number"] == "A1001" and seen["first_row"]["Amount paid"] == "¥59.00"
    assert seen["first_row"]["Order status"] == "Completed"
    assert main_window.db.execute("SELECT count(*) FROM orders WHERE platform = 'generic'"
                                  ).fetchone()[0] == 3
    assert "Other platform" in dialog.summary.toPlainText()
    # a second file with the same columns: imported with the remembered mapping, nothing asked
    again = tmp_path / "其他店铺订单_再导.csv"
    shutil.copy(OTHER_SHOP, again)
    dialog = main_window.import_orders([str(again)])
    wait_done(qtbot, dialog)
    assert main_window.dialogs.dialog_results == []
    assert main_window.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 3


def test_choices_change_the_preview_and_the_platform(qtbot, main_window):
    seen = {}

    def answer(dialog):
        dialog.boxes["order_id"].setCurrentIndex(0)  # not used: no order number, no import
        seen["blocked"] = not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        seen["problem"] = dialog.problem.text()
        dialog.boxes["order_id"].setCurrentIndex(dialog.boxes["order_id"].findData("Order No"))
        dialog.platform.setCurrentIndex(dialog.platform.findData("jd"))
        dialog.kind.setCurrentIndex(dialog.kind.findData("customers"))
        seen["customer_fields"] = sorted(dialog.boxes)
        dialog.kind.setCurrentIndex(dialog.kind.findData("orders"))
        seen["mapping"] = dialog.mapping()
        return True

    main_window.dialogs.dialog_results.append(answer)
    dialog = main_window.import_orders([str(ENGLISH)])
    wait_done(qtbot, dialog)
    assert seen["blocked"] and "order number" in seen["problem"]
    assert "phone" in seen["customer_fields"] and "order_id" not in seen["customer_fields"]
    assert seen["mapping"]["Order No"] == "order_id" and seen["mapping"]["@platform"] == "jd"
    assert main_window.db.execute("SELECT platform, count(*) FROM orders GROUP BY platform"
                                  ).fetchall() == [("jd", 3)]
