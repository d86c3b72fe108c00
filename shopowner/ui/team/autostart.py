"""When this PC is the hub (its data folder holds the hub's server), the window starts the server
as it opens, before the book is opened: after a restart of the PC the other PCs — and this one —
find the book again without anyone typing ``hub start``.

The start (``pg_ctl start``, a few seconds) runs on a worker while a small note says what is
happening; a start that fails is said, with what to do, and the window opens all the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtWidgets import QProgressDialog

from shopowner import tasks
from shopowner.i18n import translate
from shopowner.team.hub_steps import has_own_hub, start_own_hub

NOTE_AFTER_MS = 400  # a start that takes longer shows a note meanwhile


def start_hub_at_open(data_dir: Path, dialogs) -> bool | None:
    """Start this PC's hub if the data folder holds one and it is not running; True when it runs
    now, False when it could not start (said through ``dialogs``), None when this PC is no hub."""
    if not has_own_hub(data_dir):
        return None
    owner = QObject()
    note = QProgressDialog(translate("Team", "Starting this PC's hub, the shop's shared book…"), "", 0, 0)
    note.setWindowTitle("ShopOwner")
    note.setCancelButton(None)  # no Cancel: the start takes seconds
    note.setMinimumDuration(NOTE_AFTER_MS)
    note.setWindowModality(Qt.WindowModality.ApplicationModal)
    outcome: list = []
    loop = QEventLoop()
    task = tasks.start(start_own_hub, Path(data_dir), owner=owner)
    task.signals.succeeded.connect(lambda _server: outcome.append(None))
    task.signals.failed.connect(outcome.append)
    task.signals.done.connect(loop.quit)
    if task.running:
        loop.exec()
    note.reset()
    note.deleteLater()
    owner.deleteLater()
    if outcome and outcome[0] is not None:
        dialogs.warning(None, translate("Team", "This PC's hub did not start"), translate(
            "Team", "{reason}\n\nUntil it runs, the other PCs cannot reach the shop's book (nor can this PC, if "
                    "it works on it). Start it under 文件 → 团队模式, or with: python main.py hub start"
                    ).format(reason=outcome[0]))
        return False
    return True
