"""The import window: looks at the files (off the GUI thread), asks for column mappings where
needed, runs the import off the GUI thread
with a progress bar and Cancel, then shows what happened to each file and announces the new
orders and customers (``changes.orders_imported``): each area reads again what it shows of them.
The import itself writes the reminders the new orders make due, in the same job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout,
)

from shopowner import tasks
from shopowner.changes import orders_imported
from shopowner.imports.read import ImportRejected
from shopowner.imports.run import ImportResult, import_files, inspect_file
from shopowner.ui import background
from shopowner.ui.imports.mapping_dialog import ColumnMappingDialog
from shopowner.ui.imports.summary import block, file_summary_html
from shopowner.ui.task_bar import TaskBar


class ImportDialog(QDialog):
    def __init__(self, window, paths: list[str]):
        super().__init__(window)
        self.setObjectName("importDialog")
        self.window_ = window
        self.paths = list(paths)
        self.task: tasks.Task | None = None
        self.result: ImportResult | None = None  # type: ignore[assignment]  # shadows QDialog.result(), unused here
        self.error: Exception | None = None
        self._inspecting = False  # the files are being looked at, before the import starts
        self.setWindowTitle(self.tr("Import orders"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Preparing %n file(s)…", "", len(paths)))
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.taskbar = TaskBar(cancellable=False, keep_shown=True, bar_name="importProgress")
        self.taskbar.busy()  # the dialog's own button cancels
        self.progress = self.taskbar.bar
        layout.addWidget(self.taskbar)
        self.summary = QTextBrowser()
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary, 1)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeImport")
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)

    # flow --------------------------------------------------------------------------------
    def start(self) -> None:
        """Look at the files in the background, then ask for mappings and import."""
        self._inspecting = True
        background.read(self, _inspect_all, self.paths, data_dir=self.window_.data_dir,
                        on_result=self._inspected, on_error=self._on_failed)

    def _inspected(self, infos: dict) -> None:
        if not self._inspecting:
            return  # closed meanwhile
        self._inspecting = False
        mappings, skipped = self._ask_mappings(infos)
        paths = [p for p in self.paths if p not in skipped]
        self._not_mapped = skipped
        if not paths:
            self._show(ImportResult([]))
            return
        self.status.setText(self.tr("Importing %n file(s)…", "", len(paths)))
        from shopowner.ui.followups.keeper import reminder_keeper

        today = reminder_keeper(self.window_).today()  # the day the reminders it makes due are for
        self.task = self.taskbar.attach(tasks.start_with_db(
            self.window_.data_dir, import_files, paths, mappings=mappings, today=today, owner=self))
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.succeeded.connect(self._show)
        self.task.signals.failed.connect(self._on_failed)

    def is_running(self) -> bool:
        return self._inspecting or (self.task is not None and self.result is None and self.error is None)

    def cancel(self) -> None:
        if self.task is not None and self.close_button.isEnabled() is False:
            self.taskbar.cancel()
            self.status.setText(self.tr("Cancelling… the file being imported is rolled back."))
            self.cancel_button.setEnabled(False)
        else:
            self._inspecting = False  # looking at the files: the import does not start
            self.reject()

    def _ask_mappings(self, infos: dict) -> tuple[dict, list[str]]:
        """Tables no platform layout matches and with no mapping confirmed before get the mapping
        dialog, pre-filled with what we propose: orders or a customer list, and which column is
        which."""
        mappings, skipped = {}, []
        for path in self.paths:
            info = infos.get(path)
            if info is None:
                continue  # rejected: the import itself reports why
            if info["platform"] != "generic" or info["remembered"]:
                continue
            dialog = ColumnMappingDialog(self, Path(path).name, info["headers"], info["preview"],
                                         info["mapping"], info["kind"])
            if self.window_.dialogs.exec_dialog(dialog):
                mappings[path] = dialog.mapping()
            else:
                skipped.append(path)
        return mappings, skipped

    def _on_progress(self, _done: int, _total: int, text: str) -> None:
        if text:
            self.status.setText(text)

    def _on_failed(self, exc: Exception) -> None:
        self._inspecting = False
        self.error = exc
        self._finish()
        self.status.setText(self.tr("The import stopped; nothing from the file being imported "
                                    "was kept. The message below says what to do."))
        self.summary.setPlainText(str(exc))
        self.window_.dialogs.critical(self, self.tr("Import failed"), str(exc))
        self.window_.announce(orders_imported())  # files finished before the error were kept

    def _show(self, result: ImportResult) -> None:
        self.result = result
        self._finish()
        imported = sum(1 for f in result.files if not f.error)
        if result.cancelled:
            text = self.tr("Import cancelled. Files finished before the cancel were kept.")
        else:
            text = self.tr("Done: {ok} of %n file(s) imported.", "",
                           len(result.files) + len(self._not_mapped)).format(ok=imported)
        self.status.setText(text)
        parts = [file_summary_html(f) for f in result.files]
        parts += [block(Path(p).name, self.tr("Not imported: no columns were chosen."), True)
                  for p in self._not_mapped]
        self.summary.setHtml("".join(parts))
        if imported:
            self.window_.announce(orders_imported())

    def _finish(self) -> None:
        self.taskbar.finish()
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)

    def closeEvent(self, event) -> None:
        self._inspecting = False
        if self.task is not None and not self.close_button.isEnabled():
            self.taskbar.cancel()
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.close_button.isEnabled():
            self.cancel()
            return
        super().keyPressEvent(event)


def _inspect_all(db, paths: list[str]) -> dict:
    """What :func:`inspect_file` finds in each file, by path; a file it rejects is left out (the
    import itself reports why)."""
    infos = {}
    for path in paths:
        try:
            infos[path] = inspect_file(db, path)
        except ImportRejected:
            continue
    return infos
