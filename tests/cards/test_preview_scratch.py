"""The preview PDF holds buyers' names: it leaves the temp folder with the pane (and when the app
quits), and what an earlier run left there is removed at the next start."""

from __future__ import annotations

import os
import time

from shopowner.ui.cards.preview import STALE_SCRATCH_SECONDS, clean_stale_scratch

WAIT = 30000


def test_the_preview_pdf_goes_with_the_pane(main_window, qtbot):
    area = main_window.show_area("cards")
    qtbot.waitUntil(lambda: area.preview.result is not None, timeout=WAIT)
    shown = area.preview.path
    assert shown is not None and shown.exists() and shown.name.startswith("shopowner-preview-")
    area.preview.deleteLater()
    qtbot.waitUntil(lambda: not shown.exists(), timeout=WAIT)


def test_cleanup_closes_the_document_and_removes_the_pdf(main_window, qtbot):
    """What the pane does as the app quits (aboutToQuit), before any window is destroyed."""
    area = main_window.show_area("cards")
    qtbot.waitUntil(lambda: area.preview.result is not None, timeout=WAIT)
    shown = area.preview.path
    assert shown.exists()
    area.preview.cleanup()
    assert not shown.exists()
    assert area.preview.document.pageCount() == 0  # closed, not reading a removed file


def test_start_removes_old_scratch_pdfs_of_ours_and_nothing_else(tmp_path):
    now = time.time()
    old = now - STALE_SCRATCH_SECONDS - 60
    stale = [tmp_path / "shopowner-preview-abc.pdf", tmp_path / "shopowner-cards-def.pdf"]
    fresh = tmp_path / "shopowner-preview-new.pdf"  # another running copy may be showing it
    others = [tmp_path / "report.pdf", tmp_path / "shopowner-preview-abc.txt"]
    for path in [*stale, fresh, *others]:
        path.write_bytes("%PDF-1.4 王小明".encode())
    for path in [*stale, *others]:
        os.utime(path, (old, old))
    assert sorted(clean_stale_scratch(tmp_path, now=now)) == sorted(stale)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and all(p.exists() for p in others)
