"""Who is this buyer? One customer across platforms, without ever merging on a guess.

Strong keys, strongest first: the platform's buyer id (Taobao 买家会员名, JD 下单帐号, Youzan 买家
昵称), a real 11-digit mobile (the same on every platform: the same person), a WeChat id, and
within one platform the receiver's name + full address. A masked value (``138****1234``,
``张**``) never identifies anyone on its own. Weaker evidence — the same name + address on
another platform, the same nickname — only queues the pair in ``duplicate_candidates`` for the
customer book's review; so does a strong key that already belongs to someone else. An order
with no usable key gets its own anonymous customer (``is_anonymous = 1``); a card code can tie
it to a real person later.

The file is matched chunk by chunk: :meth:`Resolver.prepare` reads, in a few indexed queries,
what the book knows of the chunk's keys, nicknames and addresses (including what earlier chunks
of the same file wrote: each chunk ends with :meth:`Resolver.flush`), so an import into a big
shop reads only the identities it meets and the memory it takes does not grow with the file or
the shop. The only state kept across chunks is what the book cannot answer: which customers are
new (an id range), which known ones were matched, and the few nickname links a conflict kept out
of the book.
"""

from __future__ import annotations

from collections import defaultdict

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
    """Matches the buyers of one file to customers; counts new and matched customers.

    For each chunk: :meth:`prepare` with every buyer's keys, nickname and address key, then
    :meth:`resolve` per buyer, then :meth:`flush`."""

    def __init__(self, db, platform: str):
        self.db = db
        self.platform = platform
        # what the book knows of the current chunk's keys (refilled by prepare)
        self.strong: dict[tuple[str, str, str], int] = {}
        self.by_address: dict[str, set[tuple[str, int]]] = defaultdict(set)
        self.by_nickname: dict[str, set[int]] = defaultdict(set)
        # nickname links of this file that the book does not hold (the value was someone
        # else's buyer id or nickname already): kept so later chunks still see them
        self._unstored_nicknames: dict[str, set[int]] = defaultdict(set)
        self.matched_customers: set[int] = set()  # known customers met (not new ones)
        self.duplicates_queued = 0
        self.touched: set[int] = set()  # known customers whose search entries must be redone
        self._identities: list[tuple[int, str, str, str, int]] = []
        self._pairs: dict[tuple[int, int], str] = {}
        self._filled: set[int] = set()
        # field names → (the chunk's customers asked about, those with a blank among them)
        self._blank: dict[frozenset, tuple[set[int], set[int]]] = {}
        self._candidates: set[int] = set()  # the chunk's known customers (for _blank)
        self._customers: list[dict] = []
        self._first_id: int | None = None
        self._next_id: int | None = None

    @property
    def new_customers(self) -> range:
        """The customers this file created (their ids follow each other)."""
        if self._first_id is None or self._next_id is None:
            return range(0)
        return range(self._first_id, self._next_id)

    def is_new(self, customer: int) -> bool:
        """Did this file create the customer? (New ids come after every stored one.)"""
        return self._first_id is not None and customer >= self._first_id

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

    def prepare(self, buyers, customers=()) -> None:
        """Read what the book knows about the next chunk's buyers, given as ``(keys, nickname,
        address_key)`` (``customers``: known customers the chunk will meet by other means,
        e.g. its stored orders', whose blanks may be filled)."""
        values: dict[str, set[str]] = defaultdict(set)
        for keys, nickname, address_key in buyers:
            for kind, _platform, value in keys:
                values[kind].add(value)
            if nickname:  # a nickname is compared with other buyers' nicknames and buyer ids
                values["nickname"].add(nickname)
                values["buyer_id"].add(nickname)
            if address_key:
                values["name_address"].add(address_key)
        self.strong.clear()
        self.by_address.clear()
        self.by_nickname.clear()
        self._blank.clear()
        self._candidates = set(customers)
        for kind, platform, value, customer in store.identities_with_values(self.db, values):
            self._candidates.add(customer)
            if kind == "nickname":
                self.by_nickname[value].add(customer)
                continue
            self.strong[(kind, platform, value)] = customer
            if kind == "buyer_id":  # Taobao/Youzan buyer ids are nicknames: not stored twice
                self.by_nickname[value].add(customer)
            elif kind == "name_address":
                self.by_address[value].add((platform, customer))
        for nickname in values["nickname"] & self._unstored_nicknames.keys():
            self.by_nickname[nickname] |= self._unstored_nicknames[nickname]

    def resolve(self, keys: list, *, existing: int | None = None, nickname: str = "",
                address_key: str = "", customer: dict | None = None) -> int:
        """The customer for these keys: ``existing`` (an order already stored), else the first
        strong key's owner, else a new customer made from ``customer`` (anonymous when no key).
        The keys, nickname and address key must have been given to :meth:`prepare`."""
        customer = customer or {}
        cid = existing
        if cid is None:
            for key in keys:
                if key in self.strong:
                    cid = self.strong[key]
                    break
        if cid is None:
            if self._next_id is None:
                self._first_id = self._next_id = store.next_customer_id(self.db)
            cid = self._next_id
            self._next_id += 1
            row = {"id": cid, **customer}
            if not keys:
                row["is_anonymous"] = 1
            self._customers.append(row)
        elif not self.is_new(cid):
            self.matched_customers.add(cid)
            if cid not in self._filled and customer and cid in self._with_blanks(customer, cid):
                self._filled.add(cid)
                if store.fill_customer_blanks(self.db, cid, **{
                        k: v for k, v in customer.items() if k != "custom_fields"}):
                    self.touched.add(cid)
        for key in keys:
            owner = self.strong.get(key)
            if owner is None:
                self.strong[key] = cid
                self._identity(cid, key[0], key[1], key[2])
            elif owner != cid:
                self._pair(cid, owner, _CONFLICT_REASON[key[0]])
        if address_key:
            for platform, other in self.by_address[address_key]:
                if other != cid and platform != self.platform:
                    self._pair(cid, other, SAME_NAME_ADDRESS)
            self.by_address[address_key].add((self.platform, cid))
        if nickname:
            others = self.by_nickname[nickname]
            for other in others:
                if other != cid:
                    self._pair(cid, other, SAME_NICKNAME)
            if cid not in others:
                own_buyer_id = ("buyer_id", self.platform, nickname)
                if own_buyer_id in keys:  # the buyer id row says it, when it is cid's
                    unstored = self.strong.get(own_buyer_id) != cid
                else:  # the book may already hold this value as someone else's nickname
                    self._identity(cid, "nickname", self.platform, nickname)
                    unstored = bool(others)
                others.add(cid)
                if unstored:
                    self._unstored_nicknames[nickname].add(cid)
        return cid

    def _identity(self, cid: int, kind: str, platform: str, value: str) -> None:
        self._identities.append((cid, kind, platform, value, 0))
        if not self.is_new(cid):
            self.touched.add(cid)

    def _with_blanks(self, customer: dict, cid: int) -> set[int]:
        """The chunk's known customers with a blank among ``customer``'s fields, read once per
        chunk and set of field names (a re-import matches every buyer: one query per chunk)."""
        fields = frozenset(customer)
        checked, blank = self._blank.setdefault(fields, (set(), set()))
        if cid not in checked:  # the chunk's customers at once (cid: met some way not told of)
            ask = {c for c in self._candidates | {cid} if c not in checked and not self.is_new(c)}
            blank |= store.customers_with_blanks(self.db, fields, ask)
            checked |= ask
        return blank

    def _pair(self, a: int, b: int, reason: str) -> None:
        pair = (min(a, b), max(a, b))
        if pair not in self._pairs or SCORES[reason] > SCORES[self._pairs[pair]]:
            self._pairs[pair] = reason

    def flush(self) -> None:
        """Write the new customers, identities and duplicate candidates gathered so far."""
        store.insert_customers(self.db, self._customers)
        self._customers = []
        store.add_identities(self.db, self._identities)
        self._identities = []
        if self._pairs:
            self.duplicates_queued += store.queue_duplicates(
                self.db, [(a, b, r, SCORES[r]) for (a, b), r in self._pairs.items()])
            self._pairs = {}
