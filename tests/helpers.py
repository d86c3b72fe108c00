"""Test helpers: a scripted stand-in for the modal-dialog service (real dialogs would hang CI)."""

from __future__ import annotations

from shopowner.ui.services import Dialogs


class ScriptedDialogs(Dialogs):
    """Records every message; answers questions and file pickers from queues the test fills."""

    def __init__(self):
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.files: list = []
        self.dialog_results: list = []  # bool, or a callable(dialog) -> bool
        self.version_answers: list[bool] = []  # choose_version: True keeps mine, False takes the book's
        self.version_rows: list[list[tuple[str, str, str]]] = []  # what each choose_version showed
        self.sign_in_answers: list = []  # sign_in: (name, pin) tried in turn on the real dialog; None cancels
        self.sign_in_dialogs: list = []  # each SignInDialog shown (what it offered and chose at first)

    def information(self, parent, title, text):
        self.messages.append(("information", title, text))

    def warning(self, parent, title, text):
        self.messages.append(("warning", title, text))

    def critical(self, parent, title, text):
        self.messages.append(("critical", title, text))

    def confirm(self, parent, title, text):
        self.messages.append(("confirm", title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def open_files(self, parent, title, file_filter):
        return self.files.pop(0) if self.files else []

    def open_file(self, parent, title, file_filter):
        return self.files.pop(0) if self.files else ""

    def save_file(self, parent, title, suggested, file_filter):
        return self.files.pop(0) if self.files else ""

    def choose_version(self, parent, title, text, rows):
        self.messages.append(("choose_version", title, text))
        self.version_rows.append(list(rows))
        return self.version_answers.pop(0) if self.version_answers else False

    def sign_in(self, parent, data_dir, people, preselect=""):
        """The real dialog and its real check: each answer is chosen and tried in turn, a refusal
        recorded (``sign_in_refused``) as the dialog shows it; no answer left cancels."""
        from shopowner.ui.staff.sign_in_dialog import SignInDialog

        dialog = SignInDialog(parent, data_dir, people, preselect)
        self.sign_in_dialogs.append(dialog)
        self.messages.append(("sign_in", dialog.windowTitle(), dialog.chosen()))
        while self.sign_in_answers:
            answer = self.sign_in_answers.pop(0)
            if answer is None:
                break
            name, pin = answer
            dialog.choose(name)
            dialog.pin.setText(pin or "")
            if _tried(dialog):
                return dialog.person
            self.messages.append(("sign_in_refused", dialog.windowTitle(), dialog.error.text()))
        return None

    def exec_dialog(self, dialog):
        result = self.dialog_results.pop(0) if self.dialog_results else False
        return result(dialog) if callable(result) else bool(result)


def settle_layouts() -> None:
    """Deliver what is posted (layout requests, resize and show events) now, as the event loop
    would, without waiting any fixed time: the sizes a test reads next are the laid-out ones."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):  # a layout run may post another (a parent's, a scroll area's)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def _tried(dialog) -> bool:
    """Click Sign in and wait for the check (it runs on a worker): True when signed in."""
    from PySide6.QtCore import QEventLoop, QTimer

    outcome: list[bool] = []
    loop = QEventLoop()
    dialog.tried.connect(lambda ok: (outcome.append(ok), loop.quit()))
    QTimer.singleShot(10_000, loop.quit)
    dialog.try_accept()
    if not outcome:
        loop.exec()
    assert outcome, "the sign-in check did not answer within 10 s"
    return outcome[0]
