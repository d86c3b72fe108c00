"""Import speed: a 100,000-order Taobao OrderList (GBK, 61 columns) into an empty shop file.

    python benchmarks/import_bench.py [--orders 100000] [--keep DIR] [--one-process] [--again]
                                      [--stored] [--daily [--rounds 3]] [--memory] [--phases]
                                      [--peer-defaults | --no-peer]

Prints the import's wall time and peak RSS (measured in a fresh child process; a file this big is
parsed by the import's own parse process, whose peak RSS and CPU time are shown too), and the
ratio against a floor measured in the same run (median of three): a bare ``sqlite3.executemany``
of the same normalised order rows (read back from the imported file) into one WAL table. Then
the time of the ``sqlite-utils insert --csv`` CLI of the venv on the same file (raw rows, no
cleaning or matching; options in ``PEER_OPTIONS``), which the import must stay ahead of.

``--stored`` times writing the rows the import stored, bare (no reading, cleaning or matching):
the most any change to the Python side could reach (target: the import ≤ 1.3× it).
``--daily`` times the everyday import, 3,000 new orders (newer than the shop's, 30% from buyers
it knows), into a copy of the imported shop against the same file into an empty shop, in
alternating pairs (target ≤ 1.5×, the medians). ``--memory`` imports 3× the orders and compares
peak RSS (target ≤ 1.25×). ``--one-process`` also times the import with the parsing done in the
importing process; ``--again`` times importing the same file a second time into a copy of the
imported shop (nothing changes: the re-import path). ``--phases`` also prints where the time goes
(a further import, in one process so the parsing shows; the wrappers add a little overhead).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.import_bench_data import generate  # noqa: E402 (tests, ui_bench import it here)

def peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def cpu_seconds(who=resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


# (module, attribute, label): functions whose time --phases reports (callees are in their callers)
PHASES = (
    ("shopowner.imports.read", "_data_rows", "reading and decoding the CSV"),
    ("shopowner.imports.parse", "row_values", "picking and cleaning the mapped cells"),
    ("shopowner.imports.parse", "build_order", "building normalised orders"),
    ("shopowner.imports.write", "OrderWriter._customer", "matching buyers to customers"),
    ("shopowner.imports.identity", "Resolver.prepare", "SQL: looking up each chunk's buyers"),
    ("shopowner.store.identities", "insert_customers", "SQL: new customers"),
    ("shopowner.store.identities", "add_identities", "SQL: new identities"),
    ("shopowner.store.orders", "insert_orders", "SQL: orders and items"),
    ("shopowner.store.bulk_indexes", "BulkIndexes.restore", "SQL: building set-aside indexes"),
    ("shopowner.imports.run", "refresh_customer_totals", "SQL: customer totals and stages"),
    ("shopowner.imports.run", "reindex_customers", "SQL: search index of touched customers"),
    ("shopowner.imports.run", "index_imported_orders", "SQL: search index of known buyers' orders"),
)


def _timed_phases() -> dict:
    """Wrap the PHASES functions with timers; returns the dict they add seconds to."""
    import functools
    import importlib

    spent: dict = {}

    def add(label, start):
        spent[label] = spent.get(label, 0.0) + time.perf_counter() - start

    def timed(func, label):
        @functools.wraps(func)
        def call(*args, **kwargs):
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                add(label, start)
        return call

    def timed_generator(func, label):  # time spent producing each item, not the consumer's
        @functools.wraps(func)
        def call(*args, **kwargs):
            items = func(*args, **kwargs)
            while True:
                start = time.perf_counter()
                try:
                    item = next(items)
                except StopIteration:
                    add(label, start)
                    return
                add(label, start)
                yield item
        return call

    for module, attribute, label in PHASES:
        owner = importlib.import_module(module)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        func = getattr(owner, name)
        wrap = timed_generator if name == "_data_rows" else timed
        setattr(owner, name, wrap(func, label))
    return spent


def child_import(file: Path, data_dir: Path, kind: str) -> dict:
    spent = _timed_phases() if kind == "phases" else {}
    from shopowner.imports.run import import_files
    from shopowner.store import open_database

    db = open_database(data_dir)
    start, cpu = time.perf_counter(), cpu_seconds()
    result = import_files(db, [file], parallel=None if kind == "import" else False)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    report = result.files[0]
    db.close()
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "cpu": cpu,
            "parse_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN),
            "parse_cpu": cpu_seconds(resource.RUSAGE_CHILDREN), "orders": report.new_orders,
            "updated": report.updated_orders,
            "customers": report.new_customers, "error": report.error, "phases": spent}


def child_floor(source_db: Path, work: Path) -> dict:
    """A bare executemany of the imported (normalised) order rows into one WAL table."""
    src = sqlite3.connect(source_db)
    cols = [r[1] for r in src.execute("PRAGMA table_info(orders)")]
    rows = src.execute("SELECT * FROM orders").fetchall()
    src.close()
    target = work / "floor.db"
    for stale in (target, work / "floor.db-wal", work / "floor.db-shm"):
        stale.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"CREATE TABLE orders ({', '.join(cols)})")
    start = time.perf_counter()
    with conn:
        conn.executemany(f"INSERT INTO orders VALUES ({', '.join('?' for _ in cols)})", rows)
    seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "rows": len(rows)}


# products first: the items refer to them (the import makes them as it writes the items)
STORED_TABLES = ("customers", "customer_identities", "products", "orders", "order_items")


def child_stored(source_db: Path, work: Path) -> dict:
    """What the import stores, without reading or matching: the imported rows of every table,
    fetched beforehand, written by bare ``executemany`` into a new shop file the way the import
    writes them (a bigger page cache, search triggers paused, secondary indexes set aside and
    built again), then customer totals and the search index, in one transaction. No import can
    be faster than this."""
    from shopowner.store import open_database
    from shopowner.store.bulk_indexes import bulk_indexes
    from shopowner.store.customer_search import paused_search_index, reindex_customers
    from shopowner.store.customers import refresh_customer_totals
    from shopowner.store.orders import bulk_cache

    src = sqlite3.connect(source_db)
    rows = {t: ([r[1] for r in src.execute(f"PRAGMA table_info({t})")],
                src.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()) for t in STORED_TABLES}
    imports = src.execute("SELECT * FROM imports").fetchall()
    src.close()
    db = open_database(fresh(work / "shop-stored"))
    start = time.perf_counter()
    parts = {}

    def lap(label: str) -> None:
        parts[label] = time.perf_counter() - start - sum(parts.values())

    with bulk_cache(db), db.atomic(), paused_search_index(db), \
            bulk_indexes(db, STORED_TABLES) as indexes:
        db.conn.executemany(f"INSERT INTO imports VALUES ({', '.join('?' * len(imports[0]))})",
                            imports)
        indexes.drop()
        for table, (cols, values) in rows.items():
            db.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) "
                                f"VALUES ({', '.join('?' for _ in cols)})", values)
            lap(table)
        indexes.restore("orders", "order_items", "customer_identities")
        ids = [r[0] for r in rows["customers"][1]]
        for at in range(0, len(ids), 900):
            refresh_customer_totals(db, ids[at:at + 900])
        indexes.restore()
        lap("indexes and totals")
        reindex_customers(db, ids)
        lap("search index")
    lap("commit")
    seconds = time.perf_counter() - start
    db.close()
    return {"seconds": seconds, "parts": parts}


def fresh(folder: Path) -> Path:
    """An empty shop folder (``--keep`` reuses the work folder of an earlier run)."""
    shutil.rmtree(folder, ignore_errors=True)
    return folder


def run_child(*args) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", *map(str, args)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def child_peer(file: Path, work: Path, options: str) -> dict:
    """The ``sqlite-utils insert --csv`` CLI of the venv on the same file (raw rows as text or
    with detected types: no cleaning, no matching, one table)."""
    target = work / "peer.db"
    for stale in (target, work / "peer.db-wal", work / "peer.db-shm"):
        stale.unlink(missing_ok=True)
    cli = Path(sys.executable).with_name("sqlite-utils")
    command = [str(cli), "insert", str(target), "orders", str(file), *options.split()]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN)}


PEER_OPTIONS = "--csv --encoding gbk --no-detect-types --batch-size 100000"
PEER_DEFAULT_OPTIONS = "--csv --encoding gbk"
DAILY_ORDERS = 3000
DAILY_REPEAT = 0.3  # share of the everyday file's orders from buyers the shop already has


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _spread(values: list[float], unit: str = "s", digits: int = 2) -> str:
    return (f"median {_median(values):.{digits}f} {unit}, range {min(values):.{digits}f}–"
            f"{max(values):.{digits}f} {unit} ({len(values)} runs)")


def daily(work: Path, shop: Path, orders_in_shop: int, rounds: int) -> None:
    """The everyday import: DAILY_ORDERS new orders (DAILY_REPEAT of them from buyers the shop
    knows) into a copy of the imported shop, and the same file into an empty shop, in pairs."""
    file = work / "ExportOrderList_daily.csv"
    known_buyers = max(1, int(orders_in_shop * 0.6))
    generate(file, DAILY_ORDERS, seed=8, first=orders_in_shop,
             buyers=int(known_buyers / DAILY_REPEAT), month=11)  # newer than the shop's
    into_shop, into_empty = [], []
    for n in range(rounds):
        copy = work / "shop-daily"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(shop, copy)
        pair = [("shop", copy), ("empty", fresh(work / "shop-daily-empty"))]
        for kind, folder in (pair if n % 2 == 0 else pair[::-1]):  # alternate the order
            result = run_child("import", file, folder)
            if result["error"]:
                raise SystemExit(f"everyday import failed: {result['error']}")
            (into_shop if kind == "shop" else into_empty).append(result)
    shop_s = [r["seconds"] for r in into_shop]
    empty_s = [r["seconds"] for r in into_empty]
    ratio = _median(shop_s) / _median(empty_s)
    ratios = [a / b for a, b in zip(shop_s, empty_s)]
    last = into_shop[-1]
    print(f"daily:    {DAILY_ORDERS:,} new orders ({DAILY_REPEAT:.0%} from known buyers; "
          f"{last['customers']:,} new customers) into the {orders_in_shop:,}-order shop: "
          f"{_spread(shop_s)}; peak RSS {_median([r['peak_rss_mb'] for r in into_shop]):.0f} MB")
    print(f"          into an empty shop: {_spread(empty_s)}; peak RSS "
          f"{_median([r['peak_rss_mb'] for r in into_empty]):.0f} MB")
    print(f"          ratio {ratio:.2f}× (medians; per pair {min(ratios):.2f}–{max(ratios):.2f}×; "
          f"target ≤ 1.5×): {'met' if ratio <= 1.5 else 'NOT met'}")


def memory(work: Path, orders: int, imported: dict, scale: int) -> None:
    """Peak RSS importing ``scale`` times as many orders, against the first import's."""
    file = work / "ExportOrderList_bench_big.csv"
    generate(file, orders * scale)
    big = run_child("import", file, fresh(work / "shop-big"))
    if big["error"]:
        raise SystemExit(f"big import failed: {big['error']}")
    ratio = big["peak_rss_mb"] / imported["peak_rss_mb"]
    parse = (big["parse_rss_mb"] / imported["parse_rss_mb"]) if imported["parse_rss_mb"] else 0
    print(f"memory:   {orders * scale:,} orders in {big['seconds']:.2f} s, peak RSS "
          f"{big['peak_rss_mb']:.0f} MB against {imported['peak_rss_mb']:.0f} MB for "
          f"{orders:,} = {ratio:.2f}× (target ≤ 1.25×): {'met' if ratio <= 1.25 else 'NOT met'}; "
          f"parse process {big['parse_rss_mb']:.0f} MB against {imported['parse_rss_mb']:.0f} MB"
          f" = {parse:.2f}×")


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--child":
        kind, a, b = argv[1:4]
        if kind == "floor":
            result = child_floor(Path(a), Path(b))
        elif kind == "stored":
            result = child_stored(Path(a), Path(b))
        elif kind == "peer":
            result = child_peer(Path(a), Path(b), argv[4])
        else:
            result = child_import(Path(a), Path(b), kind)
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    parser.add_argument("--one-process", action="store_true",
                        help="also time the import with the parsing in the importing process")
    parser.add_argument("--again", action="store_true",
                        help="also time importing the same file again (nothing changes)")
    parser.add_argument("--stored", action="store_true",
                        help="also time writing the rows the import stored, without reading or "
                             "matching (what no import can beat)")
    parser.add_argument("--phases", action="store_true", help="also show where the time goes")
    parser.add_argument("--daily", action="store_true",
                        help=f"also time the everyday import ({DAILY_ORDERS:,} new orders) into "
                             f"the imported shop against the same into an empty shop")
    parser.add_argument("--rounds", type=int, default=3, help="pairs of everyday imports")
    parser.add_argument("--memory", action="store_true",
                        help="also import 3× the orders and compare peak RSS")
    parser.add_argument("--peer-defaults", action="store_true",
                        help="also time sqlite-utils insert --csv with its default options "
                             "(type detection, batches of 100)")
    parser.add_argument("--no-peer", action="store_true", help="skip sqlite-utils")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    file = work / "ExportOrderList_bench.csv"
    start = time.perf_counter()
    generate(file, args.orders)
    print(f"generated {args.orders:,} orders, {file.stat().st_size / 1e6:.1f} MB GBK "
          f"in {time.perf_counter() - start:.1f} s")
    data_dir = fresh(work / "shop")
    imported = run_child("import", file, data_dir)
    if imported["error"]:
        print("import failed:", imported["error"])
        return 1
    floors = [run_child("floor", data_dir / "shopowner.db", work) for _ in range(3)]
    floor = sorted(floors, key=lambda f: f["seconds"])[1]  # the median: one run is noisy
    ratio = imported["seconds"] / floor["seconds"]
    print(f"import:   {imported['seconds']:.2f} s for {imported['orders']:,} orders, "
          f"{imported['customers']:,} customers; peak RSS {imported['peak_rss_mb']:.0f} MB")
    if imported["parse_cpu"]:
        print(f"          CPU {imported['cpu']:.1f} s in the importing process, "
              f"{imported['parse_cpu']:.1f} s in its parse process (peak RSS "
              f"{imported['parse_rss_mb']:.0f} MB)")
    print(f"floor:    {floor['seconds']:.2f} s (bare executemany of {floor['rows']:,} normalised "
          f"rows into one WAL table; median of 3 runs); the import is {ratio:.1f}× the floor")
    if not args.no_peer:
        for options in (PEER_OPTIONS, *([PEER_DEFAULT_OPTIONS] if args.peer_defaults else [])):
            peer = run_child("peer", file, work, options)
            print(f"peer:     sqlite-utils insert {options}: {peer['seconds']:.2f} s, peak RSS "
                  f"{peer['peak_rss_mb']:.0f} MB; the import takes "
                  f"{imported['seconds'] / peer['seconds']:.2f}× its time (must stay < 1): "
                  f"{'ahead' if imported['seconds'] < peer['seconds'] else 'BEHIND'}")
    if args.one_process:
        alone = run_child("one-process", file, fresh(work / "shop-one-process"))
        print(f"one process: {alone['seconds']:.2f} s ({alone['seconds'] / floor['seconds']:.1f}× "
              f"the floor) with the parsing in the importing process; peak RSS "
              f"{alone['peak_rss_mb']:.0f} MB")
    if args.again:
        again = work / "shop-again"
        shutil.rmtree(again, ignore_errors=True)
        shutil.copytree(data_dir, again)
        second = run_child("import", file, again)
        print(f"again:    {second['seconds']:.2f} s to import the same file a second time "
              f"({second['seconds'] / floor['seconds']:.1f}× the floor; "
              f"{second['updated']:,} orders updated)")
    if args.stored:
        stored = run_child("stored", data_dir / "shopowner.db", work)
        stored_ratio = imported["seconds"] / stored["seconds"]
        print(f"stored:   {stored['seconds']:.2f} s to write the same customers, identities, orders "
              f"and items bare, with totals and the search index, as the import does; the import "
              f"takes {stored_ratio:.2f}× that (target ≤ 1.3×): "
              f"{'met' if stored_ratio <= 1.3 else 'NOT met'}")
        print("          " + ", ".join(f"{label} {secs:.2f} s" for label, secs in
                                       stored["parts"].items()))
    if args.daily:
        daily(work, data_dir, args.orders, args.rounds)
    if args.memory:
        memory(work, args.orders, imported, 3)
    if args.phases:
        timed = run_child("phases", file, fresh(work / "shop-phases"))
        print(f"phases (a further import, in one process, timed: {timed['seconds']:.2f} s):")
        for label, seconds in sorted(timed["phases"].items(), key=lambda kv: -kv[1]):
            print(f"  {seconds:6.2f} s  {label}")
        rest = timed["seconds"] - sum(timed["phases"].values())
        print(f"  {rest:6.2f} s  everything else (grouping rows, commit and checkpoint…)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
