"""The set-up, the settings, the guide and the empty states show every text whole, in Chinese and
in English, in a 1366×768 window (font metrics against each widget's room)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget,
)

from shopowner.ui.empty_state import AreaEmptyState
from shopowner.ui.main_window import MainWindow
from shopowner.window_start import start_facts
from shopowner.ui.setup.guide import GuideDialog
from tests.helpers import ScriptedDialogs, settle_layouts

SLACK = 2  # pixels of rounding


def clipped(root: QWidget) -> list[str]:
    """Texts of visible widgets under ``root`` that do not fit their widget."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()) or not widget.isVisible():
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            room = widget.contentsRect()
            if widget.wordWrap():
                if widget.heightForWidth(room.width()) > room.height() + SLACK:
                    found.append(f"label (wrapped) {widget.text()[:40]!r}")
            elif "<" not in widget.text():
                if metrics.horizontalAdvance(widget.text()) > room.width() + SLACK:
                    found.append(f"label {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + SLACK:
                found.append(f"button {widget.text()!r}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            if metrics.horizontalAdvance(widget.currentText()) + 28 > widget.width() + SLACK:
                found.append(f"combo {widget.currentText()!r}")
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            if metrics.horizontalAdvance(widget.placeholderText()) + 8 > widget.width() + SLACK:
                found.append(f"placeholder {widget.placeholderText()!r}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if metrics.horizontalAdvance(widget.title()) > widget.width() + SLACK:
                found.append(f"group {widget.title()!r}")
    return found


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    from shopowner.i18n import install_translators
    from shopowner.ui.app import register_fonts

    register_fonts(qapp)
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def big_window(qtbot, db, data_dir):
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.show()
    window.resize(1366, 768)
    settle_layouts()
    return window


def test_the_set_up_fits(qtbot, db, data_dir, language):
    window = big_window(qtbot, db, data_dir)
    assert clipped(window.welcome) == []
    window.welcome.shop_name.setText("小满茶舍")
    window.welcome.founder_name.setText("林小满")
    window.welcome.start_button.click()
    qtbot.waitUntil(lambda: window.welcome.flow is not None, timeout=5000)  # the names kept off the GUI thread
    flow = window.welcome.flow
    qtbot.waitUntil(lambda: not flow.qr_step.picker.busy(), timeout=5000)  # the QR in use read
    for _step in flow.steps:
        settle_layouts()
        assert clipped(window.welcome) == [], flow.current()
        assert window.welcome.sizeHint().height() <= 768
        flow.skip_button.click() if flow.skip_button.isVisible() else None


def test_settings_and_guide_fit(qtbot, db, data_dir, language):
    from shopowner.demo import start_shop
    from shopowner.ui.dialogs.settings_dialog import SettingsDialog

    start_shop(db, "小满茶舍", "林小满")
    window = big_window(qtbot, db, data_dir)
    settings = SettingsDialog(window)
    qtbot.addWidget(settings)
    qtbot.waitUntil(settings.ready, timeout=5000)  # the names and the QR in use, read off the GUI thread
    settings.show()
    settle_layouts()
    assert settings.height() <= 700 and settings.width() <= 1300
    assert clipped(settings) == []
    guide = GuideDialog(window)
    qtbot.addWidget(guide)
    guide.show()
    settle_layouts()
    assert guide.height() <= 700
    assert clipped(guide) == []


def test_empty_states_fit(qtbot, db, data_dir, language):
    from shopowner.demo import start_shop

    start_shop(db, "小满茶舍", "林小满")
    window = big_window(qtbot, db, data_dir)
    for area in ("customers", "review", "growth"):
        widget = window.show_area(area)
        settle_layouts()
        for state in widget.findChildren(AreaEmptyState):
            qtbot.waitUntil(state.isVisible, timeout=5000)  # what the shop holds is read off the GUI thread
            assert clipped(state) == [], area
