"""In team mode the window asks the hub every few seconds whether it answers. When it does not,
a banner says so at once and the areas take no edits — nothing is queued, so nothing is lost or
half-written; when it answers again, the banner goes and every screen reads the book again.

The probe runs on a pool of its own with one thread: it must not queue behind the very jobs a
lost hub holds up (their statements wait for the network's time-out).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from shopowner import tasks
from shopowner.changes import Change
from shopowner.store.pg.hub import probe_hub

PROBE_EVERY_MS = 2000


def hub_place(url: str) -> str:
    """"192.168.1.10:5432/shop": where the hub is, without the user name or password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    return f"{host}:{parts.port or 5432}{parts.path}"


class HubBanner(QFrame):
    """"连接不上店铺主机…" across the top of the window, with a button to try at once."""

    retry = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("hubBanner")
        self.setStyleSheet("QFrame#hubBanner { background: #fff4e5; border-bottom: 1px solid "
                           "#e5b567; } QFrame#hubBanner QLabel { color: #7a4a00; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        self.label = QLabel()
        self.label.setObjectName("hubText")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.retry_button = QPushButton(self.tr("Try now"))
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        self.hide()

    def show_lost(self, place: str) -> None:
        self.label.setText(self.tr(
            "Cannot reach the shop's hub ({place}). Trying again by itself every few seconds. "
            "Until it answers nothing can be changed here; what was saved before is safe on the "
            "hub. Check that the hub's PC is on and on the same network.").format(place=place))
        self.show()


class HubWatch(QObject):
    """Owned by the main window in team mode; ``start()`` once the window shows."""

    lost = Signal()
    back = Signal()

    def __init__(self, window, url: str):
        super().__init__(window)
        self.window = window
        self.url = url
        self.place = hub_place(url)
        self.reachable = True
        self.banner = HubBanner()
        self.banner.retry.connect(self.probe)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._probing = False
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_EVERY_MS)
        self.timer.timeout.connect(self.probe)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def probe(self) -> None:
        if self._probing:
            return
        self._probing = True
        task = tasks.start(probe_hub, self.url, owner=self, pool=self._pool)
        task.signals.succeeded.connect(lambda _version: self._answered(True))
        task.signals.failed.connect(lambda _exc: self._answered(False))
        task.signals.finished.connect(self._probed)

    def _probed(self) -> None:
        self._probing = False

    def _answered(self, reachable: bool) -> None:
        if reachable == self.reachable:
            return
        self.reachable = reachable
        self.window.stack.setEnabled(reachable)  # no edits while the hub is away
        if reachable:
            self.banner.hide()
            self.window.statusBar().showMessage(self.tr("The shop's hub answers again."), 8000)
            self.window.announce(Change.everything(source="hub"))  # what others wrote meanwhile
            self.back.emit()
        else:
            self.banner.show_lost(self.place)
            self.lost.emit()

    def wait_idle(self, ms: int = 5000) -> bool:
        """For the window's close: the last probe has ended."""
        return self._pool.waitForDone(ms)
