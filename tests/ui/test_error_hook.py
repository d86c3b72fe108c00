"""Unexpected errors in the window reach the owner as a message in their words, and a log."""

from __future__ import annotations

import sys

from shopowner.store import StoreError, errors
from shopowner.store.db import wait_for_writers
from shopowner.ui.error_hook import MAX_LOG_BYTES, install_error_hook
from tests.faults import drill


def raise_and_hook(hook, exc):
    try:
        raise exc
    except type(exc) as caught:
        hook(type(caught), caught, caught.__traceback__)


def test_a_write_blocked_by_a_long_job_is_explained(main_window, data_dir):
    """A long import holds the shop file's write lock (on a hub: another PC's import holds the
    lock it numbers its rows under): the window's write, after its short wait, is explained."""
    hook = install_error_hook(main_window, data_dir)
    on_hub = drill.hub_of(data_dir) is not None
    try:
        assert sys.excepthook is hook
        importer = drill.WriteLock(data_dir)  # a long import holding the write lock
        wait_for_writers(main_window.db, 50)
        try:
            main_window.db.execute("UPDATE customers SET notes = 'x'")
        except (errors.Error, StoreError) as exc:
            hook(type(exc), exc, exc.__traceback__)
        else:
            raise AssertionError("the write was not blocked")
        finally:
            importer.release()
        kind, title, text = main_window.dialogs.messages[-1]
        assert (kind, title) == ("critical", "Not saved")
        assert ("Try again in a moment" if on_hub else "Wait until it has finished") in text, text
        log = (data_dir / "logs" / "errors.log").read_text(encoding="utf-8")
        assert ("lock timeout" if on_hub else "database is locked") in log and "Traceback" in log
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook


def test_any_other_error_points_to_the_log_and_the_log_stays_small(main_window, data_dir):
    hook = install_error_hook(main_window, data_dir)
    try:
        log = data_dir / "logs" / "errors.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("x" * (MAX_LOG_BYTES + 1), encoding="utf-8")
        raise_and_hook(hook, ValueError("boom"))
        kind, _title, text = main_window.dialogs.messages[-1]
        assert kind == "critical" and str(log) in text
        assert log.stat().st_size < 10_000 and "ValueError: boom" in log.read_text("utf-8")
        assert (data_dir / "logs" / "errors.log.1").exists()
        count = len(main_window.dialogs.messages)
        hook._showing = True  # an error while the message is up: logged, not stacked
        raise_and_hook(hook, RuntimeError("again"))
        assert len(main_window.dialogs.messages) == count
        assert "RuntimeError: again" in log.read_text("utf-8")
    finally:
        hook._showing = False
        hook.uninstall()
