"""RFM segments: counts on a shop where each customer's segment is known, the book filtered to a
segment (core, CLI, window), and the segment's export for tagging in WeChat."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from shopowner.cli import run
from shopowner.customers.filters import clean_filters
from shopowner.insights.figures import growth_figures
from shopowner.store.customer_query import count_customers, matching_ids
from shopowner.store.customers import add_customer
from shopowner.vocab.rfm_segments import SEGMENTS
from shopowner.window_start import start_facts

# one customer per segment: last order 10 or 300 days before 2026-11-24, 5 orders or 1, ¥2,000 or ¥100
# (averages: 155 days, 3 orders, ¥1,050 — every customer clearly on one side of each)
LAST = {True: "2026-11-14 10:00:00", False: "2026-01-28 10:00:00"}


@pytest.fixture
def rfm_shop(db):
    with db.atomic():
        for key, (recent, frequent, spender) in SEGMENTS.items():
            cid = add_customer(db, name=key, city="杭州市")
            db.execute("UPDATE customers SET order_count = ?, total_spent_fen = ?, last_order_at = ?, "
                       "first_order_at = '2025-03-02 10:00:00', wechat_status = 'added', "
                       "wechat_name = ?, wechat_remark = ? WHERE id = ?",
                       [5 if frequent else 1, 200000 if spender else 10000, LAST[recent],
                        f"微信{key}", f"备注{key}", cid])
        add_customer(db, name="no order yet")  # from a customer list: in no segment
        tag = db.execute("INSERT INTO tags (name) VALUES ('VIP')").lastrowid
        db.execute("INSERT INTO customer_tags (customer_id, tag_id) SELECT id, ? FROM customers "
                   "WHERE name = 'important_value'", [tag])
    return db


def test_each_customer_lands_in_its_segment_and_the_book_agrees(rfm_shop):
    g = growth_figures(rfm_shop)
    assert [r["key"] for r in g.rfm] == list(SEGMENTS)
    assert all(r["customers"] == 1 for r in g.rfm)
    assert g.rfm_means["orders"] == 3 and g.rfm_means["spent_fen"] == 105000
    for key in SEGMENTS:
        ids = matching_ids(rfm_shop, {"segment": key})
        names = [rfm_shop.execute("SELECT name FROM customers WHERE id = ?", [i]).fetchone()[0] for i in ids]
        assert names == [key] and count_customers(rfm_shop, {"segment": key}) == 1


def test_segment_names_in_chinese(rfm_shop, zh_translators):
    names = [r["name"] for r in growth_figures(rfm_shop).rfm]
    assert names == ["重要价值客户", "重要发展客户", "重要保持客户", "重要挽留客户",
                     "一般价值客户", "一般发展客户", "一般保持客户", "一般挽留客户"]


def test_an_unknown_segment_is_refused():
    with pytest.raises(ValueError, match="unknown segment"):
        clean_filters({"segment": "vip"})


def test_cli_search_and_wechat_export_of_a_segment(rfm_shop, data_dir, tmp_path, capsys):
    assert run(["--data-dir", str(data_dir), "customers", "search", "--segment", "important_retain"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["name"] == "important_retain"
    path = tmp_path / "vip.xlsx"
    assert run(["--data-dir", str(data_dir), "--lang", "en", "customers", "export", str(path),
                "--segment", "important_value", "--for-wechat"]) == 0
    sheet = load_workbook(path).active
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header[:6] == ["Name", "WeChat name", "Saved as (WeChat remark)", "WeChat account", "Tags",
                          "Suggested remark"]
    assert rows == [["important_value", "微信important_value", "备注important_value", None, "VIP",
                     "important_value-杭州-2025.03-VIP", None, "杭州市", "2025-03-02", 5, 2000]]


def test_growth_view_opens_the_book_on_a_segment_and_exports_it(qtbot, rfm_shop, data_dir, tmp_path):
    from shopowner.demo import start_shop
    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    start_shop(rfm_shop, "小店", "店主")  # past the first-run setup
    path = tmp_path / "segment.csv"
    dialogs = ScriptedDialogs()
    dialogs.files.append(str(path))
    window = MainWindow(rfm_shop, data_dir, dialogs, facts=start_facts(rfm_shop))
    qtbot.addWidget(window)
    window.show()
    area = window.show_area("growth")
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    segments = area.segments
    assert segments.model.rowCount() == 8
    row = list(SEGMENTS).index("general_develop")
    segments.view.selectRow(row)
    segments.export_button.click()
    qtbot.waitUntil(lambda: path.exists(), timeout=10000)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("general_develop,微信general_develop,备注general_develop")
    segments.show_button.click()
    book = window.show_area("customers")
    assert window.current_area() == "customers"
    assert book.filter_bar.segment.currentData() == "general_develop"
    qtbot.waitUntil(lambda: book.model.total == 1, timeout=10000)
    xlsx = tmp_path / "book.xlsx"  # the book's own export of what it shows, for WeChat
    dialogs.files.append(str(xlsx))
    book.export(selected_only=False, for_wechat=True)
    qtbot.waitUntil(lambda: (xlsx.exists() and not book.busy) or bool(dialogs.messages), timeout=20000)
    assert not dialogs.messages, dialogs.messages
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][:3] == ("general_develop", "微信general_develop", "备注general_develop")
