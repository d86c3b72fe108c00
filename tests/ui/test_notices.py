"""Change notices in the window: a view hears only the topics it shows, reads again only while on
screen (a hidden one keeps the notice and applies it once when shown); an import writes the reminders
newly due itself, and no listener writes."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import QWidget

from shopowner import tasks
from shopowner.changes import (
    CARDS, CUSTOMERS, FOLLOWUPS, LETTERS, ORDERS, Change, customers_edited, orders_imported,
)
from shopowner.ui.notices import listen
from tests.conftest import FIXTURES

JD_EXPORT = FIXTURES / "orders" / "jd" / "订单导出_20241121.csv"


def test_a_view_applies_what_it_shows_now_or_once_when_shown_again(qtbot, main_window):
    view = QWidget()
    qtbot.addWidget(view)
    applied = []
    listener = listen(view, main_window, applied.append, ORDERS, CARDS)
    view.show()
    main_window.announce(Change.of(FOLLOWUPS, customer_ids=[1]))  # not what it shows
    assert applied == []
    main_window.announce(Change.of(ORDERS, customer_ids=[1]))
    assert [c.topics for c in applied] == [frozenset({ORDERS})]

    view.hide()
    main_window.announce(Change.of(CARDS, customer_ids=[2]))
    main_window.announce(Change.of(ORDERS, customer_ids=[3]))
    assert len(applied) == 1 and listener.stale is not None  # kept while hidden
    view.show()
    assert len(applied) == 2 and listener.stale is None  # both, applied once
    assert applied[-1].topics == {ORDERS, CARDS} and applied[-1].customer_ids == {2, 3}
    view.hide()
    view.show()
    assert len(applied) == 2  # nothing new: nothing read


def test_first_loads_when_first_shown_never_before(qtbot, main_window):
    view = QWidget()
    qtbot.addWidget(view)
    applied = []
    listen(view, main_window, applied.append, ORDERS, first=True)
    assert applied == []  # never shown: nothing read
    view.show()
    assert len(applied) == 1 and applied[0].source == "first"


def test_a_hidden_area_reads_nothing_until_shown(qtbot, main_window):
    growth = main_window.show_area("growth")
    qtbot.waitUntil(lambda: growth.figures is not None, timeout=10000)
    main_window.show_area("customers")
    main_window.announce(orders_imported())
    assert growth.task is None  # hidden: the notice is kept, nothing counted
    main_window.show_area("growth")
    assert growth.task is not None  # counted again, off the GUI thread, once shown
    qtbot.waitUntil(lambda: growth.task is None, timeout=10000)
    main_window.announce(Change.of(FOLLOWUPS, customer_ids=[1]))  # growth does not count these
    assert growth.task is None


def test_the_cards_preview_plans_again_only_for_what_it_shows(qtbot, main_window):
    area = main_window.show_area("cards")
    concerns = area._preview_concerns
    area.preview.result = {"kind": "batch", "plan": SimpleNamespace(cards=[
        SimpleNamespace(customer_id=5), SimpleNamespace(customer_id=6)])}
    assert not concerns(customers_edited([7]))  # someone not on these cards
    assert concerns(customers_edited([6]))  # a buyer on a card: the salutation may change
    assert concerns(Change.of(CUSTOMERS, customer_ids=[7], membership=True))
    assert concerns(orders_imported()) and concerns(Change.of(LETTERS, customer_ids=[]))
    assert not concerns(Change.of(FOLLOWUPS, customer_ids=[5]))


def test_an_import_generates_the_reminders_newly_due(qtbot, main_window):
    from shopowner.ui.followups.keeper import reminder_keeper

    db = main_window.db
    keeper = reminder_keeper(main_window, today=lambda: date(2024, 11, 20))
    keeper.ensure()
    qtbot.waitUntil(lambda: keeper.runs == 1 and not keeper.busy, timeout=10000)
    assert db.execute("SELECT count(*) FROM reminders").fetchone()[0] == 0  # no orders yet

    main_window.dialogs.files.append([str(JD_EXPORT)])
    main_window.import_orders()
    # the JD orders of 2024-10-20 are due for a re-buy 30 days later: the import wrote them
    qtbot.waitUntil(lambda: not tasks._running, timeout=20000)
    due = db.execute("SELECT count(*) FROM reminders WHERE rule = 'rebuy_window'").fetchone()[0]
    assert due > 0 and keeper.runs == 1  # the import's notice had nothing generate them


def test_no_listener_writes_when_every_area_refreshes(qtbot, main_window):
    from shopowner.store.db import change_mark
    from shopowner.ui.areas import AREAS
    from shopowner.ui.followups.keeper import reminder_keeper

    main_window.show()
    for area in AREAS:
        main_window.show_area(area.key)
        qtbot.waitUntil(lambda: not tasks._running, timeout=20000)
    keeper = reminder_keeper(main_window)
    qtbot.waitUntil(lambda: not keeper.busy and not tasks._running, timeout=20000)
    before = change_mark(main_window.db)  # this connection's writes, and any other's
    for change in (orders_imported(), Change.everything(source="test")):
        main_window.announce(change)
        for area in AREAS:  # each area applies the notice when it is on screen
            main_window.show_area(area.key)
            qtbot.waitUntil(lambda: not tasks._running, timeout=20000)
    assert change_mark(main_window.db) == before
