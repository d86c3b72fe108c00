"""Fuzz the import for longer than the test suite does: the same seeded generator of damaged and
hostile exports (``tests/imports/fuzzing.py``), thousands of files, each imported into a real
shop by the core function the CLI and the window use, optionally a sample through the CLI.

    python scripts/fuzz_imports.py --files 3000 --seed 1            # in this process
    python scripts/fuzz_imports.py --files 200 --seed 2 --cli 20    # plus 20 through main.py
    python scripts/fuzz_imports.py --files 3000 --seed 1 --keep bad/  # keep the failing files

Prints how many files were tried, accepted, rejected with a message, and how many crashed,
showed a traceback or broke another rule (database changed on a rejection, a message not in
the chosen language, over 30 s or 500 MB for a file under 10 MB), with the largest memory growth
and the slowest file. Exit code 1 when anything broke a rule.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3000, help="mutated files to import")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cli", type=int, default=0, metavar="N",
                        help="also import N more files through `main.py import` (child process)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="copy failing files here")
    parser.add_argument("--only", metavar="N,N…", help="replay these file numbers only")
    parser.add_argument("--by-mutation", action="store_true",
                        help="print accepted / rejected counts per mutation")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication

    from shopowner.i18n import install_translators
    from shopowner.store import open_database
    from tests.imports import fuzz_run, fuzzing

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, args.lang)
    only = {int(n) for n in args.only.split(",")} if args.only else None
    work = Path(tempfile.mkdtemp(prefix="shopowner-fuzz-"))
    outcomes = []
    try:
        _warm_up(work / "warm-up")
        db = open_database(work / "shop")
        start = time.monotonic()
        try:
            for mutation, path in fuzzing.cases(work / "files", args.seed, args.files, only):
                outcome = fuzz_run.import_in_process(db, mutation, path, language=args.lang)
                _note(outcome, path, args.keep)
                outcomes.append(outcome)
        finally:
            db.close()
        for mutation, path in fuzzing.cases(work / "cli-files", args.seed + 1, args.cli):
            outcome = fuzz_run.import_by_cli(work / "cli-shop", mutation, path,
                                             language=args.lang)
            _note(outcome, path, args.keep)
            outcomes.append(outcome)
        seconds = time.monotonic() - start
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _summary(outcomes, seconds, args, fuzz_run.peak_rss_mb())
    return 1 if any(o.problems for o in outcomes) else 0


def _warm_up(data: Path) -> None:
    """Import one CSV and one workbook first, so the libraries the import loads on first use
    are not counted as the first mutated file's memory."""
    from shopowner.imports.run import import_files
    from shopowner.store import open_database
    from tests.imports.fuzzing import CSV_SOURCES, ORDERS, XLSX_SOURCES

    db = open_database(data)
    try:
        import_files(db, [ORDERS / next(iter(CSV_SOURCES)), ORDERS / XLSX_SOURCES[0]])
    finally:
        db.close()


def _note(outcome, path: Path, keep: Path | None) -> None:
    if not outcome.problems:
        return
    print(f"{path.name} ({outcome.size:,} bytes): {outcome.problems[0][:2000]}", flush=True)
    for problem in outcome.problems[1:]:
        print(f"    {problem[:2000]}")
    if outcome.message:
        print(f"    message: {outcome.message[:300]}")
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, keep / path.name)


def _summary(outcomes, seconds: float, args, peak_mb: float) -> None:
    tried = len(outcomes)
    accepted = sum(1 for o in outcomes if o.accepted and not o.problems)
    with_message = sum(1 for o in outcomes if not o.accepted and o.message and not o.problems)
    crashes = sum(1 for o in outcomes if any(p.startswith(("crash", "exit code"))
                                             for p in o.problems))
    tracebacks = sum(1 for o in outcomes if any("traceback" in p.lower() for p in o.problems))
    other = sum(1 for o in outcomes if o.problems) - max(crashes, tracebacks)
    cli = [o for o in outcomes if o.exit_code is not None]
    core = [o for o in outcomes if o.exit_code is None]
    slowest = max(core, key=lambda o: o.seconds, default=None)
    hungriest = max(core, key=lambda o: o.rss_mb, default=None)
    print(f"seed {args.seed}: {tried:,} files in {seconds:.0f} s "
          f"({len(cli)} through the CLI, exit codes "
          f"{dict(collections.Counter(o.exit_code for o in cli))})")
    print(f"  accepted                {accepted:,}")
    print(f"  rejected with a message {with_message:,}")
    print(f"  crashes                 {crashes:,}")
    print(f"  tracebacks              {tracebacks:,}")
    print(f"  other rule broken       {max(other, 0):,}")
    if hungriest is not None:
        print(f"  max memory growth       {hungriest.rss_mb:.0f} MB ({Path(hungriest.path).name}, "
              f"{hungriest.size:,} bytes); this process's peak {peak_mb:.0f} MB")
    if slowest is not None:
        print(f"  slowest file            {slowest.seconds:.2f} s ({Path(slowest.path).name}, "
              f"{slowest.size:,} bytes)")
    if cli:
        heaviest = max(cli, key=lambda o: o.rss_mb)
        longest = max(cli, key=lambda o: o.seconds)
        print(f"  CLI child peak RSS      {heaviest.rss_mb:.0f} MB ({Path(heaviest.path).name}, "
              f"{heaviest.size:,} bytes; Python and Qt included); longest run "
              f"{longest.seconds:.2f} s")
    if args.by_mutation:
        table = collections.defaultdict(collections.Counter)
        for o in outcomes:
            table[o.mutation]["accepted" if o.accepted else "rejected"] += 1
        for mutation in sorted(table):
            c = table[mutation]
            print(f"    {mutation:<20} accepted {c['accepted']:>5}  rejected {c['rejected']:>5}")


if __name__ == "__main__":
    sys.exit(main())
