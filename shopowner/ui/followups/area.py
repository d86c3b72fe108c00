"""跟进与反馈: 今日待办, the follow-up log, feedback, the review-material library and the reminder rules.

Opening the area reads nothing on the GUI thread: each list loads through ``shopowner.tasks``
when its tab is first shown, and again on the change notices about what it shows
(:func:`shopowner.ui.notices.listen`: a hidden tab keeps them until shown).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from shopowner.ui.followups.feedback_tab import FeedbackTab
from shopowner.ui.followups.log_tab import LogTab
from shopowner.ui.followups.material_tab import MaterialTab
from shopowner.ui.followups.rules_tab import RulesTab
from shopowner.ui.followups.today_tab import TodayTab


class FollowupsArea(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.tabs = QTabWidget()
        self.today = TodayTab(window)
        self.log = LogTab(window)
        self.feedback = FeedbackTab(window)
        self.material = MaterialTab(window)
        self.rules = RulesTab(window)
        self.tabs.addTab(self.today, self.tr("To do today"))
        self.tabs.addTab(self.log, self.tr("Follow-ups"))
        self.tabs.addTab(self.feedback, self.tr("Feedback"))
        self.tabs.addTab(self.material, self.tr("Review material"))
        self.tabs.addTab(self.rules, self.tr("Reminder rules"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.setCurrentIndex(int(QSettings().value("followups/tab", 0) or 0))
        self.tabs.currentChanged.connect(lambda i: QSettings().setValue("followups/tab", i))

    def refresh(self) -> None:
        """Read every list again (each off the GUI thread)."""
        for tab in (self.today, self.log, self.feedback, self.material, self.rules):
            tab.refresh()
