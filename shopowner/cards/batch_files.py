"""Writing a batch's PDF so that the owner never sees a partial file, whatever stops the run.

The PDF is written to a hidden ``.NAME.PID.shopowner-part`` beside the target, the batch is
recorded (its cards marked printed), and only then is the file renamed into place. Each write is
listed in ``card_pdf_writes`` while it runs: a run killed midway leaves its row, and the next run
(:func:`recover_pdf_writes`) finishes the rename when the batch was recorded, or deletes the
partial file when it was not (its cards are still reserved and print again with the same codes).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from collections.abc import Callable

from shopowner.store import cards as store

STALE_SECONDS = 6 * 3600  # a write this old is finished or dead, whatever its process id says


def part_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.{os.getpid()}.shopowner-part")


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (on this computer)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_parts(part: Path) -> None:
    part.unlink(missing_ok=True)
    if part.parent.is_dir():  # the renderer's own temporary file beside it
        for inner in part.parent.glob(f".{part.name}.*.part"):
            inner.unlink(missing_ok=True)


def recover_pdf_writes(db) -> list[str]:
    """Finish or clean up the PDF writes of runs that stopped midway; returns the PDFs completed."""
    completed = []
    for write in store.pdf_writes(db):
        if write["pid"] == os.getpid():
            continue  # this process's own write, still running
        if process_alive(write["pid"]) and (write["age_seconds"] or 0) < STALE_SECONDS:
            continue  # another run is writing it now
        part, path = Path(write["part"]), Path(write["path"])
        if write["batch_id"] is not None and part.is_file():
            try:
                os.replace(part, path)
                completed.append(str(path))
            except OSError:
                continue  # the folder cannot be written now; try again next time
        _remove_parts(part)
        store.end_pdf_write(db, write["id"])
    return completed


def write_recorded_pdf(db, out: Path, write: Callable[[Path], object], record: Callable[[int], object]):
    """``write(part)`` draws the PDF into the hidden part file, ``record(write_id)`` stores the batch
    (it must pass ``write_id`` to :func:`store.record_printed`); then the file is renamed to ``out``.
    Returns what ``write`` returned. On any error before the record, the part file is removed and
    nothing is recorded."""
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    part = part_path(out)
    write_id = store.begin_pdf_write(db, str(out), str(part), os.getpid())
    recorded = False
    try:
        result = write(part)
        record(write_id)
        recorded = True
        os.replace(part, out)
        store.end_pdf_write(db, write_id)
    except BaseException:
        if not recorded:
            _remove_parts(part)
            store.end_pdf_write(db, write_id)
        raise
    return result


def copy_writer(source: Path) -> Callable[[Path], object]:
    """A ``write`` for :func:`write_recorded_pdf` that copies an already drawn PDF."""
    return lambda part: shutil.copyfile(source, part)
