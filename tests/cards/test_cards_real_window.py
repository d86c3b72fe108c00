"""The cards area in a real X display (Xvfb, Qt's ``xcb`` platform) at 1200×780, 1366×768 and
1440×900, in Chinese and English, with every layout: the preview is drawn, the GUI thread is idle
when nothing happens (no scroll-bar loop in the preview), and no text is clipped. Screenshots go
to the test's folder. Skipped, with the reason, when Xvfb is not installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cards.conftest import fresh_card_shop, make_parcels
from tests.cards.real_window import IDLE_CPU_LIMIT

HERE = Path(__file__).resolve().parent
SIZES = [(1200, 780), (1366, 768), (1440, 900)]


@pytest.fixture(scope="module")
def xvfb():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it)")
    for display in range(140, 170):
        if Path(f"/tmp/.X11-unix/X{display}").exists() or Path(f"/tmp/.X{display}-lock").exists():
            continue
        server = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while time.time() < deadline and not Path(f"/tmp/.X11-unix/X{display}").exists():
            time.sleep(0.1)
        if server.poll() is None and Path(f"/tmp/.X11-unix/X{display}").exists():
            yield f":{display}"
            server.terminate()
            server.wait(timeout=10)
            return
        server.kill()
    pytest.skip("no free X display number for Xvfb")


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
