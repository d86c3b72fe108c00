"""The window's failure paths: a failed background job and an error in a click reach the owner as
the same sentence the CLI prints, never a traceback; the details go to errors.log."""

from __future__ import annotations

from pathlib import Path

from shopowner import faults, tasks
from shopowner.cards.batch import CardsError
from shopowner.store import StoreError, errors, own_connection
from shopowner.store.db import wait_for_writers
from shopowner.ui.error_hook import install_error_hook
from tests.faults import drill


def fill_the_disk(db, progress=None):
    Path("/dev/full").write_bytes(b"%PDF" * 10000)  # ENOSPC, for real


def refuse(db, progress=None):
    raise CardsError("There are no parcels that need a card.")


def run_job(qtbot, owner, data_dir, fn):
    task = tasks.start_with_db(data_dir, fn, owner=owner)
    with qtbot.waitSignal(task.signals.failed, timeout=10000) as got:
        pass
    return got.args[0]


def test_a_failed_job_hands_the_window_words_and_logs_the_details(qtbot, main_window, data_dir):
    faults.set_log_folder(data_dir)
    failure = run_job(qtbot, main_window, data_dir, fill_the_disk)
    assert isinstance(failure, faults.Failure) and failure.fault.kind == "full"
    assert str(failure).startswith("The disk is full")
    assert "Traceback" not in str(failure) and "Errno" not in str(failure)
    assert "OSError" in drill.logged(data_dir) and "fill_the_disk" in drill.logged(data_dir)
    refused = run_job(qtbot, main_window, data_dir, refuse)  # our own refusal keeps its type and words
    assert isinstance(refused, CardsError) and str(refused).startswith("There are no parcels")


def test_a_click_that_meets_a_full_disk_or_a_lock_says_so(main_window, data_dir, zh_translators):
    waited = "请稍后再试" if drill.hub_of(data_dir) else "请等它完成后再试一次"  # another PC's import, or the file's
    hook = install_error_hook(main_window, data_dir)
    try:
        for make, title, words in [(lambda: Path("/dev/full").write_bytes(b"x" * 10000),
                                    "无法写入磁盘", "磁盘已满"),
                                   (lambda: locked(data_dir), "没有保存", waited)]:
            try:
                make()
            except (OSError, errors.Error, StoreError) as exc:
                hook(type(exc), exc, exc.__traceback__)
            kind, shown_title, text = main_window.dialogs.messages[-1]
            assert (kind, shown_title) == ("critical", title) and words in text, text
    finally:
        hook.uninstall()


def locked(data_dir):
    """A write while another writer holds the shop (on a hub: another PC's import), waiting 50 ms."""
    other = drill.WriteLock(data_dir)
    try:
        with own_connection(data_dir) as db:
            wait_for_writers(db, 50)
            db.execute("UPDATE customers SET notes = notes")
    finally:
        other.release()
