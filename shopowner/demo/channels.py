"""The demo shop's channels (渠道): a Friday live stream, Xiaohongshu notes, CPS affiliates, a tea
fair stall and the parcel cards, each with what it cost month by month; people who added the
founder's WeChat by sending a channel's code are attributed through the Ctrl+K box's own function
(regulars already in the book, and newcomers under their WeChat name)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from shopowner import clock
from shopowner.channels.book import add_channel, add_cost
from shopowner.demo.shop_data import Person
from shopowner.followups.channel_redeem import redeem_channel

# name, kind, notes, monthly cost in yuan for the last three months (oldest first)
CHANNELS = [
    ("周五茶话直播间", "live", "每周五晚八点，林小满亲自讲茶", (1200, 1800, 2400)),
    ("小红书冷泡茶笔记", "xiaohongshu", "达人笔记三篇 + 薯条加热", (3000, 1500, 2000)),
    ("茶友 CPS 分销", "cps", "按成交 15% 佣金结算", (860, 1240, 980)),
    ("杭州茶博会摊位", "offline", "茶博会三天摊位费", (0, 0, 4500)),
    ("包裹卡", "card", "每张卡片印刷约 0.3 元", (45, 60, 52)),
]
NEWCOMERS = {  # channel → WeChat names of people not in the book yet
    "周五茶话直播间": ["夏天的风", "阿萌爱喝茶", "Coco", "山居岁月", "老陈不加糖"],
    "小红书冷泡茶笔记": ["momo酱", "一只橘子", "晚安小熊", "Lily_茶"],
    "茶友 CPS 分销": ["茶客老王", "小雨点"],
    "杭州茶博会摊位": ["西湖边的猫", "周阿姨", "大刘"],
}
REGULARS_PER_CHANNEL = 3  # regulars in the book who came back through a channel's code


def _months(today: date) -> list[tuple[date, date]]:
    """The last three calendar months, this one included, oldest first."""
    out: list[tuple[date, date]] = []
    first = today.replace(day=1)
    for _ in range(3):
        nxt = (first + timedelta(days=32)).replace(day=1)
        out.insert(0, (first, nxt - timedelta(days=1)))
        first = (first - timedelta(days=1)).replace(day=1)
    return out


def add_demo_channels(db: Database, people: list[Person], customer_of: dict[str, int], added: set[int],
                      rng: random.Random, today: datetime, founder: str) -> int:
    """Make the channels with their costs and redeem their codes; returns how many adds."""
    months = _months(today.date())
    made = {}
    for name, kind, notes, costs in CHANNELS:
        with clock.fixed((today - timedelta(days=90)).replace(hour=9, minute=0, second=0, microsecond=0)):
            channel = add_channel(db, name, kind, notes=notes)
            for (first, last), yuan in zip(months, costs, strict=True):
                if yuan:
                    add_cost(db, channel.id, str(yuan), first.isoformat(), last.isoformat())
        made[name] = channel
    regulars = [p for p in people if len(p.orders) >= 2 and customer_of[p.orders[0].order_id] not in added]
    adds = 0
    for name, newcomers in NEWCOMERS.items():
        code = made[name].code
        for wechat_name in newcomers:
            when = today - timedelta(days=rng.randint(1, 80), minutes=rng.randint(0, 600))
            redeem_channel(db, f"{wechat_name} 申请添加你为朋友 暗号{code}", account=founder, now=when)
            adds += 1
        for person in rng.sample(regulars, REGULARS_PER_CHANNEL):
            regulars.remove(person)
            cid = customer_of[person.orders[0].order_id]
            first, last = person.orders[0].created, max(o.created for o in person.orders)
            when = min(first + (last - first) * rng.uniform(0.2, 0.8), today - timedelta(hours=1))
            redeem_channel(db, f"我是{person.name} {code.lower()}", customer_id=cid,
                           wechat_name=f"{person.name[:1]}姐爱茶" if rng.random() < 0.5 else person.name,
                           account=founder, now=when)
            added.add(cid)
            adds += 1
    return adds
