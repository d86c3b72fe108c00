"""The demo shop's people and orders, made up from a seed (no database): who buys on which
platform, what they ordered and when, and how each order stands today.

The orders are later written into the platforms' own export files (:mod:`shopowner.demo.exports`)
and imported as a seller would, so the import decides who is the same customer. Buyers on
Pinduoduo and Douyin reach the seller masked (``张**``, ``138****1234``): the import cannot tell
two of their orders are the same person's, so every returning buyer is one the import can
recognise (a Taobao, JD or Youzan buyer id, a Kuaishou receiver's phone).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

DEMO_CUSTOMERS = 300
DEMO_ORDERS = 600

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红娥玲芬燕彬婷雪琳晨宇轩浩然子涵梓"
         "萱欣怡一诺雨桐思远嘉懿")
NICK_PARTS = ["爱喝茶", "tea_", "小", "的猫", "在路上", "lover", "_88", "阿", "zz", "2019", "木木", "不加糖"]
PLACES = [
    ("浙江省", "杭州市", "西湖区"), ("浙江省", "宁波市", "鄞州区"), ("上海", "上海市", "浦东新区"),
    ("北京", "北京市", "朝阳区"), ("广东省", "广州市", "天河区"), ("广东省", "深圳市", "南山区"),
    ("江苏省", "南京市", "鼓楼区"), ("江苏省", "苏州市", "姑苏区"), ("四川省", "成都市", "武侯区"),
    ("福建省", "福州市", "鼓楼区"), ("湖北省", "武汉市", "洪山区"), ("山东省", "济南市", "历下区"),
]
STREETS = ["文三路", "解放路", "中山北路", "人民大道", "建设路", "和平街", "长江路", "南京西路"]
PRODUCTS = [
    ("明前龙井 250g", 16800), ("正山小种 红茶 200g", 8800), ("福鼎白茶 白牡丹饼", 12800),
    ("安吉白茶 100g", 9900), ("桂花乌龙 冷泡茶包", 3990), ("凤凰单丛 蜜兰香", 13800),
    ("茉莉花茶 特级", 5900), ("旅行茶具 一壶两杯", 6900),
]
# the founder's private-only products (私域特供), sold over WeChat: name, SKU, private price (yuan),
# and how many private orders the demo has (shopowner/demo/private_orders.py)
PRIVATE_PRODUCTS = [("创始人私藏 老枞水仙 礼盒", "SY-LCSX", "268"), ("桂花龙井 私享小罐 50g", "SY-GHLJ", "88"),
                    ("白茶 老客回馈装 5饼", "SY-BCHK", "399")]
DEMO_PRIVATE_ORDERS = 15
PLATFORMS = [("taobao", 40), ("jd", 15), ("pdd", 15), ("douyin", 15), ("youzan", 10), ("kuaishou", 5)]
MASKED = ("pdd", "douyin")  # the platforms that hand the seller masked buyers only
# one product line per order: these exports (as imported) carry one title and quantity per order
SINGLE_LINE = ("pdd", "kuaishou")
TAGS = [("VIP", "#d4a017"), ("爱喝红茶", "#b5473a"), ("送礼客户", "#8e44ad"), ("喜欢冷泡", "#2e86c1"),
        ("提过建议", "#27ae60")]
STATUS_TEXT = {
    "completed": "交易成功", "shipped": "卖家已发货", "paid": "买家已付款，等待卖家发货",
    "closed": "交易关闭", "refunded": "退款成功", "unpaid": "等待买家付款",
}
STAMP = "%Y-%m-%d %H:%M:%S"


@dataclass(eq=False)  # each buyer is themself (hashable by identity)
class Person:
    """A buyer as the platform shows them to the seller."""

    number: int
    platform: str
    name: str
    nickname: str = ""  # the platform's buyer id (Taobao, JD, Youzan)
    phone: str = ""  # plain 11 digits, masked on Pinduoduo and Douyin, or none
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""
    orders: list[DemoOrder] = field(default_factory=list)


@dataclass
class DemoOrder:
    number: int
    person: Person
    created: datetime
    status: str  # unpaid | paid | shipped | completed | closed | refunded
    items: list[dict]

    @property
    def platform(self) -> str:
        return self.person.platform

    @property
    def order_id(self) -> str:
        """The platform's own order number, in each platform's form."""
        n, day = self.number, self.created.strftime("%y%m%d")
        return {
            "taobao": f"{3900000000000000000 + n * 7919331}",
            "jd": f"{300000000000 + n * 791933}",
            "pdd": f"{day}-{480000000000000 + n * 7919331}",
            "douyin": f"{6920000000000000000 + n * 7919331}",
            "youzan": f"E2024{day}{10000000 + n * 7919:010d}",
            "kuaishou": f"{2400000000000000 + n * 7919331}",
        }[self.platform]

    @property
    def total_fen(self) -> int:
        return sum(i["quantity"] * i["price_fen"] for i in self.items)

    @property
    def paid_at(self) -> datetime | None:
        return None if self.status == "unpaid" else self.created + timedelta(minutes=3)

    @property
    def shipped_at(self) -> datetime | None:
        return self.created + timedelta(days=1) if self.status in ("shipped", "completed") else None

    @property
    def completed_at(self) -> datetime | None:
        return self.created + timedelta(days=4) if self.status == "completed" else None


def _phone(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


def _person(rng: random.Random, number: int, nicknames: set[str]) -> Person:
    platform = rng.choices([p for p, _ in PLATFORMS], [w for _, w in PLATFORMS])[0]
    province, city, district = rng.choice(PLACES)
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    address = (f"{rng.choice(STREETS)}{rng.randint(1, 399)}号{rng.randint(1, 30)}幢"
               f"{rng.randint(101, 2601)}室")
    person = Person(number, platform, name, province=province, city=city, district=district,
                    address=address)
    if platform in MASKED:
        person.name, person.address = name[0] + "**", "***"
        person.phone = "138****" + f"{rng.randint(0, 9999):04d}"
        return person
    if platform in ("taobao", "jd", "youzan"):
        nickname = rng.choice(NICK_PARTS) + name[-1] + rng.choice(NICK_PARTS)
        while nickname in nicknames:  # a platform's buyer ids are unique
            nickname += str(rng.randint(0, 9))
        nicknames.add(nickname)
        person.nickname = nickname
    if platform == "kuaishou" or rng.random() < 0.7:
        person.phone = _phone(rng)
    return person


def _order(rng: random.Random, number: int, person: Person, today: datetime) -> DemoOrder:
    created = today - timedelta(days=rng.randint(0, 360), minutes=rng.randint(0, 1440))
    if created > today - timedelta(days=2):
        status = rng.choice(["paid", "paid", "shipped", "unpaid"])
    else:
        status = rng.choices(["completed", "shipped", "closed", "refunded"], [80, 10, 6, 4])[0]
    lines = rng.sample(PRODUCTS, k=1 if person.platform in SINGLE_LINE else rng.choice((1, 1, 1, 2)))
    items = [dict(title=t, quantity=rng.choice((1, 1, 2)), price_fen=p) for t, p in lines]
    order = DemoOrder(number, person, created, status, items)
    person.orders.append(order)
    return order


def demo_people(seed: int, today: datetime) -> tuple[list[Person], list[DemoOrder]]:
    """DEMO_CUSTOMERS buyers and DEMO_ORDERS orders, oldest order first: everyone bought once,
    the rest are repeat orders of a few loyal buyers the import can recognise."""
    rng = random.Random(seed)
    nicknames: set[str] = set()
    people = [_person(rng, n, nicknames) for n in range(DEMO_CUSTOMERS)]
    loyal = [p for p in people[: DEMO_CUSTOMERS // 3] if p.platform not in MASKED]
    buyers = people + rng.choices(loyal, k=DEMO_ORDERS - DEMO_CUSTOMERS)
    orders = [_order(rng, n, person, today) for n, person in enumerate(buyers)]
    orders.sort(key=lambda o: o.created)
    return people, orders
