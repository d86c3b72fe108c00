"""Each fault a command or a window action can meet, raised for real where this machine can, reads
as one sentence that says what to do, in Chinese and English, with its stable exit code."""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

import pytest

from shopowner import faults
from shopowner.progress import Cancelled
from tests.faults import drill

CJK = re.compile(r"[\u4e00-\u9fff]")


def caught(fn):
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001
        return exc
    raise AssertionError("nothing was raised")


def sqlite_file(tmp_path, name="shop.db"):
    conn = sqlite3.connect(tmp_path / name, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    return conn


def busy(tmp_path):
    a, b = sqlite_file(tmp_path), sqlite3.connect(tmp_path / "shop.db", timeout=0, isolation_level=None)
    a.execute("BEGIN IMMEDIATE")
    try:
        return caught(lambda: b.execute("BEGIN IMMEDIATE"))
    finally:
        a.execute("ROLLBACK")


def full(tmp_path):
    conn = sqlite_file(tmp_path)
    conn.execute("PRAGMA max_page_count = 3")
    return caught(lambda: conn.execute("INSERT INTO t SELECT randomblob(10000)"))


def read_only(tmp_path):
    sqlite_file(tmp_path).close()
    conn = sqlite3.connect(f"file:{tmp_path / 'shop.db'}?mode=ro", uri=True)
    return caught(lambda: conn.execute("INSERT INTO t VALUES (1)"))


def not_a_database(tmp_path):
    (tmp_path / "shop.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    return caught(lambda: sqlite3.connect(tmp_path / "shop.db").execute("SELECT * FROM t"))


def cannot_open(tmp_path):
    return caught(lambda: sqlite3.connect(tmp_path / "no" / "such" / "shop.db"))


def disk_full_file(_tmp_path):
    return caught(lambda: Path("/dev/full").write_bytes(b"x" * 10000))


def missing_file(tmp_path):
    return caught(lambda: open(tmp_path / "gone.csv", "rb"))


CASES = [  # (how, kind, exit code, words the message carries)
    (busy, "busy", faults.BUSY, "Wait until it has finished"),
    (full, "full", faults.STORAGE, "The disk is full"),
    (read_only, "read_only", faults.STORAGE, "read-only"),
    (not_a_database, "damaged", faults.SHOP_FILE, "Restore"),
    (cannot_open, "missing", faults.STORAGE, "does not exist"),
    (disk_full_file, "full", faults.STORAGE, "Free some space"),
    (missing_file, "missing", faults.STORAGE, "gone.csv"),
]


@pytest.mark.parametrize("how, kind, code, words", CASES, ids=[c[0].__name__ for c in CASES])
def test_real_faults_read_as_what_to_do(tmp_path, en_translators, how, kind, code, words):
    fault = faults.describe(how(tmp_path))
    assert (fault.kind, fault.code) == (kind, code)
    assert words in fault.message and "Traceback" not in fault.message


@pytest.mark.parametrize("how", [c[0] for c in CASES], ids=[c[0].__name__ for c in CASES])
def test_and_in_chinese(tmp_path, zh_translators, how):
    message = faults.describe(how(tmp_path)).message
    assert CJK.search(message) and not re.search(r"[A-Za-z]{4,}", re.sub(r"\(.*?\)|（.*?）", "", message))


@pytest.mark.parametrize("error, kind", [
    (OSError(errno.EFBIG, "File too large", "big.pdf"), "full"),
    (OSError(errno.EROFS, "Read-only file system", "x.db"), "read_only"),
    (PermissionError(errno.EACCES, "Permission denied", "x.pdf"), "permission"),
    (PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                   "another process", "订单.xlsx"), "held_open"),
    (OSError(errno.EBUSY, "Device or resource busy", "x.pdf"), "held_open"),
    (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
], ids=["EFBIG", "EROFS", "EACCES", "sharing violation", "EBUSY", "malformed"])
def test_the_other_faults_by_their_words(en_translators, error, kind):
    fault = faults.describe(error)
    assert fault.kind == kind and fault.code in (faults.STORAGE, faults.SHOP_FILE)
    if error.args[-1:] and isinstance(error, OSError):
        assert error.filename in fault.message  # which file


def test_our_own_refusals_keep_their_words_unless_the_disk_is_to_blame(tmp_path, en_translators):
    from shopowner.cards.batch import CardsError
    from shopowner.store.backup import BackupError
    from shopowner.store.db import CorruptDatabase

    assert faults.describe(CardsError("No parcels.")) == faults.Fault("refused", "No parcels.", 1)
    assert faults.describe(Cancelled()).code == faults.REFUSED
    assert faults.describe(KeyboardInterrupt()).kind == "cancelled"
    assert faults.describe(CorruptDatabase("The data file is damaged.")).code == faults.SHOP_FILE
    try:
        try:
            Path("/dev/full").write_bytes(b"x" * 10000)
        except OSError as exc:
            raise BackupError("Cannot write the backup") from exc
    except BackupError as exc:
        assert faults.describe(exc).kind == "full" and faults.describe(exc).code == faults.STORAGE


def test_a_bug_points_to_the_log(tmp_path, en_translators):
    faults.set_log_folder(tmp_path)
    try:
        error = caught(lambda: {}["missing"])
        fault = faults.handle(error)
        assert fault.code == faults.UNEXPECTED and str(tmp_path / "logs" / "errors.log") in fault.message
        assert "KeyError: 'missing'" in (tmp_path / "logs" / "errors.log").read_text("utf-8")
    finally:
        faults.set_log_folder(None)


def test_the_cli_says_what_is_wrong_with_the_data_folder_or_file(tmp_path, run_main):
    def run(data_dir, *args):
        ran = run_main("--lang", "en", *args, data_dir=data_dir)
        return ran.returncode, ran.stdout, ran.stderr

    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    code, _out, err = run(a_file, "growth")
    assert code == faults.STORAGE and drill.no_traceback(err) and err.startswith("Error: ")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "shopowner.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    code, _out, err = run(damaged, "growth")
    assert code == faults.SHOP_FILE and drill.no_traceback(err) and "damaged" in err
    code, _out, err = run(tmp_path / "fresh", "import", str(tmp_path / "gone.csv"))
    assert code == faults.REFUSED and drill.no_traceback(err)  # a missing export is reported per file
