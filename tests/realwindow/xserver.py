"""A private X server for the real-window tests: Xvfb on a display number it picks itself.

``-displayfd`` makes Xvfb choose a free display and write its number to a pipe, so parallel runs
(and people's own displays) never collide. Used by the session fixture in ``conftest.py`` and by
``python -m tests.realwindow.xserver`` (prints ``DISPLAY=:N`` and keeps the server until Ctrl+C).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time

SCREEN = "1366x768x24"


class XServer:
    def __init__(self, process: subprocess.Popen, display: str):
        self.process = process
        self.display = display

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def die_with_parent() -> None:
    """In a child, before exec: be stopped (SIGTERM) when the process that started it dies, so a
    test run killed hard leaves no X server or app behind (Linux prctl PR_SET_PDEATHSIG)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))
    except (OSError, AttributeError):
        pass


def missing() -> str | None:
    """Why no X server can be started here, or None."""
    if shutil.which("Xvfb") is None:
        return "Xvfb is not installed (Debian: apt-get install xvfb; .ci/run installs it)"
    return None


def xcb_missing(display: str) -> str | None:
    """Why Qt's xcb platform cannot open ``display`` (its system libraries missing), or None."""
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication; "
                               "QGuiApplication(['probe', '-platform', 'xcb'])"],
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True, text=True, timeout=60)
    if probe.returncode == 0:
        return None
    lines = [line for line in probe.stderr.splitlines() if line.strip()]
    return ("Qt's xcb platform cannot start (Debian: the libxcb-* packages .ci/run installs): "
            + " / ".join(lines[-3:]))


def start(screen: str = SCREEN, timeout: float = 20.0) -> XServer:
    read_end, write_end = os.pipe()
    log = tempfile.TemporaryFile()  # Xvfb's own messages, read back only when it fails to start
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp",
         "-noreset"],
        pass_fds=[write_end], stdout=subprocess.DEVNULL, stderr=log, preexec_fn=die_with_parent)
    os.close(write_end)
    number, deadline = b"", time.monotonic() + timeout
    try:
        os.set_blocking(read_end, False)
        while not number.endswith(b"\n"):
            if process.poll() is not None:
                log.seek(0)
                error = log.read().decode(errors="replace")
                raise RuntimeError(f"Xvfb stopped at start (exit {process.returncode}): {error[-800:]}")
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"Xvfb gave no display number within {timeout:.0f} s")
            try:
                chunk = os.read(read_end, 32)
            except BlockingIOError:
                time.sleep(0.02)
                continue
            number += chunk
    finally:
        os.close(read_end)
        log.close()  # Xvfb keeps its own handle on the (unnamed) file
    return XServer(process, f":{number.decode().strip()}")


if __name__ == "__main__":
    server = start(sys.argv[1] if len(sys.argv) > 1 else SCREEN)
    print(f"DISPLAY={server.display}  (Xvfb pid {server.process.pid}; Ctrl+C stops it)", flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        server.stop()
