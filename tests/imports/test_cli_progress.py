"""The CLI on a terminal: a progress line on stderr, and Ctrl+C cancels the import cleanly."""

from __future__ import annotations

import io
import signal
from contextlib import contextmanager

import pytest

from shopowner.cli import progress as cli_progress
from shopowner.cli import run as cli_run
from tests.imports.conftest import table_digest, write_orderlist
from tests.waiting import wait_until


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_line_only_on_a_terminal():
    tty, pipe = Terminal(), io.StringIO()
    for stream in (tty, pipe):
        with cli_progress.terminal_progress(stream) as progress:
            progress.update(1, 4, "正在导入 a.csv…")
            progress.update(4, 4, "正在导入 a.csv：保存…")
    assert "正在导入 a.csv… 25%" in tty.getvalue() and "保存… 100%" in tty.getvalue()
    assert tty.getvalue().endswith("\r\033[K")  # the line is cleared at the end
    assert pipe.getvalue() == ""


def test_ctrl_c_sets_the_cancel_flag_and_the_handler_comes_back():
    before = signal.getsignal(signal.SIGINT)
    with cli_progress.terminal_progress(io.StringIO()) as progress:
        signal.raise_signal(signal.SIGINT)
        assert progress.cancelled
    assert signal.getsignal(signal.SIGINT) is before


def test_ctrl_c_during_an_import_rolls_the_file_back(tmp_path, monkeypatch, capsys):
    path = tmp_path / "ExportOrderList_ctrl_c.csv"
    write_orderlist(path, 3000)
    real = cli_progress.terminal_progress

    @contextmanager
    def interrupted_after_a_while(stream=None):  # Ctrl+C pressed once rows are being read
        with real(stream) as progress:
            update = progress.update

            def update_then_interrupt(done, total=0, text=""):
                if done > 0:
                    signal.raise_signal(signal.SIGINT)
                update(done, total, text)
            progress.update = update_then_interrupt
            yield progress

    monkeypatch.setattr(cli_progress, "terminal_progress", interrupted_after_a_while)
    data = tmp_path / "shop"
    assert cli_run(["--data-dir", str(data), "init-demo"]) == 0
    from shopowner.store import open_database

    db = open_database(data)
    before = table_digest(db)
    db.close()
    capsys.readouterr()
    code = cli_run(["--data-dir", str(data), "import", str(path)])
    out = capsys.readouterr().out
    assert code == 1 and "ExportOrderList_ctrl_c.csv" in out and "Cancelled" in out
    db = open_database(data)
    assert table_digest(db) == before
    db.close()


@pytest.mark.e2e
def test_ctrl_c_in_a_terminal_stops_a_big_import_and_its_parse_process(tmp_path):
    """A real CLI run in its own process group, as a terminal starts it; Ctrl+C reaches the whole
    group, the parse process included. The file rolls back and nothing of the group stays."""
    import os
    import pty
    import select
    import subprocess
    import sys
    import time

    from shopowner.imports.parse_process import PARALLEL_MIN_BYTES
    from tests.conftest import ROOT

    path = tmp_path / "ExportOrderList_big.csv"
    write_orderlist(path, 25000)
    lines = path.read_bytes().split(b"\r\n")
    message = ("请尽快发货，谢谢" * 60).encode("gbk")  # long buyer messages make a big file
    lines = [lines[0] + ",买家留言".encode("gbk")] + [
        line + b"," + message for line in lines[1:] if line]
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    assert path.stat().st_size > PARALLEL_MIN_BYTES
    data = tmp_path / "shop"
    master, terminal = pty.openpty()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOPOWNER_LANG": "en"}
    cli = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data),
                            "import", str(path)], stdout=subprocess.PIPE, stderr=terminal,
                           env=env, start_new_session=True)
    os.close(terminal)
    seen = b""
    deadline = time.monotonic() + 120
    while b"%" not in seen and time.monotonic() < deadline:  # rows are coming in
        if select.select([master], [], [], 1)[0]:
            seen += os.read(master, 4096)
    assert b"%" in seen, seen
    os.killpg(cli.pid, signal.SIGINT)
    out, _ = cli.communicate(timeout=120)
    os.close(master)
    assert cli.returncode == 1 and b"Cancelled" in out, out
    def group_gone() -> bool:
        try:
            os.killpg(cli.pid, 0)
        except ProcessLookupError:
            return True
        return False

    # the parse process and multiprocessing's helper have gone too
    assert wait_until(group_gone, timeout=5), "a process of the import is still running"
    from shopowner.store import open_database

    db = open_database(data)
    assert db.execute("SELECT count(*) FROM orders").fetchone()[0] == 0
    db.close()
