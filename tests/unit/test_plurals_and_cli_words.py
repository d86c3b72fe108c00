"""English plurals come from Qt's %n forms everywhere (never "1 files" or "file(s)" on screen),
the core's sentences follow the chosen language, and so do argparse's own words in the CLI."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.unit.test_translations import i18n

HAND_MADE = re.compile(r"\w\((?:s|es)\)")  # "file(s)", "match(es)": only as a %n plural


def test_no_hand_made_plural_in_any_source_string():
    hand_made = []
    for ts in i18n.catalogues():
        if not ts.name.endswith("_zh_CN.ts"):
            continue
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            if HAND_MADE.search(source) and message.get("numerus") != "yes":
                hand_made.append(source)
    assert not hand_made, f"use tr(\"%n …(s)\", \"\", n) with English forms: {hand_made}"


@pytest.fixture(params=["en", "zh_CN"])
def language(qapp, request):
    from shopowner.i18n import install_translators

    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_core_counts_read_right_in_both_languages(language):
    from shopowner.followups.review_page import days_text, orders_text

    if language == "en":
        assert (days_text(1), days_text(3), orders_text(1), orders_text(12)) == (
            "1 day", "3 days", "1 order", "12 orders")
    else:
        assert (days_text(1), days_text(3), orders_text(1)) == ("1 天", "3 天", "1 单")


def test_the_cli_help_and_argument_errors_speak_the_chosen_language(run_main):
    chinese = run_main("--lang", "zh_CN", "--help")
    assert chinese.returncode == 0
    assert chinese.stdout.startswith("用法：") and "选项" in chinese.stdout
    assert "show this help" not in chinese.stdout and "显示这段帮助并退出" in chinese.stdout
    missing = run_main("--lang", "zh_CN", "cards")
    assert missing.returncode == 2 and "缺少必需的参数：--out" in missing.stderr
    english = run_main("--lang", "en", "cards")
    assert "the following arguments are required: --out" in english.stderr
