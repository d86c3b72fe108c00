"""Make the shop files of every earlier schema version: ``tests/fixtures/schemas/after_*.sqlite``.

Each file is an empty file with the first N schema steps applied (N = 1 up to all but the last)
and a few rows written as a shop of that version would hold them: customers with identities and
a tag, orders with items, a card batch with its cards, a follow-up. ``tests/store/test_upgrades.py``
upgrades each one and compares the schema with a fresh shop's and checks the rows survived.

A new schema step makes the previous newest version an earlier one: run this script and commit
the file it adds. Existing files are left as they are (they stand for files already in shops);
``--again`` makes them all anew.

    .venv/bin/python scripts/make_schema_fixtures.py [--again]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from shopowner.store.migrations import known_migrations, migrations  # noqa: E402

FOLDER = ROOT / "tests" / "fixtures" / "schemas"

# the rows each file holds, written with columns every version has (times fixed in the past)
ROWS = [
    ("INSERT INTO customers (id, name, nickname, city, wechat_status, created_at, updated_at) "
     "VALUES (1, '王小明', 'xiaoming', '杭州', 'none', '2023-03-01 09:00:00', '2023-03-01 09:00:00'),"
     " (2, '李华', '', '上海', 'added', '2023-03-02 10:00:00', '2023-03-02 10:00:00')"),
    ("INSERT INTO customer_identities (customer_id, kind, platform, value, created_at) VALUES "
     "(1, 'phone', '', '13800001111', '2023-03-01 09:00:00'),"
     " (1, 'buyer_id', 'taobao', 'tb_xiaoming', '2023-03-01 09:00:00'),"
     " (2, 'phone', '', '13900002222', '2023-03-02 10:00:00')"),
    "INSERT INTO tags (id, name, color) VALUES (1, '老客', '#cc0000')",
    "INSERT INTO customer_tags (customer_id, tag_id) VALUES (1, 1)",
    ("INSERT INTO orders (id, platform, platform_order_id, customer_id, status, total_fen, paid_fen, "
     "created_at, paid_at, receiver_name, receiver_phone, city, address, imported_at, updated_at) "
     "VALUES (1, 'taobao', '3700000000001', 1, 'paid', 5900, 5900, '2023-03-01 08:00:00', "
     "'2023-03-01 08:01:00', '王小明', '13800001111', '杭州', '西湖区文三路1号', "
     "'2023-03-01 09:00:00', '2023-03-01 09:00:00'),"
     " (2, 'jd', 'JD20230302', 2, 'completed', 12800, 12000, '2023-03-02 08:00:00', "
     "'2023-03-02 08:02:00', '李华', '13900002222', '上海', '浦东新区世纪大道2号', "
     "'2023-03-02 10:00:00', '2023-03-02 10:00:00')"),
    ("INSERT INTO order_items (order_id, line_no, title, quantity, price_fen, amount_fen) VALUES "
     "(1, 1, '手工皂 薰衣草', 1, 5900, 5900), (2, 1, '茶具套装', 1, 12800, 12800)"),
    ("UPDATE customers SET order_count = 1, total_spent_fen = paid, first_order_at = t, "
     "last_order_at = t FROM (SELECT customer_id, paid_fen AS paid, created_at AS t FROM orders) "
     "AS o WHERE o.customer_id = customers.id"),
    ("INSERT INTO card_batches (id, created_at, selection, layout, card_count, pdf_path) VALUES "
     "(1, '2023-03-03 11:00:00', 'to-ship', 'a4-2x4', 2, 'cards.pdf')"),
    ("INSERT INTO cards (id, code, order_id, customer_id, batch_id, layout, printed_at) VALUES "
     "(1, 'K7M2P', 1, 1, 1, 'a4-2x4', '2023-03-03 11:00:00'),"
     " (2, 'Q4R8T', 2, 2, 1, 'a4-2x4', '2023-03-03 11:00:00')"),
    ("INSERT INTO followups (customer_id, kind, direction, happened_at, summary, created_at) VALUES "
     "(2, 'wechat', 'in', '2023-03-04 15:00:00', '问了茶具的保养', '2023-03-04 15:00:00')"),
    ("INSERT INTO reminders (customer_id, rule, source_key, due_date, note, created_at) VALUES "
     "(1, 'card_not_added', 'card_not_added:1', '2023-03-08', '卡片 K7M2P 寄出 5 天未加微信', "
     "'2023-03-08 00:00:00')"),
]


def fixture_name(step: str) -> str:
    return f"after_{step}.sqlite"


def make(path: Path, steps: int) -> None:
    """A file with the first ``steps`` schema steps applied and :data:`ROWS` written."""
    names = known_migrations()
    path.unlink(missing_ok=True)
    db = Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db, stop_before=names[steps] if steps < len(names) else None)
    with db.atomic():
        for statement in ROWS:
            db.execute(statement)
    db.execute("UPDATE _sqlite_migrations SET applied_at = '2023-03-01 00:00:00'")
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 512")  # small files: a table or an index takes a page
    conn.execute("VACUUM")
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--again", action="store_true", help="make every file anew")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    names = known_migrations()
    for steps in range(1, len(names)):
        path = FOLDER / fixture_name(names[steps - 1])
        if path.exists() and not args.again:
            continue
        make(path, steps)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
