"""文件 → 团队模式 against real servers made by ``store/pg/server.py`` (this PC only, free ports):
make this PC the hub end to end, join a hub (a wrong password refused, nothing changed), leave it
(copying its book back when the folder has none), and the window starting this PC's hub as it opens.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from shopowner.paths import db_path
from shopowner.store import open_database
from shopowner.store.db import is_hub
from shopowner.store.location import joined_hub, join_hub
from shopowner.store.pg import server
from shopowner.store.pg.book import HubBook
from shopowner.store.pg.hub import HubError
from tests.cli.conftest import book, make_customer  # noqa: F401  (book: a fixture, found by name)
from tests.helpers import ScriptedDialogs
from shopowner.window_start import start_facts

pytestmark = pytest.mark.xdist_group("hub_server")  # the servers of tests/hub/test_server.py's worker

WAIT_MS = 120_000  # initdb, a start and a move: seconds here, more on a busy machine


def _folder() -> Path:
    # not under pytest's tmp_path: as root the server runs as `postgres`, who must reach hub/ in it
    folder = Path(tempfile.mkdtemp(prefix="shopowner-team-"))
    folder.chmod(0o755)
    return folder


def _need_postgresql() -> None:
    from tests.pg_server import pg_bindir

    if pg_bindir() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed: .ci/run installs it (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed here (Debian: apt-get install postgresql)")


@pytest.fixture
def data_dir():
    """The test's data folder, reachable by the server's user (see _folder)."""
    _need_postgresql()
    folder = _folder()
    yield folder
    with contextlib.suppress(HubError, OSError):
        server.stop_server(folder / "hub")
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def team_hub():
    """A hub for this PC only, holding a shop of two customers (赵六, 钱七)."""
    from shopowner.demo import start_shop
    from shopowner.store.pg.hub import connect_hub
    from shopowner.store.pg.move import move_in

    _need_postgresql()
    folder, shop = _folder(), _folder()
    try:
        made = server.init_server(folder, port=server.free_port(None), lan_too=False)
        db = open_database(shop)
        start_shop(db, "小店", "店主")
        make_customer(db, "赵六")
        make_customer(db, "钱七")
        with connect_hub(made.local_url()) as conn:
            move_in(db, conn, data_dir=shop)
        db.close()
        yield made
    finally:
        with contextlib.suppress(HubError, OSError):
            server.stop_server(folder)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(shop, ignore_errors=True)


def _open(window):
    window.team_action.trigger()
    dialog = window._team_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)


def _names(book_) -> list[str]:
    return sorted(r[0] for r in book_.execute("SELECT name FROM customers"))


@pytest.fixture
def restarts(monkeypatch) -> list:
    """Restarting starts no program: the arguments it would start with are recorded."""
    from shopowner.ui.setup import restart

    started: list = []
    monkeypatch.setattr(restart, "start_detached", lambda program, args, language: started.append(args) or True)
    return started


def test_making_this_pc_the_hub_moves_the_shop_in_and_the_folder_works_on_it(
        main_window, book, data_dir, qtbot, restarts, en_translators):  # noqa: F811
    from shopowner import faults
    from shopowner.ui.app import open_or_explain

    window, said = main_window, main_window.dialogs.messages
    dialog = _open(window)
    assert "this PC's shop file" in dialog.where.text() and not dialog.own_box.isVisible()
    assert dialog.make_box.isVisible() and dialog.join_box.isVisible() and not dialog.leave_box.isVisible()
    dialog.lan_too, dialog.port = False, server.free_port(None)
    window.dialogs.confirm_answers += [True, False]  # make it; no restart yet
    dialog.make_button.click()
    assert dialog.running and not dialog.close_button.isEnabled() and dialog.taskbar.isVisible()
    _wait(qtbot, dialog)
    folder = data_dir / "hub"
    hub = server.read_server(folder)
    assert [kind for kind, _, _ in said] == ["confirm", "confirm"], said
    assert "PostgreSQL 13 or newer must be installed" in said[0][2] and "local network only" in said[0][2]
    assert "every table was checked" in said[1][2] and "Restart now?" in said[1][2]
    assert joined_hub(data_dir) == hub.local_url() and hub.password() not in hub.local_url()
    with HubBook.open(hub.local_url()) as on_hub:  # the shop is on the hub, every customer
        assert _names(on_hub) == ["张三", "李四", "王五"]
    assert _names(book.db) == ["张三", "李四", "王五"]  # the file as it was
    assert not window.stack.isEnabled()  # edits would go to the file it leaves: none until the restart
    assert dialog.restart_button.isVisible() and "After a restart" in dialog.pending.text()
    assert not dialog.make_box.isVisible() and dialog.leave_box.isVisible()

    own = dialog.own_box
    qtbot.waitUntil(lambda: own.running, timeout=WAIT_MS)
    assert own.isVisible() and "runs on this PC" in own.state.text() and "Only this PC" in own.addresses.text()
    assert own.password.text() == hub.password() and own.password.echoMode() == QLineEdit.EchoMode.Password
    own.show_button.click()
    assert own.password.echoMode() == QLineEdit.EchoMode.Normal
    own.copy_button.click()
    assert QGuiApplication.clipboard().text() == hub.password()

    window.dialogs.confirm_answers.append(True)  # stop it
    own.run_button.click()
    _wait(qtbot, dialog)
    assert "other PCs lose the shop's book" in said[-1][2] and not server.server_running(folder)
    qtbot.waitUntil(lambda: own.hub is not None and "stopped" in own.state.text(), timeout=WAIT_MS)

    # the window opening on this folder starts its hub first, then opens the hub's book
    try:
        opened, facts = open_or_explain(data_dir, ScriptedDialogs())
    finally:
        faults.set_log_folder(None)
    assert is_hub(opened) and server.server_running(folder) and facts.set_up
    assert _names(opened) == ["张三", "李四", "王五"]
    opened.close()

    dialog.restart_button.click()
    assert restarts and not window.isVisible()


def test_no_postgresql_says_what_to_install_and_changes_nothing(main_window, data_dir, qtbot, monkeypatch,
                                                                 en_translators):
    monkeypatch.setattr(server, "_candidate_bindirs", list)
    window = main_window
    dialog = _open(window)
    window.dialogs.confirm_answers.append(True)
    dialog.make_button.click()
    _wait(qtbot, dialog)
    kind, title, text = window.dialogs.messages[-1]
    assert kind == "warning" and title == "This PC was not made the hub"
    assert "Install PostgreSQL 13 or newer" in text and "works on its shop file, as before" in text
    assert joined_hub(data_dir) is None and not (data_dir / "hub" / "server.json").exists()
    assert window.stack.isEnabled() and dialog.make_box.isVisible()


def test_a_cancelled_move_removes_the_hub_it_made(db, data_dir, en_translators):
    from shopowner.progress import Cancelled, Progress
    from shopowner.team.hub_steps import make_this_pc_the_hub

    make_customer(db, "赵六")
    steps: list[str] = []

    def cancel_at_the_copy(done, total, text):
        steps.append(text)
        if text.startswith("Step 2"):
            progress.cancel()

    progress = Progress(callback=cancel_at_the_copy)
    with pytest.raises(Cancelled):
        make_this_pc_the_hub(data_dir, lan_too=False, port=server.free_port(None), progress=progress)
    assert steps[0].startswith("Step 1") and joined_hub(data_dir) is None
    assert not (data_dir / "hub").exists()  # stopped and removed
    assert _names(db) == ["赵六"]


def test_a_wrong_password_is_refused_and_nothing_changes(main_window, team_hub, data_dir, qtbot, en_translators):
    window = main_window
    dialog = _open(window)
    dialog.address.setText(f"127.0.0.1:{team_hub.port}")
    dialog.join_button.click()  # no password yet: said, nothing asked of the hub
    assert "Type the shop password" in dialog.status.text() and not dialog.running
    dialog.password.setText("not-the-password")
    dialog.join_button.click()
    _wait(qtbot, dialog)
    kind, title, text = window.dialogs.messages[-1]
    assert kind == "warning" and "refused the shop password" in text and "Nothing was changed" in text
    assert not (data_dir / "team.json").exists() and window.stack.isEnabled() and dialog.join_box.isVisible()


def test_joining_warns_of_the_files_customers_then_the_folder_works_on_the_hub(
        main_window, book, team_hub, data_dir, qtbot, restarts, en_translators):  # noqa: F811
    window = main_window
    dialog = _open(window)
    window.dialogs.confirm_answers += [True, True]  # join, though the file holds customers; restart
    dialog.address.setText(f" 127.0.0.1:{team_hub.port} ")
    dialog.password.setText(team_hub.password())
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter in a field joins
    _wait(qtbot, dialog)
    (kind, _, warned), (_, _, done) = window.dialogs.messages
    assert kind == "confirm" and "holds 3 customers" in warned and "untouched" in warned
    assert f"127.0.0.1:{team_hub.port}/shop" in done
    assert joined_hub(data_dir) == f"postgresql://shop:{team_hub.password()}@127.0.0.1:{team_hub.port}/shop"
    assert restarts and not window.isVisible()
    opened = open_database(data_dir)
    assert is_hub(opened) and _names(opened) == ["赵六", "钱七"]
    opened.close()


@pytest.fixture
def hub_window(qtbot, team_hub, data_dir):
    """The window of a folder that joined the hub, on the hub's book."""
    from shopowner.ui.main_window import MainWindow

    join_hub(data_dir, team_hub.local_url())
    opened = open_database(data_dir)
    window = MainWindow(opened, data_dir, ScriptedDialogs(), facts=start_facts(opened))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    opened.close()


def test_leaving_says_the_book_stays_on_the_hub_and_how_to_copy_it(hub_window, team_hub, data_dir, qtbot,
                                                                     restarts, en_translators):
    open_database(data_dir, hub=False).close()  # the folder has its own shop file
    window = hub_window
    dialog = _open(window)
    assert f"on the hub at 127.0.0.1:{team_hub.port}/shop" in dialog.where.text()
    qtbot.waitUntil(lambda: dialog.reach.text() == "The hub answers.", timeout=WAIT_MS)
    assert dialog.leave_box.isVisible() and not dialog.join_box.isVisible() and not dialog.make_box.isVisible()
    window.dialogs.confirm_answers += [True, False]  # leave; no restart yet
    dialog.leave_button.click()
    (_, _, asked), (_, _, done) = window.dialogs.messages  # no copy offered: the folder has a shop file
    assert "book stays on the hub" in asked and "hub move-out" in asked
    assert done.startswith("This PC left the hub.")
    assert joined_hub(data_dir) is None and not window.stack.isEnabled()
    assert "this PC's shop file again" in dialog.pending.text() and dialog.restart_button.isVisible()


def test_leaving_a_folder_without_a_shop_file_copies_the_hubs_book_back(hub_window, data_dir, qtbot, restarts,
                                                                         en_translators):
    assert not db_path(data_dir).exists()
    window = hub_window
    dialog = _open(window)
    window.dialogs.confirm_answers += [True, True, True]  # leave, copy the book back, restart
    dialog.leave_button.click()
    _wait(qtbot, dialog)
    said = window.dialogs.messages
    assert "no shop file" in said[1][2] and "copied into" in said[2][2], said
    assert joined_hub(data_dir) is None and restarts
    copy = open_database(data_dir)
    assert not is_hub(copy) and _names(copy) == ["赵六", "钱七"]
    copy.close()


def test_a_folder_that_is_no_hub_starts_nothing(tmp_path):
    from shopowner.ui.team.autostart import start_hub_at_open
    from shopowner.team.hub_steps import own_hub_folder

    assert start_hub_at_open(tmp_path, ScriptedDialogs()) is None
    assert own_hub_folder(tmp_path) == server.default_folder(tmp_path)  # the same folder as `hub init`'s


@pytest.mark.parametrize(("typed", "password", "url"), [
    ("192.168.1.5", "ab-cd", "postgresql://shop:ab-cd@192.168.1.5:5432/shop"),
    ("hub.local:5433", "p@ss word", "postgresql://shop:p%40ss%20word@hub.local:5433/shop"),
    ("postgresql://shop:secret@10.0.0.2:5432/shop", "", "postgresql://shop:secret@10.0.0.2:5432/shop"),
    ("postgresql://shop@10.0.0.2:5432/shop", "k7m2p", "postgresql://shop:k7m2p@10.0.0.2:5432/shop"),
])
def test_the_typed_address_becomes_the_hubs(typed, password, url):
    from shopowner.store.pg.address import join_url

    assert join_url(typed, password) == url


@pytest.mark.parametrize(("typed", "password", "said"), [
    ("", "x", "Type the hub's address"), ("192.168.1.5:99999", "x", "is not an address"),
    ("a b", "x", "is not an address"), ("192.168.1.5", "", "Type the shop password"),
    ("postgresql://shop:@:x/shop", "", "is not a hub address"),
])
def test_an_address_that_cannot_be_used_says_what_to_type(typed, password, said, en_translators):
    from shopowner.store.pg.address import AddressError, join_url

    with pytest.raises(AddressError, match=said):
        join_url(typed, password)
