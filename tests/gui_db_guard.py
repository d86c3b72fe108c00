"""No database statement runs on the GUI thread from the window's code (``shopowner/ui``).

In team mode a statement waits for the network; on the GUI thread that holds the whole window.
Every connection the tests open (the shop file's through ``store.db.connect``, the hub's through
``HubBook``) reports each statement here; one run on the main thread with a ``shopowner/ui``
frame on the stack fails the test, naming where. A test's own setup on ``window.db`` has no
such frame and is fine, and so is a model used without a window (``tasks.Latest`` reading
inline, its ``shopowner/tasks.py`` frame on the stack). So is the window's management of its
own connection (opened at start once a worker has opened, migrated and read the book; reopened
after a restore; made read only when the shop file is found damaged): a sqlite3 connection
belongs to the thread that opened it.

On unless ``SHOPOWNER_GUI_DB_GUARD=0``.
"""

from __future__ import annotations

import os
import sys
import threading

import pytest

_seen: list[str] = []
# the window's own connection: opened at start (ui/app.py), reopened after a restore (store/db.py),
# made read only on damage (store/health.py)
_OWN_CONNECTION = {"_window_connection", "reopen", "switch_to_read_only"}


_TASKS = os.path.join("shopowner", "tasks.py")
_UI = f"{os.sep}shopowner{os.sep}ui{os.sep}"


def _check(_statement=None) -> None:
    """Walks the frames by hand (no source lines read: this runs for every statement)."""
    if threading.current_thread() is not threading.main_thread():
        return
    frame = sys._getframe(1)
    site = None
    while frame is not None:
        code = frame.f_code
        if code.co_filename.endswith(_TASKS) or code.co_name in _OWN_CONNECTION:
            return
        if site is None and _UI in code.co_filename:
            site = f"{code.co_filename.split(os.sep + 'shopowner' + os.sep)[1]}:{frame.f_lineno} ({code.co_name})"
        frame = frame.f_back
    if site is not None:
        _seen.append(site)


def _install() -> None:
    import shopowner.store.db as db_module

    opened = db_module.connect

    def connect(*args, **kwargs):
        db = opened(*args, **kwargs)
        db.conn.set_trace_callback(_check)
        return db

    db_module.connect = connect
    try:
        from shopowner.store.pg.book import HubBook
    except ImportError:  # no PostgreSQL driver: no hub run
        return
    run = HubBook._run

    def checked_run(self, statement, read_only):
        _check()
        return run(self, statement, read_only)

    HubBook._run = checked_run


ON = os.environ.get("SHOPOWNER_GUI_DB_GUARD", "1") != "0"
if ON:
    _install()


@pytest.fixture(autouse=True)
def _no_database_work_on_the_gui_thread():
    _seen.clear()
    yield
    if ON and _seen:
        sites = sorted(set(_seen))
        _seen.clear()
        pytest.fail("database statements on the GUI thread from the window's code "
                    "(use shopowner/ui/background.py):\n  " + "\n  ".join(sites))
