"""Qt's own dialogs speak Chinese in the Chinese window: the file dialog (Qt's widget dialog, as
on Linux; ``DontUseNativeDialog``), the print dialog and its page set-up, message-box buttons.

Runs in the ordinary (offscreen) run: translations do not depend on the platform. A failure lists
each English text with the Qt class that shows it; add the missing ones to
``resources/translations/qtbase_extra_zh_CN.ts`` (then ``scripts/i18n.py compile``).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDialog, QFileDialog, QLabel, QLineEdit, QMessageBox, QTreeView,
    QWidget,
)

CJK = re.compile(r"[\u3400-\u9fff]")
WORD = re.compile(r"[A-Za-z]{2,}")
# shown as is in every language: paper names (ISO/ANSI/JIS), printer names and types, paths, units
NOT_WORDS = re.compile(r"^(?:[A-Z]{1,4}\d+.*|ANSI .|Arch .|Envelope .*|Executive|Ledger|Tabloid.*|"
                       r"US (?:Letter|Legal)|Super .|Folio|Quarto|Statement|Note|Imperial.*|"
                       r"Generic CUPS-PDF Printer.*|CardPDF|/.*|[\d.]+\s*(?:mm|in|pt|cm)|Qt)$")


def english_texts(dialog: QWidget) -> list[str]:
    """Texts a person can read in ``dialog`` (labels, buttons, tooltips, combo items, window
    titles) that have English words and no Chinese."""
    found = []
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        texts = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.toolTip())
        for text in texts:
            plain = text.replace("&", "").strip()
            if plain and WORD.search(plain) and not CJK.search(plain) and not NOT_WORDS.match(plain):
                found.append(f"{type(widget).__name__} {widget.objectName() or '-'}: {text!r}")
    return found


@pytest.fixture
def chinese(qapp, zh_translators):
    return qapp


def test_the_file_dialog_is_chinese(chinese, qtbot, tmp_path):
    (tmp_path / "淘宝导出").mkdir()
    for mode in (QFileDialog.AcceptOpen, QFileDialog.AcceptSave):
        dialog = QFileDialog(None, "导入订单", str(tmp_path), "订单导出文件 (*.csv *.xlsx)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.setViewMode(QFileDialog.Detail)
        dialog.show()
        labels = {name: dialog.findChild(QLabel, name).text()
                  for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
        assert labels == {"lookInLabel": "查找范围(&L)：", "fileNameLabel": "文件名称(&N)：",
                          "fileTypeLabel": "文件类型(&T)："}
        assert english_texts(dialog) == []
        view = dialog.findChild(QTreeView, "treeView")  # the list's 类型 column names a folder
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1, timeout=5000)
        folder = view.model().index(0, 2, view.rootIndex())
        assert folder.data() == "文件夹"


def test_the_print_dialog_and_page_setup_are_chinese(chinese, qtbot):
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter

    printer = QPrinter()
    for dialog in (QPrintDialog(printer), QPageSetupDialog(printer)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert english_texts(dialog) == [], type(dialog).__name__


def test_message_box_buttons_are_chinese(chinese, qtbot):
    box = QMessageBox(QMessageBox.Question, "标题", "内容",
                      QMessageBox.Yes | QMessageBox.No | QMessageBox.Ok | QMessageBox.Cancel)
    qtbot.addWidget(box)
    box.show()
    assert english_texts(box) == []
    assert isinstance(box, QDialog)
