"""Typed change notices: after a write, say *what* changed, so each screen redraws only what it
shows, and only when it is on screen.

A :class:`Change` names the kinds of records written (``topics``) and, when known, which
customers they belong to (``customer_ids``). It is plain data (no Qt): the core may build one,
the window carries it.

How a window area uses it (``shopowner/ui/main_window.py``, ``shopowner/ui/notices.py``)::

    # after a write
    window.announce(customers_edited([cid]))                  # a note, a tag, a stage, WeChat
    window.announce(Change.of(FOLLOWUPS, REMINDERS, customer_ids=[cid]))
    window.announce(customers_added([new_id]))                # also deleted, merged, unmerged
    window.announce(orders_imported())                        # ids unknown: anyone may change
    window.announce(Change.of(LETTERS, customer_ids=[]))      # belongs to no customer

    # to listen: ui/notices.listen does the bookkeeping below for a view
    listen(self, window, self.reload, ORDERS, CARDS, first=True)   # topics it shows
    def reload(self, change):
        ...  # re-read off the GUI thread (shopowner.tasks), only change.customer_ids if known

    # which is, by hand (the customer book does it itself):
    window.changed.connect(self.on_change)                    # receives the Change
    def on_change(self, change):
        if not change.touches(CUSTOMERS, ORDERS):
            return                                            # not what this area shows
        if not self.isVisible():
            self.stale = self.stale.merge(change) if self.stale else change
            return                                            # redraw when shown again
        ...

``window.changed`` is the only "something changed" signal: a write that does not announce is
seen by no one, and a listener that reads on the GUI thread or while hidden stalls the window
on a big shop. The window itself redraws its title on ``SETTINGS`` and, on an import (``ORDERS``
for customers unknown), has the reminder keeper generate the reminders newly due.

Which topics a write names (what each area listens for in brackets):

==================  ==================================================================
``CUSTOMERS``       a customer's row: names, contacts, notes, custom fields, WeChat status,
                    stage, tags, totals (customer book, detail pane, follow-ups lists,
                    review, growth, printed cards, the cards preview when one of its cards
                    is theirs)
``ORDERS``          orders and their items (book totals, detail, cards preview, printed
                    cards, review, growth; an import: the reminder keeper)
``CARDS``           cards printed, reserved, reprinted, redeemed (cards preview, printed
                    cards, review, growth)
``FOLLOWUPS``       follow-up log entries (detail timeline, to do today, follow-up log,
                    review)
``FEEDBACK``        feedback, complaints and their status (detail, book's complaint filter,
                    feedback, review material, review)
``REMINDERS``       reminders, their rules, snoozes, review reads (to do today, review)
``LETTERS``         letters and their versions (cards preview, printed cards, growth)
``PRODUCTS``        products' print names, what ``{商品}`` prints (cards preview)
``CHANNELS``        channels (渠道), their costs and codes (growth)
``MOMENTS``         朋友圈: planned posts, their reactions, WeChat accounts' friend counts,
                    new-product opinions (朋友圈 area, review)
``TAGS``            the tag list itself: a tag renamed, recoloured or created (filter bar)
``SETTINGS``        shop settings: names, QR, design, layout (title bar, cards preview)
==================  ==================================================================

The empty states (``ui/empty_state.py``) check again on ``membership`` and on what makes their
area empty or not (``SHOWS`` there).

``membership=True`` says customers appeared or went (added, deleted, merged, unmerged, an
import): a list must be queried again, not just redrawn row by row.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Iterable

CUSTOMERS = "customers"
ORDERS = "orders"
CARDS = "cards"
FOLLOWUPS = "followups"
FEEDBACK = "feedback"
REMINDERS = "reminders"
LETTERS = "letters"
PRODUCTS = "products"
CHANNELS = "channels"
MOMENTS = "moments"
TAGS = "tags"
SETTINGS = "settings"
TOPICS = frozenset({CUSTOMERS, ORDERS, CARDS, FOLLOWUPS, FEEDBACK, REMINDERS, LETTERS, PRODUCTS, CHANNELS,
                   MOMENTS, TAGS, SETTINGS})


@dataclass(frozen=True)
class Change:
    """What one write (or several, merged) changed.

    ``customer_ids`` is ``None`` when the writer does not know which customers (any may have
    changed); an empty set means the change belongs to no customer (a letter, a setting)."""

    topics: frozenset[str]
    customer_ids: frozenset[int] | None = None
    membership: bool = False
    source: str = ""  # who announced it, for logs and tests

    def __post_init__(self):
        unknown = set(self.topics) - TOPICS
        if unknown:
            raise ValueError(f"unknown change topics: {sorted(unknown)}")

    @classmethod
    def of(cls, *topics: str, customer_ids: Iterable[int] | None = None,
           membership: bool = False, source: str = "") -> Change:
        ids = None if customer_ids is None else frozenset(int(i) for i in customer_ids)
        return cls(frozenset(topics), ids, membership, source)

    @classmethod
    def everything(cls, source: str = "") -> Change:
        """Anything may have changed (a new shop filled by the set-up or the demo, a restore)."""
        return cls(TOPICS, None, True, source)

    def touches(self, *topics: str) -> bool:
        """True when any of ``topics`` changed."""
        return not self.topics.isdisjoint(topics)

    def touches_customer(self, customer_id: int | None) -> bool:
        """True when the change may concern this customer (unknown ids concern everyone)."""
        return customer_id is not None and (self.customer_ids is None
                                            or customer_id in self.customer_ids)

    def merge(self, other: Change) -> Change:
        """One notice standing for both (what an area kept while hidden)."""
        if self.customer_ids is None or other.customer_ids is None:
            ids = None
        else:
            ids = self.customer_ids | other.customer_ids
        return Change(self.topics | other.topics, ids, self.membership or other.membership,
                      self.source if self.source == other.source else "merged")


def customers_edited(customer_ids: Iterable[int], *also: str, source: str = "") -> Change:
    """Customers' own rows changed (and optionally ``also`` other topics, e.g. FOLLOWUPS)."""
    return Change.of(CUSTOMERS, *also, customer_ids=customer_ids, source=source)


def customers_added(customer_ids: Iterable[int] | None = None, source: str = "") -> Change:
    """New customers (by hand, by a redeemed code): lists query again."""
    return Change.of(CUSTOMERS, customer_ids=customer_ids, membership=True, source=source)


def customers_removed(customer_ids: Iterable[int] | None = None, *also: str,
                      source: str = "") -> Change:
    """Customers deleted, merged away or back (undo merge): lists query again. Their orders,
    follow-ups… went or moved with them: pass those topics as ``also``."""
    return Change.of(CUSTOMERS, *also, customer_ids=customer_ids, membership=True, source=source)


def orders_imported(source: str = "import") -> Change:
    """An import: orders and customers, any of them, new ones among them, and the reminders the
    import made due."""
    return Change.of(ORDERS, CUSTOMERS, REMINDERS, customer_ids=None, membership=True, source=source)
