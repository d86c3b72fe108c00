"""The app where a person sees it: each scenario in tests/realwindow/scenarios/ runs in a child
process under Qt's ``xcb`` platform on a private Xvfb (1366×768), watched from here.

A scenario fails on its own checks, on a frozen event loop (its watchdog), on a crash, or when
its GUI thread keeps itself busy while nothing happens (read here, from /proc, at each of the
scenario's idle moments). Screenshots and the child's log: out/realwindow/<scenario>/.
"""

from __future__ import annotations

import pytest

from tests.realwindow.child import IDLE_LIMIT, run_child
from tests.realwindow.child import SCENARIOS as SCENARIOS_DIR

# scenario → (what the child runs, the most it may take in seconds before it is stopped as hung);
# the text-fit walk runs one child per language, so parallel workers share the two halves
SCENARIOS = {
    "core_loop": ("test_core_loop.py", 600),  # the first day on A4 4 × A6; the first steps in English
    "card_layouts": ("test_card_layouts.py", 900),  # printing on each other layout
    "cards_preview_idle": ("test_cards_preview_idle.py", 300),  # the preview busy loop (2edec1f) stays fixed
    "text_fit-zh_CN": ("test_text_fit.py::test_text_fit[zh_CN]", 600),  # every text fits, in Chinese
    "text_fit-en": ("test_text_fit.py::test_text_fit[en]", 600),  # and in English
}


@pytest.mark.slow
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_scenario_in_a_real_window(x_display, scenario):
    target, timeout = SCENARIOS[scenario]
    run = run_child(str(SCENARIOS_DIR / target), x_display, name=f"child-{scenario}", timeout=timeout)
    print(f"{scenario}: {run.seconds:.0f} s")
    for idle in run.idles:
        print(f"  idle at {idle.label}: GUI thread {idle.busy}")
    assert run.idles or run.returncode != 0, "the scenario never sat idle: nothing was measured"
    assert not run.hang and run.returncode == 0 and not run.busy_idles(), run.report()
    assert all(i.busy.share <= IDLE_LIMIT for i in run.idles)
