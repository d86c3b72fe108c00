"""The demo shop's channels (渠道): a Friday live stream, Xiaohongshu notes, CPS affiliates, a tea
fair stall and the parcel cards, each with what it cost month by month; buyers who added the
founder's WeChat by sending a channel's code are attributed through the Ctrl+K box's own function."""

from __future__ import annotations

from datetime import date, timedelta

from shopowner import clock
from shopowner.channels.book import add_channel, add_cost
from shopowner.demo.shop_data import Person
from shopowner.followups.channel_redeem import redeem_channel
from shopowner.store import Database

# name, kind, notes, monthly cost in yuan for the last three months (oldest first)
CHANNELS = [
    ("周五茶话直播间", "live", "每周五晚八点，林小满亲自讲茶", (1200, 1800, 2400)),
    ("小红书冷泡茶笔记", "xiaohongshu", "达人笔记三篇 + 薯条加热", (3000, 1500, 2000)),
    ("茶友 CPS 分销", "cps", "按成交 15% 佣金结算", (860, 1240, 980)),
    ("杭州茶博会摊位", "offline", "茶博会三天摊位费", (0, 0, 4500)),
    ("包裹卡", "card", "每张卡片印刷约 0.3 元，加微送一小包试饮装", (0, 0, 0)),  # costs: CARD_COSTS
]
# what a printed card costs on each layout, and the sample pack it promises (settings set card-costs,
# bait-cost): the parcel-card channel's cost comes from the cards actually printed
CARD_COSTS = {"card-costs": "a4-4up-a6=0.3;a4-2up-a5=0.5;a4-10up-90x54=0.12", "bait-cost": "2.5"}
WECHAT_NAMES = {  # channel → the WeChat names its people added the founder under
    "周五茶话直播间": ["夏天的风", "阿萌爱喝茶", "Coco", "山居岁月", "老陈不加糖", "一壶清茶"],
    "小红书冷泡茶笔记": ["momo酱", "一只橘子", "晚安小熊", "Lily_茶", "柠檬不酸"],
    "茶友 CPS 分销": ["茶客老王", "小雨点", "南山南"],
    "杭州茶博会摊位": ["西湖边的猫", "周阿姨", "大刘", "桂花糕"],
}


def _months(today: date) -> list[tuple[date, date]]:
    """The last three calendar months, this one included, oldest first."""
    out: list[tuple[date, date]] = []
    first = today.replace(day=1)
    for _ in range(3):
        nxt = (first + timedelta(days=32)).replace(day=1)
        out.insert(0, (first, nxt - timedelta(days=1)))
        first = (first - timedelta(days=1)).replace(day=1)
    return out


def add_demo_channels(db: Database, weeks, people: list[Person], customer_of: dict[str, int]) -> int:
    """Make the channels with their costs, and have some buyers not on WeChat yet send a
    channel's code (each after their first order reached the book); returns how many adds.
    ``weeks``: the replayed weeks (:class:`shopowner.demo.history.DemoWeeks`)."""
    from shopowner.shop_settings import change_settings

    rng, today = weeks.rng, weeks.today
    months = _months(today.date())
    change_settings(db, weeks.data_dir, CARD_COSTS)
    made = {}
    for name, kind, notes, costs in CHANNELS:
        with clock.fixed((today - timedelta(days=90)).replace(hour=9, minute=0, second=0, microsecond=0)):
            channel = add_channel(db, name, kind, notes=notes)
            for (first, last), yuan in zip(months, costs, strict=True):
                if yuan:
                    add_cost(db, channel.id, str(yuan), first.isoformat(), last.isoformat())
        made[name] = channel
    waiting = sorted((p for p in people if customer_of[p.orders[0].order_id] not in weeks.added),
                     key=lambda p: (-len(p.orders), p.number))[:60]
    adds = 0
    for name, wechat_names in WECHAT_NAMES.items():
        for wechat_name in wechat_names:
            person = waiting.pop(rng.randrange(len(waiting)))
            cid = customer_of[person.orders[0].order_id]
            came = min(weeks.arrived[o.order_id] for o in person.orders)
            when = came + (today - came) * rng.uniform(0.05, 0.6)
            redeem_channel(db, f"{wechat_name} 申请添加你为朋友 暗号{made[name].code.lower()}", customer_id=cid,
                           account=weeks.founder, now=when)
            weeks.added.add(cid)
            adds += 1
    return adds
