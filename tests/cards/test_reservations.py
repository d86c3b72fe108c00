"""Reserved codes on a real shop file (or the hub, ``--backend hub``: the CLI's child processes work on
it through the data folder's environment): a ``cards`` run killed (SIGKILL) at any moment, a letter
too long refused with nothing recorded, and the CLI and the window planning at the same time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from shopowner.cards.batch import CardsDoNotFit, make_cards, plan_batch
from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.store.db import is_hub, own_connection
from tests.cards.conftest import make_parcels, pdf_codes
from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
A6 = BUILTIN_LAYOUTS["a4-4up-a6"]
LONG = "{称呼}，你好：\n" + "谢谢你选择我们的茶，每一包都是我们亲手挑过、亲自试过才寄出的。" * 40


def cli(shop: Path, *args) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(shop), "--lang", "en",
                             "cards", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def states(shop: Path) -> dict[str, list[tuple]]:
    with own_connection(shop) as db:
        rows = db.execute("SELECT state, order_id, code FROM cards ORDER BY id").fetchall()
    found: dict[str, list[tuple]] = {"reserved": [], "printed": []}
    for state, order_id, code in rows:
        found[state].append((order_id, code))
    return found


@pytest.fixture
def shop(card_shop, data_dir):
    """The demo shop with 120 parcels going out, its file closed for the CLI runs."""
    make_parcels(card_shop, 120)
    return data_dir


def test_a_letter_too_long_is_refused_with_nothing_recorded_unless_allowed(card_shop, data_dir, tmp_path):
    from shopowner.store.letters import list_letters, save_letter

    for letter in list_letters(card_shop):
        save_letter(card_shop, letter["id"], body=LONG)
    roll = BUILTIN_LAYOUTS["roll-76"]
    with pytest.raises(CardsDoNotFit) as refused:
        make_cards(card_shop, data_dir, "to-ship", roll, tmp_path / "a.pdf")
    assert refused.value.cards and all(c.buyer or c.order_no for c in refused.value.cards)
    assert "(order " in str(refused.value) and "to-ship" not in str(refused.value)
    assert card_shop.execute("SELECT count(*) FROM cards").fetchone()[0] == 0
    assert not (tmp_path / "a.pdf").exists() and not list(tmp_path.glob(".*"))
    result = make_cards(card_shop, data_dir, "to-ship", roll, tmp_path / "a.pdf", allow_overflow=True)
    assert result["warnings"] and pdf_codes(tmp_path / "a.pdf") == [c["code"] for c in result["cards"]]


def test_the_cli_exits_1_naming_the_cards_and_allow_overflow_prints(card_shop, data_dir, tmp_path,
                                                                     run_main):
    from shopowner.store.letters import list_letters, save_letter

    for letter in list_letters(card_shop):
        save_letter(card_shop, letter["id"], body=LONG)
    card_shop.close()
    out = tmp_path / "cards.pdf"
    refused = run_main("--lang", "en", "cards", "--layout", "roll-76", "--out", out, data_dir=data_dir)
    assert refused.returncode == 1 and "(order " in refused.stderr, refused.stderr
    assert not out.exists() and states(data_dir) == {"reserved": [], "printed": []}
    allowed = run_main("--lang", "en", "cards", "--layout", "roll-76", "--allow-overflow", "--out", out,
                       "--json", data_dir=data_dir)
    assert allowed.returncode == 0, allowed.stderr
    assert "Warning" in allowed.stderr and len(states(data_dir)["printed"]) == len(pdf_codes(out)) > 0


def _visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def hub_sessions(shop: Path) -> int:
    """How many other connections the hub's book has (each PC's, each CLI run's)."""
    with own_connection(shop) as db:
        return db.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                          "AND pid <> pg_backend_pid() AND backend_type = 'client backend'").fetchone()[0]


def book_opened(shop: Path):
    """Call before a run starts: a check that the run (``proc``) has the book open — the shop file
    among its open files, or on the hub one connection more than the book had before."""
    with own_connection(shop) as db:
        on_hub = is_hub(db)
    if not on_hub:
        return lambda proc: _has_open(proc, shop / "shopowner.db")
    before = hub_sessions(shop)
    return lambda proc: hub_sessions(shop) > before


def _has_open(proc: subprocess.Popen, path: Path) -> bool:
    """Whether the process has ``path`` open (Linux: its /proc/PID/fd links)."""
    fds = Path(f"/proc/{proc.pid}/fd")
    try:
        return any(os.readlink(fd) == str(path) for fd in fds.iterdir())
    except OSError:  # it ended, or closed a descriptor while we looked
        return False


@pytest.mark.e2e
def test_a_cards_run_killed_at_any_moment_loses_no_code(shop, tmp_path):
    """SIGKILL at several points; each time the next run prints the reserved codes, and no
    partial file is left where the owner looks."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    points = [
        ("reserved", lambda: len(states(shop)["reserved"]) > 0),
        ("drawing", lambda: any(p.name.endswith("shopowner-part") or p.name.endswith(".part")
                                for p in out_dir.iterdir())),
        ("opened", None),  # the run has the shop file open, nothing reserved yet
        ("recorded", lambda: len(states(shop)["printed"]) > 0),
    ]
    printed_before: set[str] = set()
    for n, (name, check) in enumerate(points):
        out = out_dir / f"run{n}.pdf"
        opened = book_opened(shop)
        proc = cli(shop, "--orders", "all", "--out", str(out))
        check = check or (lambda proc=proc, opened=opened: opened(proc))
        assert wait_until(check, 90, every=0.005, process=proc), \
            f"{name}: the run ended before the point was reached"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        seen = states(shop)
        visible = _visible(out_dir)
        assert all(v.endswith(".pdf") for v in visible), (name, visible)
        if out.exists():  # complete: every code in it was recorded as printed
            assert set(pdf_codes(out)) <= {c for _, c in seen["printed"]}, name
        reserved_codes = {c for _, c in seen["reserved"]}
        printed_before |= {c for _, c in seen["printed"]}
        # the next run: the same reserved codes print, the stopped run's files are tidied
        again = out_dir / f"again{n}.pdf"
        proc = cli(shop, "--orders", "all", "--out", str(again))
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, (name, err)
        after = states(shop)
        again_codes = pdf_codes(again)
        assert reserved_codes <= set(again_codes), name  # reserved codes printed, unchanged
        assert not after["reserved"], name
        assert {c for _, c in after["printed"]} >= set(again_codes) | printed_before, name
        assert not [p for p in out_dir.iterdir() if p.name.startswith(".")], (name, list(out_dir.iterdir()))
        if not out.exists():
            continue
        assert set(pdf_codes(out)) <= {c for _, c in after["printed"]}, name
        printed_before = {c for _, c in after["printed"]}


@pytest.mark.e2e
def test_the_cli_and_the_window_planning_together_share_codes_and_lose_none(shop, tmp_path, qapp):
    """A CLI run prints the parcels going out while this process plans the same parcels again
    and again (as the window's preview does)."""
    out = tmp_path / "cli.pdf"
    proc = cli(shop, "--out", str(out))
    plans = []
    with own_connection(shop) as db:
        while proc.poll() is None:
            try:
                plan = plan_batch(db, shop, "to-ship", layout=A6)
            except Exception as exc:  # noqa: BLE001 - nothing left to plan once the CLI printed
                assert "no parcels" in str(exc).lower() or "another print run" in str(exc).lower(), exc
                continue
            plans.append({c.order_id: c.content.code for c in plan.cards})
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        after = states(shop)
    assert plans, "the window never planned while the CLI ran"
    codes = [c for _, c in after["printed"] + after["reserved"]]
    assert len(codes) == len(set(codes))  # no code handed out twice
    by_order = {o: c for o, c in after["printed"] + after["reserved"]}
    for plan in plans:  # every code the window showed is still that order's code
        assert all(by_order.get(order) == code for order, code in plan.items())
    assert set(pdf_codes(out)) == {c for _, c in after["printed"]}  # every printed code recorded
