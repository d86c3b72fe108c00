"""Set up a local virtual environment and start the app or run the tests (needs only Python 3.11+).

    python3 scripts/dev.py start [main.py arguments]   # the window (a demo shop is offered on first start)
    python3 scripts/dev.py test  [pytest arguments]    # the whole test suite, Qt offscreen (without
                                                       # arguments: in parallel, then the `quiet` ones alone,
                                                       # then tests/hub/ON_HUB's files on a PostgreSQL hub)

The environment lives in ``.venv/`` beside the project and is reinstalled only when
``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_env(extras: str) -> Path:
    if sys.version_info < (3, 11):
        sys.exit("ShopOwner needs Python 3.11 or newer (this is %s)." % sys.version.split()[0])
    if not venv_python().exists():
        print(f"creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != wanted:
        print("installing dependencies (first run only) …", flush=True)
        py = str(venv_python())
        subprocess.run([py, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run([py, "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
        stamp.write_text(wanted)
    return venv_python()


def compile_sources(py: Path) -> None:
    """Write the project's bytecode once. Where ``PYTHONDONTWRITEBYTECODE`` is set (CI images set
    it) every process would compile each module it imports afresh: a real-window child compiled
    the cards area's modules on the GUI thread for ~60 ms, and a worker compiling a module holds
    the GIL for the whole compile, freezing the window meanwhile. Python reads bytecode that
    exists whatever that variable says."""
    subprocess.run([str(py), "-m", "compileall", "-q", "-j", "0", "shopowner", "tests", "main.py"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "start":
        py = ensure_env("")
        compile_sources(py)
        return subprocess.call([str(py), str(ROOT / "main.py"), *rest], cwd=ROOT)
    py = ensure_env("test")
    compile_sources(py)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if rest:
        return subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)
    # the whole suite: everything on every core, then the tests that time the GUI thread, alone
    # (a parallel worker's load would read as the window freezing). A freeze the app causes comes
    # back every time; one a shared machine causes (another tenant, the disk) seldom twice in a
    # row: those tests run once more when they fail, and fail only when the freeze repeats
    spread = subprocess.call([str(py), "-m", "pytest", "-m", "not quiet"], cwd=ROOT, env=env)
    alone = subprocess.call([str(py), "-m", "pytest", "-m", "quiet", "-n", "0", "--reruns", "1"],
                            cwd=ROOT, env=env)
    # the store's tests that also run on a PostgreSQL hub (team mode), run again that way
    on_hub = [line for line in (ROOT / "tests" / "hub" / "ON_HUB").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    hub = subprocess.call([str(py), "-m", "pytest", "--backend", "hub", "-m", "not quiet", *on_hub],
                          cwd=ROOT, env=env)
    return spread or alone or hub


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
