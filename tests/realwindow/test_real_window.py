"""The app where a person sees it: each scenario in tests/realwindow/scenarios/ runs in a child
process under Qt's ``xcb`` platform on a private Xvfb (1366×768), watched from here.

A scenario fails on its own checks, on a frozen event loop (its watchdog), on a crash, or when
its GUI thread keeps itself busy while nothing happens (read here, from /proc, at each of the
scenario's idle moments). Screenshots and the child's log: out/realwindow/<scenario>/.
"""

from __future__ import annotations

import pytest

from tests.realwindow.child import IDLE_LIMIT, SCENARIOS, run_child

# scenario file → the most it may take (seconds) before it is stopped as hung
SCENARIO_FILES = {
    "test_core_loop.py": 600,             # the seller's first day on A4 4 × A6; the first steps in English
    "test_card_layouts.py": 900,          # printing on each other layout
    "test_cards_preview_idle.py": 300,    # the preview busy loop (2edec1f) stays fixed
    "test_text_fit.py": 600,              # every text fits, zh_CN and en
}


@pytest.mark.slow
@pytest.mark.parametrize("scenario", sorted(SCENARIO_FILES))
def test_scenario_in_a_real_window(x_display, scenario):
    run = run_child(str(SCENARIOS / scenario), x_display, name=f"child-{scenario[5:-3]}",
                    timeout=SCENARIO_FILES[scenario])
    print(f"{scenario}: {run.seconds:.0f} s")
    for idle in run.idles:
        print(f"  idle at {idle.label}: GUI thread {idle.busy}")
    assert run.idles or run.returncode != 0, "the scenario never sat idle: nothing was measured"
    assert not run.hang and run.returncode == 0 and not run.busy_idles(), run.report()
    assert all(i.busy.share <= IDLE_LIMIT for i in run.idles)
