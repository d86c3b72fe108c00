"""Every user-visible string has a 简体中文 translation, and the compiled catalogues are current."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402


def test_catalogues_cover_every_source_string(tmp_path):
    """Run lupdate into a scratch copy: nothing new may appear, and nothing may be unfinished."""
    for area, files in i18n.sources_by_area().items():
        committed = i18n.ts_path(area)
        assert committed.exists(), f"{committed.name} is missing: run scripts/i18n.py update"
        scratch = tmp_path / committed.name
        scratch.write_bytes(committed.read_bytes())
        i18n.lupdate(area, files, scratch)
        missing = i18n.unfinished(scratch)
        assert not missing, (f"{len(missing)} string(s) without zh_CN in {committed.name} "
                             f"(run scripts/i18n.py update, translate, compile): {missing[:5]}")
        plurals = i18n.plurals_path(area)  # English plural forms ("1 card" / "5 cards")
        scratch = tmp_path / plurals.name
        if plurals.exists():
            scratch.write_bytes(plurals.read_bytes())
        i18n.lupdate(area, files, scratch)
        missing = i18n.unfinished(scratch)
        assert not missing, (f"{len(missing)} English plural(s) without forms in {plurals.name} "
                             f"(run scripts/i18n.py update, apply, compile): {missing[:5]}")


def test_compiled_catalogues_match_the_sources(tmp_path):
    for ts in i18n.catalogues():
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([i18n._tool("pyside6-lrelease"), str(ts), "-qm", str(out)],
                       check=True, capture_output=True)
        committed = ts.with_suffix(".qm")
        assert committed.exists() and committed.read_bytes() == out.read_bytes(), (
            f"{committed.name} is stale: run scripts/i18n.py compile")


@pytest.mark.parametrize("lang, expected", [("zh_CN", "客户簿"), ("en", "Customer book")])
def test_language_switch(qapp, lang, expected):
    from shopowner.i18n import install_translators
    from shopowner.ui.areas import area_title

    loaded = install_translators(qapp, lang)
    try:
        assert area_title("customers") == expected
        if lang == "zh_CN":
            assert "qtbase_zh_CN" in loaded  # Qt's own buttons are Chinese too
    finally:
        install_translators(qapp, "en")
