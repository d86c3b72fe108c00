"""文件 → 团队模式: where the shop's book is, and the three ways to change it — make this PC the
hub, join a hub, leave the hub — plus this PC's own hub (its address, the shop password, Stop /
Start) when this PC is the hub.

The work runs on the app's workers (``team/hub_steps.py``), with progress and Cancel; every question
goes through ``window.dialogs``. A change of where the book is takes effect after a restart of
the window, which the dialog offers; until then the window takes no edits (they would go to the
book it is leaving).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout,
)

from shopowner.ui.wrapping import fit_height
from shopowner import tasks
from shopowner.paths import db_path
from shopowner.store.db import is_hub
from shopowner.store.location import hub_url, joined_hub
from shopowner.ui.task_bar import TaskBar
from shopowner.team import hub_steps as jobs
from shopowner.ui.team.flows import TeamFlows
from shopowner.ui.team.hub_watch import hub_place
from shopowner.ui.team.own_hub import OwnHubBox


def _label(name: str, selectable: bool = False) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TeamDialog(QDialog):
    """One per window (``open_team_dialog``); window-modal, never ``exec()``-ed."""

    # how "make this PC the hub" makes the server; tests make one for this PC only, on a free port
    lan_too = True
    port: int | None = None

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("teamDialog")
        self.window_ = window
        self.data_dir = window.data_dir
        self.dialogs = window.dialogs
        self.task: tasks.Task | None = None
        self.flows = TeamFlows(self)
        self.setWindowTitle(self.tr("Team mode"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)

        self.where = _label("teamWhere", selectable=True)
        self.reach = _label("teamReach")
        self.pending = _label("teamPending")
        self.restart_button = QPushButton(self.tr("&Restart now"), objectName="teamRestart")
        self.restart_button.clicked.connect(self.flows.restart)
        now = QGroupBox(self.tr("Where the shop's book is"))
        column = QVBoxLayout(now)
        for widget in (self.where, self.reach, self.pending):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.restart_button)
        row.addStretch(1)
        column.addLayout(row)
        layout.addWidget(now)

        self.own_box = OwnHubBox()
        self.own_box.toggle.connect(self.flows.start_or_stop)
        self.own_box.said.connect(self._say)
        layout.addWidget(self.own_box)
        layout.addWidget(self._make_box())
        layout.addWidget(self._join_box())
        layout.addWidget(self._leave_box())

        self.taskbar = TaskBar(show_text=True, bar_name="teamProgress", cancel_name="teamCancel")
        layout.addWidget(self.taskbar)
        self.status = _label("teamStatus", selectable=True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        for button in self.findChildren(QPushButton):  # Enter in a field joins (returnPressed), and
            button.setAutoDefault(False)  # never presses some other button made the default
        self.refresh()

    # the parts ----------------------------------------------------------------------------
    def _make_box(self) -> QGroupBox:
        self.make_box = QGroupBox(self.tr("Make this PC the hub"), objectName="makeHubBox")
        column = QVBoxLayout(self.make_box)
        self.make_text = _label("makeHubText")
        column.addWidget(self.make_text)
        row = QHBoxLayout()
        self.make_button = QPushButton(objectName="makeHub")
        self.make_button.clicked.connect(self.flows.make_or_use_hub)
        row.addWidget(self.make_button)
        row.addStretch(1)
        column.addLayout(row)
        return self.make_box

    def _join_box(self) -> QGroupBox:
        self.join_box = QGroupBox(self.tr("Join a hub"), objectName="joinHubBox")
        column = QVBoxLayout(self.join_box)
        text = _label("joinHubText")
        text.setText(self.tr("On a staff PC: type the address and the shop password that the hub's PC shows "
                             "here, or paste a whole postgresql:// address."))
        column.addWidget(text)
        form = QFormLayout()
        self.address = QLineEdit(objectName="hubAddress")
        self.address.setPlaceholderText("192.168.1.5:5432")
        self.password = QLineEdit(objectName="hubPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for words, field in ((self.tr("&Address:"), self.address), (self.tr("Shop pass&word:"), self.password)):
            label = QLabel(words)
            label.setBuddy(field)
            form.addRow(label, field)
            field.returnPressed.connect(self.flows.join)
        column.addLayout(form)
        row = QHBoxLayout()
        self.join_button = QPushButton(self.tr("&Join the hub…"), objectName="joinHub")
        self.join_button.clicked.connect(self.flows.join)
        row.addWidget(self.join_button)
        row.addStretch(1)
        column.addLayout(row)
        return self.join_box

    def _leave_box(self) -> QGroupBox:
        self.leave_box = QGroupBox(self.tr("Leave the hub"), objectName="leaveHubBox")
        column = QVBoxLayout(self.leave_box)
        text = _label("leaveHubText")
        text.setText(self.tr("This PC works on its own shop file again. The hub's book stays on the hub for "
                             "the other PCs."))
        column.addWidget(text)
        row = QHBoxLayout()
        self.leave_button = QPushButton(self.tr("&Leave the hub…"), objectName="leaveHub")
        self.leave_button.clicked.connect(self.flows.leave)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        column.addLayout(row)
        return self.leave_box

    # what is shown --------------------------------------------------------------------------
    def now_url(self) -> str | None:
        """The hub this window works on now (None: the shop file)."""
        return self.window_.db.url if is_hub(self.window_.db) else None

    def next_url(self) -> str | None:
        """The hub the data folder works on from the next start (None: the shop file)."""
        return hub_url(self.data_dir)

    def refresh(self) -> None:
        """Show where the book is and what can be done, then read what takes a worker."""
        now, later, joined = self.now_url(), self.next_url(), joined_hub(self.data_dir)
        chosen_here = later is None or later == joined  # not --database-url / $SHOPOWNER_DATABASE_URL
        own = jobs.has_own_hub(self.data_dir)
        if now:
            if own and now == jobs.own_hub_url(self.data_dir):
                self.where.setText(self.tr("The shop's book is on this PC's own hub ({place}).").format(
                    place=hub_place(now)))
            else:
                self.where.setText(self.tr("The shop's book is on the hub at {place}.").format(place=hub_place(now)))
            self.reach.setText(self.tr("Asking whether the hub answers…"))
            self._probe(now)
        else:
            self.where.setText(self.tr("The shop's book is this PC's shop file: {file}").format(
                file=db_path(self.data_dir)))
        self.reach.setVisible(bool(now))
        if not chosen_here:
            self.pending.setText(self.tr("This run was told which hub to use (--database-url or "
                                         "SHOPOWNER_DATABASE_URL), so joining or leaving cannot be "
                                         "changed here."))
        elif later != now:
            self.pending.setText(self._after_restart(later))
        self.pending.setVisible(not chosen_here or later != now)
        self.restart_button.setVisible(chosen_here and later != now)
        self.own_box.setVisible(own)
        if own:
            self._read_own_hub()
        self.make_box.setVisible(chosen_here and later is None)
        self.join_box.setVisible(chosen_here and later is None)
        self.leave_box.setVisible(chosen_here and joined is not None)
        if own:
            self.make_box.setTitle(self.tr("Work on this PC's hub"))
            self.make_text.setText(self.tr(
                "This PC holds a hub, but this PC does not work on it now. Its book stays as it was."))
            self.make_button.setText(self.tr("&Work on this PC's hub again…"))
        else:
            self.make_box.setTitle(self.tr("Make this PC the hub"))
            self.make_text.setText(self.tr(
                "On the PC that stays on while the shop works: ShopOwner sets up a database server here, "
                "copies this shop into it, and the other PCs join it over the shop's network."))
            self.make_button.setText(self.tr("&Make this PC the hub…"))
        self._fit()

    def _after_restart(self, later: str | None) -> str:
        if later:
            return self.tr("After a restart ShopOwner works on the hub at {place}. Until then nothing can be "
                           "changed in this window.").format(place=hub_place(later))
        return self.tr("After a restart ShopOwner works on this PC's shop file again. Until then nothing can "
                       "be changed in this window.")

    def _probe(self, url: str) -> None:
        task = tasks.start(jobs.probe, url, owner=self)
        task.signals.succeeded.connect(lambda _: self.reach.setText(self.tr("The hub answers.")))
        task.signals.failed.connect(lambda exc: self.reach.setText(
            self.tr("The hub does not answer now: {reason}").format(reason=exc)))

    def _read_own_hub(self) -> None:
        self.own_box.checking()
        task = tasks.start(jobs.read_own_hub, self.data_dir, owner=self)
        task.signals.succeeded.connect(self._own_hub_read)
        task.signals.failed.connect(lambda exc: self.own_box.failed(str(exc)))

    def _own_hub_read(self, hub: jobs.OwnHub) -> None:
        self.own_box.show_hub(hub)
        self._fit()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        fit_height(self)

    # running a job ------------------------------------------------------------------------------
    def run(self, fn, *args, on_done, on_failed, **kwargs) -> tasks.Task:
        """``fn(*args, progress=…, **kwargs)`` on a worker, its progress and Cancel shown, the
        dialog's actions off meanwhile."""
        self._busy(True)
        self.status.setText("")
        self.task = task = self.taskbar.attach(tasks.start(fn, *args, owner=self, **kwargs))

        def ended(handler):
            def call(*payload) -> None:
                self._busy(False)  # first: the handler may ask to restart, which closes the dialog
                handler(*payload)
            return call

        task.signals.succeeded.connect(ended(on_done))
        task.signals.failed.connect(ended(on_failed))
        task.signals.cancelled.connect(ended(lambda: self._say(self.tr("Cancelled: nothing was changed."))))
        return task

    @property
    def running(self) -> bool:
        return self.task is not None

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.task = None
        for widget in (self.own_box, self.make_box, self.join_box, self.leave_box, self.restart_button,
                       self.close_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        """Esc or Close: while a job runs, cancel it (it leaves nothing behind) instead of closing."""
        if self.task is not None:
            self.taskbar.cancel()
            self._say(self.tr("Cancelling… nothing is left behind."))
            return
        super().reject()
