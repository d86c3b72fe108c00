"""The text-fit walker's rules, on small widgets in the ordinary (offscreen) run: each check can
fail, and passes what is right. The walk itself runs under xcb (scenarios/test_text_fit.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from tests.realwindow.fit import problems_in
from tests.realwindow.words import (
    ampersand_shows, english_in_chinese, internal_key, lazy_plural, rendered,
)


@pytest.mark.parametrize("text, mnemonic, shows", [
    ("&File", True, False), ("文件(&F)", True, False), ("Letters & insert cards", True, True),
    ("Letters & insert cards", False, True), ("Salt && pepper", True, True), ("Plain", False, False),
])
def test_ampersands_that_render(text, mnemonic, shows):
    assert ampersand_shows(text, mnemonic) is shows


def test_rendered_text_drops_shortcut_marks():
    assert rendered("&Import orders…", True) == "Import orders…"
    assert rendered("A&&B", True) == "A&B"
    assert rendered("A&&B", False) == "A&&B"


@pytest.mark.parametrize("text, key", [
    ("“to-ship”里没有需要卡片的包裹", "to-ship"), ("李雷 (taobao)", "taobao"),
    ("wechat_shop 3700000123456", "wechat_shop"), ("name|address", "name|address"),
    ("founder_wechat_id", "founder_wechat_id"), ("80 mm roll", None), ("a follow-up", None),
    ("数据文件：/tmp/my_shop/shopowner.db", None), ("https://u.wechat.com/a_b", None),
])
def test_internal_keys(text, key):
    assert internal_key(text) == key


def test_english_in_chinese_and_lazy_plurals():
    assert english_in_chinese("Keep (left) #45")
    assert not english_in_chinese("导出 PDF…") and not english_in_chinese("K7F2X")
    assert lazy_plural("1 copies") and lazy_plural("Preparing 3 file(s)…")
    assert not lazy_plural("1 copy") and not lazy_plural("12 copies")


def test_a_squeezed_row_is_measured(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    button = QPushButton("Print cards for the parcels going out")
    button.setFixedWidth(60)
    combo = QComboBox()
    combo.addItems(["All customers", "Customers who bought in the last ninety days"])
    combo.setFixedWidth(120)
    label = QLabel("Salt & pepper")
    fitting = QPushButton("OK")
    for widget in (button, combo, label, fitting):
        layout.addWidget(widget)
    row.show()
    qtbot.waitExposed(row)
    found = {(p.kind, p.text) for p in problems_in(row, "test", chinese=False)}
    assert ("too narrow", "Print cards for the parcels going out") in found
    assert ("too narrow", "Customers who bought in the last ninety days  (item)") in found
    assert ("& shows", "Salt & pepper") in found
    assert not any(text == "OK" for _kind, text in found)
    assert not any(text.startswith("All customers") for _kind, text in found)


def _table(qtbot, rows, *, stretch_last=True):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["日期", "买家说的话"])
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_cut_cells_and_elided_free_text(qtbot):
    long = "龙井很香，包装也用心，感谢信写得很真诚，下次还会再来买的，也会推荐给朋友们。"
    view = _table(qtbot, [["2026-12-02 00:17:45", long]])
    view.setColumnWidth(0, 40)
    found = {p.kind for p in problems_in(view, "test", chinese=True)}
    assert found == {"cells cut", "cut, no tooltip"}  # the date is cut; the text has no tooltip


def test_free_text_elided_with_its_tooltip_passes(qtbot):
    from shopowner.ui.columns import FittedColumns

    long = "龙井很香，包装也用心，感谢信写得很真诚，下次还会再来买的，也会推荐给朋友们。"
    view = _table(qtbot, [["2026-12-02", long]])
    FittedColumns(view)  # the date as wide as it needs; elided cells show their text on hover
    assert problems_in(view, "test", chinese=True) == []


def test_cells_hold_the_shops_data(qtbot):
    view = _table(qtbot, [["Annie13", "chenjing_tea"], ["K7F2X", "tea_lover_88"],
                          ["Review material", "李雷 (taobao)"]])
    found = {(p.kind, p.text) for p in problems_in(view, "test", chinese=True) if p.kind != "cells cut"}
    assert found == {("English in Chinese", "Review material"), ("internal key", "李雷 (taobao)")}


def test_report_lines_and_printer_names(qtbot, monkeypatch):
    from PySide6.QtWidgets import QTextBrowser

    from tests.realwindow import fit

    monkeypatch.setattr(fit, "printer_names", lambda: frozenset({"CardPDF"}))
    row = QWidget()
    qtbot.addWidget(row)
    report = QTextBrowser()
    report.setPlainText("第 5 行已跳过：重复行\n平台：taobao_detail")
    printers = QComboBox()
    printers.addItems(["不用打印机，存成 PDF", "CardPDF"])
    layout = QHBoxLayout(row)
    layout.addWidget(report)
    layout.addWidget(printers)
    row.show()
    qtbot.waitExposed(row)
    found = {(p.kind, p.text) for p in problems_in(row, "test", chinese=True)}
    assert found == {("internal key", "平台：taobao_detail")}


def test_a_styled_chip_is_measured_inside_its_padding(qtbot):
    chip = QPushButton("提过建议 ×")
    chip.setStyleSheet("background: #27ae60; color: white; border-radius: 8px; padding: 2px 8px")
    qtbot.addWidget(chip)
    chip.show()
    qtbot.waitExposed(chip)
    assert problems_in(chip, "test", chinese=True) == []  # as wide as it asks to be: fits
    chip.setFixedWidth(chip.sizeHint().width() - 12)
    assert [p.kind for p in problems_in(chip, "test", chinese=True)] == ["too narrow"]
