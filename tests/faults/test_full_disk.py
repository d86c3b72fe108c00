"""A full disk (every file the child writes is capped by ``RLIMIT_FSIZE``: writes past it fail with
EFBIG) on import, cards and backup: each ends with one sentence and exit code 4, no traceback, the
details in errors.log, the shop file intact and nothing lost."""

from __future__ import annotations

import pytest

from shopowner import faults
from tests.faults import drill
from tests.imports.conftest import write_orderlist

pytestmark = pytest.mark.skipif(not hasattr(drill, "resource"), reason="POSIX only")


def told_and_logged(data_dir, code, err):
    assert code == faults.STORAGE, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "try again" in lines[0], err
    assert drill.no_traceback(err), err
    assert "Traceback" in drill.logged(data_dir)  # the details are kept for whoever helps


@pytest.mark.e2e
@pytest.mark.file_only("a full disk under the shop file (the hub's server writes to a disk of its own)")
@pytest.mark.parametrize("shop, limit", [("empty", 256 * 1024), ("demo", 64 * 1024)],
                         ids=["full at the commit", "full in the middle of the writing"])
def test_an_import_on_a_full_disk_keeps_nothing_and_goes_through_later(request, data_dir, tmp_path,
                                                                        shop, limit):
    request.getfixturevalue("demo_db" if shop == "demo" else "db").close()
    before = drill.order_count(data_dir)
    export = tmp_path / "ExportOrderList202411.csv"
    write_orderlist(export, 1500)
    code, _out, err = drill.run(data_dir, "import", str(export), limit=limit)
    told_and_logged(data_dir, code, err)
    assert drill.intact(data_dir) and drill.order_count(data_dir) == before
    code, out, err = drill.run(data_dir, "import", str(export))  # space freed: all of it arrives
    assert code == 0 and "1500 new" in out, err
    assert drill.intact(data_dir) and drill.order_count(data_dir) == before + 1500


@pytest.mark.e2e
def test_cards_on_a_full_disk_leave_no_pdf_and_no_unrecorded_code(card_shop, data_dir, tmp_path):
    from tests.cards.conftest import make_parcels, pdf_codes

    make_parcels(card_shop, 40)
    card_shop.close()
    out_dir = tmp_path / "cards"
    out_dir.mkdir()
    target = out_dir / "today.pdf"
    code, _out, err = drill.run(data_dir, "cards", "--out", str(target), limit=96 * 1024)
    told_and_logged(data_dir, code, err)
    assert drill.intact(data_dir)
    assert drill.visible_files(out_dir) == []  # no partial PDF where the owner looks
    held = drill.card_codes(data_dir)
    assert len(held["reserved"]) >= 40, held  # the disk filled up while the PDF was drawn
    assert not held["printed"]  # nothing counts as printed that is not in a complete PDF
    code, _out, err = drill.run(data_dir, "cards", "--out", str(target))  # space freed
    assert code == 0, err
    codes = set(pdf_codes(target))
    assert held["reserved"] <= codes and drill.card_codes(data_dir)["printed"] == codes
    assert not [p for p in out_dir.iterdir() if p.name != "today.pdf"]  # the part files went


@pytest.mark.e2e
def test_a_backup_on_a_full_disk_says_so_and_the_shop_file_is_untouched(demo_db, data_dir):
    demo_db.close()
    before = drill.query(data_dir, "SELECT count(*) FROM customers")
    code, _out, err = drill.run(data_dir, "backup", limit=64 * 1024)
    told_and_logged(data_dir, code, err)
    assert drill.intact(data_dir)
    assert drill.query(data_dir, "SELECT count(*) FROM customers") == before
