"""Every text fits, in Chinese and in English, at a 1366×768 main window (each dialog at its own
size): every area and tab, every menu and menu command, every button that opens something, with
table headers, combo boxes (each item as it would show when chosen), buttons, check boxes, tabs,
list items, spin boxes, placeholders and labels (wrapped ones by height) measured with the real
font metrics of an X display. Also fails on internal keys shown to the person (``to-ship``,
``taobao``, ``wechat_shop``, ``name|address``, setting keys), on an ``&`` that renders, and in the
Chinese window on English-only text.

The full list goes to out/realwindow/text_fit-<language>/problems.txt, grouped by kind.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QPushButton, QTabWidget

from shopowner.demo import fill_demo_shop
from shopowner.i18n import install_translators
from shopowner.store import open_database
from tests.realwindow.fit import Problem, rendered
from tests.realwindow.scenarios import steps
from tests.realwindow.scenarios.walk import TextFitWalk

# (kind, widget pattern, text pattern, why): at most a few lines, each with its reason
EXCEPTIONS: list[tuple[str, str, str, str]] = [
    ("too narrow", r"^QListView#sidebar ", r".", "Qt's own file dialog: its places list is Qt's, "
     "and a person drags it wider"),
]


def excepted(problem: Problem) -> bool:
    return any(problem.kind == kind and re.search(widget, problem.widget) and re.search(text, problem.text)
               for kind, widget, text, _ in EXCEPTIONS)


def probes(gui, window, walk) -> None:
    """Texts that show only for some data or deeper in: a customer known by receiver name and
    address, a customer with an open complaint and what each button of their details opens, a
    complaint resolved, the product names behind 卡片设置, and the redeem box with a printed
    card's code looked up."""
    row = window.db.execute("SELECT customer_id FROM customer_identities WHERE kind = 'name_address' "
                            "ORDER BY id LIMIT 1").fetchone()
    if row is not None:
        steps.open_customer(gui, window, row[0])
        walk.measure(window, "area customers (a customer known by name and address)")
    row = window.db.execute("SELECT customer_id FROM feedback WHERE kind = 'complaint' AND status = 'open' "
                            "AND customer_id IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    if row is not None:
        area = steps.open_customer(gui, window, row[0])
        walk.quiet()
        where = "area customers (a customer with an open complaint)"
        walk.measure(window, where)
        walk._tabs(area.detail, where)
        # tag chips and the notes' buttons change the customer at once: not part of a look round
        walk.press_each(area.detail, where, skip=lambda b: b.objectName().startswith("tagChip_")
                        or b.objectName() in ("addField", "saveProfile"))
    complaint(gui, window, walk)
    product_names(gui, window, walk)
    row = window.db.execute("SELECT code FROM cards WHERE redeemed_at IS NULL ORDER BY id LIMIT 1").fetchone()
    if row is not None:
        box = steps.look_up_code(gui, window, f"你好 {row[0]} 买的龙井")
        walk.measure(box, "the redeem box with a card found")
        gui.shot("the redeem box with a card found")
        box.close()


def complaint(gui, window, walk) -> None:
    """反馈 with an open complaint chosen: 解决投诉… opens its dialog."""
    area = steps.show_area(gui, window, "followups")
    tabs = area.findChild(QTabWidget)
    feedback = next(tabs.widget(i) for i in range(tabs.count()) if type(tabs.widget(i)).__name__ == "FeedbackTab")
    gui.call("the feedback tab", tabs.setCurrentWidget, feedback)
    walk.quiet()
    model = feedback.view.model()
    rows = [r for r in range(model.rowCount()) if (model.row_at(r) or {}).get("kind") == "complaint"
            and model.row_at(r).get("status") == "open"]
    if rows:
        gui.call("choose the complaint", feedback.view.selectRow, rows[0])
        walk.where = "area followups › feedback: an open complaint"
        before = walk._windows()
        gui.click(feedback.resolve_button, "resolve the complaint")
        walk._after(before)


def product_names(gui, window, walk) -> None:
    """卡片设置… → 卡片上的商品名…: the dialog inside the card settings."""
    area = steps.show_area(gui, window, "cards")
    tabs = area.findChild(QTabWidget)
    gui.call("the letter's tab", tabs.setCurrentIndex, 0)
    walk.quiet()

    def open_names(dialog) -> bool:
        inner = dialog.findChild(QPushButton, "printNamesButton")
        page = inner.window()
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for tab in tabs:  # the button sits on one of the dialog's pages
            for i in range(tab.count()):
                if tab.widget(i).isAncestorOf(inner):
                    tab.setCurrentIndex(i)
        walk.quiet()
        walk.where = "dialog card settings: button “product names”"
        before = walk._windows()
        gui.click(inner, "product names on the cards")
        walk._after(before)
        return False

    window.dialogs.dialog_results.append(open_names)
    walk.where = "area cards: card settings"
    before = walk._windows()
    gui.click(area.settings_button, "card settings")
    walk._after(before)


def set_up_and_empty_areas(gui, window, walk, language: str) -> None:
    """The set-up after “start my shop”, each step, then every area of the still empty shop (each
    says what to do next)."""
    page = window.welcome
    chinese = language.startswith("zh")
    page.shop_name.setText("小满茶舍" if chinese else "Xiaoman Tea House")
    page.founder_name.setText("林小满" if chinese else "Lin Xiaoman")
    gui.click(page.start_button, "start my shop")
    gui.wait_until(lambda: page.flow is not None and page.flow.isVisible(), what="the set-up")  # names kept off the GUI thread
    flow = page.flow
    for n, step in enumerate(flow.steps, start=1):
        walk.quiet()
        where = f"the set-up, step {n + 1} ({rendered(flow.step_names[n], True)})"
        walk.measure(window, where)
        gui.shot(where)
        last = n == len(flow.steps)
        gui.click(flow.next_button if last else flow.skip_button, "finish" if last else "skip")
    gui.wait_until(lambda: window.welcome is None or not window.welcome.isVisible(), what="the areas")
    for key in window.area_keys():
        walk.area(key)


def report(problems: list[Problem], language: str) -> str:
    lines = [f"{len(problems)} text problem(s) in {language} at 1366×768:"]
    for kind in sorted({p.kind for p in problems}):
        group = [p for p in problems if p.kind == kind]
        lines.append(f"\n== {kind} ({len(group)})")
        lines += [f"  {p.line()}" for p in sorted(group, key=lambda p: (p.where, p.widget, p.text))]
    return "\n".join(lines)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_text_fit(gui, dialogs, data_dir, language, qapp, tmp_path):
    with gui.step("the welcome page of an empty folder", allow="app start-up"):
        empty = tmp_path / "empty"
        empty.mkdir()
        first = steps.start_app(empty, dialogs, language)
        first.move(0, 0)
        first.resize(1366, 768)
        gui.shown(first)
        welcome = TextFitWalk(gui, first, dialogs, language)
        welcome.measure(first, "the welcome page")
        set_up_and_empty_areas(gui, first, welcome, language)
        steps.close_app(gui, first)
    install_translators(qapp, language)  # the demo shop is written in the window's language
    db = open_database(data_dir)
    fill_demo_shop(db)  # something in every list, table and combo box
    db.close()
    with gui.step("start at 1366×768", allow="app start-up"):
        window = steps.start_app(data_dir, dialogs, language)
        window.move(0, 0)
        window.resize(1366, 768)
        gui.shown(window)
    walk = TextFitWalk(gui, window, dialogs, language)
    with gui.step("every area and tab", allow="the areas' first builds (timed in test_core_loop)"):
        for key in window.area_keys():
            walk.area(key)
    with gui.step("every menu"):
        walk.menus()
    with gui.step("every menu command"):
        # the import asks for the columns of a list it does not know (that dialog is measured
        # too); its report then holds every kind of line: skipped rows, a cut cell, a rejected file
        dialogs.files.append([str(steps.ORDERS / name) for name in (
            "bad/unknown-columns.csv", "bad/duplicate-rows.csv", "bad/huge-field.csv",
            "bad/wrong-encoding.csv", "bad/empty.csv", "generic/my-customers.csv")])
        walk.menu_commands()
    with gui.step("every button of every area"):
        for key in window.area_keys():
            walk.buttons(key)
    with gui.step("texts that show for some data"):
        probes(gui, window, walk)
    gui.idle("after the walk (every area built, every dialog opened and closed)")
    with gui.step("quit"):
        steps.close_app(gui, window)

    for problem in welcome.problems:  # the main walk's list, the welcome page's own first
        walk.record(problem)
    failures = [p for p in walk.problems if not excepted(p)]
    text = report(failures, language)
    (gui.folder / "problems.txt").write_text(
        text + "\n\nmeasured:\n" + "\n".join(f"  {w}" for w in walk.measured_dialogs) + "\n",
        encoding="utf-8")
    print(f"\n{text}\n(also in {gui.folder / 'problems.txt'})")
    assert not failures, text
