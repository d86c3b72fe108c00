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
