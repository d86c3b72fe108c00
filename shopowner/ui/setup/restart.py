"""Restarting in a new language: the same program with the same arguments, started detached, after
which this one saves its window state and quits cleanly.

A ``--lang`` given on the first start would win over the new choice, so it is replaced by the
new language (and so is ``SHOPOWNER_LANG`` in the new process's environment).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment
from PySide6.QtWidgets import QApplication


def relaunch_command(language: str, argv: list[str] | None = None,
                     frozen: bool | None = None) -> tuple[str, list[str]]:
    """(program, arguments) that start this app again the way it was started, in ``language``."""
    argv = list(sys.argv if argv is None else argv)
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    args, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    had_lang = len(args) != len(argv) - 1
    if had_lang:
        args += ["--lang", language]
    if frozen:
        return sys.executable, args
    script = Path(argv[0]).resolve()
    if script.suffix.lower() == ".exe":  # an installed launcher (shopowner.exe) runs by itself
        return str(script), args
    return sys.executable, [str(script), *args]


def start_detached(program: str, args: list[str], language: str) -> bool:
    process = QProcess()
    process.setProgram(program)
    process.setArguments(args)
    process.setWorkingDirectory(os.getcwd())
    env = QProcessEnvironment.systemEnvironment()
    if env.contains("SHOPOWNER_LANG"):
        env.insert("SHOPOWNER_LANG", language)
    process.setProcessEnvironment(env)
    started = process.startDetached()  # bool, or (bool, pid) in some PySide6 versions
    return bool(started[0] if isinstance(started, tuple) else started)


def restart(window, language: str) -> bool:
    """Start the app again in ``language``, then close ``window`` (saving its state) and quit.
    False, with the window left open, when the new process could not be started."""
    program, args = relaunch_command(language)
    if not start_detached(program, args, language):
        return False
    window.save_state()
    # closing every window ends the application's event loop once the last one is gone (the
    # import history or the guide may be open beside the main window); the start-up code then
    # closes the shop file as on any quit
    QApplication.closeAllWindows()
    return True
