"""The letter editor's version line, the versions window (版本…), restore with confirmation and
Undo, and the checker's marks in the text; driven with qtbot on the demo shop (a letter in two
versions: 34 cards printed with the first, 15 with the second), in English and Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from shopowner.store import letters as store
from shopowner.window_start import start_facts

WAIT = 15000


@pytest.fixture
def window(qtbot, demo_db, data_dir):
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    win = MainWindow(demo_db, data_dir, ScriptedDialogs(), facts=start_facts(demo_db))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


@pytest.fixture
def english(qapp):
    from shopowner.i18n import install_translators

    install_translators(qapp, "en")  # English plural forms ("1 card", "29 cards")
    yield


def editor_of(window, qtbot):
    area = window.show_area("cards")
    qtbot.waitUntil(lambda: area.editor is not None, timeout=WAIT)  # built on the next turn
    editor = area.editor
    qtbot.waitUntil(lambda: "·" in editor.version_label.text() and editor.version_line.printed is not None, timeout=WAIT)
    return editor


def choose(editor, name: str, qtbot) -> None:
    """Pick the letter ``name`` once the list holds it, and wait until the editor shows it."""
    def row_of() -> int | None:
        return next((row for row in range(editor.letters.count())
                     if editor.letters.item(row).text().startswith(name)), None)

    qtbot.waitUntil(lambda: row_of() is not None, timeout=WAIT)
    editor.letters.setCurrentRow(row_of())
    qtbot.waitUntil(lambda: editor.name.text() == name and not editor.body.isReadOnly(), timeout=WAIT)


def saved(editor, qtbot) -> None:
    """Save the editor's edits and wait until they are stored (the save runs off the GUI thread)."""
    stored = []
    editor.save(then=lambda: stored.append(True))
    qtbot.waitUntil(lambda: stored == [True], timeout=WAIT)


def test_the_version_line_counts_printed_cards_with_english_plurals(english, window, qtbot, data_dir, tmp_path):
    editor = editor_of(window, qtbot)
    assert editor.version_label.text() == "Version 2 · 15 cards printed with it · 2 versions in all"
    from shopowner.cards.batch import make_cards
    from shopowner.cards.layouts import BUILTIN_LAYOUTS

    db = window.db
    store.add_letter(db, "单张信", "{称呼}，谢谢你。", "小满")
    make_cards(db, data_dir, "1", BUILTIN_LAYOUTS["roll-80"], tmp_path / "one.pdf", letter_name="单张信")
    editor.reload()
    choose(editor, "单张信", qtbot)
    qtbot.waitUntil(lambda: "with it" in editor.version_label.text(), timeout=WAIT)
    assert editor.version_label.text() == "Version 1 · 1 card printed with it · 1 version in all"
    editor.body.insertPlainText("再见。")  # cards carry version 1: an edit becomes version 2
    assert editor.version_label.text().endswith(" · not saved yet: the changes become version 2")
    saved(editor, qtbot)
    assert editor.version_label.text().startswith("Version 2 · ")
    qtbot.waitUntil(lambda: editor.version_label.text() == "Version 2 · no cards printed with it yet · 2 versions "
                                                           "in all", timeout=WAIT)


def test_the_version_line_in_chinese(zh_translators, window, qtbot):
    editor = editor_of(window, qtbot)
    assert editor.version_label.text() == "第 2 版 · 已用它打印 15 张卡片 · 共 2 个版本"
    assert editor.versions_button.text() == "版本…"


def open_versions_with(window, editor, qtbot, script):
    """Open 版本… and run ``script(dialog)`` once its first page has been read."""
    seen = {}

    def run(dialog):
        qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=WAIT)
        seen["dialog"] = dialog
        return script(dialog)

    window.dialogs.dialog_results.append(run)
    qtbot.mouseClick(editor.versions_button, Qt.LeftButton)  # the edits saved, the letter read: then it opens
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=WAIT)
    return seen["dialog"]


def test_the_versions_window_lists_figures_and_opens_an_old_version_read_only(english, window, qtbot):
    editor = editor_of(window, qtbot)

    def look(dialog):
        table = dialog.table
        cells = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
        assert [row[0] for row in cells] == ["Version 2 (current)", "Version 1"]
        assert [row[2] for row in cells] == ["15", "34"]  # cards printed with each version
        adds = [int(row[3]) for row in cells]
        # 15 cards are too few for a rate (the tooltip says so); 34 are enough
        assert cells[0][4] == "—" and cells[1][4] == f"{adds[1] / 34:.1%}"
        assert table.item(0, 4).toolTip() == (f"{adds[0]} WeChat add{'s' if adds[0] != 1 else ''} from 15 cards "
                                              "printed: too few cards for a rate.")
        assert table.item(1, 4).toolTip() == f"{adds[1]} WeChat add{'s' if adds[1] != 1 else ''} from 34 cards printed."
        assert not dialog.restore_button.isEnabled()  # the current version
        table.selectRow(1)
        assert dialog.text.isReadOnly() and "{称呼}" in dialog.text.toPlainText()
        assert dialog.heading.text().startswith("Version 1, written ")
        assert dialog.signature.text() == "Signature: {创始人}"  # the demo signs with the founder field
        assert dialog.restore_button.isEnabled()
        assert not dialog.more_button.isVisibleTo(dialog)
        return False

    open_versions_with(window, editor, qtbot, look)


def test_restore_asks_first_then_undo_brings_the_words_back(window, qtbot):
    editor = editor_of(window, qtbot)
    first_text = store.version_by_no(window.db, editor.letter_id, 1)["body"]
    editor.body.setPlainText("新写的一版：{称呼}，谢谢你。")
    saved(editor, qtbot)  # version 2 was printed: this is version 3
    assert store.latest_version(window.db, editor.letter_id)["version_no"] == 3

    def restore_v1(dialog, answer):
        dialog.table.selectRow(2)
        window.dialogs.confirm_answers.append(answer)
        qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
        if answer:  # restored off the GUI thread, then the window closes
            qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=WAIT)
        return dialog.result() == dialog.DialogCode.Accepted

    open_versions_with(window, editor, qtbot, lambda d: restore_v1(d, False))
    assert window.dialogs.messages[-1][0] == "confirm"
    assert editor.body.toPlainText() == "新写的一版：{称呼}，谢谢你。"  # declined: nothing changed

    open_versions_with(window, editor, qtbot, lambda d: restore_v1(d, True))
    qtbot.waitUntil(lambda: editor.body.toPlainText() == first_text, timeout=WAIT)
    assert not editor.dirty
    assert not editor.restore_bar.isHidden() and editor.restore_bar.undo_button.isVisibleTo(editor)
    assert "version 1" in editor.restore_bar.note.text() and "version 4" in editor.restore_bar.note.text()
    assert "(restored from version 1)" in editor.version_label.text()
    qtbot.mouseClick(editor.restore_bar.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: editor.body.toPlainText() == "新写的一版：{称呼}，谢谢你。", timeout=WAIT)
    assert store.version_count(window.db, editor.letter_id) == 3
    assert "version 3" in editor.restore_bar.note.text() and not editor.restore_bar.undo_button.isVisibleTo(editor)


def test_typing_after_a_restore_puts_the_undo_away(window, qtbot):
    editor = editor_of(window, qtbot)
    editor.body.setPlainText("第三版")
    saved(editor, qtbot)
    window.dialogs.confirm_answers.append(True)

    def restore(dialog):
        dialog.table.selectRow(1)
        dialog.restore_selected()
        qtbot.waitUntil(lambda: dialog.restored is not None, timeout=WAIT)
        return True

    open_versions_with(window, editor, qtbot, restore)
    assert not editor.restore_bar.isHidden()
    qtbot.waitUntil(lambda: not editor.body.isReadOnly(), timeout=WAIT)  # the restored words shown
    editor.body.insertPlainText("再补一句。")
    assert editor.restore_bar.isHidden()


def test_ctrl_shift_h_opens_the_versions(window, qtbot):
    editor = editor_of(window, qtbot)
    opened = []
    window.dialogs.dialog_results.append(lambda dialog: opened.append(dialog.windowTitle()) or False)
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key_H, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: opened == ["Versions of “创始人感谢信”"], timeout=WAIT)


def test_the_words_a_warning_is_about_are_marked_and_shown(window, qtbot):
    editor = editor_of(window, qtbot)
    editor.body.setPlainText("𠮷祥如意！好 評 返 現，谢谢。")
    qtbot.waitUntil(lambda: "好评返现" in editor.warnings.text(), timeout=WAIT)
    marks = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.body.extraSelections()]
    assert (6, 13) in marks  # 𠮷 takes two UTF-16 units in the document
    editor._show_warning_place("0")
    assert editor.body.textCursor().selectedText() == "好 評 返 現"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_nothing_is_clipped_at_1366x768(language, qapp, qtbot, demo_db, data_dir):
    from shopowner.i18n import install_translators
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    install_translators(qapp, language)
    try:
        win = MainWindow(demo_db, data_dir, ScriptedDialogs(), facts=start_facts(demo_db))
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        editor = editor_of(win, qtbot)
        for widget in (editor.versions_button, editor.save_button):
            assert widget.width() >= widget.sizeHint().width(), (language, widget.text())
        label = editor.version_label
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), (language, label.text())

        def check(dialog):
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.width() <= 1366 and dialog.height() <= 768
            for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
                if widget.isVisible() and not (isinstance(widget, QLabel) and widget.wordWrap()):
                    assert widget.width() >= widget.sizeHint().width(), (language, widget.text())
            header = dialog.table.horizontalHeader()
            for column in range(dialog.table.columnCount()):
                text = dialog.table.horizontalHeaderItem(column).text()
                assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), (language, text)
                for row in range(dialog.table.rowCount()):
                    cell = dialog.table.item(row, column).text()
                    assert header.sectionSize(column) >= dialog.table.fontMetrics().horizontalAdvance(cell), cell
            return False

        open_versions_with(win, editor, qtbot, check)
    finally:
        install_translators(qapp, "en")


def test_a_long_history_is_read_a_page_at_a_time(english, window, qtbot):
    from shopowner.ui.cards.versions_dialog import PAGE

    editor = editor_of(window, qtbot)
    for n in range(PAGE + 3):
        store.save_letter(window.db, editor.letter_id, body=f"第 {n} 稿", keep_versions=True)
    total = store.version_count(window.db, editor.letter_id)

    def page_through(dialog):
        assert dialog.table.rowCount() == PAGE and dialog.more_button.isVisibleTo(dialog)
        qtbot.mouseClick(dialog.more_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == total, timeout=WAIT)
        assert not dialog.more_button.isVisibleTo(dialog)
        assert dialog.table.item(total - 1, 0).text() == "Version 1"
        assert dialog.table.item(total - 1, 2).text() == "34"
        return False

    open_versions_with(window, editor, qtbot, page_through)


def test_a_refused_save_keeps_the_edits_and_says_why(english, window, qtbot):
    """Saving runs off the GUI thread; a name another letter has is refused there: nothing is
    stored, the message says why, and the edits stay (still to save)."""
    editor = editor_of(window, qtbot)
    store.add_letter(window.db, "另一封信", "{称呼}，你好。", "小满")
    editor.reload()
    qtbot.waitUntil(lambda: editor.letters.count() == 2 and not editor.body.isReadOnly(), timeout=WAIT)
    letter_id = editor.letter_id
    editor.name.setText("另一封信")
    editor.body.setPlainText("改过的字。")
    stored = []
    editor.save(then=lambda: stored.append(True))
    qtbot.waitUntil(lambda: bool(window.dialogs.messages) and window.dialogs.messages[-1][0] == "warning",
                    timeout=WAIT)
    assert "already called “另一封信”" in window.dialogs.messages[-1][2] and stored == []
    assert editor.dirty and "not saved yet" in editor.version_label.text()
    assert store.get_letter(window.db, letter_id)["body"] != "改过的字。"


def test_a_new_letter_is_added_and_deleted(english, window, qtbot):
    editor = editor_of(window, qtbot)
    before = editor.letters.count()
    editor.new_letter()  # added off the GUI thread, then listed and shown
    qtbot.waitUntil(lambda: editor.letters.count() == before + 1 and editor.name.text() == "New letter 1",
                    timeout=WAIT)
    assert store.letter_by_name(window.db, "New letter 1") is not None
    window.dialogs.confirm_answers.append(True)
    editor.delete_letter()
    qtbot.waitUntil(lambda: editor.letters.count() == before and editor.name.text() != "New letter 1",
                    timeout=WAIT)  # the first letter shown again
    assert store.letter_by_name(window.db, "New letter 1") is None
