"""文件 → 备份与恢复: every backup with its date, kind, size and counts; back up now, restore, copy
elsewhere, open the folder. The list is read on a worker (each backup is opened to count)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from shopowner import tasks
from shopowner.store.backups import (
    BEFORE_RESTORE, KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, MANUAL, backups_dir, kind_label,
    list_backups, make_backup, size_text,
)

COLUMNS = 5


def _list(data_dir, progress=None):
    return list_backups(data_dir)


def _back_up(db, data_dir, progress=None):
    return make_backup(db, data_dir, MANUAL, progress=progress)


class BackupsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.data_dir = Path(window.data_dir)
        self.backups = []
        self._select: Path | None = None
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups and restore"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "ShopOwner backs up the shop file by itself: at the first start of each day, before an "
            "update and before a big import. It keeps the newest {daily} daily, {weekly} weekly and "
            "{monthly} monthly backups; yours and the files set aside by a restore are never "
            "deleted. Copy the folder to a USB stick or a cloud drive now and then.").format(
            daily=KEEP_DAILY, weekly=KEEP_WEEKLY, monthly=KEEP_MONTHLY))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size"),
                                              self.tr("Customers"), self.tr("Orders")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda *_: self.restore_selected())
        self.empty = QLabel()
        self.empty.setObjectName("backupsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)

        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.copy_button = QPushButton(self.tr("Copy the shop file to…"))
        self.copy_button.setObjectName("copyElsewhere")
        self.copy_button.clicked.connect(window.back_up)
        from shopowner.staff.permissions import EXPORT
        from shopowner.ui.staff.session import follow

        follow(self.copy_button, window, EXPORT)  # team mode: a copy of the whole book is an export
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.setObjectName("openBackupsFolder")
        self.folder_button.clicked.connect(self.open_folder)
        for button in (self.backup_button, self.restore_button, self.copy_button,
                       self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.reload)

        geometry = QSettings().value("backups/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(760, 440)
        self.reload()

    # the list --------------------------------------------------------------------------------
    def reload(self) -> None:
        from shopowner.paths import db_path
        from shopowner.store.health import is_damaged

        self.backup_button.setEnabled(not is_damaged(db_path(self.data_dir)))  # restore it first
        self.status.setText(self.tr("Reading the backups…"))
        self.list_task = tasks.start(_list, self.data_dir, owner=self)
        self.list_task.signals.succeeded.connect(self._show)

    def _show(self, backups) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        unreadable = self.tr("cannot be read")
        for row, b in enumerate(backups):
            cells = [f"{b.when:%Y-%m-%d %H:%M}", kind_label(b.kind), size_text(b.size),
                     str(b.customers) if b.readable else unreadable,
                     str(b.orders) if b.readable else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(b.path))
                self.table.setItem(row, col, item)
        if backups:
            self.pages.setCurrentWidget(self.table)
            self.status.setText(self.tr("Folder: {folder}").format(folder=backups_dir(self.data_dir)))
        else:
            self.empty.setText(self.tr("No backups yet. Click “Back up now”: ShopOwner will also "
                                       "make one by itself each day."))
            self.pages.setCurrentWidget(self.empty)
            self.status.setText("")
        self._select_row()

    def select_when_loaded(self, path: Path) -> None:
        self._select = Path(path)
        self._select_row()

    def _select_row(self) -> None:
        target = self._select
        for row, b in enumerate(self.backups):
            if (target is None and b.readable and b.kind != BEFORE_RESTORE) or b.path == target:
                self.table.selectRow(row)
                return

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        b = self.selected()
        self.restore_button.setEnabled(b is not None and b.readable)

    # actions -----------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        task = tasks.start_with_db(self.data_dir, _back_up, self.data_dir, owner=self)
        task.signals.succeeded.connect(self._backed_up)
        task.signals.failed.connect(self._backup_failed)
        task.signals.finished.connect(lambda: self.backup_button.setEnabled(True))
        self.backup_task = task

    def _backed_up(self, path) -> None:
        self._select = Path(path)
        self.reload()

    def _backup_failed(self, exc) -> None:
        self.status.setText("")
        self.window_.dialogs.warning(self, self.tr("Backup failed"), str(exc))

    def restore_selected(self):
        from shopowner.ui.backups.restoring import restore_in_window
        from shopowner.ui.backups.watch import backup_label

        b = self.selected()
        if b is None or not b.readable:
            return None
        return restore_in_window(self.window_, b.path, backup_label(b))

    def open_folder(self) -> None:
        folder = backups_dir(self.data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def hideEvent(self, event) -> None:  # closed by its button, Esc or the title bar
        QSettings().setValue("backups/geometry", self.saveGeometry())
        super().hideEvent(event)
