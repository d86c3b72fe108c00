"""The customers commands run as a real process."""

from __future__ import annotations

import csv
import json



def test_search_export_duplicates_erase(run_main, tmp_path):
    shop = tmp_path / "shop"
    assert run_main("init-demo", data_dir=shop).returncode == 0
    found = run_main("customers", "search", "--platform", "jd", "--limit", "5", data_dir=shop)
    assert found.returncode == 0, found.stderr
    rows = json.loads(found.stdout)
    assert 0 < len(rows) <= 5 and all("jd" in r["platforms"] for r in rows)
    name = rows[0]["name"]
    one = json.loads(run_main("customers", "search", name, data_dir=shop).stdout)
    assert rows[0]["id"] in [r["id"] for r in one]

    out = tmp_path / "jd.csv"
    done = run_main("customers", "export", str(out), "--platform", "jd", data_dir=shop)
    assert done.returncode == 0, done.stderr
    with open(out, encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) > 1
    assert run_main("customers", "export", str(tmp_path / "x.txt"), data_dir=shop).returncode == 1

    assert run_main("customers", "find-duplicates", data_dir=shop).returncode == 0
    cid = str(rows[0]["id"])
    assert run_main("customers", "erase", cid, data_dir=shop).returncode == 1  # needs --yes
    assert run_main("customers", "erase", "99999", "--yes", data_dir=shop).returncode == 1
    assert run_main("customers", "erase", cid, "--yes", data_dir=shop).returncode == 0
    after = json.loads(run_main("customers", "search", name, data_dir=shop).stdout)
    assert rows[0]["id"] not in [r["id"] for r in after]
