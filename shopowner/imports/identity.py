"""Who is this buyer? One customer across platforms, without ever merging on a guess.

Strong keys, strongest first: the platform's buyer id (Taobao 买家会员名, JD 下单帐号, Youzan 买家
昵称), a real 11-digit mobile (the same on every platform: the same person), a WeChat id, and
within one platform the receiver's name + full address. A masked value (``138****1234``,
``张**``) never identifies anyone on its own. Weaker evidence — the same name + address on
another platform, the same nickname — only queues the pair in ``duplicate_candidates`` for the
customer book's review; so does a strong key that already belongs to someone else. An order
with no usable key gets its own anonymous customer (``is_anonymous = 1``); a card code can tie
it to a real person later.

All identities are loaded once per file into dictionaries, so matching 100,000 orders costs no
queries; new ones are written in bulk by :meth:`Resolver.flush`.
"""

from __future__ import annotations

from collections import defaultdict

from shopowner.i18n import translate
from shopowner.store import identities as store

SAME_PHONE = "same_phone"
SAME_BUYER_ID = "same_buyer_id"
SAME_WECHAT = "same_wechat"
SAME_NAME_ADDRESS = "same_name_address"
SAME_NICKNAME = "same_nickname"
SCORES = {SAME_PHONE: 0.9, SAME_BUYER_ID: 0.9, SAME_WECHAT: 0.9, SAME_NAME_ADDRESS: 0.7,
          SAME_NICKNAME: 0.4}
_CONFLICT_REASON = {"phone": SAME_PHONE, "buyer_id": SAME_BUYER_ID, "wechat": SAME_WECHAT,
                    "name_address": SAME_NAME_ADDRESS}


class Resolver:
    """Matches the buyers of one file to customers; counts new and matched customers."""

    def __init__(self, db, platform: str):
        self.db = db
        self.platform = platform
        self.strong: dict[tuple[str, str, str], int] = {}
        self.by_address: dict[str, set[tuple[str, int]]] = defaultdict(set)
        self.by_nickname: dict[str, set[int]] = defaultdict(set)
        for kind, platform_, value, customer in store.all_identities(db):
            if kind == "nickname":
                self.by_nickname[value].add(customer)
                continue
            self.strong[(kind, platform_, value)] = customer
            if kind == "buyer_id":  # Taobao/Youzan buyer ids are nicknames: not stored twice
                self.by_nickname[value].add(customer)
            elif kind == "name_address":
                self.by_address[value].add((platform_, customer))
        self.new_customers: set[int] = set()
        self.matched_customers: set[int] = set()
        self.duplicates_queued = 0
        self.touched: set[int] = set()  # customers whose search entries must be redone
        self._identities: list[tuple[int, str, str, str, int]] = []
        self._pairs: dict[tuple[int, int], str] = {}
        self._filled: set[int] = set()
        self._blank: dict[frozenset, set[int]] = {}  # field names → customers with one blank
        self._customers: list[dict] = []
        self._next_id: int | None = None

    def keys(self, buyer_id="", mobile="", wechat="", address_key="") -> list[tuple[str, str, str]]:
        keys = []
        if buyer_id:
            keys.append(("buyer_id", self.platform, buyer_id))
        if mobile:
            keys.append(("phone", "", mobile))
        if wechat:
            keys.append(("wechat", "", wechat))
        if address_key:
            keys.append(("name_address", self.platform, address_key))
        return keys

    def resolve(self, keys: list, *, existing: int | None = None, nickname: str = "",
                address_key: str = "", customer: dict | None = None) -> int:
        """The customer for these keys: ``existing`` (an order already stored), else the first
        strong key's owner, else a new customer made from ``customer`` (anonymous when no key)."""
        customer = customer or {}
        cid = existing
        if cid is None:
            for key in keys:
                if key in self.strong:
                    cid = self.strong[key]
                    break
        if cid is None:
            if self._next_id is None:
                self._next_id = store.next_customer_id(self.db)
            cid = self._next_id
            self._next_id += 1
            row = {"id": cid, **customer}
            if not keys:
                row["is_anonymous"] = 1
            self._customers.append(row)
            self.new_customers.add(cid)
        elif cid not in self.new_customers:
            self.matched_customers.add(cid)
            if cid not in self._filled and customer and cid in self._with_blanks(customer):
                self._filled.add(cid)
                if store.fill_customer_blanks(self.db, cid, **{
                        k: v for k, v in customer.items() if k != "custom_fields"}):
                    self.touched.add(cid)
        for key in keys:
            owner = self.strong.get(key)
            if owner is None:
                self.strong[key] = cid
                self._identities.append((cid, key[0], key[1], key[2], 0))
            elif owner != cid:
                self._pair(cid, owner, _CONFLICT_REASON[key[0]])
        if address_key:
            for platform, other in self.by_address[address_key]:
                if other != cid and platform != self.platform:
                    self._pair(cid, other, SAME_NAME_ADDRESS)
            self.by_address[address_key].add((self.platform, cid))
        if nickname:
            for other in self.by_nickname[nickname]:
                if other != cid:
                    self._pair(cid, other, SAME_NICKNAME)
            if cid not in self.by_nickname[nickname]:
                self.by_nickname[nickname].add(cid)
                if ("buyer_id", self.platform, nickname) not in keys:
                    self._identities.append((cid, "nickname", self.platform, nickname, 0))
        return cid

    def _with_blanks(self, customer: dict) -> set[int]:
        """The stored customers with a blank among ``customer``'s fields, read once per set of
        field names (a re-import matches every buyer: one query, not one per customer)."""
        fields = frozenset(customer)
        if fields not in self._blank:
            self._blank[fields] = store.customers_with_blanks(self.db, fields)
        return self._blank[fields]

    def _pair(self, a: int, b: int, reason: str) -> None:
        pair = (min(a, b), max(a, b))
        if pair not in self._pairs or SCORES[reason] > SCORES[self._pairs[pair]]:
            self._pairs[pair] = reason

    def flush(self) -> None:
        """Write the new customers, identities and duplicate candidates gathered so far."""
        store.insert_customers(self.db, self._customers)
        self.touched.update(c["id"] for c in self._customers)
        self._customers = []
        store.add_identities(self.db, self._identities)
        self.touched.update(row[0] for row in self._identities)
        self._identities = []
        if self._pairs:
            self.duplicates_queued += store.queue_duplicates(
                self.db, [(a, b, r, SCORES[r]) for (a, b), r in self._pairs.items()])
            self._pairs = {}
