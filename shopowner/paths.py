"""Where things live: the data folder (option, environment, platform default) and bundled resources.

Bundled files are read through :func:`resource_path` only, so the same code works from a
source checkout and from a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import platformdirs

from shopowner import APP_NAME, APP_ORG

ENV_DATA_DIR = "SHOPOWNER_DATA_DIR"
DB_FILE_NAME = "shopowner.db"


def default_data_dir() -> Path:
    """The platform's per-user app-data folder (e.g. %LOCALAPPDATA%\\ShopOwner on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_ORG, roaming=False))


def resolve_data_dir(option: str | os.PathLike | None = None, environ=None) -> Path:
    """The data folder: ``--data-dir`` wins, then ``SHOPOWNER_DATA_DIR``, then the platform default."""
    environ = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser().resolve()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser().resolve()
    return default_data_dir()


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILE_NAME


def attachments_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "attachments"


def moments_dir(data_dir: Path) -> Path:
    """The planned Moments posts' images (朋友圈配图), copied in as attachments are."""
    return Path(data_dir) / "moments"


def resources_root() -> Path:
    """The ``resources/`` folder, inside the bundle when frozen."""
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def font_path() -> Path:
    """The bundled handwriting-style Chinese TrueType font (LXGW WenKai, OFL)."""
    return resource_path("fonts", "LXGWWenKai-Regular.ttf")


def remove_old_files(folder: Path, patterns: Iterable[str], seconds: float,
                     now: float | None = None) -> list[Path]:
    """Remove the files in ``folder`` matching ``patterns`` not written to for ``seconds`` (what a
    killed run left behind); one that cannot be removed (open elsewhere) is left. Returns those gone."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for pattern in patterns:
        for path in folder.glob(pattern):
            try:
                if now - path.stat().st_mtime > seconds:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
    return removed
