"""Modal dialogs behind one small service, so tests can answer them instead of hanging CI.

Widgets call ``self.window().dialogs.warning(...)`` (or get the service passed in); tests swap in
a scripted replacement. The work behind a dialog (importing, printing) stays real in tests.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    def information(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def critical(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def open_files(self, parent: QWidget, title: str, file_filter: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
        return files

    def open_file(self, parent: QWidget, title: str, file_filter: str) -> str:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return path

    def save_file(self, parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return path

    def choose_version(self, parent: QWidget, title: str, text: str, rows: list[tuple[str, str, str]]) -> bool:
        """Someone else saved the record meanwhile: ``rows`` are (field, yours, now in the book) for
        the fields that differ. True: keep mine (save over the book's); False: take the book's."""
        from shopowner.ui.version_dialog import VersionDialog

        return bool(VersionDialog(parent, title, text, rows).exec())

    def sign_in(self, parent: QWidget | None, data_dir, people: list[dict], preselect: str = ""):
        """Who is working at this PC (team mode): the person signed in, ``None`` when cancelled."""
        from shopowner.ui.staff.sign_in_dialog import SignInDialog

        dialog = SignInDialog(parent, data_dir, people, preselect)
        return dialog.person if dialog.exec() else None

    def exec_dialog(self, dialog) -> bool:
        """Run a modal dialog (a QPrintDialog, a custom QDialog); True when accepted."""
        return bool(dialog.exec())


def show_once(window: QWidget, key: str, make):
    """A non-modal window of ``window``'s, one at a time: shown by ``make()`` the first time, brought
    to the front when it is open already (the guide, the import history)."""
    from PySide6.QtCore import Qt

    shown = getattr(window, key, None)
    if shown is not None and shown.isVisible():
        shown.raise_()
        shown.activateWindow()
        return shown
    dialog = make()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    setattr(window, key, dialog)
    dialog.destroyed.connect(lambda *_: setattr(window, key, None))
    dialog.show()
    return dialog


def dialogs_of(widget) -> Dialogs:
    """The :class:`Dialogs` of the window ``widget`` is in (the first parent that has one), or
    the plain service for a widget outside the main window."""
    while widget is not None:
        found = getattr(widget, "dialogs", None)
        if isinstance(found, Dialogs):
            return found
        widget = widget.parent()
    return Dialogs()
