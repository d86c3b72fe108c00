"""Import one mutated file and judge what happened: a result or a message, never a traceback, in
bounded time and memory, and a database left exactly as it was when the file is rejected.

:func:`import_in_process` runs the core function the CLI and the window call
(``imports.run.import_files``); :func:`import_by_cli` runs ``main.py import`` in a child process
capped in address space, with its own peak memory from ``wait4``. Shared by
``tests/imports/test_fuzz.py`` and ``scripts/fuzz_imports.py``.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from tests.imports.conftest import table_digest

ROOT = Path(__file__).resolve().parent.parent.parent
CLI_ADDRESS_SPACE = 3 << 30  # a child that would need more fails instead of swapping the machine
CLI_TIMEOUT = 120
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ENGLISH = re.compile(r"[A-Za-z]{2,}[ ,'-]+[a-z]{2,} [a-z]{2,}")  # a raw library error
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class Outcome:
    mutation: str
    path: str
    size: int
    seconds: float = 0.0
    rss_mb: float = 0.0  # peak memory above what the process held before this file
    accepted: bool = False
    message: str = ""
    exit_code: int | None = None  # CLI runs only
    problems: list[str] = field(default_factory=list)  # empty: the file was handled well

    @property
    def crashed(self) -> bool:
        return any(p.startswith(("crash", "traceback", "exit code")) for p in self.problems)


def rss_mb() -> float:
    """This process's resident memory now (Linux), or its peak where /proc is missing."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE / 2**20
    except OSError:
        return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


class PeakSampler:
    """The most resident memory this process held while the block ran, above what it held at its
    start: sampled every few milliseconds by a thread (``ru_maxrss`` only ever grows, so after a
    bigger earlier file it would hide this one's peak)."""

    def __init__(self, every: float = 0.002):
        self.every, self.start, self.peak = every, 0.0, 0.0
        self._stop = threading.Event()

    def __enter__(self) -> "PeakSampler":
        self.start = self.peak = rss_mb()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.peak = max(self.peak, rss_mb())

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())

    @property
    def growth(self) -> float:
        return self.peak - self.start


def judge_message(outcome: Outcome, message: str, language: str) -> None:
    outcome.message = message
    if not message.strip():
        outcome.problems.append("no message")
    if "Traceback" in message or 'File "' in message:
        outcome.problems.append("traceback in the message")
    if language == "zh_CN":
        text = message.replace(outcome.path, "")
        if not _CJK.search(text):
            outcome.problems.append("message not in Chinese")
        elif _ENGLISH.search(text):
            outcome.problems.append("English words in a Chinese message")


def import_in_process(db, mutation: str, path: Path, *, language: str = "zh_CN",
                      max_seconds: float = 30.0, max_rss_mb: float = 500.0) -> Outcome:
    """Import ``path`` into ``db`` with ``import_files`` (in this process) and judge it."""
    from shopowner.imports.run import import_files

    outcome = Outcome(mutation, str(path), path.stat().st_size)
    before = table_digest(db)
    peak_before = peak_rss_mb()
    start = time.monotonic()
    try:
        with PeakSampler() as sampler:
            result = import_files(db, [path], parallel=False)
    except BaseException as exc:  # noqa: BLE001 - that is what the fuzz looks for (a Rust
        # panic inside the spreadsheet reader is a BaseException)
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        outcome.seconds = time.monotonic() - start
        outcome.problems.append("crash: " + traceback.format_exc())
        return outcome
    outcome.seconds = time.monotonic() - start
    # the sampled peak, or the process's record if this file set a new one between two samples
    outcome.rss_mb = max(sampler.growth, peak_rss_mb() - max(peak_before, sampler.start), 0)
    report = result.files[0]
    outcome.accepted = not report.error
    if report.error:
        judge_message(outcome, report.error, language)
        if table_digest(db) != before:
            outcome.problems.append("database changed although the file was rejected")
    else:
        text = " ".join([*(s["reason"] for s in report.skipped), *report.warnings])
        if "Traceback" in text:
            outcome.problems.append("traceback in a skip reason or warning")
    _judge_cost(outcome, max_seconds, max_rss_mb)
    return outcome


def _judge_cost(outcome: Outcome, max_seconds: float, max_rss_mb: float) -> None:
    if outcome.size < 10 * 2**20:
        if outcome.seconds > max_seconds:
            outcome.problems.append(f"slow: {outcome.seconds:.1f} s")
        if outcome.rss_mb > max_rss_mb:
            outcome.problems.append(f"memory: {outcome.rss_mb:.0f} MB")


def import_by_cli(data_dir: Path, mutation: str, path: Path, *, language: str = "zh_CN",
                  max_seconds: float = 30.0, max_rss_mb: float = 500.0) -> Outcome:
    """``main.py --data-dir D --lang L import PATH`` in a child process whose address space is
    capped; its exit code, output, time and peak memory (its own, from ``wait4``) judged."""
    outcome = Outcome(mutation, str(path), path.stat().st_size)
    before = _digest_of(data_dir)

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CLI_ADDRESS_SPACE, CLI_ADDRESS_SPACE))

    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": os.environ.get("PATH", "/usr/bin"),
           "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8",
           "XDG_CONFIG_HOME": tempfile.gettempdir()}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir",
                                 str(data_dir), "--lang", language, "import", str(path)],
                                stdout=out, stderr=err, env=env, preexec_fn=cap, cwd=str(ROOT))
        timer = threading.Timer(CLI_TIMEOUT, proc.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        outcome.seconds = time.monotonic() - start
        outcome.rss_mb = usage.ru_maxrss / 1024
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    outcome.exit_code = proc.returncode
    if proc.returncode not in (0, 1):
        outcome.problems.append(f"exit code {proc.returncode}: {stderr[-2000:]}")
    if "Traceback" in stderr or "Traceback" in stdout or "panicked" in stderr:
        outcome.problems.append("traceback: " + (stderr or stdout)[-2000:])
    outcome.accepted = proc.returncode == 0
    if proc.returncode == 1:
        judge_message(outcome, stdout, language)
        if _digest_of(data_dir) != before:
            outcome.problems.append("database changed although the file was rejected")
    # the child's peak includes starting Python and Qt (~60 MB): the limit is on the whole child
    _judge_cost(outcome, max_seconds, max_rss_mb)
    return outcome


def _digest_of(data_dir: Path) -> str:
    from shopowner.store import open_database

    db = open_database(data_dir)
    try:
        return table_digest(db)
    finally:
        db.close()
