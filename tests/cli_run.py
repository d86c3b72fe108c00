"""``python main.py ARGS…`` run in the test's own process: the same ``shopowner.entry.main`` a
console starts (``--lang`` and the saved language applied, the windowless Qt app reused), its
output read with ``capsys``. A child process costs a Python and Qt start-up (~1–2 s) per call;
this costs the command alone. The handful of runs that must be a real process (the exit of a
killed or cut-off command, ``--self-test``, memory caps) start ``main.py`` and are marked
``e2e``.

What a run changes for the rest of the process is put back afterwards: the translators and
QLocale's default (``--lang``), the application's names (its QSettings scope), the errors-log
folder and any environment variables the call set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Ran:
    """What the command left: like ``subprocess.CompletedProcess``, so a check reads the same."""

    returncode: int
    stdout: str
    stderr: str


def _exit_code(exc: SystemExit) -> int:
    # argparse exits 0 (--help/--version) or 2 (usage); sys.exit("text") means 1, as Python does
    if exc.code is None:
        return 0
    return exc.code if isinstance(exc.code, int) else 1


@pytest.fixture
def run_main(qapp, capsys, monkeypatch):
    """``run_main(*args, data_dir=None, env=None) -> Ran``: one CLI command, in-process."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from shopowner import faults, i18n
    from shopowner.entry import main

    language = i18n.current_language()
    locale = QLocale()
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    monkeypatch.setattr(faults, "_log_folder", faults._log_folder)

    def run(*args, data_dir=None, env=None) -> Ran:
        argv = [*(["--data-dir", str(data_dir)] if data_dir is not None else []), *map(str, args)]
        capsys.readouterr()  # what the test printed before is not the command's
        with monkeypatch.context() as scoped:
            for key, value in (env or {}).items():
                scoped.setenv(key, value)
            try:
                code = main(argv)
            except SystemExit as exc:
                code = _exit_code(exc)
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    yield run
    if language is None:  # none were installed: back to the source language
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        i18n._language.clear()
    else:
        i18n.install_translators(qapp, language)
    QLocale.setDefault(locale)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def main_process(*args, data_dir=None, env=None, **popen) -> subprocess.Popen:
    """``python main.py [--data-dir D] ARGS…`` as a real child process (for ``e2e`` tests),
    offscreen, with no data folder taken from the developer's environment."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    if "SHOPOWNER_DATA_DIR" not in (env or {}):
        environment.pop("SHOPOWNER_DATA_DIR", None)
    cmd = [sys.executable, str(ROOT / "main.py")]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.Popen(cmd + [str(a) for a in args], env=environment, **popen)


def run_main_process(*args, data_dir=None, env=None, timeout=120) -> subprocess.CompletedProcess:
    """:func:`main_process` run to its end, its output as text."""
    child = main_process(*args, data_dir=data_dir, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)
