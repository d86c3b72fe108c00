"""The growth view's figures (the window and ``growth`` in the CLI show the same ones).

The brief's stage-3 arithmetic: the pool is an asset worth (private customers × average order
value). Card conversion shows whether the founder's letter works; repeat rate compares private
customers with the rest, which is the whole argument for the private domain.

Definitions, so every number means one thing:
- *customers*: the customer book's own count (the same number the book shows, and with the WeChat
  filter, the same as its 微信：已加 count);
- *buyers* (the platform table): customers with at least one paid order (not unpaid, not
  closed) placed on that platform in the period; the total line counts each buyer once;
- *paid orders* and *revenue* (paid minus refunds) in the period; cards printed in the period
  and how many of their codes came back;
- the repeat rates and the pool are all-time figures of the book;
- per channel: see :mod:`shopowner.channels.figures`.
The SQL lives in ``shopowner.store.growth``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from shopowner import clock
from shopowner.channels.figures import channel_figures
from shopowner.i18n import translate
from shopowner.insights import card_rates, repeat_value
from shopowner.insights.stats import wilson
from shopowner.progress import Progress, maybe
from shopowner.store import Database
from shopowner.store import growth as store
from shopowner.store import rfm
from shopowner.vocab.rfm_segments import segment_label


@dataclass
class Growth:
    since: str | None
    customers: int = 0
    private_customers: int = 0
    private_share: float = 0.0
    buyers_in_period: int = 0
    buyers_all_time: int = 0
    new_private_in_period: int = 0
    cards_printed: int = 0
    cards_redeemed: int = 0
    card_conversion: float = 0.0
    repeat_rate_private: float = 0.0
    repeat_rate_public: float = 0.0
    average_order_fen: int = 0
    pool_value_fen: int = 0
    private_spend_fen: int = 0
    card_conversion_ci: tuple[float, float] = (0.0, 0.0)
    by_letter_version: list[dict] = field(default_factory=list)
    ab: dict | None = None  # the verdict for the letter with the most cards (see card_rates)
    ab_by_letter: list[dict] = field(default_factory=list)
    by_batch: list[dict] = field(default_factory=list)
    by_product: list[dict] = field(default_factory=list)
    by_platform_cards: list[dict] = field(default_factory=list)
    by_platform: list[dict] = field(default_factory=list)
    platform_total: dict = field(default_factory=dict)
    platform_note: str = ""
    channels: list[dict] = field(default_factory=list)  # per channel (shopowner.channels.figures)
    monthly: list[dict] = field(default_factory=list)
    repeat: dict = field(default_factory=dict)  # private / others: buyers, repeat, rate, interval
    order_value: dict = field(default_factory=dict)  # private / others: orders, revenue, mean, interval
    private_revenue_fen: int = 0  # paid orders of private customers in the period
    private_orders_revenue_fen: int = 0  # orders sold over WeChat (platform ``private``)
    pool_by_month: list[dict] = field(default_factory=list)
    rfm: list[dict] = field(default_factory=list)  # key, name, customers (see store.rfm)
    rfm_means: dict = field(default_factory=dict)  # the averages R, F and M are measured against

    @property
    def customers_without_paid_order(self) -> int:
        return self.customers - self.buyers_all_time

    def as_dict(self) -> dict:
        return {**asdict(self), "customers_without_paid_order": self.customers_without_paid_order}


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _interval(part: int, whole: int) -> tuple[float, float]:
    low, high = wilson(part, whole)
    return round(low, 4), round(high, 4)


def months_between(first: str, last: str) -> list[str]:
    """Every month ``YYYY-MM`` from ``first`` to ``last`` inclusive."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _monthly(db: Database, since: str | None, today: date) -> list[dict]:
    """One row per month of the period (months without anything included, as zeros)."""
    counts = store.monthly(db, since)
    if not counts and since is None:
        return []  # nothing ever happened: no months to show
    this_month = today.strftime("%Y-%m")
    first = since[:7] if since else min(counts, default=this_month)
    last = max([this_month, *counts])
    return [{"month": m, **counts.get(m, {"orders": 0, "cards": 0, "adds": 0})}
            for m in months_between(first, last)]


def _platform_note(g: Growth, db: Database) -> str:
    if g.by_platform:
        book = translate("Growth", "The book holds %Ln customer(s): {buyers} with a paid order, "
                                   "{rest} with only unpaid or closed orders or none (e.g. from a "
                                   "customer list).", "", g.customers).format(
            buyers=f"{g.buyers_all_time:,}",
            rest=f"{g.customers_without_paid_order:,}")
        if g.since is None:
            return book
        return translate("Growth", "%Ln customer(s) bought since {since} (each counted once in "
                                   "the total, even on several platforms). {book}", "",
                         g.buyers_in_period).format(since=g.since, book=book)
    dates = store.order_dates(db)
    if dates["last"] is None:
        return translate("Growth", "No orders yet: import an order export (File → Import orders) "
                                   "and each platform appears here.")
    if dates["last_paid"] is None:
        return translate("Growth", "No paid orders yet: the imported orders are all unpaid or "
                                   "closed.")
    return translate("Growth", "No paid orders since {since}: the newest paid order is from "
                               "{last}. Choose “All time” or a longer period to see the platforms.") \
        .format(since=g.since, last=dates["last_paid"][:10])


def growth_figures(db: Database, days: int | None = None, today: date | None = None,
                   progress: Progress | None = None) -> Growth:
    """Figures for the last ``days`` days (today included), or for all time when ``None``.

    A newer request (another period) cancels this one between queries through ``progress``.
    """
    progress = maybe(progress)
    today = today or clock.today()
    since = (today - timedelta(days=days - 1)).isoformat() if days else None

    g = Growth(since=since)
    g.customers = store.book_customers(db)
    g.private_customers = store.book_customers(db, wechat="added")
    g.private_share = _ratio(g.private_customers, g.customers)
    g.new_private_in_period = store.new_wechat_adds(db, since)
    g.cards_printed, g.cards_redeemed = store.cards_printed(db, since)
    g.card_conversion = _ratio(g.cards_redeemed, g.cards_printed)
    g.card_conversion_ci = _interval(g.cards_redeemed, g.cards_printed)

    progress.check()
    g.repeat = repeat_value.repeat_rates(db)
    g.repeat_rate_private = g.repeat["private"]["rate"]
    g.repeat_rate_public = g.repeat["others"]["rate"]
    g.average_order_fen = store.average_order_fen(db, since)
    g.pool_value_fen = g.private_customers * g.average_order_fen
    g.private_spend_fen = store.private_spend_fen(db)
    g.order_value = repeat_value.order_values(db, since)
    g.private_revenue_fen = g.order_value["private"]["revenue_fen"]
    g.private_orders_revenue_fen = store.private_order_revenue_fen(db, since)

    progress.check()
    g.by_letter_version = [card_rates.with_interval(r) for r in store.by_letter_version(db, since)]
    g.ab_by_letter = card_rates.ab_by_letter(g.by_letter_version)
    g.ab = g.ab_by_letter[0] if g.ab_by_letter else None
    g.by_batch = card_rates.by_batch(db, since)
    g.by_platform_cards = card_rates.by_platform(db, since)
    progress.check()
    g.by_product = card_rates.by_product(db, since)
    g.by_platform = store.by_platform(db, since)
    g.platform_total = store.all_platforms(db, since)
    for row in [*g.by_platform, g.platform_total]:
        row["private_share"] = _ratio(row["private"], row["buyers"])
    g.buyers_in_period = g.platform_total["buyers"]
    g.buyers_all_time = g.buyers_in_period if since is None else store.all_platforms(db, None)["buyers"]
    g.platform_note = _platform_note(g, db)

    g.channels = channel_figures(db, since, today)

    progress.check()
    g.monthly = _monthly(db, since, today)
    g.pool_by_month = repeat_value.pool_by_month(db, [m["month"] for m in g.monthly])
    progress.check()
    at = None if today == clock.today() else datetime.combine(today, time(23, 59, 59))
    counts, g.rfm_means = rfm.segments(db, at)
    g.rfm = [{"key": key, "name": segment_label(key), "customers": n} for key, n in counts.items()]
    return g
