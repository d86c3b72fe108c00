"""Importing order exports from the window: 文件 → 导入订单… (Ctrl+I) or dropping files on it;
文件 → 导入记录… (Ctrl+Shift+I) shows the imports done so far."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

IMPORTABLE = (".csv", ".xlsx", ".xlsm", ".xls", ".txt")


def importable(paths) -> list[str]:
    return [str(p) for p in paths if Path(p).suffix.lower() in IMPORTABLE]


def import_action_text() -> str:
    return QCoreApplication.translate("ImportDialog", "&Import orders…")


def import_history_action_text() -> str:
    return QCoreApplication.translate("ImportDialog", "Import &history…")


def open_import_history(window):
    """The import history, non-modal (one at a time; opening it again brings it to the front)."""
    from shopowner.ui.imports.history_dialog import ImportHistoryDialog
    from shopowner.ui.services import show_once

    return show_once(window, "_import_history", lambda: ImportHistoryDialog(window))


def open_import(window, paths: list[str] | None = None):
    """Ask for files when none are given, then run the import in a result dialog (non-modal,
    so the window stays usable). Returns the dialog, or None when nothing was chosen."""
    from shopowner.ui.imports.import_dialog import ImportDialog

    if paths is None:
        paths = window.dialogs.open_files(
            window, QCoreApplication.translate("ImportDialog", "Import orders"),
            QCoreApplication.translate("ImportDialog", "Order exports (*.csv *.xlsx *.xls *.txt);;"
                                                       "All files (*)"))
    paths = [str(p) for p in paths or []]
    if not paths:
        return None
    running = getattr(window, "_import_dialog", None)
    if running is not None and running.is_running():
        window.dialogs.information(
            window, QCoreApplication.translate("ImportDialog", "Import orders"),
            QCoreApplication.translate("ImportDialog", "An import is still running. Wait until it "
                                                       "has finished, then import these files."))
        running.raise_()
        return None
    dialog = ImportDialog(window, paths)
    window._import_dialog = dialog  # keep it alive while it runs
    dialog.show()
    dialog.start()
    return dialog
