"""Redeeming a channel code (渠道暗号) in the Ctrl+K box: a friend request carrying the code of a
channel's poster marks the customer added on WeChat and attributes them to the channel.

The customer is the one staff picked; else the one in the book whose WeChat name or nickname is
the name the request gives (or staff typed); else a new customer under that WeChat name (someone
from a live stream or a Xiaohongshu post is often not in the book yet). As with a card code,
every error is a :class:`~shopowner.followups.redeem.RedeemError` and nothing is written then.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime

from shopowner.cards.codes import codes_in_text, normalise
from shopowner.clock import stamp
from shopowner.followups.paste import wechat_name_in
from shopowner.followups.redeem import RedeemError
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store import channels as channels_store
from shopowner.store.customers import add_customer, refresh_customer_totals
from shopowner.store.redemptions import add_wechat_add, customer_row, set_customer_added
from shopowner.vocab.channel_kinds import channel_kind_name
from shopowner.vocab.names import display_name


@dataclass
class ChannelMatch:
    channel_id: int
    name: str
    kind: str
    code: str

    @property
    def kind_name(self) -> str:
        return channel_kind_name(self.kind)


@dataclass
class ChannelAdd:
    """A channel code redeemed: who was marked added, and whether they were new to the book."""

    channel: ChannelMatch
    customer_id: int
    customer_name: str
    created: bool

    def as_dict(self) -> dict:
        return {**asdict(self), "channel_kind_name": self.channel.kind_name}


def find_channel_code(db: Database, text: str) -> ChannelMatch | None:
    """The channel whose code is in ``text`` (case and look-alikes tolerated), or None when the
    text holds no channel's code (it may hold a card's)."""
    codes = codes_in_text(text or "")
    rows = channels_store.channels_by_codes(db, codes)
    if len(rows) > 1:  # a code typed exactly wins over look-alike readings of it
        typed = re.sub(r"[\s\-]", "", normalise(text))
        literal = [r for r in rows if r["code"] in typed]
        rows = literal if len(literal) == 1 else rows
    if len(rows) > 1:
        raise RedeemError(translate("Redeem", "The paste could mean several channels ({codes}). Paste only the "
                                              "code the person sent.").format(codes=", ".join(r["code"] for r in rows)))
    if not rows:
        return None
    row = rows[0]
    return ChannelMatch(row["id"], row["name"], row["kind"], row["code"])


def _customer(db: Database, customer_id: int | None, wechat_name: str) -> int | None:
    """The customer to mark (None: a new one is made under ``wechat_name``)."""
    if customer_id is not None:
        if customer_row(db, customer_id) is None:
            raise RedeemError(translate(
                "Redeem", "Customer #{id} does not exist (it may have been merged or erased). "
                          "Search again and pick the customer from the list.").format(id=customer_id))
        return customer_id
    if not wechat_name:
        raise RedeemError(translate("Redeem", "Type the WeChat name the request shows, or pick the customer "
                                              "below: a channel code does not say who sent it."))
    found = channels_store.customers_called(db, wechat_name)
    if len(found) > 1:
        raise RedeemError(translate("Redeem", "{n} customers are called “{name}” on WeChat. Pick the one who "
                                              "sent the code in the search below.")
                          .format(n=len(found), name=wechat_name))
    return found[0] if found else None


def redeem_channel(db: Database, text: str, *, customer_id: int | None = None, wechat_name: str = "",
                   remark: str = "", account: str = "", now: datetime | None = None) -> ChannelAdd:
    """Find the channel code in ``text`` and mark the customer (see the module) added on WeChat
    through that channel (``customers.channel_id``), all or nothing."""
    when = stamp(now)
    wechat_name = (wechat_name or "").strip() or wechat_name_in(text)
    remark, account = (remark or "").strip(), (account or "").strip()
    with db.atomic():
        channel = find_channel_code(db, text)
        if channel is None:
            raise RedeemError(translate("Redeem", "No channel code found in “{text}”. A channel's code is printed "
                                                  "on its poster.").format(text=normalise(text.strip())[:40]))
        target = _customer(db, customer_id, wechat_name)
        created = target is None
        if target is None:
            target = add_customer(db, wechat_name=wechat_name, wechat_status="added", wechat_added_at=when,
                                  channel_id=channel.channel_id, now=now)
        set_customer_added(db, target, wechat_name=wechat_name, remark=remark, account=account, when=when)
        channels_store.set_customer_channel(db, target, channel.channel_id, when)
        add_wechat_add(db, target, card_id=None, via="code", wechat_name=wechat_name, remark=remark,
                       account=account, when=when, channel_id=channel.channel_id)
        refresh_customer_totals(db, [target])
        row = customer_row(db, target)
    assert row is not None
    name = display_name(row["name"], row["nickname"], row["wechat_name"], customer_id=target)
    return ChannelAdd(channel, target, name, created)
