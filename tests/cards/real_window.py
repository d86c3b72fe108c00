"""Run in a child process on a real X display (``QT_QPA_PLATFORM=xcb``): the cards area at one
window size and language, every layout in turn. For each layout it waits for the preview, then
measures the process's CPU time while idle (``/proc/self/stat``), looks for clipped
text, and saves a screenshot. Prints one JSON line with what it found.

    python tests/cards/real_window.py DATA_DIR LANG WIDTH HEIGHT OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from shopowner.window_start import start_facts

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

IDLE_CPU_LIMIT = 0.1  # CPU seconds per idle second: an idle window uses next to none; the
# scroll-bar loop this guards against used 0.45–1.0


def cpu_seconds() -> float:
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def wait(app, seconds: float, until=None) -> bool:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until is None


def idle(app, seconds: float) -> None:
    """Let the event loop run undisturbed (no polling of our own) for ``seconds``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def clipped(area) -> list[str]:
    """Visible buttons, labels, check boxes and combo boxes whose text is wider than their room."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    found = []
    for widget in area.findChildren(QAbstractButton) + area.findChildren(QLabel) + area.findChildren(QComboBox):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.textFormat() == 1:  # rich text wraps
                continue
            need, have = widget.fontMetrics().horizontalAdvance(widget.text()), widget.contentsRect().width()
        elif isinstance(widget, QComboBox):
            need, have = widget.minimumSizeHint().width(), widget.width()
        else:
            if not widget.text():
                continue
            need, have = widget.sizeHint().width(), widget.width()
        if need > have + 1:
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} '{text}' needs {need}px, has {have}px")
    return found


def main(data_dir: str, lang: str, width: int, height: int, out_dir: str) -> int:
    from PySide6.QtWidgets import QApplication

    from shopowner.cards.layouts import all_layouts
    from shopowner.i18n import install_translators
    from shopowner.store import open_database
    from shopowner.ui.app import register_fonts
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    app = QApplication([sys.argv[0]])
    register_fonts(app)
    install_translators(app, lang)
    db = open_database(Path(data_dir))
    window = MainWindow(db, Path(data_dir), ScriptedDialogs(), facts=start_facts(db))
    window.resize(width, height)
    window.show()
    wait(app, 30, lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    area = window.show_area("cards")
    report = {"size": [width, height], "lang": lang, "layouts": {}}
    for name, layout in all_layouts(Path(data_dir)).items():
        area.choose_layout(name)
        ready = wait(app, 60, lambda: area.preview.result is not None and not area.preview.pending())
        wait(app, 0.5)  # let paints and late events settle
        before, started = cpu_seconds(), time.time()
        idle(app, 1.0)
        busy = (cpu_seconds() - before) / (time.time() - started)
        shot = Path(out_dir) / f"cards-{lang}-{width}x{height}-{name}.png"
        window.grab().save(str(shot))
        report["layouts"][name] = {"ready": ready, "idle_cpu": round(busy, 3), "clipped": clipped(area),
                                   "status": area.preview.status.text(), "screenshot": str(shot)}
    print(json.dumps(report, ensure_ascii=False))
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]))
