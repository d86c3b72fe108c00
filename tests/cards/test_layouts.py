"""Layouts: built-ins valid, saved and loaded as JSON, bad ones refused with advice."""

from __future__ import annotations

import json

import pytest

from shopowner.cards.layouts import (
    BUILTIN_LAYOUTS, Layout, LayoutError, PrintOptions, all_layouts, get_layout, load_layout_file,
    save_custom_layout, save_layout,
)


def test_the_promised_builtins_exist_and_fit_their_pages():
    assert {"a4-4up-a6", "a4-2up-a5", "a4-10up-90x54", "thermal-100x150", "roll-76", "roll-80",
            "custom"} <= set(BUILTIN_LAYOUTS)
    for layout in BUILTIN_LAYOUTS.values():
        layout.validate()
    a6 = BUILTIN_LAYOUTS["a4-4up-a6"]
    assert (a6.card_w, a6.card_h, a6.per_page) == (105, 148, 4)
    assert BUILTIN_LAYOUTS["a4-10up-90x54"].per_page == 10
    assert BUILTIN_LAYOUTS["roll-80"].page_w == 80 and BUILTIN_LAYOUTS["roll-76"].page_w == 76


def test_a_layout_round_trips_through_a_small_json_file(tmp_path, data_dir):
    mine = Layout("我的名片", 210, 297, 85, 55, rows=5, cols=2, margin_left=15, margin_top=10,
                  gap_x=10, gap_y=2, bleed=1)
    path = save_layout(mine, tmp_path / "mine.json")
    assert json.loads(path.read_text(encoding="utf-8"))["card_w"] == 85
    assert load_layout_file(path) == mine
    save_custom_layout(data_dir, mine)
    assert all_layouts(data_dir)["我的名片"] == mine
    assert get_layout("我的名片", data_dir) == mine
    assert get_layout(str(path)) == mine


def test_bad_layouts_are_refused_with_advice(tmp_path):
    with pytest.raises(LayoutError, match="do not fit"):
        Layout("big", 100, 100, 60, 60, rows=2, cols=1).validate()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(LayoutError):
        load_layout_file(bad)
    with pytest.raises(LayoutError):
        get_layout("no-such-layout")
    with pytest.raises(LayoutError):
        PrintOptions(start_position=5).validate(BUILTIN_LAYOUTS["a4-4up-a6"])


def test_bleed_never_reaches_a_neighbouring_card():
    assert BUILTIN_LAYOUTS["a4-4up-a6"].usable_bleed() == 0  # cards touch: nothing to bleed into
    bc = BUILTIN_LAYOUTS["a4-10up-90x54"]
    assert 0 < bc.usable_bleed() <= min(bc.gap_x, bc.gap_y) / 2
