"""Every empty area says what to do next, with the one button that helps; it gives way once the
shop has what the area shows."""

from __future__ import annotations

from shopowner.changes import FOLLOWUPS, Change
from shopowner.ui.empty_state import AreaEmptyState
from tests.conftest import FIXTURES
from tests.helpers import settle_layouts

JD_EXPORT = FIXTURES / "orders" / "jd" / "订单导出_20241121.csv"


def empty_state(window, area: str, host_name: str | None = None, qtbot=None) -> AreaEmptyState:
    """The area's empty state, once it has checked what the shop holds (off the GUI thread)."""
    widget = window.show_area(area)
    states = widget.findChildren(AreaEmptyState)
    assert states, f"{area} has no empty state"
    state = states[0] if host_name is None else next(s for s in states if s.key == host_name)
    if qtbot is not None:
        qtbot.waitUntil(lambda: state.checks and not state.checking, timeout=5000)
    return state


def import_jd(qtbot, window):
    window.dialogs.files.append([str(JD_EXPORT)])
    dialog = None
    with qtbot.waitSignal(window.changed, check_params_cb=lambda change: change.source == "import", timeout=20000):
        dialog = window.import_orders()
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=20000)


def test_an_empty_shop_leads_every_area_to_the_import(qtbot, main_window):
    window = main_window
    for area, tab in (("customers", None), ("followups", 1), ("review", None), ("growth", None),
                      ("cards", 1)):
        widget = window.show_area(area)
        if tab is not None:
            widget.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda: bool(widget.findChildren(AreaEmptyState)), timeout=5000)  # a tab built when shown
        state = widget.findChildren(AreaEmptyState)[0]
        qtbot.waitUntil(state.isVisible, timeout=5000)
        assert state.geometry() == state.parentWidget().rect(), area  # covers its view
        assert "Import orders" in state.button.text() and "Ctrl+I" in state.button.text(), area
        assert "drag" in state.hint.text(), area
        assert state.text.text(), area

    book = empty_state(window, "customers", qtbot=qtbot)
    assert "customer book is empty" in book.text.text()
    window.dialogs.files.append([str(JD_EXPORT)])
    with qtbot.waitSignal(window.changed, check_params_cb=lambda change: change.source == "import", timeout=20000):
        book.button.click()  # the button is the import itself
    dialog = window._import_dialog
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=20000)
    qtbot.waitUntil(lambda: not book.isVisible(), timeout=5000)  # the import's notice: read again


def test_after_the_import_each_area_points_at_its_own_next_step(qtbot, main_window):
    window = main_window
    import_jd(qtbot, window)
    assert not empty_state(window, "customers", qtbot=qtbot).isVisible()
    assert not empty_state(window, "review", qtbot=qtbot).isVisible()
    assert not empty_state(window, "growth", qtbot=qtbot).isVisible()

    window.show_area("followups").tabs.setCurrentIndex(1)
    log = empty_state(window, "followups", qtbot=qtbot)
    assert log.isVisible() and "No follow-ups logged yet" in log.text.text()
    assert "Ctrl+N" in log.button.text()
    seen = []
    window.dialogs.dialog_results.append(lambda dialog: seen.append(type(dialog).__name__) or False)
    log.button.click()
    assert seen == ["FollowupDialog"]

    cards = window.show_area("cards")
    cards.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(cards.findChildren(AreaEmptyState)), timeout=5000)  # built when shown
    printed = empty_state(window, "cards")
    qtbot.waitUntil(printed.isVisible, timeout=5000)
    assert "No cards printed yet" in printed.text.text()
    printed.button.click()
    assert window.current_area() == "cards" and cards.tabs.currentIndex() == 0


def test_logging_the_first_follow_up_clears_the_log(qtbot, main_window):
    window = main_window
    import_jd(qtbot, window)
    window.show_area("followups").tabs.setCurrentIndex(1)
    log = empty_state(window, "followups", qtbot=qtbot)
    assert log.isVisible()
    customer = window.db.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    from shopowner.followups.log import add_followup

    add_followup(window.db, window.data_dir, customer, summary="问了发货时间")
    window.announce(Change.of(FOLLOWUPS, customer_ids=[customer]))
    qtbot.waitUntil(lambda: not log.isVisible(), timeout=5000)


def test_the_empty_state_stays_over_its_view_when_the_window_changes_size(qtbot, main_window):
    from PySide6.QtWidgets import QWidget

    window = main_window
    state = empty_state(window, "customers", qtbot=qtbot)
    window.resize(900, 600)
    settle_layouts()  # the view lays out (raising its scroll bars), then the state follows
    parent = state.parentWidget()
    assert state.geometry() == parent.rect()
    # on top of the view's own scroll bars and header, which the view raises when it lays out
    shown = [c for c in parent.children() if isinstance(c, QWidget) and c.isVisible()]
    assert shown[-1] is state


def test_empty_states_speak_chinese(qtbot, main_window, zh_translators):
    window = main_window
    state = empty_state(window, "customers", qtbot=qtbot)
    checks = state.checks
    state.refresh()
    qtbot.waitUntil(lambda: state.checks > checks, timeout=5000)
    assert "客户簿还是空的" in state.text.text() and "导入订单" in state.button.text()
