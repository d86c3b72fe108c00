"""First start on an empty data folder: try the demo shop, or start the owner's own shop and be
led through a short set-up (WeChat QR, printer and cards, the first import: ``ui/setup/flow.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from shopowner import tasks
from shopowner.changes import SETTINGS, Change
from shopowner.demo import fill_demo_shop
from shopowner.shop_settings import save_names
from shopowner.ui import background
from shopowner.ui.task_bar import TaskBar


class WelcomePage(QWidget):
    """Shown instead of the areas until the shop has a name and its set-up was gone through.

    ``finished`` when done; ``import_after`` then says whether the owner asked to import now.
    """

    finished = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("welcome")
        self.import_after = False
        self.flow = None
        title = self.title = QLabel(self.tr("Welcome to ShopOwner"))
        title.setObjectName("welcomeTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSize(font.pointSize() + 8)
        title.setFont(font)
        self.intro_text = self.tr("Every parcel can carry your own thank-you letter and your WeChat. "
                                  "Your customer book stays on this computer.")
        intro = self.intro = QLabel(self.intro_text)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setWordWrap(True)

        demo_box = QGroupBox(self.tr("Try the demo shop"))
        demo_layout = QVBoxLayout(demo_box)
        demo_text = QLabel(self.tr("A small tea shop with 300 customers and 600 orders from several "
                                   "platforms, to look around safely."))
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Open the demo shop"))
        self.demo_button.clicked.connect(self.load_demo)
        self.taskbar = TaskBar(cancellable=False)  # the demo shop is made in one go
        self.progress = self.taskbar.bar
        demo_layout.addWidget(demo_text)
        demo_layout.addSpacing(12)
        demo_layout.addWidget(self.taskbar)
        demo_layout.addWidget(self.demo_button)

        own_box = QGroupBox(self.tr("Start my shop"))
        form = QFormLayout(own_box)
        self.shop_name = QLineEdit()
        self.shop_name.setPlaceholderText(self.tr("e.g. Xiaoman Tea House"))
        self.founder_name = QLineEdit()
        for edit in (self.shop_name, self.founder_name):
            edit.setMinimumWidth(220)
        self.founder_name.setPlaceholderText(self.tr("your name, as signed on the letter"))
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Founder"), self.founder_name)
        self.error = QLabel()
        self.error.setObjectName("welcomeError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.start_button = QPushButton(self.tr("Start my shop"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_own_shop)
        self.founder_name.returnPressed.connect(self.start_own_shop)
        form.addRow(self.start_button)

        self.choices = QWidget()
        choices = QHBoxLayout()
        choices.addWidget(demo_box, 1)
        choices.addWidget(own_box, 1)
        page = QVBoxLayout(self.choices)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(choices)
        page.addStretch(1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.choices)
        panel = QFrame()
        panel.setMaximumWidth(860)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addSpacing(32)
        panel_layout.addWidget(title)
        panel_layout.addWidget(intro)
        panel_layout.addSpacing(16)
        panel_layout.addWidget(self.pages, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 4)
        outer.addStretch(1)
        self.task = None

    def start_own_shop(self) -> None:
        """Keep the names (checked as 设置 checks them, off the GUI thread), then lead through
        the set-up; a name that cannot be used is refused with the reason under the fields."""
        if not self.start_button.isEnabled():  # saving already (Enter pressed twice)
            return
        for button in (self.start_button, self.demo_button):
            button.setEnabled(False)
        background.write(self, save_names, self.shop_name.text(), self.founder_name.text(),
                         data_dir=self.window_.data_dir, on_done=self._names_kept,
                         on_error=self._names_refused)

    def _names_refused(self, exc: Exception) -> None:
        for button in (self.start_button, self.demo_button):
            button.setEnabled(True)
        self.error.setText(str(exc))

    def _names_kept(self, names: tuple[str, str]) -> None:
        for button in (self.start_button, self.demo_button):
            button.setEnabled(True)
        shop, _founder = names
        self.error.clear()
        self.window_.announce(Change.of(SETTINGS, customer_ids=[], source="welcome"))  # the title
        if self.flow is None:
            from shopowner.ui.setup.flow import SetupFlow

            self.flow = SetupFlow(self.window_)
            self.flow.finished.connect(self._flow_finished)
            self.flow.back_to_names.connect(self.show_names)
            self.pages.addWidget(self.flow)
        self.pages.setCurrentWidget(self.flow)
        self.title.setText(self.tr("Set up “{shop}”").format(shop=shop))
        self.intro.setText(self.tr("Your shop is made; three more short steps. Skip any of them and come back "
                                   "later under File → Settings."))

    def show_names(self) -> None:
        self.pages.setCurrentWidget(self.choices)
        self.title.setText(self.tr("Welcome to ShopOwner"))
        self.intro.setText(self.intro_text)
        self.shop_name.setFocus()

    def _flow_finished(self, import_now: bool) -> None:
        self.import_after = import_now
        self.finished.emit()

    def accepts_dropped_files(self) -> bool:
        """Files dropped on the window at the set-up's last step are its first import."""
        return self.flow is not None and self.flow.on_import_step() \
            and self.pages.currentWidget() is self.flow

    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.start_button.setEnabled(False)
        self.task = self.taskbar.attach(tasks.start_with_db(self.window_.data_dir, fill_demo_shop,
                                                            owner=self))
        self.task.signals.succeeded.connect(lambda _counts: self.finished.emit())
        self.task.signals.failed.connect(self._on_failed)

    def _on_failed(self, exc: Exception) -> None:
        self.demo_button.setEnabled(True)
        self.start_button.setEnabled(True)
        self.window_.dialogs.critical(self, self.tr("The demo shop could not be created"), str(exc))
