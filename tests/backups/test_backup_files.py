"""A backup is written whole or not at all: temporary name, integrity_check, rename."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from shopowner.store.backup import BackupError, backup_to, clean_stale_temp_files
from shopowner.store.backups import list_backups
from tests.backups.helpers import DEMO, counts, integrity
from tests.conftest import ROOT
from tests.waiting import wait_until

KILLED_BACKUP = """
import sys, time
from pathlib import Path
import shopowner.store.backup as backup
from shopowner.store import open_database

def slow_check(path):  # the copy is written; killed before it is checked and renamed
    Path(sys.argv[2]).write_text(str(path))
    time.sleep(60)  # the behaviour under test: this child is busy here when it is killed
    return []

backup.check_file = slow_check
db = open_database(Path(sys.argv[1]))
backup.backup_to(db, Path(sys.argv[1]) / "backups" / "shopowner-20260101-120000.db")
"""


def test_a_backup_killed_half_way_leaves_no_file_at_a_backup_name(demo_db, data_dir, tmp_path):
    demo_db.close()
    marker = tmp_path / "copied"
    child = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(data_dir), str(marker)],
                             cwd=ROOT)
    try:
        assert wait_until(marker.exists, 60, process=child), "the child never got to its copy"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    folder = data_dir / "backups"
    assert list(folder.glob("*.db")) == []  # nothing a restore could pick up
    temps = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert len(temps) == 1 and temps[0].name.startswith(".shopowner-20260101-120000.db.")
    old = time.time() - 3600
    os.utime(temps[0], (old, old))

    from shopowner.store import open_database

    db = open_database(data_dir)
    made = backup_to(db, folder / "shopowner-20260101-130000.db")
    db.close()
    assert not temps[0].exists()  # the next backup cleaned what the killed one left
    assert [p.name for p in folder.iterdir()] == [made.name]
    assert integrity(made) == "ok" and counts(made) == DEMO


def test_a_fresh_temp_file_of_a_running_backup_is_left_alone(tmp_path):
    running = tmp_path / ".shopowner-x.db.123.tmp"
    running.write_bytes(b"being written")
    stale = tmp_path / ".shopowner-y.db.456.tmp"
    stale.write_bytes(b"left by a killed backup")
    journal = tmp_path / ".shopowner-y.db.456.tmp-journal"
    journal.write_bytes(b"SQLite's journal of it")
    for path in (stale, journal):
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    assert sorted(clean_stale_temp_files(tmp_path)) == [stale, journal]
    assert running.exists()


def test_a_backup_that_fails_leaves_nothing_and_says_what_to_do(demo_db, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(BackupError) as caught:
        backup_to(demo_db, blocked / "b.db")
    assert "no backup file was left behind" in str(caught.value)
    assert blocked.read_text() == "a file where the folder should be"


def test_backups_are_listed_with_their_counts(demo_db, data_dir):
    from shopowner.store.backups import make_backup

    made = make_backup(demo_db, data_dir)
    (data_dir / "backups" / "notes.db").write_text("not a database")
    listed = list_backups(data_dir)
    by_name = {b.path.name: b for b in listed}
    assert by_name[made.name].kind == "manual"
    assert (by_name[made.name].customers, by_name[made.name].orders) == DEMO
    assert not by_name["notes.db"].readable
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == sorted(by_name)  # nothing beside


BACKUP_LOOP = """
import sys
from pathlib import Path
from shopowner.store import open_database
from shopowner.store.backup import backup_to

db = open_database(Path(sys.argv[1]))
Path(sys.argv[2]).write_text("started")
for n in range(100000):
    backup_to(db, Path(sys.argv[1]) / "backups" / f"shopowner-20260101-{n:06d}.db")
"""


def test_kills_at_any_moment_leave_only_whole_checked_backups(demo_db, data_dir, tmp_path):
    """A child backs up again and again and is killed at different moments (as it starts, and
    once 1 and 3 backups are whole, wherever in the next one it then is): every file at a backup
    name is a whole, sound shop file; anything else is a hidden temporary file."""
    demo_db.close()
    folder = data_dir / "backups"
    for attempt, whole in enumerate((0, 1, 3)):
        marker = tmp_path / f"started-{attempt}"
        child = subprocess.Popen([sys.executable, "-c", BACKUP_LOOP, str(data_dir), str(marker)],
                                 cwd=ROOT)
        try:
            assert wait_until(lambda: marker.exists() and len(list(folder.glob("*.db"))) >= whole,  # noqa: B023
                              60, every=0.002, process=child), "the child stopped before the point"
            os.kill(child.pid, signal.SIGKILL)
            child.wait(10)
        finally:
            if child.poll() is None:
                child.kill()
        # killed before its first backup began, it may not have made the folder yet: nothing to check
        for path in folder.iterdir() if folder.exists() else []:
            if path.suffix == ".db":
                assert integrity(path) == "ok" and counts(path) == DEMO, path.name
            else:
                assert path.name.startswith(".") and ".tmp" in path.name, path.name
            path.unlink()


def test_two_backups_in_the_same_second_both_kept(demo_db, data_dir, monkeypatch):
    """Another program (a second import's automatic backup) takes the backup's name while this
    one is being copied: this one takes the next second's name, neither replaces the other."""
    from datetime import datetime

    from shopowner.store import backup
    from shopowner.store.backups import IMPORT, default_backup_path, make_backup

    when = datetime(2026, 12, 2, 5, 21, 17)
    taken = default_backup_path(data_dir, when, IMPORT)
    check_copy = backup.check_file

    def another_program_meanwhile(path):  # this copy is written, not yet given its name
        if not taken.exists():
            taken.parent.mkdir(parents=True, exist_ok=True)
            taken.write_bytes(b"the other program's backup")
        return check_copy(path)

    monkeypatch.setattr(backup, "check_file", another_program_meanwhile)
    made = make_backup(demo_db, data_dir, IMPORT, now=when)
    assert made == default_backup_path(data_dir, datetime(2026, 12, 2, 5, 21, 18), IMPORT)
    assert taken.read_bytes() == b"the other program's backup"
    assert integrity(made) == "ok" and counts(made)[1] == DEMO[1]
    taken.unlink()
    with pytest.raises(BackupError, match="already exists"):  # a name the owner chose: refused
        backup_to(demo_db, taken)
    assert taken.read_bytes() == b"the other program's backup"
