"""No stalls on a 200,000-customer shop: the daily review and the follow-ups area open, refresh
after an edit and page through 40,000 reminders while the GUI thread keeps serving events.

Each test first shows that the same work done on the GUI thread would stall it (so the shop is big
enough to tell), then opens the area in a real main window with a 10 ms timer recording gaps.
The GUI thread's CPU per gap is held under 100 ms always; wall-clock gaps too when the machine
is not crowded by other jobs. The GUI thread's own connection must stay idle meanwhile (so it
cannot wait on the database either), and reminders are generated once, by the keeper.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from shopowner.changes import FOLLOWUPS, Change
from shopowner.followups.reminders import due_by_rule, generate_reminders, today_list
from shopowner.followups.review_page import load_page
from tests.followups.bigshop import build_big_shop
from tests.followups.gaps import STALL_MS, GapRecorder, StatementLog, machine_is_quiet
from shopowner.window_start import start_facts

LONG = 180_000  # ms to wait for background work on a crowded machine


# one worker builds the big shop once and runs these tests on it (pytest-xdist)
pytestmark = pytest.mark.xdist_group("followups-big-shop")


@pytest.fixture(scope="session")
def big_shop_file(tmp_path_factory):
    import compileall

    from tests.conftest import ROOT

    # as in an installed app, modules are compiled already: opening an area imports, never compiles
    compileall.compile_dir(str(ROOT / "shopowner"), quiet=1)
    folder = tmp_path_factory.mktemp("bigshop")
    build_big_shop(folder)
    return folder


@pytest.fixture
def big_window(big_shop_file, tmp_path, qtbot):
    from shopowner.demo import start_shop
    from shopowner.store import open_database
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    from PySide6.QtCore import QSettings

    data_dir = tmp_path / "big"
    shutil.copytree(big_shop_file, data_dir)
    QSettings().setValue("window/area", "growth")  # start elsewhere (it counts in the background)
    db = open_database(data_dir)
    start_shop(db, "大店", "店主")
    window = MainWindow(db, data_dir, ScriptedDialogs(), facts=start_facts(db))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    area = window.show_area("growth")
    qtbot.waitUntil(lambda: area.figures is not None, timeout=LONG)
    yield window, db
    window.close()
    db.close()


def gui_queries(log) -> list[str]:
    """What the GUI thread's connection ran, less the empty areas' instant EXISTS lookups
    (store/shop_state.py: each stops at the first row, whatever the shop's size)."""
    return [sql for sql in log.statements if not sql.startswith("SELECT EXISTS(SELECT 1 FROM customers)")]


def _assert_no_stall(gaps: GapRecorder) -> None:
    assert gaps.gaps, "the timer never ran"
    assert gaps.longest_cpu_ms < STALL_MS, gaps.report()
    if machine_is_quiet():
        assert gaps.longest_wall_ms < STALL_MS, gaps.report()


def _work_on_gui_thread_would_stall(fn) -> None:
    with GapRecorder() as control:
        fn()
    assert control.longest_cpu_ms > STALL_MS, control.report()


def test_daily_review_opens_and_refreshes_without_stalling(big_window, qtbot):
    from shopowner.ui.followups.keeper import reminder_keeper

    window, db = big_window
    generate_reminders(db, date.today())  # yesterday's run, as if the app had been open
    _work_on_gui_thread_would_stall(lambda: load_page(db, date.today()))
    before = db.execute("SELECT count(*) FROM reminders").fetchone()[0]
    with StatementLog(db) as log, GapRecorder() as gaps:
        page = window.show_area("review")
        assert page.loading and "…" in page.headline.text()  # a light loading state at once
        keeper = reminder_keeper(window)
        qtbot.waitUntil(lambda: keeper.runs == 1 and page.loads >= 1 and not page.loading,
                        timeout=LONG)
    _assert_no_stall(gaps)
    assert gui_queries(log) == []  # the GUI thread's connection stayed idle
    due = page.section("followups_due")
    assert due.childCount() >= 3 and page.review["counts"]["followups_due"] > 10_000
    assert all(due.child(i).childCount() <= 11 for i in range(due.childCount()))  # 10 + “more”

    loads = page.loads
    with StatementLog(db) as log, GapRecorder() as gaps:
        window.announce(Change.of(FOLLOWUPS, customer_ids=[1]))  # an edit elsewhere: the page reloads
        qtbot.waitUntil(lambda: page.loads > loads and not page.loading, timeout=LONG)
    _assert_no_stall(gaps)
    assert gui_queries(log) == []
    assert keeper.runs == 1  # a refresh does not generate reminders
    assert db.execute("SELECT count(*) FROM reminders").fetchone()[0] >= before


def test_followups_area_opens_and_pages_without_stalling(big_window, qtbot):
    from shopowner.ui.followups.keeper import reminder_keeper

    window, db = big_window
    generate_reminders(db, date.today())
    today = date.today()
    _work_on_gui_thread_would_stall(lambda: (due_by_rule(db, today), today_list(db, today, limit=200)))
    with StatementLog(db) as log, GapRecorder() as gaps:
        area = window.show_area("followups")
        area.tabs.setCurrentWidget(area.today)
        keeper = reminder_keeper(window)
        models = [area.today.model, area.log.model, area.feedback.model, area.material.model]
        qtbot.waitUntil(lambda: keeper.runs == 1 and not any(m.loading for m in models)
                        and area.today.model.rowCount() == 200, timeout=LONG)
    _assert_no_stall(gaps)
    # only the reminder rules (a handful of rows) are read where the tab is built
    assert set(gui_queries(log)) <= {"SELECT key, enabled, params FROM reminder_rules",
                                   'SAVEPOINT "sqlite_utils_query"',
                                   'RELEASE "sqlite_utils_query"'}, log.statements
    assert area.today.model.total() > 10_000
    assert "(" in area.today.reason.itemText(0)  # the reasons come with their counts

    view = area.today.view
    with StatementLog(db) as log, GapRecorder() as gaps:
        for pages in (2, 3, 4):  # scrolling down fetches the next pages in the background
            view.scrollToBottom()
            qtbot.waitUntil(lambda: area.today.model.rowCount() >= 200 * pages, timeout=LONG)
    _assert_no_stall(gaps)
    assert gui_queries(log) == []

    with GapRecorder() as gaps:
        area.log.search.setText("回访新茶口感20000")  # a LIKE scan of 20,000 follow-ups, off the GUI thread
        qtbot.waitUntil(lambda: area.log.model.total() == 1 and not area.log.model.loading,
                        timeout=LONG)
    _assert_no_stall(gaps)


def test_the_redeem_box_opens_and_suggests_without_stalling(big_window, qtbot):
    from shopowner.followups.redeem import account_choices
    from shopowner.ui.followups.quick_redeem import open_quick_redeem

    window, db = big_window
    with GapRecorder() as control:
        account_choices(db)  # every add, follow-up and customer: read in the background instead
    assert control.longest_cpu_ms > 20, control.report()
    code = db.execute("SELECT code FROM cards WHERE redeemed_at IS NULL ORDER BY id LIMIT 1").fetchone()[0]
    typo = code[:2] + code[3] + code[2] + code[4:]
    with StatementLog(db) as log, GapRecorder() as gaps:
        box = open_quick_redeem(window)
        qtbot.waitUntil(lambda: box.account.count() == 3, timeout=LONG)  # + 创始人, 小美 from the shop
        box.paste.setText(f"我是张三，暗号{typo}")
        box.look_up()
        box.search.query.setText("客户1999")  # the no-code search goes through the book's index
        box.search.search()
        qtbot.waitUntil(lambda: not box.looking and not box.search.searching, timeout=LONG)
    _assert_no_stall(gaps)
    assert [b.text() for b in box.suggestion_buttons] == [f"Use {code}"]
    assert [box.account.itemText(i) for i in range(3)] == ["店主", "创始人", "小美"]  # founder first
    assert not any("GROUP BY name" in sql for sql in log.statements)  # the accounts scan ran elsewhere
