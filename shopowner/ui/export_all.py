"""文件 → 导出全部数据: every table as one XLSX workbook plus CSV files, off the GUI thread.

A small non-modal window: where to (remembered), Export, a progress bar with Cancel, then where
it went with a button that opens the folder. The work is :func:`export_all` on a worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout,
)

from shopowner.ui.wrapping import fit_height
from shopowner import tasks
from shopowner.customers.export_all import export_all, sheets
from shopowner.ui.task_bar import TaskBar

FOLDER_KEY = "export_all/folder"


def open_export_all(window):
    """Show the export window (one at a time)."""
    from shopowner.ui.services import show_once

    return show_once(window, "_export_all", lambda: ExportAllDialog(window))


class ExportAllDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("exportAllDialog")
        self.window_ = window
        self.task = None
        self.result: dict | None = None  # type: ignore[assignment]  # shadows QDialog.result(), unused here
        self.setWindowTitle(self.tr("Export all data"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Customers, orders with their items, cards, WeChat adds and redemptions, follow-ups, "
            "feedback and channels: one Excel workbook (a sheet each) plus the same tables as CSV "
            "files, in a new dated folder inside the folder below. Phones and addresses are "
            "written in full: keep the export somewhere safe."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.folder = QLineEdit(self._remembered_folder())
        self.folder.setObjectName("exportFolder")
        row.addWidget(QLabel(self.tr("Save in:")))
        row.addWidget(self.folder, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseExportFolder")
        choose.clicked.connect(self._choose)
        row.addWidget(choose)
        layout.addLayout(row)
        self.taskbar = TaskBar(cancellable=False, keep_shown=True, bar_name="exportProgress")
        self.progress = self.taskbar.bar  # the dialog's own button cancels
        layout.addWidget(self.taskbar)
        self.status = QLabel(" ")
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("startExport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.open_button = QPushButton(self.tr("Open the folder"))
        self.open_button.setObjectName("openExportFolder")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self._open_folder)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        fit_height(self)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self._fit()

    def _remembered_folder(self) -> str:
        default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(QSettings().value(FOLDER_KEY, default) or default)

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the export in"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.window_.dialogs.exec_dialog(dialog) and dialog.selectedFiles():
            self.folder.setText(dialog.selectedFiles()[0])

    # flow -------------------------------------------------------------------------------
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self._set_status(self.tr("Choose a folder to save the export in."))
            return
        QSettings().setValue(FOLDER_KEY, folder)
        self.result = None
        self.export_button.setEnabled(False)
        self.open_button.setVisible(False)
        self.cancel_button.setText(self.tr("Cancel export"))
        self._set_status(self.tr("Exporting…"))
        self.task = self.taskbar.attach(tasks.start_with_db(self.window_.data_dir, export_all, folder,
                                                            owner=self))
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.succeeded.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.task.signals.cancelled.connect(self._cancelled)
        self.task.signals.finished.connect(self._finished)

    def cancel(self) -> None:
        if self.task is not None:
            self.taskbar.cancel()
            self._set_status(self.tr("Cancelling… nothing is left behind."))
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def _on_progress(self, _done: int, _total: int, text: str) -> None:
        if text:
            self._set_status(text)

    def _done(self, result: dict) -> None:
        self.result = result
        names = sheets()
        counts = self.tr(", ").join(f"{names[t][0]} {n:,}" for t, n in result["counts"].items())
        self._set_status(self.tr("Exported to {path} ({counts}).").format(
            path=result["path"], counts=counts))
        self.open_button.setVisible(True)
        self.window_.statusBar().showMessage(
            self.tr("All data exported to {path}").format(path=result["path"]), 10000)

    def _failed(self, exc: Exception) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self._set_status(self.tr("Nothing was exported: {reason}. Choose another folder and "
                                    "try again.").format(reason=reason))
        self.window_.dialogs.warning(self, self.tr("Export failed"), self.status.text())

    def _cancelled(self) -> None:
        self._set_status(self.tr("Export cancelled; nothing was written."))

    def _finished(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))

    def _open_folder(self) -> None:
        if self.result:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result["path"])))
