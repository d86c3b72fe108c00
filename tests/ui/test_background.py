"""ui/background.py: a refusal of the core comes back as itself to the screen that asked (never
logged as a fault); any other failure is shown as "Could not save" and its details logged; a
dialog's save keeps its button off while it runs and shows a refusal under the fields."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from shopowner import faults
from shopowner.ui import background
from tests.helpers import ScriptedDialogs


class Owner(QWidget):
    def __init__(self, data_dir):
        super().__init__()
        self.data_dir = data_dir
        self.dialogs = ScriptedDialogs()


def _no(db, text):
    raise ValueError(text)


def _count(db):
    return db.execute("SELECT count(*) FROM customers").fetchone()[0]


@pytest.fixture
def owner(qtbot, db, data_dir):
    widget = Owner(data_dir)
    qtbot.addWidget(widget)
    faults.set_log_folder(data_dir)
    yield widget
    faults.set_log_folder(None)


def test_a_refusal_reaches_the_screen_as_itself_and_is_not_logged(qtbot, owner):
    refused, failed = [], []
    background.write(owner, _no, "没有这个渠道", refused=(ValueError, LookupError),
                     on_refused=refused.append, on_error=failed.append)
    qtbot.waitUntil(lambda: bool(refused))
    assert type(refused[0]) is ValueError and str(refused[0]) == "没有这个渠道"
    assert failed == [] and owner.dialogs.messages == []
    assert not faults.log_path().exists()


def test_a_failure_that_is_no_refusal_is_shown_and_logged(qtbot, owner, en_translators):
    background.write(owner, _no, "a bug", refused=(LookupError,), on_refused=pytest.fail)
    qtbot.waitUntil(lambda: bool(owner.dialogs.messages))
    kind, title, text = owner.dialogs.messages[0]
    assert (kind, title) == ("warning", "Could not save") and "a bug" not in text  # the owner's words
    assert "ValueError: a bug" in faults.log_path().read_text(encoding="utf-8")  # the details for us


def test_a_dialogs_save_waits_then_shows_the_refusal_under_its_fields(qtbot, owner):
    button, error = QPushButton(owner), QLabel(owner)
    focused = []
    background.save(owner, _no, "价格要写数字", button=button, error=error, refused=(ValueError,),
                    on_refused=focused.append, on_done=pytest.fail)
    assert not button.isEnabled()  # while the job runs
    qtbot.waitUntil(lambda: bool(focused))
    assert button.isEnabled() and error.text() == "价格要写数字" and owner.dialogs.messages == []


def test_a_dialogs_save_hands_its_result_on(qtbot, owner, db):
    button, error = QPushButton(owner), QLabel(owner)
    done = []
    background.save(owner, _count, button=button, error=error, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert done == [_count(db)] and error.text() == ""
