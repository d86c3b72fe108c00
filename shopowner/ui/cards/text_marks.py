"""The words a letter warning is about, in the editor's text: marked (a wavy underline), and
selected when the owner asks where."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


def _utf16(text: str, index: int) -> int:
    """A Python string index as a Qt text position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def mark(body: QPlainTextEdit, spans: list[tuple[int, int]]) -> None:
    """Underline each ``(start, end)`` (Python string indexes) of ``body``'s text."""
    text = body.toPlainText()
    marked = QTextCharFormat()
    marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    marked.setUnderlineColor(QColor("#b23c17"))
    marked.setBackground(QColor("#fde7df"))
    selections = []
    for start, end in spans:
        if end > len(text):
            continue
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(body.document())
        selection.cursor.setPosition(_utf16(text, start))
        selection.cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        selection.format = marked
        selections.append(selection)
    body.setExtraSelections(selections)


def select(body: QPlainTextEdit, span: tuple[int, int]) -> bool:
    """Select ``span`` of ``body``'s text; False when the text no longer reaches it."""
    text = body.toPlainText()
    if span[1] > len(text):
        return False
    cursor = body.textCursor()
    cursor.setPosition(_utf16(text, span[0]))
    cursor.setPosition(_utf16(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    return True
