"""Screenshots and attachments: copied into the data folder's ``attachments/`` under a content-hash
name, so the shop's records never depend on a file somewhere else that may be moved or deleted.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shopowner.i18n import translate
from shopowner.paths import attachments_dir
from shopowner.store import Database
from shopowner.store.followups import insert_attachment, stored_attachment_names, stored_name_taken

MAX_BYTES = 20 * 1024 * 1024
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"}


class AttachmentError(ValueError):
    """A file that cannot be attached; ``str()`` says which and what to do."""


@dataclass
class CopiedFile:
    original_name: str
    stored_name: str
    size: int
    sha256: str


def check_files(paths) -> list[Path]:
    """The files as paths, or :class:`AttachmentError` for the first missing or too big one."""
    checked = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise AttachmentError(translate(
                "Attachments", "The file {path} cannot be found. It may have been moved or deleted; "
                               "choose it again.").format(path=path))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise AttachmentError(translate(
                "Attachments", "The file {name} is {size} MB; attachments may be at most 20 MB. "
                               "Attach a smaller screenshot or compress the file.")
                .format(name=path.name, size=f"{size / 1024 / 1024:.1f}"))
        checked.append(path)
    return checked


def attachment_path(data_dir: Path, stored_name: str) -> Path:
    return attachments_dir(data_dir) / stored_name


def is_image(name: str) -> bool:
    return Path(name).suffix.lower() in IMAGE_SUFFIXES


def _copy_hashing(source: Path, folder: Path) -> tuple[Path, str, int]:
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    size = 0
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                out.write(block)
                size += len(block)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp), digest.hexdigest(), size


def copy_in(db: Database, data_dir: Path, paths) -> list[CopiedFile]:
    """Copy the files into ``attachments/``; each gets its own ``<sha256>[-n].<ext>`` file."""
    return copy_into(attachments_dir(data_dir), paths, lambda name: stored_name_taken(db, name))


def copy_into(folder: Path, paths, taken: Callable[[str], bool]) -> list[CopiedFile]:
    """Copy the files into ``folder`` under content-hash names (``<sha256>[-n].<ext>``, a name
    no file there and no ``taken(name)`` row has); all or none (:class:`AttachmentError`)."""
    files = check_files(paths)
    folder.mkdir(parents=True, exist_ok=True)
    copied: list[CopiedFile] = []
    try:
        for source in files:
            tmp, sha, size = _copy_hashing(source, folder)
            suffix = source.suffix.lower()[:10]
            name, n = f"{sha}{suffix}", 1
            while taken(name) or (folder / name).exists() or \
                    any(c.stored_name == name for c in copied):
                n += 1
                name = f"{sha}-{n}{suffix}"
            os.replace(tmp, folder / name)
            copied.append(CopiedFile(source.name, name, size, sha))
    except OSError as exc:
        remove_from(folder, copied)
        raise AttachmentError(translate(
            "Attachments", "Could not copy the attachment into {folder} ({reason}). Check that the "
                           "data folder has free space and try again.")
            .format(folder=folder, reason=exc.strerror or exc)) from exc
    return copied


def remove_copies(data_dir: Path, copied: list[CopiedFile]) -> None:
    remove_from(attachments_dir(data_dir), copied)


def remove_from(folder: Path, copied: list[CopiedFile]) -> None:
    for item in copied:
        (folder / item.stored_name).unlink(missing_ok=True)


def record(db: Database, copied: list[CopiedFile], *, followup_id: int | None = None,
           feedback_id: int | None = None, when: str) -> list[int]:
    return [insert_attachment(db, followup_id=followup_id, feedback_id=feedback_id,
                              original_name=c.original_name, stored_name=c.stored_name,
                              size=c.size, sha256=c.sha256, created_at=when) for c in copied]


def export_copy(data_dir: Path, stored_name: str, target: Path) -> Path:
    """Copy a stored attachment out (for the review-material export)."""
    shutil.copyfile(attachment_path(data_dir, stored_name), target)
    return target


def remove_orphan_files(db: Database, data_dir: Path) -> int:
    """Delete copied files no attachment row points to any more (after an erase or a delete)."""
    folder = attachments_dir(data_dir)
    if not folder.is_dir():
        return 0
    kept = stored_attachment_names(db)
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and path.name not in kept:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
