"""The demo shop's 朋友圈: two WeChat accounts (the founder's nearly full at 4,620 friends, a second
one with room), a month of Moments posts (the past ones posted, the coming ones planned, several
showing the shop's private-only teas, some with pictures), the replies and orders they brought,
and new-product opinions from the best customers — all written through :mod:`shopowner.moments`
as a seller would, each on its day."""

from __future__ import annotations

import random
import struct
import zlib
from datetime import datetime, time, timedelta
from pathlib import Path

from shopowner import clock
from shopowner.moments.accounts import set_friends
from shopowner.moments.opinions import group_customers, log_opinion
from shopowner.moments.planner import add_post, log_reaction, mark_posted, private_products
from shopowner.products.catalogue import list_products, set_product

SECOND_ACCOUNT = "小满茶室2号"
POSTS = [  # text ({product}: the private-only product it shows), with a picture
    ("今年的{product}到了，只留给朋友圈的老朋友，不上店铺。私信我留一份。", True),
    ("下雨天最适合泡一壶老白茶，煮着喝更甜。", True),
    ("「{product}」这批只做了 80 份，朋友圈专享价，售完就等明年。", True),
    ("分享一个冷泡茶的小方法：8 克茶 + 500 毫升凉水，冰箱放 6 小时。", False),
    ("谢谢杭州的陈姐寄来的照片，茶具摆得真好看。", True),
    ("「{product}」的新做法出了小样，想听听大家的意见，评论区告诉我喜不喜欢。", False),
    ("周末去茶山看了今年的春茶，芽头很壮。", True),
    ("老客回购送一包茶点，下单时备注“朋友圈”。", False),
]
COLOURS = [(142, 170, 110), (196, 160, 98), (120, 150, 160), (180, 120, 100)]
REPLIES = ["多少钱一罐？", "上次的还没喝完，下次一定", "想要两饼", "冷泡真的好喝！", "桂花香会不会太重？",
           "给我留一罐", "照片好美"]
OPINIONS = [("like", "香气很舒服，想要正装"), ("like", ""), ("neutral", "还行，偏甜了点"),
            ("dislike", "桂花味太重"), ("like", "送人很合适"), ("neutral", "")]


def _png(colour: tuple[int, int, int], size: int = 48) -> bytes:
    """A small one-colour PNG (the demo's stand-in for a product photo)."""
    row = b"\x00" + bytes(colour) * size
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b""))


def _private_products(db) -> list[tuple[int, str]]:
    """The shop's private-only products; the demo marks its two best sellers so when none is."""
    found = private_products(db)
    if not found:
        for product, price in zip(list_products(db, limit=2), ("168", "298"), strict=False):
            set_product(db, product.id, private_only=True, price=price)
        found = private_products(db)
    return found


def plan_moments(db, data_dir: Path, folder: Path, rng: random.Random, today: datetime, founder: str,
                 customer_ids: list[int]) -> int:
    """The demo's Moments; returns how many posts were planned."""
    with clock.fixed(today - timedelta(days=30)):
        set_friends(db, founder, 4580)
        set_friends(db, SECOND_ACCOUNT, 1120)
    products = _private_products(db)
    pictures = []
    for n, colour in enumerate(COLOURS, 1):
        pictures.append(folder / f"茶{n}.png")
        pictures[-1].write_bytes(_png(colour))
    planned = 0
    for n, day in enumerate(range(-20, 11, 2)):
        when = datetime.combine((today + timedelta(days=day)).date(), time(20, 30))
        text, with_picture = POSTS[n % len(POSTS)]
        shows_product = "{product}" in text and bool(products)
        product_id, name = products[n % len(products)] if shows_product else (None, "")
        text = text.format(product=name) if shows_product else text.replace("{product}", "新品")
        account = founder if n % 3 else SECOND_ACCOUNT
        with clock.fixed(min(when, today) - timedelta(days=3)):
            post = add_post(db, data_dir, day=when.date(), account=account, text=text, product_id=product_id,
                            images=[pictures[n % len(pictures)]] if with_picture else [])
        planned += 1
        if when > today:
            continue
        with clock.fixed(when):
            mark_posted(db, post.id)
        for k in range(rng.randint(0, 3)):
            kind = "order" if shows_product and k == 0 else "reply"
            with clock.fixed(when + timedelta(minutes=rng.randint(5, 600))):
                log_reaction(db, post.id, kind=kind, text=rng.choice(REPLIES), customer_id=rng.choice(customer_ids))
    with clock.fixed(today - timedelta(days=1)):
        set_friends(db, founder, 4620)
        set_friends(db, SECOND_ACCOUNT, 1380)
        if products:
            asked = group_customers(db, "important_value", limit=len(OPINIONS))
            for customer, (opinion, note) in zip(asked, OPINIONS, strict=False):
                log_opinion(db, products[-1][0], customer["id"], opinion, note, "important_value")
    return planned
