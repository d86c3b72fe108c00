"""The team dialog's part about this PC's own hub: whether it runs, where the other PCs join it,
the shop password (hidden until "Show", with "Copy"), and Stop / Start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from shopowner.team.hub_steps import OwnHub


class OwnHubBox(QGroupBox):
    """Filled by :meth:`show_hub`; asks its dialog to stop or start the hub through ``toggle``."""

    toggle = Signal()  # Stop (when it runs) or Start (when it does not)
    said = Signal(str)  # a line for the dialog's status ("Copied…")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ownHubBox")
        self.setTitle(self.tr("This PC is the shop's hub"))
        self.hub: OwnHub | None = None
        column = QVBoxLayout(self)
        self.state = self._label("ownHubState")
        column.addWidget(self.state)
        row = QHBoxLayout()
        self.addresses = self._label("ownHubAddresses")
        row.addWidget(self.addresses, 1)
        self.copy_address = QPushButton(self.tr("Copy a&ddress"), objectName="copyHubAddress")
        self.copy_address.clicked.connect(self._copy_address)
        row.addWidget(self.copy_address)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Shop password:")))
        self.password = QLineEdit(objectName="shopPassword")
        self.password.setReadOnly(True)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        row.addWidget(self.password, 1)
        self.show_button = QPushButton(self.tr("S&how"), objectName="showShopPassword")
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show_password)
        row.addWidget(self.show_button)
        self.copy_button = QPushButton(self.tr("Co&py"), objectName="copyShopPassword")
        self.copy_button.clicked.connect(self._copy_password)
        row.addWidget(self.copy_button)
        column.addLayout(row)
        row = QHBoxLayout()
        self.run_button = QPushButton(objectName="startStopHub")
        self.run_button.clicked.connect(self.toggle)
        row.addWidget(self.run_button)
        row.addStretch(1)
        column.addLayout(row)
        self.checking()

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @property
    def running(self) -> bool:
        return self.hub is not None and self.hub.running

    def checking(self) -> None:
        self.state.setText(self.tr("Checking this PC's hub…"))
        self.addresses.setText("")
        self.run_button.setText(self.tr("S&top the hub…"))
        for button in (self.run_button, self.copy_address, self.copy_button, self.show_button):
            button.setEnabled(False)

    def show_hub(self, hub: OwnHub) -> None:
        self.hub = hub
        server = hub.server
        if hub.running:
            self.state.setText(self.tr("The hub runs on this PC (PostgreSQL {major}, port {port}). Keep this PC "
                                       "on while the other PCs work.").format(major=server.major, port=server.port))
            self.run_button.setText(self.tr("S&top the hub…"))
        else:
            self.state.setText(self.tr("The hub on this PC is stopped: the other PCs cannot reach the shop's "
                                       "book until it starts."))
            self.run_button.setText(self.tr("S&tart the hub"))
        if not server.lan:
            self.addresses.setText(self.tr("Only this PC can reach this hub (it was made for this PC only)."))
        elif hub.addresses:
            self.addresses.setText(self.tr("The other PCs join at: {addresses}").format(
                addresses=", ".join(hub.addresses)))
        elif hub.running:
            self.addresses.setText(self.tr("This PC has no address on a local network now, so only this PC "
                                           "can reach the hub. Connect it to the shop's network, then stop "
                                           "and start the hub."))
        else:
            self.addresses.setText(self.tr("Start the hub to see the address the other PCs join at."))
        self.password.setText(hub.password)
        for button in (self.run_button, self.copy_button, self.show_button):
            button.setEnabled(True)
        self.copy_address.setEnabled(bool(server.lan and hub.addresses))

    def failed(self, message: str) -> None:
        self.hub = None
        self.state.setText(self.tr("This PC's hub cannot be read: {reason}").format(reason=message))
        self.run_button.setText(self.tr("S&tart the hub"))
        self.run_button.setEnabled(True)

    def _show_password(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("&Hide") if shown else self.tr("S&how"))

    def _copy_password(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.said.emit(self.tr("The shop password was copied: paste it into the other PC's "
                               "文件 → 团队模式 → Join a hub."))

    def _copy_address(self) -> None:
        if self.hub is not None and self.hub.addresses:
            QGuiApplication.clipboard().setText(self.hub.addresses[0])
            self.said.emit(self.tr("The address {address} was copied.").format(address=self.hub.addresses[0]))
