"""No database statement runs on the GUI thread from the window's code (``shopowner/ui``).

In team mode a statement waits for the network; on the GUI thread that holds the whole window.
Every connection the tests open (the shop file's through ``store.db.connect``, the hub's through
``HubBook``) reports each statement here; one run on the main thread with a ``shopowner/ui``
frame on the stack fails the test, naming where. A test's own setup on ``window.db`` has no
such frame and is fine, and so is a model used without a window (``tasks.Latest`` reading
inline, its ``shopowner/tasks.py`` frame on the stack).

On with ``SHOPOWNER_GUI_DB_GUARD=1`` (while the window still has such statements).
"""

from __future__ import annotations

import os
import threading
import traceback

import pytest

_seen: list[str] = []


def _check(_statement=None) -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    frames = traceback.extract_stack()[:-2]
    if any(f.filename.endswith(os.path.join("shopowner", "tasks.py")) for f in frames):
        return
    ui = [f for f in frames if f"{os.sep}shopowner{os.sep}ui{os.sep}" in f.filename]
    if ui:
        site = ui[-1]
        _seen.append(f"{site.filename.split(os.sep + 'shopowner' + os.sep)[1]}:{site.lineno} "
                     f"({site.name})")


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


ON = os.environ.get("SHOPOWNER_GUI_DB_GUARD", "0") != "0"
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
