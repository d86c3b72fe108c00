"""The Moments planner (朋友圈): posts planned per day and WeChat account, with text, images
copied into the data folder's ``moments/`` and a linked private-only product (私域特供); marked
posted by hand (the app never posts); and the replies, opinions and orders each one brought,
logged against it. One set of functions for the 朋友圈 area and the ``moments`` command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

from shopowner.clock import stamp
from shopowner.followups.attachments import copy_into, remove_from
from shopowner.i18n import translate
from shopowner.moments.accounts import check_name
from shopowner.paths import moments_dir
from shopowner.store import Database
from shopowner.store import moments as store
from shopowner.vocab.moments import REACTION_KINDS
from shopowner.vocab.names import shown_name

MAX_TEXT = 2000  # WeChat shows a long post folded; a plan longer than this is a mistake
MAX_IMAGES = 9   # WeChat takes nine images per post


@dataclass(frozen=True)
class Post:
    id: int
    day: str              # YYYY-MM-DD the post is planned for
    account: str          # the WeChat account it is posted from
    text: str
    product_id: int | None
    product_name: str     # "" when no product is linked
    status: str           # planned / posted
    posted_at: str | None
    reactions: int
    images: list[str] = field(default_factory=list)  # stored names, in order (moments/…)
    image_names: list[str] = field(default_factory=list)  # the same images' names as they were added
    version: int = 1  # one more at each save (m0021): an edit saves only over the one it read

    def as_json(self) -> dict:
        return asdict(self)


def _post(db: Database, row: dict) -> Post:
    rows = store.image_rows(db, row["id"]) if row["images"] else []
    return Post(row["id"], row["day"], row["account"], row["text"], row["product_id"], row["product_name"],
                row["status"], row["posted_at"], row["reactions"], [i["stored_name"] for i in rows],
                [i["original_name"] for i in rows], row["version"])


def parse_day(text: str | date) -> str:
    """``YYYY-MM-DD`` of a typed day; ValueError with a message for the owner."""
    if isinstance(text, date):
        return text.strftime("%Y-%m-%d")
    try:
        return datetime.strptime(str(text).strip(), "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError:
        raise ValueError(translate("Moments", "“{text}” is not a day: type it as 2026-12-01.")
                         .format(text=text)) from None


def _check(db: Database, day, account: str, text: str, product_id: int | None) -> tuple[str, str, str]:
    day_text, account = parse_day(day), check_name(account)
    text = str(text or "").strip()
    if not text:
        raise ValueError(translate("Moments", "Write the post's text first: what the Moments post will say."))
    if len(text) > MAX_TEXT:
        raise ValueError(translate("Moments", "The post's text is longer than {n} characters: shorten it.")
                         .format(n=MAX_TEXT))
    if product_id is not None:
        private = store.product_private_only(db, product_id)
        if private is None:
            raise LookupError(translate("Moments", "There is no product {id}. The products list shows each "
                                                   "one's number.").format(id=product_id))
        if not private:
            raise ValueError(translate("Moments", "Product {id} is not private-only (私域特供): mark it so in "
                                                  "Products first, or plan the post without it.")
                             .format(id=product_id))
    return day_text, account, text


def get_post(db: Database, post_id: int) -> Post | None:
    rows = store.post_rows(db, ids=[post_id])
    return _post(db, rows[0]) if rows else None


def _must_get(db: Database, post_id: int) -> Post:
    post = get_post(db, post_id)
    if post is None:
        raise LookupError(translate("Moments", "There is no planned post {id}. “moments list” shows each "
                                               "post's number.").format(id=post_id))
    return post


def add_post(db: Database, data_dir: Path, *, day, account: str, text: str, product_id: int | None = None,
             images: Sequence = ()) -> Post:
    """Plan a post; the images are copied into ``moments/`` first, then the post and its images
    are written in one transaction (the copies are removed should that fail)."""
    day_text, account, text = _check(db, day, account, text, product_id)
    _check_count(len(images))
    folder = moments_dir(data_dir)
    copied = copy_into(folder, images, lambda name: store.image_name_taken(db, name))
    try:
        with db.atomic():
            post_id = store.insert_post(db, day=day_text, account=account, text=text, product_id=product_id,
                                        at=stamp())
            store.insert_images(db, post_id, [(c.original_name, c.stored_name, c.size, c.sha256) for c in copied])
    except BaseException:
        remove_from(folder, copied)
        raise
    return _must_get(db, post_id)


def edit_post(db: Database, data_dir: Path, post_id: int, *, day, account: str, text: str,
              product_id: int | None = None, add_images: Sequence = (), remove_images: Sequence[str] = (),
              expected_version: int | None = None) -> Post:
    """Change a post's day, account, text and product; add images and drop some (by stored name).
    ``expected_version``: the version the change was made on; someone else's save since raises
    :class:`~shopowner.store.errors.RowChanged` and nothing is written (no image copied stays)."""
    post = _must_get(db, post_id)
    day_text, account, text = _check(db, day, account, text, product_id)
    _check_count(len(post.images) - len(set(remove_images) & set(post.images)) + len(add_images))
    folder = moments_dir(data_dir)
    copied = copy_into(folder, add_images, lambda name: store.image_name_taken(db, name))
    try:
        with db.atomic():
            store.update_post(db, post_id, day=day_text, account=account, text=text, product_id=product_id,
                              at=stamp(), expected_version=expected_version)
            store.delete_images(db, post_id, list(remove_images))
            store.insert_images(db, post_id, [(c.original_name, c.stored_name, c.size, c.sha256) for c in copied])
    except BaseException:
        remove_from(folder, copied)
        raise
    _remove_unused(db, folder, remove_images)
    return _must_get(db, post_id)


def _check_count(count: int) -> None:
    if count > MAX_IMAGES:
        raise ValueError(translate("Moments", "A Moments post takes at most {n} images.").format(n=MAX_IMAGES))


def _remove_unused(db: Database, folder: Path, names) -> None:
    kept = store.stored_image_names(db)
    for name in names:
        if name not in kept:
            (folder / name).unlink(missing_ok=True)


def delete_post(db: Database, data_dir: Path, post_id: int) -> None:
    post = _must_get(db, post_id)
    with db.atomic():
        store.delete_post(db, post_id)
    _remove_unused(db, moments_dir(data_dir), post.images)


def mark_posted(db: Database, post_id: int, posted: bool = True) -> Post:
    """Mark the post posted now (the owner posted it in WeChat), or planned again."""
    _must_get(db, post_id)
    with db.atomic():
        store.set_status(db, post_id, posted_at=stamp() if posted else None, at=stamp())
    return _must_get(db, post_id)


def list_posts(db: Database, first=None, last=None) -> list[Post]:
    """Posts planned from ``first`` to ``last`` (days, both included; either may be None)."""
    return [_post(db, r) for r in store.post_rows(db, first=parse_day(first) if first else None,
                                                  last=parse_day(last) if last else None)]


def days_with_posts(db: Database, first, last) -> dict[str, tuple[int, int]]:
    """day → (planned, posted) for the days in the range that have posts (the calendar's marks)."""
    return store.post_days(db, parse_day(first), parse_day(last))


def has_posts(db: Database) -> bool:
    return store.has_posts(db)


def image_path(data_dir: Path, stored_name: str) -> Path:
    return moments_dir(data_dir) / stored_name


# reactions ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reaction:
    id: int
    customer_id: int | None
    customer: str
    kind: str
    text: str
    happened_at: str

    def as_json(self) -> dict:
        return asdict(self)


def log_reaction(db: Database, post_id: int, *, kind: str, text: str = "", customer_id: int | None = None) -> Reaction:
    """Log a reply, opinion or order a post brought (with the customer, when known)."""
    _must_get(db, post_id)
    if kind not in REACTION_KINDS:
        raise ValueError(translate("Moments", "A reaction is a reply, an opinion or an order."))
    text = str(text or "").strip()
    if not text and customer_id is None:
        raise ValueError(translate("Moments", "Say who reacted or what they said."))
    if customer_id is not None and not store.customer_exists(db, customer_id):
        raise LookupError(translate("Moments", "There is no customer {id}. The customer book shows each "
                                               "one's number.").format(id=customer_id))
    with db.atomic():
        reaction_id = store.insert_reaction(db, post_id, customer_id=customer_id, kind=kind, text=text, at=stamp())
    return next(r for r in reactions_of(db, post_id) if r.id == reaction_id)


def reactions_of(db: Database, post_id: int) -> list[Reaction]:
    return [Reaction(**{**r, "customer": shown_name(r["customer"], r["customer_id"])})
            for r in store.reaction_rows(db, post_id)]


def private_products(db: Database) -> list[tuple[int, str]]:
    """(id, name) of the private-only products (私域特供) a post may show."""
    return store.private_products(db)
