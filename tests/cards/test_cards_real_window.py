"""The cards area in a real X display (Xvfb, Qt's ``xcb`` platform) at 1200×780, 1366×768 and
1440×900, in Chinese and English, with every layout: the preview is drawn, the GUI thread is idle
when nothing happens (no scroll-bar loop in the preview), and no text is clipped. Screenshots go
to the test's folder. Skipped, with the reason, when Xvfb is not installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cards.conftest import fresh_card_shop, make_parcels
from tests.cards.real_window import IDLE_CPU_LIMIT
from tests.realwindow import xserver

HERE = Path(__file__).resolve().parent
SIZES = [(1200, 780), (1366, 768), (1440, 900)]


@pytest.fixture(scope="module")
def xvfb():
    """A private Xvfb on a display number it picks itself (never one another run uses)."""
    reason = xserver.missing()
    if reason:
        pytest.skip(reason)
    server = xserver.start("1600x1000x24")
    yield server.display
    server.stop()


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("real-window-shop")
    db = fresh_card_shop(folder, "小满茶铺", "林小满")
    make_parcels(db, 9)
    db.close()
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_cards_area_in_a_real_window(xvfb, shop, lang, size, tmp_path):
    settings = tmp_path / "config"  # the window's remembered layout stays in this test
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(settings)}
    done = subprocess.run([sys.executable, str(HERE / "real_window.py"), str(shop), lang, str(size[0]),
                           str(size[1]), str(tmp_path)], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(report["layouts"]) >= 7
    for name, found in report["layouts"].items():
        assert found["ready"], (name, found["status"])
        assert found["idle_cpu"] < IDLE_CPU_LIMIT, f"{name}: busy GUI thread while idle ({found['idle_cpu']} s/s)"
        assert not found["clipped"], (name, found["clipped"])
        assert "to-ship" not in found["status"]
        assert Path(found["screenshot"]).stat().st_size > 10_000
