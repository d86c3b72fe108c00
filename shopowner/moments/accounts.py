"""WeChat accounts and their friend counts: WeChat takes at most 5,000 friends on one account, so
from 4,500 an account is nearly full and the buyers new cards bring should go to another one.

The card settings keep the founder's WeChat and QR (:mod:`shopowner.shop_settings`); this module
does not rewire printing, it says which account new cards should send buyers to
(:func:`account_for_new_cards`) and words the warning the 朋友圈 area, ``accounts list`` and the
daily review show (:func:`warnings`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from shopowner.clock import stamp
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store import moments as store
from shopowner.vocab.moments import FRIEND_LIMIT, NEARLY_FULL

MAX_NAME = 40


@dataclass(frozen=True)
class Account:
    name: str
    friends: int
    counted_at: str  # when the friends were counted (YYYY-MM-DD HH:MM:SS)

    @property
    def nearly_full(self) -> bool:
        return self.friends >= NEARLY_FULL

    @property
    def room(self) -> int:
        """How many more friends WeChat takes on this account."""
        return max(FRIEND_LIMIT - self.friends, 0)

    def as_json(self) -> dict:
        return {**asdict(self), "nearly_full": self.nearly_full, "room": self.room}


def check_name(name: str) -> str:
    cleaned = " ".join(str(name or "").split())
    if not cleaned:
        raise ValueError(translate("Moments", "Give the WeChat account's name, as you call it in the shop "
                                              "(for example 微信号A or the founder's name)."))
    if len(cleaned) > MAX_NAME:
        raise ValueError(translate("Moments", "A WeChat account's name may be at most {n} characters.")
                         .format(n=MAX_NAME))
    return cleaned


def set_friends(db: Database, name: str, friends: int) -> Account:
    """Record how many friends ``name`` has now (the account is added when new)."""
    name = check_name(name)
    if not 0 <= int(friends) <= FRIEND_LIMIT:
        raise ValueError(translate("Moments", "A WeChat account has between 0 and {limit} friends; "
                                              "type the number WeChat shows under 通讯录.")
                         .format(limit=f"{FRIEND_LIMIT:,}"))
    with db.atomic():
        store.set_friends(db, name, int(friends), at=stamp())
    return next(a for a in list_accounts(db) if a.name == name)


def list_accounts(db: Database) -> list[Account]:
    """The accounts with a friend count, in the order they were first counted."""
    return [Account(r["name"], r["friends"] or 0, r["counted_at"] or "") for r in store.account_rows(db)]


def account_names(db: Database) -> list[str]:
    """Accounts to offer when planning a post: counted ones, then those posts already used."""
    return list(dict.fromkeys([a.name for a in list_accounts(db)] + store.posting_accounts(db)))


def _founder(db: Database) -> str:
    from shopowner.store.settings import FOUNDER_NAME, get_setting

    return (get_setting(db, FOUNDER_NAME) or "").strip()


def account_for_new_cards(db: Database, preferred: str | None = None) -> str | None:
    """The account new cards should send buyers to: ``preferred`` (by default the founder's, the
    name the cards' WeChat is saved under) while it has room, else the first counted account that
    is not nearly full, else the one with the most room; None when no account was counted."""
    accounts = list_accounts(db)
    preferred = _founder(db) if preferred is None else preferred
    if not accounts:
        return None
    ordered = sorted(accounts, key=lambda a: a.name != preferred)  # stable: the preferred one first
    with_room = [a for a in ordered if not a.nearly_full]
    return (with_room[0] if with_room else max(ordered, key=lambda a: a.room)).name


def warnings(db: Database, preferred: str | None = None) -> list[str]:
    """One sentence per nearly full account, with the account new cards should send buyers to."""
    accounts = list_accounts(db)
    target = account_for_new_cards(db, preferred)
    lines = []
    for account in accounts:
        if not account.nearly_full:
            continue
        if target and target != account.name and not _by_name(accounts, target).nearly_full:
            lines.append(translate("Moments", "{name} already has {friends} friends, close to WeChat's "
                                              "5,000 limit: have new cards send buyers to {other}.")
                         .format(name=account.name, friends=f"{account.friends:,}", other=target))
        else:
            lines.append(translate("Moments", "{name} already has {friends} friends, close to WeChat's "
                                              "5,000 limit: open another WeChat account for new cards "
                                              "and count its friends here.")
                         .format(name=account.name, friends=f"{account.friends:,}"))
    return lines


def _by_name(accounts: list[Account], name: str) -> Account:
    return next(a for a in accounts if a.name == name)
