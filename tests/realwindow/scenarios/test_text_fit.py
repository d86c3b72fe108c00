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

from shopowner.demo import fill_demo_shop
from shopowner.i18n import install_translators
from shopowner.store import open_database
from tests.realwindow.fit import Problem
from tests.realwindow.scenarios import steps
from tests.realwindow.scenarios.walk import TextFitWalk

# (kind, text pattern, why): at most a few lines, each with its reason
EXCEPTIONS: list[tuple[str, str, str]] = [
]


def excepted(problem: Problem) -> bool:
    return any(problem.kind == kind and re.search(pattern, problem.text) for kind, pattern, _ in EXCEPTIONS)


def report(problems: list[Problem], language: str) -> str:
    lines = [f"{len(problems)} text problem(s) in {language} at 1366×768:"]
    for kind in sorted({p.kind for p in problems}):
        group = [p for p in problems if p.kind == kind]
        lines.append(f"\n== {kind} ({len(group)})")
        lines += [f"  {p.line()}" for p in sorted(group, key=lambda p: (p.where, p.widget, p.text))]
    return "\n".join(lines)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_text_fit(gui, dialogs, data_dir, language, qapp):
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
        # the import asks for the columns of a list it does not know: that dialog is measured too
        dialogs.files.append([str(steps.ORDERS / "bad/unknown-columns.csv")])
        walk.menu_commands()
    with gui.step("every button of every area"):
        for key in window.area_keys():
            walk.buttons(key)
    gui.idle("after the walk (every area built, every dialog opened and closed)")
    with gui.step("quit"):
        steps.close_app(gui, window)

    failures = [p for p in walk.problems if not excepted(p)]
    text = report(failures, language)
    (gui.folder / "problems.txt").write_text(
        text + "\n\nmeasured:\n" + "\n".join(f"  {w}" for w in walk.measured_dialogs) + "\n",
        encoding="utf-8")
    print(f"\n{text}\n(also in {gui.folder / 'problems.txt'})")
    assert not failures, text
