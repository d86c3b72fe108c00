"""A shop at scale for tests and benchmarks: 200,000 customers by default, built in seconds.

Names, places and products come from the demo shop's lists; the rows are generated in Python and
loaded in bulk (:mod:`shopowner.store.bulk_load`), never through the import path. Deterministic
for a seed. What it holds, so tests can count on it:

- ``customers`` customers, ids 1…N; every one has at least one order; 30 % have 2–4;
  about 1 % only an unpaid or closed order (they count as customers without a paid order);
- customer :data:`HEAVY_CUSTOMER` has ``heavy_orders`` orders (2,439 by default);
- phones on 80 % (a quarter of them masked by the platform), buyer ids on Taobao/JD/Youzan;
- the demo's five tags on about a quarter of the customers, 8 % on the shop's WeChat with a
  WeChat add each; cards printed for the last 30 days' orders, follow-ups and feedback
  (some complaints open) for the other areas.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from shopowner import clock
from shopowner.cards.codes import ALPHABET, check_char
from shopowner.demo import (
    GIVEN, NICK_PARTS, PLACES, PLATFORMS, PRODUCTS, STATUS_TEXT, STREETS, SURNAMES, TAGS,
)
from shopowner.store import Database
from shopowner.store.bulk_load import bulk_load, finish_load, insert_rows, row_count, unjournaled
from shopowner.store.customers import refresh_customer_totals
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, WECHAT_QR, set_setting

HEAVY_CUSTOMER = 4242
FMT = "%Y-%m-%d %H:%M:%S"


def fill_scale_shop(db: Database, *, customers: int = 200_000, heavy_orders: int = 2439,
                    seed: int = 7, today: datetime | None = None, to_ship: int | None = None,
                    cards: bool = True) -> dict:
    """Fill an empty, just-created shop file; returns counts of what was written.

    ``to_ship``: exactly this many orders paid and waiting to ship (the newest; the other
    paid ones count as completed), for a print of that many cards. ``cards=False``: no cards
    printed yet.

    The file is written without a journal (:func:`shopowner.store.bulk_load.unjournaled`): a
    failure leaves a file to throw away, which is what a generated shop is for."""
    rng = random.Random(seed)
    today = (today or clock.current()).replace(microsecond=0)
    days = [(today - timedelta(days=n)).strftime("%Y-%m-%d") for n in range(721)]
    times_of_day = [f"{m // 60:02d}:{m % 60:02d}:00" for m in range(1440)]
    counts: dict[str, int] = {}
    with unjournaled(db), db.atomic():
        set_setting(db, SHOP_NAME, "大店测试")
        set_setting(db, FOUNDER_NAME, "林小满")
        set_setting(db, WECHAT_QR, "https://u.wechat.com/scale-shop")
        with bulk_load(db):
            crows = _customers(db, rng, customers)
            counts.update(customers=customers, tags=row_count(db, "customer_tags"))
            buyers = list(range(1, customers + 1))
            for cid in rng.sample(buyers, customers * 3 // 10):
                buyers += [cid] * rng.randint(1, 3)
            if heavy_orders and customers >= HEAVY_CUSTOMER:
                buyers += [HEAVY_CUSTOMER] * max(0, heavy_orders - buyers.count(HEAVY_CUSTOMER))
            n = len(buyers)
            statuses = rng.choices(("completed", "shipped", "paid", "closed", "unpaid", "refunded"),
                                   (86, 5, 3, 3, 1, 2), k=n)
            ages = rng.choices(range(721), k=n)
            if to_ship is not None:
                newest = sorted(range(n), key=lambda i: ages[i])
                waiting = set(newest[:to_ship])
                statuses = ["paid" if i in waiting else ("completed" if st == "paid" else st)
                            for i, st in enumerate(statuses)]
            products = rng.choices(PRODUCTS, k=n)
            quantities = rng.choices((1, 1, 1, 2), k=n)
            minutes = rng.choices(range(1440), k=n)
            orows, items, recent = [], [], []
            for oid, cid in enumerate(buyers, start=1):
                c, status = crows[cid - 1], statuses[oid - 1]
                platform = c[-1]
                title, price = products[oid - 1]
                total = price * quantities[oid - 1]
                created = days[ages[oid - 1]] + " " + times_of_day[minutes[oid - 1]]
                orows.append((oid, platform, f"{platform[:2].upper()}{30000000000 + oid * 7919}",
                              cid, status, STATUS_TEXT[status], total,
                              0 if status == "unpaid" else total,
                              total if status == "refunded" else 0, created,
                              c[1], c[3], c[4], c[5], c[6]))
                items.append((oid, 1, title, quantities[oid - 1], price, total))
                if status in ("shipped", "completed") and ages[oid - 1] < 30:
                    recent.append((oid, cid, created))
            insert_rows(db, "orders", ("id", "platform", "platform_order_id", "customer_id",
                                       "status", "status_text", "total_fen", "paid_fen",
                                       "refund_fen", "created_at", "receiver_name", "province",
                                       "city", "district", "address"), orows)
            insert_rows(db, "order_items", ("order_id", "line_no", "title", "quantity",
                                            "price_fen", "amount_fen"), items)
            counts["orders"] = n
            counts["cards"] = _cards(db, rng, recent if cards else [])
            counts.update(_contacts(db, rng, crows, today))
            refresh_customer_totals(db)
    finish_load(db)
    return counts


def _customers(db: Database, rng: random.Random, customers: int) -> list[tuple]:
    """Customers with phones, buyer ids and tags; returns their rows (platform last)."""
    platforms = rng.choices([p for p, _ in PLATFORMS], [w for _, w in PLATFORMS], k=customers)
    places = rng.choices(PLACES, k=customers)
    surnames = rng.choices(SURNAMES, k=customers)
    given = rng.choices(GIVEN, k=customers * 2)
    lengths = rng.choices((1, 2, 2), k=customers)
    nick_parts = rng.choices(NICK_PARTS, k=customers)
    numbers = rng.choices(range(1, 1000), k=customers * 3)
    streets = rng.choices(STREETS, k=customers)
    notes = rng.choices(("", "", "", "", "喜欢冷泡", "送礼为主", "怕苦，推荐红茶"), k=customers)
    crows, irows, trows = [], [], []
    for i in range(customers):
        cid = i + 1
        name = surnames[i] + "".join(given[2 * i:2 * i + lengths[i]])
        nick = nick_parts[i] + name[-1] + str(numbers[3 * i])
        address = (f"{streets[i]}{numbers[3 * i + 1]}号{numbers[3 * i + 2] % 30 + 1}幢"
                   f"{numbers[3 * i] + 100}室")
        added = rng.random() < 0.08
        crows.append((cid, name, nick, *places[i], address, notes[i],
                      "added" if added else "none", f"茶友{cid}" if added else "", platforms[i]))
        if rng.random() < 0.8:
            phone = f"1{rng.choice('3589')}{rng.getrandbits(30) % 1_000_000_000:09d}"
            if rng.random() < 0.25:
                irows.append((cid, "phone", platforms[i], phone[:3] + "****" + phone[-4:], 1))
            else:
                irows.append((cid, "phone", "", phone, 0))
        if platforms[i] in ("taobao", "jd", "youzan"):
            irows.append((cid, "buyer_id", platforms[i], f"{nick}_{cid}", 0))
        if rng.random() < 0.25:
            trows.append((cid, rng.randint(1, len(TAGS))))
    insert_rows(db, "tags", ("id", "name", "color"),
                [(n, name, color) for n, (name, color) in enumerate(TAGS, start=1)])
    insert_rows(db, "customers", ("id", "name", "nickname", "province", "city", "district",
                                  "address", "notes", "wechat_status", "wechat_name"),
                [row[:-1] for row in crows])
    insert_rows(db, "customer_identities", ("customer_id", "kind", "platform", "value", "masked"),
                irows, skip_duplicates=True)
    insert_rows(db, "customer_tags", ("customer_id", "tag_id"), trows)
    return crows


def _cards(db: Database, rng: random.Random, recent: list) -> int:
    """One card per recent shipped order, in daily batches; a fifth of the codes came back."""
    insert_rows(db, "letters", ("id", "name", "body", "signature"),
                [(1, "创始人感谢信", "{称呼}，你好！谢谢你买了我们的{商品}。", "林小满")])
    insert_rows(db, "letter_versions", ("id", "letter_id", "version_no", "body", "signature"),
                [(1, 1, 1, "{称呼}，你好！谢谢你买了我们的{商品}。", "林小满")])
    batches: dict[str, int] = {}
    rows, used = [], set()
    for card_id, (oid, cid, created) in enumerate(sorted(recent, key=lambda r: r[2]), start=1):
        printed = datetime.strptime(created, FMT) + timedelta(hours=20)
        day = printed.strftime("%Y-%m-%d")
        batches.setdefault(day, len(batches) + 1)
        while True:
            data = "".join(rng.choice(ALPHABET) for _ in range(4))
            if data not in used:
                used.add(data)
                break
        redeemed = printed + timedelta(days=3) if rng.random() < 0.2 else None
        rows.append((card_id, data + check_char(data), oid, cid, batches[day], 1, "a4-4up-a6",
                     printed.strftime(FMT), redeemed and redeemed.strftime(FMT),
                     cid if redeemed else None))
    insert_rows(db, "card_batches", ("id", "created_at", "selection", "layout", "card_count"),
                [(n, f"{day} 18:00:00", "to_ship", "a4-4up-a6",
                  sum(1 for r in rows if r[4] == n)) for day, n in batches.items()])
    insert_rows(db, "cards", ("id", "code", "order_id", "customer_id", "batch_id",
                              "letter_version_id", "layout", "printed_at", "redeemed_at",
                              "redeemed_customer_id"), rows)
    return len(rows)


def _contacts(db: Database, rng: random.Random, crows: list, today: datetime) -> dict:
    """WeChat adds for the customers on WeChat, follow-ups with some of them, feedback."""
    added = [c[0] for c in crows if c[8] == "added"]
    when = {cid: today - timedelta(days=rng.randint(1, 400)) for cid in added}
    insert_rows(db, "wechat_adds", ("customer_id", "via", "wechat_name", "added_at"),
                [(cid, "no_code", f"茶友{cid}", when[cid].strftime(FMT)) for cid in added])
    followups = [(cid, rng.choice(("wechat", "wechat", "phone")), rng.choice(("in", "out")),
                  (when[cid] + timedelta(days=rng.randint(0, 60))).strftime(FMT), "小美",
                  rng.choice(("问冷泡怎么泡，发了教程", "回访新茶口感", "询问白茶存放方法")))
                 for cid in rng.sample(added, len(added) // 3)]
    insert_rows(db, "followups", ("customer_id", "kind", "direction", "happened_at", "staff",
                                  "summary"), followups)
    feedback = []
    for cid in rng.sample(added, min(len(added), 1500)):
        kind = rng.choice(("review", "review", "complaint", "new_product", "suggestion"))
        status = rng.choice(("open", "resolved")) if kind == "complaint" else None
        feedback.append((cid, kind, rng.randint(2, 5), "茶很香，包装也用心。", status,
                         (today - timedelta(days=rng.randint(0, 90))).strftime(FMT)))
    insert_rows(db, "feedback", ("customer_id", "kind", "rating", "text", "status", "created_at"),
                feedback)
    return {"wechat_adds": len(added), "followups": len(followups), "feedback": len(feedback)}
