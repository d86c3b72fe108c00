"""Team mode's hub against the shop file, on the same book: the search, and moving the book in.

    python benchmarks/hub_bench.py [--customers N] [--queries N] [--database-url URL]
                                   [--import-orders N] [--rounds N]

Builds the scale shop (shopowner/scale_shop.py) in a temp folder, moves it into a hub (an empty
PostgreSQL database: ``--database-url``, else a throw-away cluster started here as the tests
start theirs), then asks both back ends the same searches in alternating order — every matching
customer's number, as ``search_ids`` answers — and reports p50/p95 per kind of word (3+
Chinese characters, 2 characters, 1 character, a phone's last 4 digits) with the hub's p95 as a
ratio of the file's, measured in the same run. Also the move's time per 1,000 customers, the
customer book's list pages (the first and a later one, for three sorts) on both, and — with a
throw-away cluster — a 100,000-order Taobao export imported into an empty shop file and into an
empty hub book in alternating rounds (``--import-orders 0`` skips it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shopowner.scale_shop import fill_scale_shop  # noqa: E402
from shopowner.store import open_database  # noqa: E402
from shopowner.store.customer_search import search_clause  # noqa: E402
from shopowner.store.pg.hub import connect_hub, prepare_hub  # noqa: E402
from shopowner.store.pg.move import move_in  # noqa: E402
from shopowner.store.pg.search import search_ids  # noqa: E402


def file_ids(db, word: str) -> list[int]:
    where, params = search_clause(word)
    return [r[0] for r in db.execute(f"SELECT c.id FROM customers c WHERE {where} ORDER BY c.id", params)]


def words(db, n: int, seed: int = 7) -> dict[str, list[str]]:
    rng = random.Random(seed)
    names = [r[0] for r in db.execute("SELECT name FROM customers WHERE length(name) >= 3")]
    addresses = [r[0] for r in db.execute("SELECT address FROM customers WHERE length(address) >= 6")]
    phones = [r[0] for r in db.execute("SELECT value FROM customer_identities WHERE kind = 'phone' AND masked = 0")]
    return {
        "3+ characters": [rng.choice(rng.choice([names, addresses]))[:rng.choice([3, 4, 7])] for _ in range(n)],
        "2 characters": [rng.choice(names)[:2] for _ in range(n)],
        "1 character": [rng.choice(names)[:1] for _ in range(n)],
        "phone tail": [rng.choice(phones)[-4:] for _ in range(n)],
    }


def ms(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - t) * 1000


def page_ms(db, sort: str, descending: bool) -> tuple[float, float]:
    """The first page of the customer book and the one after it, as the list reads them."""
    from shopowner.store.customer_query import fetch_page

    t = time.perf_counter()
    first = fetch_page(db, {}, "", sort=sort, descending=descending, limit=200)
    one = (time.perf_counter() - t) * 1000
    last = first[-1]
    t = time.perf_counter()
    fetch_page(db, {}, "", sort=sort, descending=descending, after=(last["sort_key"], last["id"]), limit=200)
    return one, (time.perf_counter() - t) * 1000


def list_pages(db, book, rounds: int = 7) -> None:
    print(f"{'list page':<22} {'file p50':>9} {'hub p50':>9} {'hub/file':>9}")
    for sort, descending in (("last_order", True), ("name", False), ("total_spent", True)):
        for which in (0, 1):
            on_file, on_hub = [], []
            for i in range(rounds):
                pair = [(on_file, db), (on_hub, book)]
                for times, target in (pair if i % 2 == 0 else reversed(pair)):
                    times.append(page_ms(target, sort, descending)[which])
            f, h = statistics.median(on_file), statistics.median(on_hub)
            label = f"{sort} {'desc' if descending else 'asc'} {'first' if which == 0 else 'next'}"
            print(f"{label:<22} {f:>7.1f}ms {h:>7.1f}ms {h / f:>8.2f}x")


def import_rounds(admin_url: str, orders: int, rounds: int) -> None:
    """The same export into an empty shop file and an empty hub book, alternating."""
    import psycopg

    from benchmarks.import_bench_data import generate
    from shopowner.imports.run import import_files
    from shopowner.store.pg.book import HubBook
    from tests.pg_server import with_database

    with tempfile.TemporaryDirectory(prefix="shopowner-hub-import-") as folder:
        export = Path(folder) / "ExportOrderList202410.csv"
        generate(export, orders)
        seed = open_database(Path(folder) / "seed")
        file_s, hub_s = [], []
        for n in range(rounds):
            def on_file(n=n):
                db = open_database(Path(folder) / f"file{n}")
                t = time.perf_counter()
                report = import_files(db, [export]).files[0]
                db.close()
                return time.perf_counter() - t, report
            def on_hub(n=n):
                with psycopg.connect(admin_url, autocommit=True) as admin:
                    admin.execute(f"CREATE DATABASE import{n}")
                url = with_database(admin_url, f"import{n}")
                with connect_hub(url) as conn:
                    prepare_hub(conn)
                    move_in(seed, conn)
                book = HubBook.open(url, Path(folder))
                t = time.perf_counter()
                report = import_files(book, [export]).files[0]
                book.close()
                return time.perf_counter() - t, report
            for times, fn in ((file_s, on_file), (hub_s, on_hub)) if n % 2 == 0 else \
                    ((hub_s, on_hub), (file_s, on_file)):
                seconds, report = fn()
                assert report.error is None and report.new_orders == orders, report
                times.append(seconds)
        seed.close()
    f, h = statistics.median(file_s), statistics.median(hub_s)
    print(f"import of {orders:,} orders: file {f:.1f} s, hub {h:.1f} s (medians of {rounds}), "
          f"hub/file {h / f:.2f}x")


def searches_and_pages(args, url: str) -> None:
    """The search and the list pages on both back ends, the scale shop moved in first."""
    with tempfile.TemporaryDirectory(prefix="shopowner-hub-bench-") as folder:
        db = open_database(Path(folder))
        t = time.perf_counter()
        counts = fill_scale_shop(db, customers=args.customers)
        print(f"shop file: {counts['customers']:,} customers, {counts['orders']:,} orders "
              f"({time.perf_counter() - t:.0f} s to build)")
        hub = connect_hub(url)
        prepare_hub(hub)
        t = time.perf_counter()
        move_in(db, hub, data_dir=Path(folder))
        hub.commit()
        seconds = time.perf_counter() - t
        print(f"move-in: {seconds:.1f} s ({seconds * 1000 / counts['customers'] * 1000:.0f} ms per 1,000 "
              "customers, every table and 25 customers' searches checked)")
        hub.execute("ANALYZE")
        hub.commit()
        print(f"{'word':<14} {'file p50':>9} {'file p95':>9} {'hub p50':>9} {'hub p95':>9} {'hub/file p95':>13}")
        for kind, sample in words(db, args.queries).items():
            on_file, on_hub = [], []
            for i, word in enumerate(sample):  # alternating, so the machine's load falls on both
                pair = [(on_file, file_ids, db), (on_hub, search_ids, hub)]
                for times, fn, target in (pair if i % 2 == 0 else reversed(pair)):
                    times.append(ms(fn, target, word))
                hub.rollback()
            p = {name: (statistics.median(t), statistics.quantiles(t, n=20)[18])
                 for name, t in (("file", on_file), ("hub", on_hub))}
            print(f"{kind:<14} {p['file'][0]:>7.1f}ms {p['file'][1]:>7.1f}ms {p['hub'][0]:>7.1f}ms "
                  f"{p['hub'][1]:>7.1f}ms {p['hub'][1] / p['file'][1]:>12.2f}x")
        hub.close()
        from shopowner.store.pg.book import HubBook

        book = HubBook.open(url, Path(folder))
        list_pages(db, book)
        book.close()
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--database-url", help="an empty hub database (default: a throw-away cluster)")
    parser.add_argument("--import-orders", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3, help="imports on each side")
    args = parser.parse_args()
    cluster = None
    url = args.database_url
    if not url:
        from tests.pg_server import Cluster, pg_bindir, with_database

        bindir = pg_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL is not installed (Debian: apt-get install postgresql), or pass --database-url")
        cluster = Cluster(bindir)
        admin = cluster.start()
        import psycopg

        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        url = with_database(admin, "bench")
    try:
        if args.customers:  # 0: the import rounds only
            searches_and_pages(args, url)
        if cluster is not None and args.import_orders:
            import_rounds(admin, args.import_orders, args.rounds)
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
