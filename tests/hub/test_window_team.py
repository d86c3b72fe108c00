"""The window on a hub: it says where the book is, and when the hub stops answering a banner says
so within seconds, edits stop, and both come back by themselves when it answers again."""

from __future__ import annotations

import pytest

from shopowner.store.location import ENV
from shopowner.window_start import start_facts


@pytest.fixture
def hub_window(qtbot, hub_book, data_dir, monkeypatch):
    from shopowner.demo import start_shop
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    monkeypatch.setenv(ENV, hub_book.url)  # the window's jobs open the hub too, as a joined PC's
    hub_book.data_dir = data_dir
    start_shop(hub_book, "小店", "店主")
    window = MainWindow(hub_book, data_dir, ScriptedDialogs(), facts=start_facts(hub_book))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def _allow(admin, url: str, allowed: bool) -> None:
    name = url.rsplit("/", 1)[1]
    admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"true" if allowed else "false"}')
    if not allowed:  # and the connections it has are cut, as a network gone would
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                      "AND pid <> pg_backend_pid()", [name])


def test_the_window_tells_when_the_hub_is_away_and_comes_back_by_itself(hub_window, hub_book, admin,
                                                                        qtbot, en_translators):
    watch = hub_window.hub_watch
    assert watch is not None and "127.0.0.1" in hub_window.path_label.text()
    assert "Shop's hub" in hub_window.path_label.text() and "@" not in hub_window.path_label.text()
    qtbot.waitUntil(lambda: hub_window._first_frame, timeout=10000)
    assert not watch.banner.isVisible() and hub_window.stack.isEnabled()
    _allow(admin, hub_book.url, False)
    try:
        qtbot.waitUntil(lambda: watch.banner.isVisible(), timeout=8000)  # within a few seconds
        assert not hub_window.stack.isEnabled()  # nothing can be changed meanwhile
        assert "Cannot reach the shop's hub" in watch.banner.label.text()
        assert "127.0.0.1" in watch.banner.label.text()
    finally:
        _allow(admin, hub_book.url, True)
    heard = []
    hub_window.changed.connect(heard.append)
    qtbot.waitUntil(lambda: not watch.banner.isVisible(), timeout=8000)
    assert hub_window.stack.isEnabled() and any(c.source == "hub" for c in heard)  # read again
    area = hub_window.show_area("customers")
    qtbot.waitUntil(lambda: not area.model.loading, timeout=10000)
    assert hub_book.execute("SELECT 1").fetchone()[0] == 1  # the window's own connection is back too


def test_a_hub_away_at_start_is_asked_again_until_it_answers_or_the_owner_stops(
        hub_book, admin, data_dir, monkeypatch, en_translators):
    from shopowner.store.location import join_hub
    from shopowner.ui.app import open_or_explain
    from tests.helpers import ScriptedDialogs

    monkeypatch.delenv(ENV, raising=False)
    join_hub(data_dir, hub_book.url)  # as 文件 → 团队模式 → join records it
    _allow(admin, hub_book.url, False)
    dialogs = ScriptedDialogs()

    def answer_yes_then_back():  # the owner says "try again" once the hub's PC is on
        _allow(admin, hub_book.url, True)
        return True
    dialogs.confirm_answers.extend([True, answer_yes_then_back])
    try:
        book = None
        original = dialogs.confirm

        def confirm(parent, title, text):
            answer = original(parent, title, text)
            return answer() if callable(answer) else answer
        dialogs.confirm = confirm
        opened = open_or_explain(data_dir, dialogs)
        book = opened[0] if opened else None
        asked = [m for m in dialogs.messages if m[0] == "confirm"]
        assert len(asked) == 2 and asked[0][1] == "Cannot reach the shop's hub"
        assert "hub leave" in asked[0][2] and "127.0.0.1" in asked[0][2]
        assert book is not None and getattr(book, "is_hub", False)
    finally:
        _allow(admin, hub_book.url, True)
        if book is not None:
            book.close()
    _allow(admin, hub_book.url, False)
    try:
        dialogs = ScriptedDialogs()  # "no": ShopOwner closes, nothing opened, no other message
        assert open_or_explain(data_dir, dialogs) is None
        assert [m[0] for m in dialogs.messages] == ["confirm"]
    finally:
        _allow(admin, hub_book.url, True)


def test_on_a_hub_elsewhere_only_the_founders_pc_keeps_the_daily_backups(hub_window, hub_book):
    """Each PC's daily backup of the hub would be one per PC per day: on a hub that is not this
    PC's own, the founder's PC keeps them (a shop without staff: every PC, none can be told apart)."""
    from shopowner import actor
    from shopowner.staff.people import add_person, sign_in
    from shopowner.staff.permissions import session_facts
    from shopowner.ui.backups.watch import keeps_daily_backups

    assert keeps_daily_backups(hub_window)  # no staff list yet
    add_person(hub_book, "老板")
    sign_in(hub_book, "老板")  # the founder adds the others
    add_person(hub_book, "小李")
    for name, keeps in (("小李", False), ("老板", True)):
        sign_in(hub_book, name)
        hub_window.staff_session.show(session_facts(hub_book))
        assert keeps_daily_backups(hub_window) is keeps, name
    actor.sign_out()
