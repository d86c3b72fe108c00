"""The files chosen for a follow-up or feedback, picked through ``window.dialogs.open_files`` and
checked (missing, over 20 MB) before anything is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from shopowner.followups.attachments import AttachmentError, check_files


class AttachmentList(QWidget):
    def __init__(self, dialogs, images_only: bool = False, parent=None):
        super().__init__(parent)
        self.dialogs = dialogs
        self.images_only = images_only
        self.files: list[Path] = []
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setMaximumHeight(80)
        self.add_button = QPushButton(self.tr("Add files…") if not images_only else self.tr("Add screenshots…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def add_files(self) -> None:
        file_filter = (self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)") if self.images_only
                       else self.tr("All files (*)"))
        chosen = self.dialogs.open_files(self, self.tr("Choose files to attach"), file_filter)
        if not chosen:
            return
        try:
            paths = check_files(chosen)
        except AttachmentError as exc:
            self.error.setText(str(exc))
            return
        self.error.setText("")
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.list.addItem(path.name)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.files[row]
