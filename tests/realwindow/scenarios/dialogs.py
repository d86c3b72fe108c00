"""Modal dialogs in a real window, answered the way a person would, without ``exec()``.

A ``exec()`` would hang the run, so the window's dialog service is replaced (as in every GUI test,
``tests.helpers.ScriptedDialogs``), but here each dialog is really shown on the X screen,
photographed, and worked through its own widgets: an answer function clicks and types in it, and
the dialog's own buttons close it. Messages are shown as real message boxes for the screenshot.
File pickers show Qt's own file dialog (photographed), then return the file the test chose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.helpers import ScriptedDialogs
from tests.realwindow import events

ICONS = {"information": QMessageBox.Information, "warning": QMessageBox.Warning,
         "critical": QMessageBox.Critical, "confirm": QMessageBox.Question}


class RealWindowDialogs(ScriptedDialogs):
    def __init__(self, gui):
        super().__init__()
        self.gui = gui
        self.opened: list[QDialog] = []
        self.default_answer = False  # when no answer is queued: a bool, or a function(dialog)
        self.inspect = None  # function(widget, kind): called on every box and picker while shown

    # messages --------------------------------------------------------------------------------
    def _message(self, kind: str, parent, title: str, text: str) -> None:
        self.messages.append((kind, title, text))
        events.emit("message", type=kind, title=title, text=text)
        with self.gui.excluded():
            box = QMessageBox(ICONS[kind], title, text, QMessageBox.Ok, parent)
            box.setObjectName(f"message_{kind}")
            box.show()
            self.gui.shown(box)
            self.gui.shot(f"{kind}-{title}")
            if self.inspect is not None:
                self.inspect(box, kind)
            box.close()
            box.deleteLater()

    def information(self, parent, title, text):
        self._message("information", parent, title, text)

    def warning(self, parent, title, text):
        self._message("warning", parent, title, text)

    def critical(self, parent, title, text):
        self._message("critical", parent, title, text)

    def confirm(self, parent, title, text):
        answer = self.confirm_answers.pop(0) if self.confirm_answers else False
        self._message("confirm", parent, title, text)
        return answer

    # file pickers ----------------------------------------------------------------------------
    def _picker(self, parent, title, file_filter, chosen, save=False):
        with self.gui.excluded():
            first = chosen[0] if isinstance(chosen, list) and chosen else chosen
            folder = str(Path(first).parent) if first else ""
            dialog = QFileDialog(parent, title, folder, file_filter)
            dialog.setObjectName("filePicker")
            dialog.setOption(QFileDialog.DontUseNativeDialog, True)
            dialog.setAcceptMode(QFileDialog.AcceptSave if save else QFileDialog.AcceptOpen)
            if first:
                dialog.selectFile(str(first))
            dialog.show()
            self.gui.shown(dialog)
            self.gui.shot(f"file-dialog-{title}")
            if self.inspect is not None:
                self.inspect(dialog, "file dialog")
            dialog.close()
            dialog.deleteLater()
        return chosen

    def open_files(self, parent, title, file_filter):
        return self._picker(parent, title, file_filter, self.files.pop(0) if self.files else [])

    def open_file(self, parent, title, file_filter):
        return self._picker(parent, title, file_filter, self.files.pop(0) if self.files else "")

    def save_file(self, parent, title, suggested, file_filter):
        return self._picker(parent, title, file_filter, self.files.pop(0) if self.files else "", save=True)

    # the window's own dialogs ----------------------------------------------------------------
    def exec_dialog(self, dialog) -> bool:
        """Show the dialog, photograph it, let the answer work it; True when it closed accepted.

        An answer is a function(dialog) that uses the dialog's widgets and closes it with its own
        buttons (returning True/False closes it for the answer: accept/reject), or a plain bool."""
        answer = self.dialog_results.pop(0) if self.dialog_results else self.default_answer
        self.opened.append(dialog)
        name = dialog.objectName() or type(dialog).__name__
        events.emit("dialog", name=name, title=dialog.windowTitle())
        with self.gui.excluded():
            dialog.show()
            self.gui.shown(dialog)
            self.gui.shot(f"dialog-{name}")
            wanted = answer(dialog) if callable(answer) else bool(answer)
            # a save the answer started runs off the GUI thread, its Save disabled meanwhile, and
            # closes the dialog once stored: wait for that before closing it for the answer
            self._saved(dialog)
            if dialog.isVisible():
                dialog.accept() if wanted else dialog.reject()
                self._saved(dialog)
                self.gui.settle(30)
            assert not dialog.isVisible(), f"{name} stayed open: {dialog.windowTitle()}"
            return dialog.result() == QDialog.Accepted


    def _saved(self, dialog, timeout_ms: int = 20000) -> None:
        """Wait while the dialog's save runs (at most ``timeout_ms``; a Save disabled for another
        reason is then left to the assertion that follows)."""
        import contextlib

        from pytestqt.exceptions import TimeoutError as WaitTimedOut

        with contextlib.suppress(WaitTimedOut):
            self.gui.qtbot.waitUntil(lambda: not dialog.isVisible() or not _saving(dialog), timeout=timeout_ms)


def _saving(dialog) -> bool:
    """A save runs: the dialog's Save (or OK) is disabled while its Cancel is not."""
    from PySide6.QtWidgets import QDialogButtonBox

    for box in dialog.findChildren(QDialogButtonBox):
        save = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
        if save is not None and save.isVisible():
            return not save.isEnabled()
    return False
