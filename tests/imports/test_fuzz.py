"""Seeded fuzz of the import: a few hundred damaged and hostile versions of the sample exports
(``fuzzing.py``) imported into a real shop. Each must end as a result or a message in Chinese,
never a traceback or a crash, in bounded time and memory, and a rejected file must leave every
table exactly as it was. A small sample goes through the real CLI in a child process capped in
address space. ``scripts/fuzz_imports.py`` runs the same generator for longer."""

from __future__ import annotations

import collections
import hashlib
import shutil

import pytest

from tests.imports import fuzz_run, fuzzing
from tests.imports.conftest import ORDERS

SEED = 20241202
FILES = 300
CLI_SEED = 77
CLI_FILES = 12
MAX_RSS_GROWTH_MB = 500
MAX_SECONDS = 30

GOOD = [ORDERS / "kuaishou/快手订单.xlsx", ORDERS / "taobao/ExportOrderList202411201030.csv",
        ORDERS / "jd/订单导出_20241121.csv"]


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """A shop holding three real exports' orders (so a mutated file can also update or match)."""
    from shopowner.imports.run import import_files
    from shopowner.store import open_database

    data = tmp_path_factory.mktemp("fuzz") / "shop"
    db = open_database(data)
    assert not import_files(db, GOOD).rejected
    db.close()
    return data


def test_mutated_files_end_in_a_result_or_a_message(tmp_path, shop, zh_translators):
    from shopowner.store import open_database

    data = tmp_path / "shop"
    shutil.copytree(shop, data)
    db = open_database(data)
    seen: collections.Counter = collections.Counter()
    problems, outcomes = [], []
    baseline = fuzz_run.rss_mb()
    try:
        for mutation, path in fuzzing.cases(tmp_path / "files", SEED, FILES):
            outcome = fuzz_run.import_in_process(db, mutation, path, max_seconds=MAX_SECONDS,
                                                 max_rss_mb=MAX_RSS_GROWTH_MB)
            seen[mutation, outcome.accepted] += 1
            outcomes.append(outcome)
            if outcome.problems:
                problems.append((path.name, outcome.problems, outcome.message[:300]))
        growth = fuzz_run.rss_mb() - baseline
    finally:
        db.close()
    assert not problems, problems[:5]
    assert len(outcomes) == FILES
    every = {m.__name__ for ms in fuzzing.MUTATIONS.values() for m in ms}
    assert every <= {m for m, _ in seen}, every - {m for m, _ in seen}
    # the generator is not so gentle that everything imports, nor so rough that nothing does
    rejected = sum(1 for o in outcomes if not o.accepted)
    assert FILES * 0.25 < rejected < FILES * 0.9, seen
    assert max(o.rss_mb for o in outcomes) < MAX_RSS_GROWTH_MB
    assert growth < 200, f"{growth:.0f} MB still held after {FILES} files"


@pytest.mark.e2e
def test_a_sample_through_the_cli_exits_0_or_1_with_a_message(tmp_path, shop):
    data = tmp_path / "shop"
    shutil.copytree(shop, data)
    problems = []
    codes = collections.Counter()
    for mutation, path in fuzzing.cases(tmp_path / "files", CLI_SEED, CLI_FILES):
        outcome = fuzz_run.import_by_cli(data, mutation, path, max_seconds=MAX_SECONDS,
                                         max_rss_mb=MAX_RSS_GROWTH_MB)
        codes[outcome.exit_code] += 1
        if outcome.problems:
            problems.append((path.name, outcome.problems, outcome.message[:300]))
    assert not problems, problems
    assert codes[1] > 0 and set(codes) <= {0, 1}, codes


def test_entity_declarations_are_never_expanded(tmp_path, make_db):
    """Billion laughs and an external entity in every XML part the readers parse: refused, or
    imported without the entity's text (never 'lollollol…', never /etc/passwd)."""
    import random

    from shopowner.imports.run import import_files

    rng = random.Random(SEED)
    sources = [s for s in fuzzing.sources() if s.kind == "xlsx"]
    for n in range(24):
        data, _suffix = fuzzing.entity_bomb(rng, sources[n % len(sources)])
        path = tmp_path / f"bomb{n}.xlsx"
        path.write_bytes(data)
        db = make_db(f"shop{n}")
        report = import_files(db, [path]).files[0]
        stored = "".join(repr(row) for table in ("customers", "orders", "order_items")
                         for row in db.execute(f"SELECT * FROM {table}"))
        assert "lollol" not in stored and "root:" not in stored, report
        assert report.error or report.orders > 0


def test_the_same_seed_makes_the_same_files(tmp_path):
    def digests(folder):
        return [hashlib.sha256(p.read_bytes()).hexdigest()
                for _m, p in fuzzing.cases(tmp_path / folder, 5, 40)]
    assert digests("a") == digests("b")
