"""今日待办: the reminders due today, with snooze, done and “log a follow-up” straight from one."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from shopowner.followups.reminders import ReminderError, generate_reminders, mark_done, snooze, today_list
from shopowner.ui.followups.entry import open_new_followup
from shopowner.ui.followups.table_model import SqlTableModel, make_view, selected_row


class TodayTab(QWidget):
    def __init__(self, window, today=date.today):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.today = today  # a callable, so tests can freeze the day
        self._rows: list[dict] = []
        self.heading = QLabel()
        self.model = SqlTableModel([
            (self.tr("Due"), "due_date"),
            (self.tr("Customer"), "customer_name"),
            (self.tr("Why"), "rule_label"),
            (self.tr("Note"), "note"),
        ], self._fetch, lambda: len(self._rows), self)
        self.view = make_view(self.model, "followups/today")
        self.view.setObjectName("todayView")
        self.view.doubleClicked.connect(lambda _: self.log_followup())
        self.log_button = QPushButton(self.tr("Log follow-up"))
        self.log_button.setObjectName("logFromReminder")
        self.log_button.clicked.connect(self.log_followup)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("reminderDone")
        self.done_button.clicked.connect(self.done)
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_button.setObjectName("reminderSnooze")
        menu = QMenu(self.snooze_button)
        for days, text in ((1, self.tr("Until tomorrow")), (3, self.tr("3 days")), (7, self.tr("1 week"))):
            menu.addAction(text, lambda d=days: self.snooze(d))
        self.snooze_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for button in (self.log_button, self.done_button, self.snooze_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.refresh(generate=True)

    def _fetch(self, limit, offset):
        return self._rows[offset:offset + limit]

    def refresh(self, generate: bool = False) -> None:
        today = self.today()
        if generate:
            generate_reminders(self.db, today)
        self._rows = today_list(self.db, today)
        self.model.refresh()
        self.heading.setText(self.tr("{count} to do today ({day})").format(count=len(self._rows),
                                                                          day=today.isoformat()))

    def _selected(self):
        row = selected_row(self.view)
        if row is None:
            self.window_.dialogs.information(self, self.tr("To do today"),
                                             self.tr("Select a reminder in the list first."))
        return row

    def _run(self, action) -> None:
        try:
            action()
        except ReminderError as exc:
            self.window_.dialogs.warning(self, self.tr("To do today"), str(exc))
        self.window_.data_changed.emit()

    def done(self) -> None:
        row = self._selected()
        if row is not None:
            self._run(lambda: mark_done(self.db, row["id"]))

    def snooze(self, days: int) -> None:
        row = self._selected()
        if row is not None:
            today = self.today()
            self._run(lambda: snooze(self.db, row["id"], today + timedelta(days=days), today=today))

    def log_followup(self) -> None:
        row = self._selected()
        if row is not None:
            open_new_followup(self.window_, row["customer_id"], reminder_id=row["id"])
