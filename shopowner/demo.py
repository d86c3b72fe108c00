"""A realistic demo shop (a small tea shop) so a new owner can try every area before importing:
customers on six platforms, orders, tags, WeChat adds, follow-ups, feedback, channels, a letter
in two versions and six weeks of printed cards, some of whose codes came back.

Deterministic: the same seed gives the same shop, so tests can count on it.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlite_utils import Database

from shopowner import clock
from shopowner.cards.codes import ALPHABET, check_char
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store import demo_rows as rows
from shopowner.store.backups import shop_is_empty
from shopowner.store.customers import add_customer, add_identity, refresh_customer_totals
from shopowner.store.orders import add_order
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, WECHAT_QR, set_setting

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
PLATFORMS = [("taobao", 40), ("jd", 15), ("pdd", 15), ("douyin", 15), ("youzan", 10), ("kuaishou", 5)]
TAGS = [("VIP", "#d4a017"), ("爱喝红茶", "#b5473a"), ("送礼客户", "#8e44ad"), ("喜欢冷泡", "#2e86c1"),
        ("提过建议", "#27ae60")]
CHANNELS = [("平台店铺", "platform", 0), ("抖音直播", "live", 300000), ("小红书投放", "ads", 150000),
            ("老客转介绍", "referral", 0)]
CHANNEL_OF_PLATFORM = {"douyin": "抖音直播", "youzan": "小红书投放"}
DEMO_LETTER = (
    "{称呼}，你好！\n我是{店铺}的创始人{创始人}。谢谢你在{下单日期}买了我们的{商品}。"
    "这家店是我和几个伙伴一点点做起来的，每一包茶都是我们亲手挑过的。"
    "喝得好不好、哪里可以更好，都想听你说。\n扫码加我的微信，把暗号{暗号}发给我，"
    "你的每一条反馈我每天都会亲自看。"
)
STATUS_TEXT = {
    "completed": "交易成功", "shipped": "卖家已发货", "paid": "买家已付款，等待卖家发货",
    "closed": "交易关闭", "refunded": "退款成功", "unpaid": "等待买家付款",
}


def _phone(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


def fill_demo_shop(db: Database, *, seed: int = 20241121, today: datetime | None = None,
                   progress: Progress | None = None) -> dict:
    """Fill an empty shop with demo customers, orders, tags and follow-ups, in one transaction."""
    progress = maybe(progress)
    rng = random.Random(seed)
    today = clock.current(today)
    counts = {"customers": 0, "orders": 0, "tags": 0, "followups": 0, "feedback": 0, "cards": 0}
    with db.atomic():
        set_setting(db, SHOP_NAME, translate("Demo", "Xiaoman Tea House (demo)"))
        set_setting(db, FOUNDER_NAME, translate("Demo", "Lin Xiaoman"))
        set_setting(db, WECHAT_QR, "https://u.wechat.com/demo-founder-linxiaoman")
        set_setting(db, "demo", True)
        tag_ids = []
        for name, color in TAGS:
            tag_ids.append(rows.add_tag(db, name, color))
            counts["tags"] += 1
        customer_ids, customer_platform = [], {}
        for i in range(DEMO_CUSTOMERS):
            platform = rng.choices([p for p, _ in PLATFORMS], [w for _, w in PLATFORMS])[0]
            province, city, district = rng.choice(PLACES)
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            anonymous = platform == "pdd"
            masked = platform == "douyin"
            nickname = "" if anonymous or masked else (
                rng.choice(NICK_PARTS) + name[-1] + rng.choice(NICK_PARTS))
            cid = add_customer(
                db,
                name="" if anonymous else (name[0] + "**" if masked else name),
                nickname=nickname,
                is_anonymous=int(anonymous),
                province="" if anonymous else province,
                city="" if anonymous else city,
                district="" if anonymous else district,
                address="" if anonymous or masked else
                f"{rng.choice(STREETS)}{rng.randint(1, 399)}号{rng.randint(1, 30)}幢{rng.randint(101, 2601)}室",
            )
            if platform in ("taobao", "jd", "youzan") and nickname:
                add_identity(db, cid, "buyer_id", nickname, platform=platform)
            if not anonymous and not masked and rng.random() < 0.7:
                add_identity(db, cid, "phone", _phone(rng))
            if masked:
                add_identity(db, cid, "phone", "138****" + f"{rng.randint(0, 9999):04d}",
                             platform=platform, masked=True)
            customer_ids.append(cid)
            customer_platform[cid] = platform
            counts["customers"] += 1
            if i % 50 == 0:
                progress.update(i, DEMO_CUSTOMERS + DEMO_ORDERS)
        # every customer has one order; the rest go to returning customers (a few loyal ones)
        buyers = customer_ids + rng.choices(customer_ids[: DEMO_CUSTOMERS // 3],
                                            k=DEMO_ORDERS - DEMO_CUSTOMERS)
        for n, cid in enumerate(buyers):
            platform = customer_platform[cid]
            created = today - timedelta(days=rng.randint(0, 360), minutes=rng.randint(0, 1440))
            if created > today - timedelta(days=2):
                status = rng.choice(["paid", "paid", "shipped", "unpaid"])
            else:
                status = rng.choices(["completed", "shipped", "closed", "refunded"], [80, 10, 6, 4])[0]
            lines = rng.sample(PRODUCTS, k=rng.choice((1, 1, 1, 2)))
            items = [dict(title=t, quantity=rng.choice((1, 1, 2)), price_fen=p) for t, p in lines]
            for item in items:
                item["amount_fen"] = item["quantity"] * item["price_fen"]
            total = sum(i["amount_fen"] for i in items)
            cust = rows.customer_place(db, cid)
            add_order(db, dict(
                platform=platform, platform_order_id=f"{platform[:2].upper()}{20240000000 + n * 7919}",
                customer_id=cid, status=status, status_text=STATUS_TEXT[status],
                total_fen=total, paid_fen=0 if status == "unpaid" else total,
                refund_fen=total if status == "refunded" else 0,
                created_at=created.strftime("%Y-%m-%d %H:%M:%S"),
                paid_at=None if status == "unpaid" else (created + timedelta(minutes=3)).strftime("%Y-%m-%d %H:%M:%S"),
                shipped_at=(created + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
                if status in ("shipped", "completed") else None,
                receiver_name=cust[0], province=cust[1], city=cust[2], district=cust[3], address=cust[4],
                receiver_masked=int("*" in cust[0]),
            ), items)
            counts["orders"] += 1
            if n % 50 == 0:
                progress.update(DEMO_CUSTOMERS + n, DEMO_CUSTOMERS + DEMO_ORDERS)
        refresh_customer_totals(db)
        regulars = rows.returning_customers(db)
        for cid in regulars[:60]:
            rows.tag_customer(db, cid, rng.choice(tag_ids))
        added = regulars[:45] + rng.sample(customer_ids, 30)
        for cid in dict.fromkeys(added):
            when = (today - timedelta(days=rng.randint(1, 200))).strftime("%Y-%m-%d %H:%M:%S")
            rows.mark_added(db, cid, rng.choice(["茶友", "晴天", "木子", "Annie", "小鹿", "阿远"]) + str(cid),
                            translate("Demo", "founder"), when)
            rows.add_wechat_add(db, cid, card_id=None, via="no_code", wechat_name="",
                                account=translate("Demo", "founder"), when=when)
            for _ in range(rng.randint(1, 3)):
                rows.add_followup(
                    db, cid, rng.choice(["wechat", "wechat", "phone", "wecom"]), rng.choice(["in", "out"]),
                    (today - timedelta(days=rng.randint(0, 60))).strftime("%Y-%m-%d %H:%M:%S"),
                    rng.choice(["小美", "阿杰", translate("Demo", "founder")]),
                    rng.choice(["问冷泡怎么泡，发了教程", "回访新茶口感，说比去年的香",
                                "想要送礼包装，推荐了礼盒", "询问白茶存放方法", "朋友圈看到新品来问价"]))
                counts["followups"] += 1
        counts["cards"] = _demo_cards_and_channels(db, rng, today)
        feedback = [
            ("review", 5, "龙井很香，包装也用心，感谢信写得很真诚。", 1, None),
            ("review", 5, "冷泡茶包夏天喝太方便了，回购第三次。", 1, None),
            ("complaint", 2, "快递压坏了一个角，茶叶有点碎。", 0, "open"),
            ("new_product", 4, "希望出小罐装，方便带去办公室。", 0, None),
            ("complaint", 3, "发货比说好的晚了两天。", 0, "resolved"),
        ]
        for kind, rating, text, consent, status in feedback:
            cid = rng.choice(regulars[:45])
            rows.add_feedback(db, cid, kind, rating, text, consent, status,
                              (today - timedelta(days=rng.randint(0, 3))).strftime("%Y-%m-%d %H:%M:%S"))
            counts["feedback"] += 1
        progress.update(DEMO_CUSTOMERS + DEMO_ORDERS, DEMO_CUSTOMERS + DEMO_ORDERS)
    return counts


def _demo_cards_and_channels(db: Database, rng: random.Random, today: datetime) -> int:
    """Channels with costs, a letter in two versions, and 45 days of printed cards, some redeemed."""
    channel_ids = {}
    for name, kind, cost in CHANNELS:
        channel_ids[name] = rows.add_channel(db, name, kind, cost)
    for cid, platforms in rows.customer_platforms(db):
        first = (platforms or "").split(",")[0]
        name = "老客转介绍" if rng.random() < 0.05 else CHANNEL_OF_PLATFORM.get(first, "平台店铺")
        rows.set_channel(db, cid, channel_ids[name])

    letter_id = rows.add_letter(db, "创始人感谢信", DEMO_LETTER, "{创始人}")
    versions = [rows.add_letter_version(db, letter_id, n, DEMO_LETTER, "{创始人}",
                                        (today - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S"))
                for n, days in ((1, 90), (2, 20))]
    orders = rows.shipped_orders_since(db, (today - timedelta(days=45)).strftime("%Y-%m-%d %H:%M:%S"))
    batches: dict[str, int] = {}
    used: set[str] = set()
    n = 0
    for order_id, cid, created, wechat in orders:
        printed = datetime.strptime(created, "%Y-%m-%d %H:%M:%S") + timedelta(hours=20)
        day = printed.strftime("%Y-%m-%d")
        if day not in batches:
            batches[day] = rows.add_batch(db, printed.strftime("%Y-%m-%d %H:%M:%S"), "to-ship", "a4-4up-a6")
        while True:
            data = "".join(rng.choice(ALPHABET) for _ in range(4))
            code = data + check_char(data)
            if code not in used:
                used.add(code)
                break
        version = versions[1] if printed >= today - timedelta(days=20) else versions[0]
        card_id = rows.add_printed_card(db, code, order_id, cid, batches[day], version, "a4-4up-a6",
                                        printed.strftime("%Y-%m-%d %H:%M:%S"))
        n += 1
        redeem_at = printed + timedelta(days=rng.randint(2, 5), hours=rng.randint(0, 10))
        if wechat != "added" and rng.random() < (0.35 if version == versions[1] else 0.2) and redeem_at < today:
            when = redeem_at.strftime("%Y-%m-%d %H:%M:%S")
            rows.mark_redeemed(db, card_id, cid, when)
            rows.mark_added(db, cid, f"茶友{cid}", translate("Demo", "founder"), when)
            rows.add_wechat_add(db, cid, card_id=card_id, via="code", wechat_name=f"茶友{cid}",
                                account=translate("Demo", "founder"), when=when)
    for batch_id in batches.values():
        rows.count_batch_cards(db, batch_id)
    return n


def start_shop(db: Database, shop_name: str, founder_name: str) -> None:
    """The owner's own shop: just the names (checked as 设置 checks them); the book starts empty."""
    from shopowner.shop_settings import save_names

    save_names(db, shop_name, founder_name)


__all__ = ["fill_demo_shop", "shop_is_empty", "start_shop"]
