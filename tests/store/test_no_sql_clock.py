"""No SQL in the app reads the time itself: every stored time comes from ``shopowner.clock``."""

from __future__ import annotations

import pytest

import re
from pathlib import Path

import shopowner

# SQLite's own clock: 'now' as a time value, the CURRENT_* keywords, a date function without
# arguments (which means now)
SQL_CLOCK = re.compile(r"""['"]now['"]|\bCURRENT_(TIMESTAMP|DATE|TIME)\b|"""
                       r"""(?<![.\w])(date|time|datetime|julianday|unixepoch)\(\s*\)|\bunixepoch\(|"""
                       # PostgreSQL's (the hub)
                       r"""(?<![.\w])(now|clock_timestamp|statement_timestamp|transaction_timestamp)\(\s*\)|"""
                       r"""\bLOCALTIMESTAMP\b|\bLOCALTIME\b""",
                       re.IGNORECASE)
# the frozen schema steps stay as they shipped: their column DEFAULTs (no insert relies on them)
# and m0003's stage trigger (m0014 replaces it; a fresh shop's triggers are checked below)
FROZEN = {"store/schema_m0001.py", "store/schema_m0003.py", "store/schema_steps.py", "store/migrations.py",
          "store/pg/schema_p0001.py"}  # the hub's first schema keeps the same DEFAULTs


def sql_clock_reads() -> list[str]:
    root = Path(shopowner.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQL_CLOCK.search(line) and name not in FROZEN:
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_sql_reads_the_clock():
    assert sql_clock_reads() == []


@pytest.mark.file_only("the shop file's triggers and views (the hub's plpgsql is checked by tests/hub/test_schema.py)")
def test_no_trigger_or_view_of_a_shop_reads_the_clock(db):
    """A shop's triggers and views run on every write: none reads the time (the column
    DEFAULTs of the frozen steps do, and every insert passes those columns)."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')")
    assert [name for name, sql in rows if SQL_CLOCK.search(sql)] == []


def test_the_check_sees_each_form():
    for sql in ("datetime('now','localtime')", "strftime('%s', \"now\")", "CURRENT_TIMESTAMP",
                "date()", "unixepoch('subsec')", "julianday( )", "now()", "to_char(localtimestamp, 'x')",
                "clock_timestamp()"):
        assert SQL_CLOCK.search(sql), sql
    for sql in ("datetime(?)", "julianday(started_at)", "date(?, '+1 day')", "nowhere", "known()"):
        assert not SQL_CLOCK.search(sql), sql


# Python's own clock, read anywhere but the one clock module
PY_CLOCK = re.compile(r"\b(date\.today|datetime\.now|datetime\.today|time\.localtime)\(")


def test_nothing_but_the_clock_module_reads_the_time():
    """Days and stamps come from ``shopowner.clock`` (``today()``, ``current()``), which a test or
    a shop seen as of a date fixes for every screen, line and stored row at once."""
    root = Path(shopowner.__file__).parent
    found = [f"{path.relative_to(root)}:{number}"
             for path in sorted(root.rglob("*.py")) if path.name != "clock.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if PY_CLOCK.search(line)]
    assert found == []
    assert PY_CLOCK.search("x = date.today()") and not PY_CLOCK.search("clock.today()")


def test_a_fixed_clock_holds_for_its_own_thread_only():
    """The demo shop is built on a worker under a fixed clock: the window's own writes meanwhile
    keep today's time."""
    import threading
    from datetime import datetime

    from shopowner import clock

    seen = {}
    inside, done = threading.Event(), threading.Event()

    def worker():
        with clock.fixed(datetime(2001, 2, 3, 4, 5, 6)):
            seen["worker"] = clock.current()
            inside.set()
            done.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    seen["here"] = clock.current()
    done.set()
    thread.join()
    assert seen["worker"] == datetime(2001, 2, 3, 4, 5, 6) and seen["here"].year > 2001
    assert clock.current().year > 2001
