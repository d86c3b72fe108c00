"""What the matcher already knows of the book's strong keys, so a big import does not ask again.

Matching a chunk asks the book (one indexed probe per value) which customer owns each buyer id,
phone, WeChat id and name + address key of the chunk. In a big file most buyers met again were
met earlier in the same file, and a probe that finds its row costs several times one that does
not. :class:`KnownKeys` remembers the answers — the keys this import stored and the ones the
book gave back — in a bounded LRU (sized in entries, so memory stays flat however long the
file), and :meth:`Resolver.prepare <shopowner.imports.identity.Resolver.prepare>` probes only
the values it does not hold.

It answers a kind of key only when the book holds that kind on no platform but the one the
import writes (so a value's whole answer is one row), and it says "nobody" for a value it
does not hold only while that is certain: the book held no key of that kind when the import
began and nothing has been evicted since. The answers stay true for the whole import: a
transaction's customers are not merged, and a key once stored keeps its owner.
"""

from __future__ import annotations

from itertools import islice

CAPACITY = 20_000  # entries (about 5 MB: the peak RSS of a big import must not grow with it)


class KnownKeys:
    """(kind, value) → customer id for the kinds it was told it may answer."""

    def __init__(self, kinds: dict[str, bool], capacity: int | None = None):
        """``kinds``: each kind it may answer → whether the book held none of it at the start."""
        self.capacity = CAPACITY if capacity is None else capacity
        self._kinds = dict(kinds)
        self._entries: dict[tuple[str, str], int] = {}
        self.evicted = False

    def answers(self, kind: str) -> bool:
        return kind in self._kinds

    def complete(self, kind: str) -> bool:
        """Is a value of ``kind`` it does not hold certainly no one's?"""
        return not self.evicted and self._kinds.get(kind, False)

    def held(self, kind: str, values) -> dict[str, int]:
        """The customer of each of ``values`` (of ``kind``) it holds; they become the most
        recently used."""
        entries = self._entries
        found = {}
        for value in values:
            key = (kind, value)
            customer = entries.pop(key, None)
            if customer is not None:
                entries[key] = customer  # to the end: the most recently used
                found[value] = customer
        return found

    def add(self, keys) -> None:
        """Remember (kind, value, customer) answers of the book it does not hold yet; past
        capacity the least recently used quarter goes at once (a dict keeps its order of use)."""
        entries, kinds = self._entries, self._kinds
        for kind, value, customer in keys:
            if kind in kinds:
                entries[(kind, value)] = customer
        if len(entries) > self.capacity:
            keep = self.capacity - self.capacity // 4
            self._entries = dict(islice(entries.items(), len(entries) - keep, None))
            self.evicted = True

    def forget_all(self) -> None:
        """Customers were deleted (placeholders): ask the book again from now on."""
        self._entries.clear()
        self.evicted = True

    def __len__(self) -> int:
        return len(self._entries)
