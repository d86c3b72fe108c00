"""Shared fixtures: offscreen Qt, a per-test QSettings scope, real shop files in temp folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SHOPOWNER_DATA_DIR", None)

import pytest  # noqa: E402

import shopowner  # noqa: E402,F401 - keeps None/True/False alive under PySide6 6.12.0 (see refcount_guard)
from shopowner.window_start import start_facts

# gui_watchdog; run_main (the CLI in-process); pg_server, hub_url, hub_book (team mode's PostgreSQL)
pytest_plugins = ["tests.watchdog", "tests.cli_run", "tests.pg_server", "tests.gui_db_guard"]

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# The longest tests (minutes of the suite's time: the real-window scenarios, the stall tests on
# the big shop, the import fuzz, the cards in a real window…) start first, so that with pytest-xdist no worker is
# left running one of them alone at the end while the other has finished. Groups (xdist_group)
# are sent first anyway, largest first.
LONG_FIRST = (
    "tests/realwindow/test_real_window.py",
    # on the 200,000-customer shop: the first worker to need it builds it (~30 s) while the other
    # is still in a real-window scenario; both then share its file (tests/perf/conftest.py)
    "tests/perf/test_book_stalls.py",
    "tests/perf/test_window_stalls.py",
    "tests/imports/test_fuzz.py",
    "tests/cards/test_cards_real_window.py",
    "tests/imports/test_parse_process.py",
    "tests/imports/test_hostile_files.py",
    "tests/imports/test_search_index.py",
    "tests/imports/test_merges.py",
    "tests/cards/test_reservations.py",
    "tests/imports/test_speed_matching.py",
    "tests/imports/test_big_file.py",
    "tests/privacy/test_erased_stays_erased.py",
    "tests/cards/test_cards_stalls.py",
)


# Tests that time the GUI thread (freezes over 100 ms, CPU while idle): they need the machine to
# themselves, so `scripts/dev.py test` runs them after the rest, one at a time (marked `quiet`)
QUIET = ("tests/realwindow/", "tests/perf/", "tests/cards/test_cards_real_window.py",
         "tests/cards/test_cards_stalls.py", "tests/followups/test_stalls.py")


def pytest_collection_modifyitems(config, items):
    on_hub = config.getoption("--backend") == "hub"
    for item in items:
        if item.nodeid.startswith(QUIET):
            item.add_marker(pytest.mark.quiet)
        for name, words in (("file_only", "tests the shop file itself"), ("hub_gap", "not on the hub yet")):
            marker = item.get_closest_marker(name)
            if on_hub and marker is not None:
                item.add_marker(pytest.mark.skip(reason=f"{words}: {marker.args[0] if marker.args else ''}"))

    def rank(item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return LONG_FIRST.index(path) if path in LONG_FIRST else len(LONG_FIRST)

    items.sort(key=rank)  # stable: the rest keep their order


@pytest.fixture(autouse=True)
def _nobody_signed_in():
    """Who is signed in (team mode, ``shopowner.actor``) is the process's: no test leaves anyone."""
    yield
    from shopowner import actor

    actor.sign_out()


@pytest.fixture(scope="session")
def qapp_args():
    # offscreen unless a caller chose a platform (the real-window child runs under xcb)
    return [sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]]


@pytest.fixture(autouse=True)
def _qt_garbage_collected_here(request):
    """After a test with Qt objects, their garbage cycles are collected on the main thread, at
    once: left for later, a collection on a worker thread (a background job's) would destroy
    widgets off the GUI thread, which crashes."""
    yield
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        import gc

        gc.collect()


@pytest.fixture(autouse=True)
def _no_held_keys():
    """No test starts with Ctrl or Shift "held". A qtbot.keyClick with a modifier leaves Qt's
    keyboard state holding it (only the key is released), and a later selectRow in the same
    worker then toggles or extends the selection instead of selecting one row."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None or QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    probe = QWidget()
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(probe, key)
    probe.deleteLater()


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory, monkeypatch):
    """Each test writes QSettings to its own folder, never to the developer's real settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("ShopOwnerTests")
    QCoreApplication.setApplicationName("ShopOwnerTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope,
                      str(tmp_path_factory.mktemp("qsettings")))
    yield


@pytest.fixture
def data_dir(tmp_path, request, monkeypatch) -> Path:
    """The test's data folder. Under ``--backend hub`` it works on the test's hub (as a PC that
    joined one): everything that opens the book from the folder — the CLI, the window, jobs —
    opens the hub's, the same book the ``db`` fixture holds."""
    path = tmp_path / "data"
    path.mkdir()
    if request.config.getoption("--backend") == "hub":
        from shopowner.store.location import ENV

        book = request.getfixturevalue("hub_book")
        book.data_dir = path
        monkeypatch.setenv(ENV, book.url)
    return path


def pytest_addoption(parser):
    parser.addoption("--backend", choices=("file", "hub"), default=os.environ.get("SHOPOWNER_TEST_BACKEND", "file"),
                     help="the back end the `db` fixture opens: the shop file (default) or a PostgreSQL hub "
                          "(tests/pg_server.py) holding a new shop's book")


@pytest.fixture
def db(data_dir, request):
    if request.config.getoption("--backend") == "hub":
        yield request.getfixturevalue("hub_book")  # the book data_dir works on too
        return
    from shopowner.store import open_database

    database = open_database(data_dir)
    yield database
    database.close()


DEMO_TEMPLATE_SECONDS = 60  # a template older than this is built again: its rows are dated from "now"


@pytest.fixture(scope="session")
def _demo_templates(tmp_path_factory) -> dict:
    """Demo shop files already built this session: {language: (built at, path)}."""
    return {}


@pytest.fixture
def demo_db(db, _demo_templates, tmp_path_factory, request):
    """``db`` holding the demo shop. ``fill_demo_shop`` is built once per language (its names are
    worded in the installed one) and copied in with SQLite's backup API (milliseconds); rebuilt
    after a minute, so its back-dated rows stay as close to "now" as a fresh build's."""
    import sqlite3
    import time

    from shopowner.demo import fill_demo_shop
    from shopowner.i18n import current_language
    from shopowner.paths import db_path
    from shopowner.store import open_database

    language = current_language()
    built_at, template = _demo_templates.get(language, (0.0, None))
    if template is None or time.monotonic() - built_at > DEMO_TEMPLATE_SECONDS:
        folder = tmp_path_factory.mktemp("demo-template")
        built = open_database(folder, hub=False)
        fill_demo_shop(built)
        built.close()
        template = db_path(folder)
        _demo_templates[language] = (time.monotonic(), template)
    if getattr(db, "is_hub", False):  # --backend hub: the demo book moved into the test's hub instead
        from tests.pg_server import replace_hub_book

        replace_hub_book(db, template)
        return db
    source = sqlite3.connect(template)
    try:
        source.backup(db.conn)
    finally:
        source.close()
    return db


@pytest.fixture
def zh_translators(qapp):
    """The app's Chinese catalogues installed, as at a normal start."""
    from shopowner.i18n import install_translators

    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def en_translators(qapp):
    """The English catalogues (its plural forms: "6 customers", not "6 customer(s)") installed,
    as when the window or the CLI runs in English, whatever ran before."""
    from shopowner.i18n import install_translators

    install_translators(qapp, "en")
    yield


@pytest.fixture
def main_window(qtbot, db, data_dir):
    """The main window on a shop that is already set up, with scripted dialogs."""
    from shopowner.demo import start_shop
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    start_shop(db, "测试小店", "测试创始人")
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.show()
    return window
