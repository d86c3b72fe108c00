"""The CLI's side of erasing: hand entry asks before storing an erased person again, and
``customers erase ID --yes --purge-backups`` takes the person out of the backups too."""

from __future__ import annotations

from shopowner.cli import run as cli_run
from shopowner.imports.run import import_files
from shopowner.store.backup import backup_to
from tests.privacy.conftest import CHEN_JING, GENERIC, customer_with_phone, found_in


def _cli(data_dir, *args):
    return cli_run(["--data-dir", str(data_dir), *args])


def test_cli_erase_purges_backups_and_add_warns(db, data_dir, capsys, en_translators):
    assert import_files(db, [GENERIC]).files[0].error is None
    chen = customer_with_phone(db, CHEN_JING[1])
    backup = backup_to(db, data_dir / "backups" / "shopowner-20261201-080000.db")
    assert _cli(data_dir, "customers", "erase", str(chen), "--yes",
                "--purge-backups") == 0
    out = capsys.readouterr().out
    assert "1 backup rewritten" in out
    assert found_in(backup.read_bytes(), CHEN_JING) == []

    customers = db.execute("SELECT count(*) FROM customers").fetchone()[0]
    assert _cli(data_dir, "customers", "add", "--name", "陈静", "--phone", "138-0001-1234") == 1
    err = capsys.readouterr().err
    assert "asked to have their personal data erased" in err and "--yes" in err
    assert db.execute("SELECT count(*) FROM customers").fetchone()[0] == customers
    # the same name at the same address is recognised too
    assert _cli(data_dir, "customers", "add", "--name", "陈静", "--district", "西湖区",
                "--address", "文一西路10号枫林苑1幢1单元101室") == 1
    assert _cli(data_dir, "customers", "edit", str(chen), "--name", "陈静") == 1
    capsys.readouterr()
    assert _cli(data_dir, "customers", "add", "--name", "陈静", "--phone", "13800011234",
                "--yes") == 0
    assert "added" in capsys.readouterr().out
    assert _cli(data_dir, "customers", "add", "--name", "新朋友", "--phone", "13912340000") == 0


def test_cli_erase_mentions_backups_it_did_not_purge(db, data_dir, capsys, en_translators):
    assert import_files(db, [GENERIC]).files[0].error is None
    backup_to(db, data_dir / "backups" / "shopowner-20261201-080000.db")
    assert _cli(data_dir, "customers", "erase", str(customer_with_phone(db, CHEN_JING[1])),
                "--yes") == 0
    assert "--purge-backups" in capsys.readouterr().out
