"""The demo seller's weeks, replayed through the functions the seller's own actions call.

Seven weeks ago the seller imported the year's orders; every fortnight since, an export of the
last three weeks was imported (moving orders from paid to shipped to completed) and the
fortnight's parcels got printed cards (planned and recorded as a print run is, without drawing a
PDF); today's export brings the last week's orders. Some card codes came back on WeChat and were
redeemed; the seller added some buyers on WeChat without a code, noted follow-ups, took feedback
and tagged the regulars. Each step runs under the shop's clock fixed at the moment it happened,
so every stored time is the day the seller did it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

from shopowner import clock
from shopowner.cards.batch import plan_batch, record_plan
from shopowner.cards.layouts import get_layout
from shopowner.cards.selection import Selection
from shopowner.customers.book import tag_customers_by_name
from shopowner.demo.exports import status_at, write_exports
from shopowner.demo.shop_data import TAGS, DemoOrder, Person
from shopowner.followups.feedback import add_feedback, resolve_complaint
from shopowner.followups.log import add_followup
from shopowner.followups.redeem import add_without_code, redeem
from shopowner.i18n import translate
from shopowner.imports.run import import_files
from shopowner.store import letters

RUNS, RUN_DAYS = 3, 14  # print runs, each after an import, and the days between them
LAST_RUN_AGO = timedelta(days=7)  # the last print run: a week ago
EXPORTED = timedelta(days=21)  # how far back each export after the first one reaches
LETTER = "创始人感谢信"
LETTER_V1 = (
    "{称呼}，你好！\n我是{店铺}的创始人{创始人}。谢谢你在{下单日期}买了我们的{商品}。"
    "这家店是我和几个伙伴一点点做起来的，每一包茶都是我们亲手挑过的。"
    "喝得好不好、哪里可以更好，都想听你说。\n扫码加我的微信，把暗号{暗号}发给我，"
    "你的每一条反馈我每天都会亲自看。"
)
LETTER_V2 = LETTER_V1.replace("你的每一条反馈我每天都会亲自看。", "我会送你一份新茶试饮装，每一条反馈我都会亲自看。")
NAMES = ["茶友", "晴天", "木子", "Annie", "小鹿", "阿远"]
FOLLOWUPS = ["问冷泡怎么泡，发了教程", "回访新茶口感，说比去年的香", "想要送礼包装，推荐了礼盒",
             "询问白茶存放方法", "朋友圈看到新品来问价"]
FEEDBACK = [  # kind, rating, text, consent to quote, days until resolved (complaints)
    ("review", 5, "龙井很香，包装也用心，感谢信写得很真诚。", True, None),
    ("review", 5, "冷泡茶包夏天喝太方便了，回购第三次。", True, None),
    ("complaint", 2, "快递压坏了一个角，茶叶有点碎。", False, None),
    ("new_product", 4, "希望出小罐装，方便带去办公室。", False, None),
    ("complaint", 3, "发货比说好的晚了两天。", False, 1),
]

class DemoWeeks:
    """Replays the seller's weeks on ``db``; ``counts`` says what was made."""

    def __init__(self, db, data_dir: Path, folder: Path, rng: random.Random, today: datetime):
        self.db, self.data_dir, self.folder, self.rng, self.today = db, data_dir, folder, rng, today
        self.founder = translate("Demo", "founder")
        self.layout = get_layout(None)
        self.added: set[int] = set()  # customers on the founder's WeChat
        self.arrived: dict[str, datetime] = {}  # order number → when its first import ran
        self.counts = {"customers": 0, "orders": 0, "tags": 0, "followups": 0, "feedback": 0, "cards": 0}

    def at(self, when: datetime, step: Callable, *args, **kwargs):
        """``step`` run as on ``when``, for the steps that take no ``now=`` (the clock is fixed
        in every thread meanwhile: the demo is made while the welcome page waits for it)."""
        with clock.fixed(when.replace(microsecond=0)):
            return step(*args, **kwargs)

    def import_orders(self, orders: list[DemoOrder], when: datetime) -> None:
        paths = write_exports(self.folder, orders, when)
        for order in orders:
            self.arrived.setdefault(order.order_id, when)
        result = self.at(when, import_files, self.db, paths, today=when.date(), parallel=False)
        failed = [f.error for f in result.files if f.error]
        if failed:
            raise RuntimeError(f"the demo's exports did not import: {failed}")
        self.counts["customers"] += sum(f.new_customers for f in result.files)
        for path in paths:
            path.unlink()

    def replay(self, orders: list[DemoOrder], progress: Callable[[int, int], None]) -> None:
        """The letter, the first import, every fortnight's import with its print run, and
        today's import (its paid parcels wait for today's cards)."""
        last_run = self.today - LAST_RUN_AGO
        runs = [last_run - timedelta(days=RUN_DAYS * n) for n in range(RUNS, -1, -1)]
        # the letter's words as set_letter saves them (without its checker's advice, which loads
        # the card font, 0.3 s, and never changes what is stored)
        letter_id = letters.add_letter(self.db, LETTER, LETTER_V1, "{创始人}", now=self.today - timedelta(days=90))
        self.import_orders([o for o in orders if o.created <= runs[0]], runs[0])
        second_version = self.today - timedelta(days=20)
        for n, (before, when) in enumerate(pairwise(runs), start=1):
            progress(n, len(runs) + 1)
            self.import_orders([o for o in orders if when - EXPORTED < o.created <= when], when)
            if before < second_version <= when:
                letters.save_letter(self.db, letter_id, body=LETTER_V2, signature="{创始人}",
                                    keep_versions=True, now=second_version)
            parcels = [o for o in orders if before < o.created <= when
                       and o.status in ("shipped", "completed") and status_at(o, when) != "unpaid"]
            if parcels:
                self.print_cards(parcels, when + timedelta(minutes=30), second_version <= when)
        self.import_orders([o for o in orders if self.today - EXPORTED < o.created], self.today)
        self.counts["orders"] = len(orders)

    def print_cards(self, orders: list[DemoOrder], printed: datetime, second: bool) -> None:
        """A print run for these parcels (the demo letter), recorded; some codes come back."""
        selection = Selection("ids", refs=tuple(o.order_id for o in orders))
        plan = self.at(printed, plan_batch, self.db, self.data_dir, selection, letter_name=LETTER)
        self.at(printed, record_plan, self.db, plan, self.layout, "demo")
        self.counts["cards"] += len(plan.cards)
        for card in plan.cards:
            back = printed + timedelta(days=self.rng.randint(2, 5), hours=self.rng.randint(0, 10))
            if (card.customer_id not in self.added and self.rng.random() < (0.35 if second else 0.2)
                    and back < self.today):
                redeem(self.db, card.content.code, wechat_name=f"茶友{card.customer_id}",
                       account=self.founder, now=back)
                self.added.add(card.customer_id)

    def seller_notes(self, people: list[Person], customer_of: dict[str, int]) -> None:
        """WeChat adds without a code, follow-ups, feedback and tags on the regulars."""
        rng, today = self.rng, self.today
        regulars = sorted((p for p in people if len(p.orders) >= 2), key=lambda p: (-_spent(p), p.number))
        regular_ids = [customer_of[p.orders[0].order_id] for p in regulars]
        for person in dict.fromkeys(regulars[:45] + rng.sample(people, 30)):
            cid = customer_of[person.orders[0].order_id]
            if cid in self.added:
                continue
            came = min(self.arrived[o.order_id] for o in person.orders)  # into the customer book
            when = came + (today - came) * rng.uniform(0.1, 0.9)
            add_without_code(self.db, cid, wechat_name=rng.choice(NAMES) + str(cid),
                             account=self.founder, now=when)
            self.added.add(cid)
            for _ in range(rng.randint(1, 3)):
                happened = max(when, today - timedelta(days=60)) + timedelta(
                    minutes=rng.randint(10, 60 * 24 * 30))
                add_followup(self.db, self.data_dir, cid, kind=rng.choice(["wechat", "wechat", "phone", "wecom"]),
                             direction=rng.choice(["in", "out"]), staff=rng.choice(["小美", "阿杰", self.founder]),
                             summary=rng.choice(FOLLOWUPS), now=min(happened, today))
                self.counts["followups"] += 1
        for kind, rating, text, consent, resolved_after in FEEDBACK:
            when = today - timedelta(days=rng.randint(1, 3), minutes=rng.randint(0, 600))
            feedback_id = add_feedback(self.db, self.data_dir, kind=kind, text=text, now=when,
                                       customer_id=rng.choice(regular_ids[:45]), rating=rating, consent=consent)
            if resolved_after:
                resolve_complaint(self.db, feedback_id, "已道歉，补发了一盒",
                                  now=when + timedelta(days=resolved_after))
            self.counts["feedback"] += 1
        tagged = {cid: rng.choice(TAGS)[0] for cid in regular_ids[:60]}
        for name, colour in TAGS:
            tag_customers_by_name(self.db, [cid for cid, tag in tagged.items() if tag == name], name, colour)
            self.counts["tags"] += 1


def _spent(person: Person) -> int:
    return sum(o.total_fen for o in person.orders if o.status in ("paid", "shipped", "completed"))
