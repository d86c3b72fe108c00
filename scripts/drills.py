"""Fault drills, run by hand: kill -9 at random moments, two writers at once, a full disk.

    python scripts/drills.py [--rounds N] [--only NAME,NAME] [--seed S]

Each drill runs ``main.py`` as a child on a copy of a demo shop, N times with a random moment or
limit, and checks what must hold afterwards; it prints ``tried`` and ``held`` per drill (and what
broke, when something did). The suite runs one of each (``tests/faults/``); this runs many.

- ``import-kill``: kill -9 at a random moment of an import: the shop file intact, the file's orders
  all there or none, and the next import brings them all.
- ``cards-kill``: kill -9 at a random moment of ``cards``: no partial PDF where the owner looks; a
  PDF that is there has all its codes recorded as printed; the next run prints the reserved codes
  and every printed code is in a PDF.
- ``backup-kill``: kill -9 within 20 ms of ``backup`` beginning to write: no partial backup under
  a backup's name. (It holds once backups are written to a temporary name and renamed.)
- ``two-writers``: two imports started together both finish, one waiting for the other.
- ``full-disk``: import, cards or backup with every file capped at a random size (``RLIMIT_FSIZE``,
  like a full disk): exit 0, or exit 4 with one sentence and no traceback; the shop file intact and
  nothing lost.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.cards.conftest import pdf_codes  # noqa: E402
from tests.faults import drill  # noqa: E402

ORDERS = 2000


class Broke(AssertionError):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Broke(what)


def pdfs(folder: Path) -> list[Path]:
    return [folder / name for name in drill.visible_files(folder) if name.endswith(".pdf")]


class Drills:
    def __init__(self, work: Path, rnd: random.Random):
        self.work, self.rnd = work, rnd
        self.base = work / "base"
        code, _out, err = drill.run(self.base, "init-demo")
        if code != 0:
            raise SystemExit(f"init-demo failed: {err}")
        drill.ship_more_parcels(self.base, 60)
        self.exports = drill.orderlists(work, 2, ORDERS)
        self.round = 0
        self.timing: dict[str, float] = {}

    def shop(self) -> Path:
        self.round += 1
        folder = self.work / f"shop{self.round}"
        shutil.copytree(self.base, folder)
        return folder

    def whole(self, name: str, *args: str) -> float:
        """How long an undisturbed run takes (measured once), to kill within it."""
        if name not in self.timing:
            shop = self.shop()
            args = [str(shop / "measure.pdf") if a.endswith(".pdf") else a for a in args]
            started = time.monotonic()
            code, _out, err = drill.run(shop, *args)
            check(code == 0, f"undisturbed {name}: {err}")
            self.timing[name] = time.monotonic() - started
        return self.timing[name]

    def kill_at_random(self, shop: Path, name: str, *args: str) -> None:
        moment = self.rnd.uniform(0.3, 1.0) * self.whole(name, *args)
        proc = drill.main(shop, *args)
        time.sleep(moment)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=120)

    # the drills ------------------------------------------------------------------------------
    def import_kill(self) -> None:
        shop = self.shop()
        before = drill.order_count(shop)
        self.kill_at_random(shop, "import", "import", str(self.exports[0]))
        check(drill.intact(shop), "integrity_check failed after the kill")
        check(drill.order_count(shop) in (before, before + ORDERS), "part of a file was kept")
        code, _out, err = drill.run(shop, "import", str(self.exports[0]))
        check(code == 0 and drill.no_traceback(err), f"the next import failed: {err}")
        check(drill.order_count(shop) == before + ORDERS, "orders lost")

    def cards_kill(self) -> None:
        shop = self.shop()
        out = self.work / f"cards{self.round}"
        out.mkdir()
        self.kill_at_random(shop, "cards", "cards", "--orders", "to-ship", "--out", str(out / "a.pdf"))
        check(drill.intact(shop), "integrity_check failed after the kill")
        check(all(p.name == "a.pdf" for p in pdfs(out)) and len(drill.visible_files(out)) <= 1,
              f"a partial file is visible: {drill.visible_files(out)}")
        held = drill.card_codes(shop)
        for pdf in pdfs(out):
            check(set(pdf_codes(pdf)) <= held["printed"], "a PDF holds codes not recorded as printed")
        code, _out, err = drill.run(shop, "cards", "--orders", "to-ship", "--out", str(out / "b.pdf"))
        check(code in (0, 1) and drill.no_traceback(err), f"the next run failed: {err}")
        after = drill.card_codes(shop)
        in_pdfs = {c for pdf in pdfs(out) for c in pdf_codes(pdf)}
        check(held["reserved"] <= after["printed"], "a reserved code was not printed next time")
        check(after["printed"] - self.printed_before(shop) <= in_pdfs,
              "a code recorded as printed is in no PDF")
        check(not [p for p in out.iterdir() if p.name.startswith(".")], "part files were left")

    def printed_before(self, shop: Path) -> set[str]:
        if not hasattr(self, "_printed_base"):
            self._printed_base = drill.card_codes(self.base)["printed"]
        return self._printed_base

    def backup_kill(self) -> None:
        shop = self.shop()
        folder = shop / "backups"
        proc = drill.main(shop, "backup")  # killed once the backup has begun to be written
        drill.wait_until(lambda: folder.is_dir() and any(folder.iterdir()), proc)
        time.sleep(self.rnd.uniform(0, 0.02))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=120)
        check(drill.intact(shop), "integrity_check failed after the kill")
        for name in drill.visible_files(folder) if folder.exists() else []:
            path = folder / name
            check(_sound(path), "a partial backup is left under a backup's name"
                                + (" (0 bytes)" if not path.stat().st_size else ""))

    def two_writers(self) -> None:
        shop = self.shop()
        before = drill.order_count(shop)
        procs = [drill.main(shop, "import", str(f)) for f in self.exports]
        results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
        for _out, err, code in results:
            check(code == 0 and drill.no_traceback(err), f"an import failed: {err}")
        check(drill.intact(shop), "integrity_check failed")
        check(drill.order_count(shop) == before + 2 * ORDERS, "orders lost")

    def full_disk(self) -> None:
        shop = self.shop()
        what = self.rnd.choice(["import", "cards", "backup"])
        # up to about what the command writes, so most runs meet the full disk somewhere
        limit = self.rnd.randint(16, {"import": 1024, "cards": 256, "backup": 1536}[what]) * 1024
        before = drill.order_count(shop), drill.card_codes(shop)
        out = self.work / f"full{self.round}"
        out.mkdir()
        args = {"import": ["import", str(self.exports[0])],
                "cards": ["cards", "--orders", "to-ship", "--out", str(out / "a.pdf")],
                "backup": ["backup"]}[what]
        code, _out, err = drill.run(shop, *args, limit=limit)
        lines = [line for line in err.splitlines() if line.strip()]
        check(code in (0, 4), f"{what} at {limit} bytes: exit {code}: {err}")
        check(drill.no_traceback(err) and (code == 0 or len(lines) == 1), f"{what}: {err}")
        check(drill.intact(shop), f"{what} at {limit} bytes: integrity_check failed")
        orders, cards = drill.order_count(shop), drill.card_codes(shop)
        if what == "import":
            check(orders in (before[0], before[0] + ORDERS), "part of a file was kept")
        if what == "cards" and code:
            check(not pdfs(out) and cards["printed"] == before[1]["printed"],
                  "a PDF or printed code without the other")
        check(cards["printed"] | cards["reserved"] >= before[1]["printed"] | before[1]["reserved"],
              "a card code was lost")
        return f"{what}: " + ("disk full, said so" if code else "fitted")


def _sound(path: Path) -> bool:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return (conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                    and conn.execute("SELECT count(*) FROM customers").fetchone()[0] > 0)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


DRILLS = {"import-kill": Drills.import_kill, "cards-kill": Drills.cards_kill,
          "backup-kill": Drills.backup_kill, "two-writers": Drills.two_writers,
          "full-disk": Drills.full_disk}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5, metavar="N", help="times each drill runs")
    parser.add_argument("--only", default=",".join(DRILLS), metavar="NAME,NAME",
                        help=f"which drills ({', '.join(DRILLS)})")
    parser.add_argument("--seed", type=int, default=None, help="for the random moments and limits")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(10 ** 6)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in DRILLS]
    if unknown:
        parser.error(f"unknown drill: {', '.join(unknown)}")
    print(f"seed {seed}, {args.rounds} round(s) each")
    failed = False
    with tempfile.TemporaryDirectory(prefix="shopowner-drills-") as work:
        drills = Drills(Path(work), random.Random(seed))
        for name in chosen:
            held, broke, notes = 0, Counter(), Counter()
            started = time.monotonic()
            for _ in range(args.rounds):
                try:
                    notes[DRILLS[name](drills)] += 1
                    held += 1
                except Broke as exc:
                    broke[str(exc)[:300]] += 1
            failed |= bool(broke)
            print(f"{name:12} tried {args.rounds:3}  held {held:3}  ({time.monotonic() - started:.0f} s)")
            for note, count in sorted(notes.items(), key=lambda n: str(n[0])):
                if note:
                    print(f"    {count:3} × {note}")
            for reason, count in broke.most_common():
                print(f"    {count:3} × broke: {reason}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
