"""New-product opinions (新品意见): before a private-only product (私域特供) is launched, the owner
asks a chosen group — an RFM segment (:mod:`shopowner.vocab.rfm_segments`) or a tag — what they
think, logs each customer's answer (like / neutral / dislike, and a note), and reads a summary per
product. A customer asked twice counts once, with their newest answer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from shopowner.clock import stamp
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store import moments as store
from shopowner.store.customer_query import fetch_page
from shopowner.store.customers import list_tags
from shopowner.vocab.moments import OPINIONS
from shopowner.vocab.names import display_name
from shopowner.vocab.rfm_segments import SEGMENTS

MAX_NOTE = 500


@dataclass(frozen=True)
class Opinion:
    id: int
    customer_id: int
    customer: str
    opinion: str      # like / neutral / dislike
    note: str
    asked_in: str     # the segment key or "tag:<name>" they were asked in ("" when not said)
    logged_at: str

    def as_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Summary:
    product_id: int
    product_name: str
    total: int
    liked: int
    neutral: int
    disliked: int
    notes: list[str]

    def as_json(self) -> dict:
        return asdict(self)


def group_filters(db: Database, group: str) -> dict:
    """The customer-book filter of a group: an RFM segment key or ``tag:<name>``."""
    if group in SEGMENTS:
        return {"segment": group}
    if group.startswith("tag:"):
        name = group.removeprefix("tag:")
        tag = next((t for t in list_tags(db) if t["name"] == name), None)
        if tag is not None:
            return {"tag_id": tag["id"]}
    raise ValueError(translate("Moments", "“{group}” is neither a customer segment nor a tag: choose one of "
                                          "the segments, or tag:NAME for a tag.").format(group=group))


def group_customers(db: Database, group: str, limit: int = 500) -> list[dict]:
    """Customers of the group to ask (id, name), the most recent buyers first, at most ``limit``."""
    rows = fetch_page(db, group_filters(db, group), limit=limit)
    return [{"id": r["id"], "name": display_name(r["name"], r["nickname"], r["wechat_name"],
                                                 bool(r["erased_at"]), r["id"])} for r in rows]


def log_opinion(db: Database, product_id: int, customer_id: int, opinion: str, note: str = "",
                asked_in: str = "") -> Opinion:
    """Log what one customer thinks of the product (a later answer replaces theirs in the summary)."""
    if store.product_private_only(db, product_id) is None:
        raise LookupError(translate("Moments", "There is no product {id}. The products list shows each "
                                               "one's number.").format(id=product_id))
    if not store.customer_exists(db, customer_id):
        raise LookupError(translate("Moments", "There is no customer {id}. The customer book shows each "
                                               "one's number.").format(id=customer_id))
    if opinion not in OPINIONS:
        raise ValueError(translate("Moments", "An opinion is like, neutral or dislike."))
    note = str(note or "").strip()
    if len(note) > MAX_NOTE:
        raise ValueError(translate("Moments", "The note is longer than {n} characters: shorten it.")
                         .format(n=MAX_NOTE))
    with db.atomic():
        opinion_id = store.insert_opinion(db, product_id=product_id, customer_id=customer_id, opinion=opinion,
                                          note=note, asked_in=asked_in, at=stamp())
    return next(o for o in opinions_of(db, product_id) if o.id == opinion_id)


def opinions_of(db: Database, product_id: int) -> list[Opinion]:
    """Each customer's newest opinion of the product, the newest first."""
    return [Opinion(**{**r, "customer": r["customer"] or display_name("", customer_id=r["customer_id"])})
            for r in store.opinion_rows(db, product_id)]


def summaries(db: Database) -> list[Summary]:
    """Per product with opinions: how many, by opinion, and the notes (newest first)."""
    return [Summary(r["product_id"], r["product_name"], r["total"], r["liked"], r["neutral"], r["disliked"],
                    [o.note for o in opinions_of(db, r["product_id"]) if o.note])
            for r in store.opinion_counts(db)]
