"""An import writes the reminders its new orders make due, in its own job: the CLI's import makes
them as the window's does, and no screen has to write them when it shows the new orders."""

from __future__ import annotations

import re
from datetime import date, timedelta

from shopowner.cli import run as cli_run
from shopowner.followups.reminders import generate_reminders
from shopowner.store import open_database
from tests.imports.conftest import write_orderlist


def test_an_import_through_the_cli_makes_the_reminders_due(tmp_path, capsys):
    data = tmp_path / "shop"
    assert cli_run(["--data-dir", str(data), "init-demo"]) == 0
    path = tmp_path / "ExportOrderList_rebuy.csv"
    write_orderlist(path, 30)
    due_day = (date.today() - timedelta(days=30)).isoformat()  # a re-buy is due 30 days later
    text = path.read_bytes().decode("gbk")
    path.write_bytes(re.sub(r"2024-10-\d\d", due_day, text).encode("gbk"))
    db = open_database(data)
    generate_reminders(db, date.today())  # the demo's own reminders, up to date before
    before = db.execute("SELECT count(*) FROM reminders WHERE rule = 'rebuy_window'").fetchone()[0]
    db.close()
    capsys.readouterr()
    assert cli_run(["--data-dir", str(data), "import", str(path)]) == 0
    db = open_database(data)
    after = db.execute("SELECT count(*) FROM reminders WHERE rule = 'rebuy_window'").fetchone()[0]
    assert after > before
    assert generate_reminders(db, date.today()) == 0  # nothing was left for a screen to write
    db.close()
