"""提醒规则: switch each built-in reminder rule on or off and change its days.

The rules are read off the GUI thread when the tab is first shown; only this tab writes them, so
no other change notice concerns it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.changes import REMINDERS, Change
from shopowner.followups.reminders import (
    DEFAULT_RULES, ReminderError, rule_days, rule_label, rules, save_rules,
)
from shopowner.ui import background
from shopowner.ui.notices import listen


class RulesTab(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.switches: dict[str, QCheckBox] = {}
        self.days: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in DEFAULT_RULES:
            switch = QCheckBox(rule_label(key))
            days = QLineEdit()
            days.setMaximumWidth(160)
            days.setToolTip(self.tr("Days; for the re-buy window several, separated by commas"))
            self.switches[key], self.days[key] = switch, days
            form.addRow(switch, days)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.save_button = QPushButton(self.tr("Save rules"))
        self.save_button.setObjectName("saveRules")
        self.save_button.clicked.connect(self.save)
        explain = QLabel(self.tr("Reminders appear in “To do today”. Days: card not added after N days "
                                 "(printed within the last 30); no chat for N days after adding; "
                                 "N days after the last order; complaint open N days."))
        explain.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.error, 1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addLayout(bar)
        layout.addStretch(1)
        self._reads = tasks.Latest(self, data_dir=window.data_dir, db=self.db)
        listen(self, window, lambda _change: self.refresh(), first=True)

    @property
    def loading(self) -> bool:
        return self._reads.busy

    @property
    def saving(self) -> bool:
        return not self.save_button.isEnabled()

    def refresh(self) -> None:
        """Read the rules again (off the GUI thread) and show them."""
        self._reads.request(rules, on_result=self._show)

    def _show(self, stored: dict) -> None:
        for key, rule in stored.items():
            self.switches[key].setChecked(rule["enabled"])
            days = rule["params"]["days"]
            self.days[key].setText(", ".join(map(str, days)) if isinstance(days, list) else str(days))

    def save(self) -> bool:
        """Check the days typed and save the rules off the GUI thread; False when a day is wrong."""
        if self.saving:
            return False
        try:
            days = {key: rule_days(key, field.text()) for key, field in self.days.items()}
        except ReminderError as exc:
            self.error.setText(str(exc))
            return False
        background.save(self, save_rules, {key: {"enabled": self.switches[key].isChecked(),
                                                 "params": {"days": days[key]}} for key in days},
                        data_dir=self.window_.data_dir, button=self.save_button, error=self.error,
                        refused=(ReminderError,), on_refused=lambda _exc: self.refresh(), on_done=self._saved)
        return True  # checked, and saving in the background

    def _saved(self, _result=None) -> None:
        self.save_button.setEnabled(True)
        self.error.setText("")
        from shopowner.ui.followups.keeper import reminder_keeper

        reminder_keeper(self.window_).run()  # the lists reload when the new reminders are made
        self.window_.announce(Change.of(REMINDERS, customer_ids=[], source="rules"))
