"""The cards area sits still when nothing happens, in a real X display.

Before 2edec1f the card preview (a QPdfView fitted into its view) showed and hid its scroll bars
forever at a 1200×780 window on the roll-80 and thermal-100x150 layouts: the GUI thread spun at
45–100 % and the area hung again at the next start, because the layout is remembered. Offscreen
cannot show it (no real scroll-bar geometry). Each layout here is chosen, drawn, then watched idle
(the parent reads the GUI thread's CPU time), and once more after a restart with it remembered.
"""

from __future__ import annotations

import pytest

from shopowner.demo import start_shop
from shopowner.store import open_database
from shopowner.store.settings import WECHAT_QR, set_setting
from tests.realwindow.scenarios import steps

LAYOUTS = ["roll-80", "thermal-100x150"]


@pytest.fixture
def shop(data_dir):
    db = open_database(data_dir)
    start_shop(db, "小满茶舍", "林小满")
    set_setting(db, WECHAT_QR, steps.FOUNDER_QR)
    db.close()
    return data_dir


def test_cards_preview_idle(gui, dialogs, shop):
    with gui.step("start", allow="app start-up"):
        window = steps.start_app(shop, dialogs)
        window.resize(1200, 780)
        gui.shown(window)
    # how long the area takes to build the first time is the core loop's check; this one is idle
    with gui.step("open the cards area", allow="its first build (timed in test_core_loop)"):
        steps.show_area(gui, window, "cards")
    for layout in LAYOUTS:
        with gui.step(f"the cards area on {layout}"):
            steps.choose_layout(gui, window, layout)
        gui.idle(f"the cards area on {layout} at 1200×780")
    with gui.step("quit with the layout remembered"):
        steps.close_app(gui, window)
    with gui.step("start again", allow="app start-up"):
        window = steps.start_app(shop, dialogs)
        window.resize(1200, 780)
        gui.shown(window)
    with gui.step(f"the cards area opens on {LAYOUTS[-1]}", allow="its first build"):
        area = steps.show_area(gui, window, "cards")
        assert area.layout_choice.currentData() == LAYOUTS[-1]
        steps.wait_preview(gui, area)
    gui.idle(f"the cards area reopened on {LAYOUTS[-1]}")
    with gui.step("quit"):
        steps.close_app(gui, window)
    gui.finish()
