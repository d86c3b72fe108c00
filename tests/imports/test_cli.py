"""``main.py import --json`` as the owner's scripts would run it (in-process: ``run_main``)."""

from __future__ import annotations

import json

import pytest

from tests.imports.conftest import ORDERS

KEYS = ["file", "platform", "rows", "orders", "new_orders", "updated_orders", "new_customers",
        "matched_customers", "skipped", "error"]


@pytest.fixture
def run(run_main):
    return lambda data_dir, *args: run_main("import", *args, data_dir=data_dir)


def test_json_report_and_exit_codes(run, tmp_path):
    data = tmp_path / "shop"
    good = run(data, ORDERS / "bad/duplicate-rows.csv", ORDERS / "wechat-shop/微信小店订单.xlsx",
               "--json")
    assert good.returncode == 0, good.stderr
    report = json.loads(good.stdout)
    assert list(report) == ["files"]
    first, second = report["files"]
    assert list(first) == KEYS
    assert first["platform"] == "taobao" and first["new_orders"] == 5
    assert first["skipped"][0]["row"] == 5 and first["error"] is None
    assert second["orders"] == 12 and second["rows"] == 18
    bad = run(data, ORDERS / "bad/truncated.xlsx", ORDERS / "bad/duplicate-rows.csv", "--json")
    assert bad.returncode != 0
    files = json.loads(bad.stdout)["files"]
    assert "文件已损坏或不完整" in files[0]["error"]
    assert files[1]["new_orders"] == 0 and files[1]["error"] is None


def test_mapping_option_for_an_own_list(run, tmp_path):
    own = tmp_path / "list.csv"
    own.write_text("A,B\n王小明,13800990011\n", encoding="utf-8")
    refused = run(tmp_path / "shop", own, "--json")
    assert refused.returncode != 0
    mapped = run(tmp_path / "shop", own, "--json", "--mapping", '{"A": "name", "B": "phone"}')
    assert mapped.returncode == 0, mapped.stderr
    assert json.loads(mapped.stdout)["files"][0]["new_customers"] == 1
