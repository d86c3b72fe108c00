"""The export-all workbook opened by a real spreadsheet program: LibreOffice (headless) reads
every sheet, computes nothing from a customer's text, and keeps Chinese, money and dates.

LibreOffice stands in for Excel and WPS, which do not run here; CI installs it
(``libreoffice-calc-nogui``). Without it the test is skipped on a developer's machine and fails
under ``CI=true``."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess

import pytest

from shopowner.customers.export_all import export_all, sheets
from shopowner.demo import DEMO_ORDERS, DEMO_PRIVATE_ORDERS
from shopowner.store.export_all import TABLES
from tests.privacy.test_export_all import HOSTILE, shop  # noqa: F401 - the fixture

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

if SOFFICE is None and os.environ.get("CI") == "true":
    pytest.fail("LibreOffice (soffice) is missing: .ci/run installs libreoffice-calc-nogui",
                pytrace=False)
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")

# CSV filter options: comma, double quote, UTF-8 (76), first line 1, …, every sheet (-1)
EVERY_SHEET_AS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'


def _as_libreoffice_reads_it(workbook, out, profile) -> dict[str, list[list[str]]]:
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", EVERY_SHEET_AS_CSV, "--outdir", str(out), str(workbook)],
        capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    read = {}
    for path in out.glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            read[path.stem.removeprefix(workbook.stem + "-")] = list(csv.reader(fh))
    return read


def test_libreoffice_opens_every_sheet_and_computes_nothing(shop, tmp_path, zh_translators):  # noqa: F811
    result = export_all(shop, tmp_path / "exports")
    book = result["workbook"]
    read = _as_libreoffice_reads_it(book, tmp_path / "lo", tmp_path / "profile")
    names = sheets()
    assert sorted(read) == sorted(names[t][0] for t in TABLES)
    customers = read[names["customers"][0]]
    assert customers[0] == [h for h, _k in names["customers"][1]]  # Chinese headers intact
    assert len(customers) == 302 and len(read[names["orders"][0]]) == DEMO_ORDERS + DEMO_PRIVATE_ORDERS + 2
    hostile = next(r for r in customers if "HYPERLINK" in "".join(r))
    assert HOSTILE[0] in "".join(hostile), hostile  # shown as text, not computed into a link
    assert "'" + HOSTILE[1] in hostile and "'" + HOSTILE[2] in hostile
    assert "'-2+3" in hostile, hostile  # the notes: not computed into 1
    header = customers[0]
    spent = hostile[header.index(next(h for h in header if "消费" in h))]
    assert float(spent) == 128  # money read as a number
    orders = read[names["orders"][0]]
    created = orders[1][[i for i, h in enumerate(orders[0]) if "时间" in h][0]]
    assert re.match(r"20\d\d[-/]\d\d[-/]\d\d", created), created  # a date, not a serial number
