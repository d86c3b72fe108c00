"""The main window: areas, welcome choices, remembered layout, status bar, settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from shopowner.paths import db_path
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting
from shopowner.ui.areas import AREAS
from shopowner.ui.main_window import MainWindow
from shopowner.window_start import start_facts
from tests.helpers import ScriptedDialogs


def test_every_area_can_be_switched_to(main_window):
    for area in AREAS:
        widget = main_window.show_area(area.key)
        assert main_window.stack.currentWidget() is widget
        assert widget.isVisible()
    assert main_window.current_area() == AREAS[-1].key


def test_status_bar_shows_what_the_window_works_on(main_window, data_dir):
    """The shop file's path; in team mode the hub's host, port and database, never its password."""
    from urllib.parse import urlsplit

    from shopowner.store.location import hub_url

    text = main_window.path_label.text()
    url = hub_url(data_dir)
    if url is None:
        assert str(db_path(data_dir)) in text
        return
    parts = urlsplit(url)
    assert f"{parts.hostname}:{parts.port}{parts.path}" in text and "Shop's hub" in text
    assert parts.password not in text and "@" not in text and str(data_dir) not in text


def test_chinese_navigation(qtbot, db, data_dir, zh_translators):
    from shopowner.demo import start_shop

    start_shop(db, "店", "人")
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["客户簿", "感谢信与包裹卡", "跟进与反馈", "每日回顾", "商品", "朋友圈", "经营数据"]
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_geometry_and_last_area_are_remembered(qtbot, db, data_dir):
    from shopowner.demo import start_shop

    start_shop(db, "店", "人")
    first = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 560)  # inside the 800×600 offscreen screen
    first.show_area("review")
    first.close()
    assert QSettings().value("window/area") == "review"

    second = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(second)
    second.show()
    assert second.current_area() == "review"
    assert (second.width(), second.height()) == (790, 560)


def test_empty_shop_offers_demo_or_own_shop(qtbot, db, data_dir):
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.show()
    assert window.welcome is not None and window.stack.currentWidget() is window.welcome
    assert not window.nav.isEnabled()

    window.welcome.start_button.click()  # empty names: refused with a message, nothing stored
    qtbot.waitUntil(lambda: window.welcome.error.text() != "", timeout=5000)  # checked off the GUI thread
    assert "shop name" in window.welcome.error.text()
    assert get_setting(db, SHOP_NAME) is None

    window.welcome.shop_name.setText("  小满茶舍 ")
    window.welcome.founder_name.setText("林小满")
    window.welcome.start_button.click()
    # the names are kept (off the GUI thread); the set-up continues with the WeChat QR
    qtbot.waitUntil(lambda: window.welcome.pages.currentWidget() is window.welcome.flow, timeout=5000)
    assert get_setting(db, SHOP_NAME) == "小满茶舍" and get_setting(db, FOUNDER_NAME) == "林小满"
    qtbot.waitUntil(lambda: "小满茶舍" in window.windowTitle(), timeout=5000)  # read off the GUI thread
    assert window.welcome.pages.currentWidget() is window.welcome.flow
    assert window.welcome.flow.current_step() is window.welcome.flow.qr_step
    for _ in range(3):
        window.welcome.flow.skip_button.click() if window.welcome.flow.skip_button.isVisible() \
            else window.welcome.flow.next_button.click()
    assert window.welcome is None and window.nav.isEnabled()
    assert window.current_area() == "customers"


def test_demo_choice_fills_the_shop_in_the_background(qtbot, db, data_dir):
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.welcome.finished, timeout=30000):
        window.welcome.demo_button.click()
        assert window.welcome.progress.isVisible()
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == 300
    assert window.welcome is None


def test_settings_dialog_changes_names_and_language(main_window, db, qtbot):
    def fill(dialog):
        qtbot.waitUntil(dialog.ready, timeout=5000)  # the names are read off the GUI thread
        dialog.shop_name.setText("新店名")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.ok_button.click()  # stored off the GUI thread; the dialog closes once they are
        qtbot.waitUntil(lambda: dialog.saving is None, timeout=5000)
        return dialog.result() == dialog.DialogCode.Accepted

    main_window.dialogs.dialog_results.append(fill)
    main_window.open_settings()
    assert get_setting(db, SHOP_NAME) == "新店名"
    assert QSettings().value("language") == "en"
    qtbot.waitUntil(lambda: "新店名" in main_window.windowTitle(), timeout=5000)


@pytest.mark.file_only("a shop file of garbage bytes (the hub refuses a foreign database: tests/hub/test_connect.py)")
def test_bad_file_at_start_is_explained_and_untouched(qapp, data_dir):
    from shopowner.ui.app import open_or_explain

    (data_dir / "shopowner.db").write_bytes(b"\x00garbage" * 64)
    dialogs = ScriptedDialogs()
    assert open_or_explain(data_dir, dialogs) is None
    kind, _title, text = dialogs.messages[0]
    assert kind == "critical" and "shopowner.db" in text
    assert (data_dir / "shopowner.db").read_bytes() == b"\x00garbage" * 64


def test_opening_the_file_menu_loads_the_hub_driver_on_a_thread_of_its_own():
    """文件 → 团队模式 needs the PostgreSQL driver (about 0.2 s of imports): it is loaded as the menu
    opens, off the GUI thread, not on the click."""
    import subprocess
    import sys

    script = (
        "import sys, threading\n"
        "from shopowner.ui.team import warm_up_driver, _warming\n"
        "assert 'psycopg' not in sys.modules\n"
        "warm_up_driver(); warm_up_driver()\n"
        "assert len(_warming) == 1 and _warming[0] is not threading.current_thread()\n"
        "_warming[0].join(30)\n"
        "assert 'psycopg' in sys.modules\n"
        "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.stdout.strip() == "ok", done.stderr


@pytest.mark.file_only("a shop file marked damaged, opened read only (PRAGMA query_only)")
def test_a_shop_file_found_damaged_opens_read_only_with_what_the_window_needs(qapp, data_dir):
    """The start reads the book on a worker; a file marked damaged is opened read only there too,
    and the window gets its facts (the shop's name) and a read-only connection."""
    from shopowner.demo import start_shop
    from shopowner.paths import db_path
    from shopowner.store import open_database
    from shopowner.store.health import mark_damaged
    from shopowner.ui.app import open_or_explain

    db = open_database(data_dir)
    start_shop(db, "小满茶舍", "林小满")
    db.close()
    mark_damaged(db_path(data_dir))
    dialogs = ScriptedDialogs()
    opened = open_or_explain(data_dir, dialogs)
    assert opened is not None and dialogs.messages == []
    book, facts = opened
    try:
        assert facts.shop_name == "小满茶舍" and facts.set_up
        assert book.execute("PRAGMA query_only").fetchone()[0] == 1
    finally:
        book.close()
