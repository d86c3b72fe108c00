"""帮助: the guide (F1) with the loop in five steps and shortcuts that really exist; About stays.
The menus and the navigation show their texts whole, with no stray ``&``."""

from __future__ import annotations

from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton

from shopowner.ui.areas import AREAS
from shopowner.ui.setup.guide import GuideDialog
from tests.helpers import settle_layouts


def test_f1_opens_the_guide_once_with_five_steps(qtbot, main_window):
    window = main_window
    assert window.guide_action.shortcut() == QKeySequence("F1")
    help_texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert help_texts == ["&Guide", "&About ShopOwner"]
    window.guide_action.trigger()
    guide = window._guide
    assert isinstance(guide, GuideDialog) and guide.isVisible() and not guide.isModal()
    titles = [step.title for step in guide.steps()]
    assert titles == ["Import orders", "Write the letter", "Print the cards",
                      "Redeem codes when buyers add you", "Read the daily review"]
    window.guide_action.trigger()
    assert window._guide is guide  # brought to the front, not opened twice

    guide.step_buttons[4].click()
    assert window.current_area() == "review"
    guide.step_buttons[1].click()
    assert window.current_area() == "cards"
    window.dialogs.files.append([])  # the import asks for files; none chosen: nothing happens
    guide.step_buttons[0].click()
    assert window.dialogs.files == []


def test_every_shortcut_in_the_guide_exists_in_the_window(qtbot, main_window):
    window = main_window
    for area in AREAS:
        window.show_area(area.key)  # areas make their shortcuts when first shown
    window.show_guide()
    present = set()
    for action in window.findChildren(QAction):
        present.update(s.toString() for s in action.shortcuts())
    for shortcut in window.findChildren(QShortcut):
        present.update(s.toString() for s in shortcut.keys())
    for button in window.findChildren(QAbstractButton):
        present.add(button.shortcut().toString())
    present.add(QKeySequence(QKeySequence.Find).toString())
    present.add(QKeySequence(QKeySequence.New).toString())
    listed = [key for keys, _what in window._guide.shortcuts() for key in keys]
    listed += [step.keys for step in window._guide.steps() if "+" in step.keys and " " not in step.keys]
    missing = [key for key in listed if QKeySequence(key).toString() not in present]
    assert not missing, missing


def test_guide_and_help_in_chinese(qtbot, main_window, zh_translators):
    guide = GuideDialog(main_window)
    qtbot.addWidget(guide)
    assert guide.windowTitle() == "掌柜私域使用指南"
    assert [s.title for s in guide.steps()] == ["导入订单", "写感谢信", "打印卡片", "买家加微时登记暗号",
                                                "看每日回顾"]
    assert "感谢信与包裹卡" in guide.steps()[2].keys


def test_about_stays(main_window):
    about = next(a for a in main_window.help_menu.actions() if a.objectName() == "aboutAction")
    about.trigger()
    kind, title, text = main_window.dialogs.messages[-1]
    assert kind == "information" and "ShopOwner" in title and str(main_window.data_dir) in text


def test_view_menu_titles_need_no_ampersand(main_window):
    texts = {a.objectName(): a.text() for a in main_window.view_menu.actions()}
    assert texts["view_cards"] == "Letters and insert cards"
    assert texts["view_followups"] == "Follow-ups and feedback"
    for text in texts.values():  # no single "&" left to become a mnemonic underline
        assert "&" not in text.replace("&&", "")


def test_navigation_fits_every_title_without_a_scroll_bar(qtbot, main_window):
    nav = main_window.nav
    main_window.resize(1366, 768)
    settle_layouts()
    font = nav.font()
    font.setPixelSize(15)
    metrics = QFontMetrics(font)
    for row in range(nav.count()):
        text = nav.item(row).text()
        assert metrics.horizontalAdvance(text) + 2 * 12 <= nav.viewport().width(), text
    assert not nav.horizontalScrollBar().isVisible()
