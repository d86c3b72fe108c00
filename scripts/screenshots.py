"""Screenshots of every area in both languages, for the README's gallery (docs/img/).

Run on an X display with Qt's xcb platform at 1366×768 (a real window, real fonts), e.g.:

    Xvfb :73 -screen 0 1366x768x24 &
    DISPLAY=:73 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/screenshots.py docs/img

For each language a fresh demo shop is made with ``main.py --lang L init-demo``, the window opens
on it at 1366×768 and each area is photographed once its reads and the card preview are done:
``<area>-zh.png`` / ``<area>-en.png`` for customers, cards, printed-cards, followups, review,
growth, and redeem (the redeem box alone, a friend request with a card's code pasted).
The PNGs are reduced to a 256-colour palette (Pillow), a quarter of their size, text still crisp.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGUAGES = {"zh_CN": "zh", "en": "en"}


def wait(app, seconds: float, until=None) -> None:
    """Run the event loop for ``seconds``, or until ``until()`` holds."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
        if until is not None and until():
            return


def quiet(app, seconds: float = 30.0) -> None:
    """Until no background read or job runs (and a moment more for the layout and paint)."""
    from PySide6.QtCore import QThreadPool

    from shopowner import tasks

    def idle():
        return all(p.activeThreadCount() == 0 for p in (QThreadPool.globalInstance(), tasks.reads_pool()))

    wait(app, 0.3)  # a read is queued for the next turn of the event loop
    wait(app, seconds, idle)
    wait(app, 0.6)


def save(app, path: Path, widget=None) -> None:
    """The X screen as it is (only ``widget``'s part of it when given), as a small PNG."""
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    wait(app, 0.3)
    raw = path.with_suffix(".raw.png")
    screen = QGuiApplication.primaryScreen()
    if widget is None:
        screen.grabWindow(0).save(str(raw))
    else:
        frame = widget.frameGeometry()
        screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(raw))
    with Image.open(raw) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE) \
            .save(path, optimize=True)
    raw.unlink()
    print(f"saved {path} ({path.stat().st_size // 1024} KB)")


def shoot(language: str, out: Path) -> None:
    suffix = LANGUAGES[language]
    data = Path(tempfile.gettempdir()) / "ShopOwner" / suffix  # what the status bar shows
    shutil.rmtree(data, ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--lang", language,
                    "init-demo"], check=True, capture_output=True)
    os.environ["XDG_CONFIG_HOME"] = str(data / "config")  # remembered layouts: none
    from PySide6.QtWidgets import QApplication, QTabWidget

    from shopowner.i18n import install_translators
    from shopowner.ui.app import open_or_explain, register_fonts
    from shopowner.ui.main_window import MainWindow
    from shopowner.ui.services import Dialogs

    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("ShopOwnerScreenshots")
    install_translators(app, language)
    register_fonts(app)
    db = open_or_explain(data, Dialogs())
    window = MainWindow(db, data, Dialogs())
    window.move(0, 0)
    window.resize(1366, 768)
    window.show()
    quiet(app)

    window.show_area("customers")
    quiet(app)
    save(app, out / f"customers-{suffix}.png")

    window.show_area("cards")
    cards = window._area_widgets["cards"]
    quiet(app)
    wait(app, 60, lambda: not cards.preview.pending())
    quiet(app)
    save(app, out / f"cards-{suffix}.png")
    tabs = cards.findChild(QTabWidget)
    tabs.setCurrentIndex(1)
    quiet(app)
    save(app, out / f"printed-cards-{suffix}.png")
    tabs.setCurrentIndex(0)

    for key in ("followups", "review", "growth"):
        window.show_area(key)
        quiet(app)
        save(app, out / f"{key}-{suffix}.png")

    code = db.execute("SELECT code FROM printed_cards WHERE redeemed_at IS NULL ORDER BY id DESC LIMIT 1") \
        .fetchone()[0]
    window.show_area("customers")
    quiet(app)
    action = next(a for a in window.file_menu.actions() if a.objectName() == "redeemAction")
    action.trigger()
    box = window._quick_redeem_box
    greeting = "你好，我是买龙井的，暗号 {code}" if suffix == "zh" else "Hi, I bought the Longjing tea, code {code}"
    box.paste.setText(greeting.format(code=code))
    quiet(app)
    save(app, out / f"redeem-{suffix}.png", box)
    box.close()
    window.close()
    quiet(app, 5)
    db.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else ROOT / "docs" / "img")
    out.mkdir(parents=True, exist_ok=True)
    languages = argv[2:] or list(LANGUAGES)
    if len(languages) == 1:
        shoot(languages[0], out)
        return 0
    for language in languages:  # one process each: translators, settings and fonts start clean
        subprocess.run([sys.executable, __file__, str(out), language], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
