"""Numbered schema steps for the shop file (``sqlite_utils.Migrations``).

Each step runs once, inside one transaction with its record in ``_sqlite_migrations``; applying
the set again does nothing. A file that records a step this app does not know was written by a
newer ShopOwner and is refused (see :func:`check_not_newer`). Add new steps at the end only,
named ``mNNNN_what``; never edit a step that has shipped. What each table holds: ``docs/schema.md``.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database, Migrations

from shopowner.i18n import translate
from shopowner.store import schema_m0003 as m0003
from shopowner.store.schema_m0001 import INITIAL_SCHEMA
from shopowner.store.schema_m0018 import MOMENTS_SCHEMA
from shopowner.store.schema_m0020 import STAFF_SCHEMA
from shopowner.store.schema_steps import (
    M0008_CARDS, M0010_SORT_KEYS, M0012_SCHEMA, M0015_BACKFILL, M0015_SCHEMA, M0016_SCHEMA, M0017_SCHEMA,
    MORE_ROW_VERSIONS, ROW_VERSIONS,
)

MIGRATION_SET = "shopowner"
migrations = Migrations(MIGRATION_SET)


def run_script(db: Database, script: str) -> None:
    """Execute ``;``-separated DDL statement by statement (``executescript`` would COMMIT)."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m0001_initial(db: Database) -> None:
    db.execute("PRAGMA application_id = 1397247824")  # 0x53484F50, "SHOP" (store.db.APPLICATION_ID)
    run_script(db, INITIAL_SCHEMA)


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]


def check_not_newer(db: Database, path: Path) -> None:
    """Refuse a file that records schema steps this version does not know (written by a newer app)."""
    from shopowner.store.db import NewerDatabase

    known = set(known_migrations())
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise NewerDatabase(
            translate(
                "Store",
                "The data file {path} was written by a newer version of ShopOwner. It has been left "
                "untouched. Install the newest ShopOwner to open it.",
            ).format(path=path)
        )


def has_pending(db: Database) -> bool:
    return bool(migrations.pending(db))


def migrate(db: Database) -> list[str]:
    """Switch on WAL and apply pending steps; returns the names applied now. A file that already
    holds a shop is backed up first (``backups/shopowner-DATE-migration.db``)."""
    db.execute("PRAGMA journal_mode = WAL").fetchall()
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        from shopowner.store.backups import backup_before_migration

        backup_before_migration(db)
    migrations.apply(db)
    return pending


# customers area: search index (FTS5 trigram + short n-grams + phone tails), sort indexes -------
# Two steps carry the number 0003 (they were written side by side). Their names stay as they are:
# sqlite-utils knows what ran by name, shop files record both, and both run in this order.
@migrations()
def m0003_customers_search(db: Database) -> None:
    run_script(db, m0003.SEARCH_SCHEMA)
    for trigger in m0003.SEARCH_TRIGGERS:
        db.execute(trigger)
    db.execute("INSERT INTO search_seq (i) SELECT value FROM json_each(?)",
               [f"[{','.join(str(i) for i in range(1, 201))}]"])
    m0003.rebuild_search_index(db)


@migrations()
def m0003_customers_stage_trigger(db: Database) -> None:
    """A WeChat add written by any area moves an automatic stage (e.g. new → added) at once."""
    db.execute(m0003.STAGE_TRIGGER)


@migrations()
def m0006_customers_short_words_in_address_and_notes(db: Database) -> None:
    """1-2 character searches also look in the address and the notes (not only the names).

    The index triggers are recreated and the index rebuilt; notes are indexed up to 1,000
    characters.
    """
    m0003.drop_search_triggers(db)
    for trigger in m0003.SEARCH_TRIGGERS:
        db.execute(trigger)
    db.execute("INSERT OR IGNORE INTO search_seq (i) SELECT value FROM json_each(?)",
               [f"[{','.join(str(i) for i in range(1, 1001))}]"])
    m0003.rebuild_search_index(db)


@migrations()
def m0007_customers_short_words_as_fts(db: Database) -> None:
    """The 2-character pieces move from one row each (``customer_grams``) to one FTS5 document
    per customer (``customer_bigrams``): a big import wrote ~35 index rows per customer.

    The index triggers are recreated and the index rebuilt.
    """
    m0003.drop_search_triggers(db)
    m0003.upgrade_search_structure(db)
    for trigger in m0003.SEARCH_TRIGGERS:
        db.execute(trigger)
    m0003.rebuild_search_index(db)


# cards area: reserved card codes ------------------------------------------------------------
@migrations(transactional=False)
def m0008_cards_reserved_codes(db: Database) -> None:
    """Cards get a ``state``: ``reserved`` (a code handed to a planned card, not printed yet) or
    ``printed``. Every existing card is printed. ``printed_at`` is NULL while a card is reserved, so
    anything counting by print time counts printed cards only; ``printed_cards`` is the view of
    those. At most one reserved card per order (an order keeps its code across re-plans).
    ``card_pdf_writes`` lists PDFs being written, so a run that was killed can be cleaned up.
    Cards printed per letter version are counted from an index (the letter editor shows them).

    ``printed_at`` becomes nullable, which SQLite can only do by rebuilding the table: foreign
    keys are switched off meanwhile (``wechat_adds.card_id`` points here and must not be cleared).
    """
    columns = [row[1] for row in db.execute("PRAGMA table_info(cards)").fetchall()]
    if "state" in columns:  # already rebuilt by a run stopped before its record was written
        return
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            run_script(db, M0008_CARDS)
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"cards rebuild broke foreign keys: {problems[:5]}")
    finally:
        db.execute("PRAGMA foreign_keys = ON")


@migrations()
def m0009_product_print_names(db: Database) -> None:
    """The owner's own print names for products (what ``{商品}`` prints on a card), keyed by the
    listing title without its promotion tags."""
    db.execute("""
        CREATE TABLE product_print_names (
            title_key TEXT PRIMARY KEY,
            print_name TEXT NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
        )""")


@migrations()
def m0010_customer_book_sort_keys(db: Database) -> None:
    """Sorting the customer book by phone or by tags reads stored keys instead of computing them
    per customer (285 ms and 841 ms on 200,000 customers before): ``customers.list_phone`` (the
    phone the list shows: an unmasked one first) and ``customers.tag_names`` (the customer's tag
    names in name order), each indexed and kept by triggers. Their trigger names contain
    ``search``, so bulk writes pause them with the search index, which then recomputes them.

    The first and last order dates are recomputed from the orders that count (paid: not unpaid,
    not closed), like the order count and the spend: a buyer whose only order was never paid
    showed 0 orders, ¥0.00 and a first-order date.

    The duplicates queue is read best first along an index (150 ms for 50,000 pending pairs
    before)."""
    run_script(db, M0010_SORT_KEYS)
    db.execute("""UPDATE customers SET
        first_order_at = (SELECT min(created_at) FROM orders WHERE customer_id = customers.id
                          AND status NOT IN ('unpaid', 'closed')),
        last_order_at = (SELECT max(created_at) FROM orders WHERE customer_id = customers.id
                         AND status NOT IN ('unpaid', 'closed'))
        WHERE first_order_at IS NOT NULL""")


# letters: versions a founder can browse and restore -------------------------------------------
@migrations()
def m0011_letter_versions_restored_from(db: Database) -> None:
    """A version made by restoring an older one remembers which (``restored_from``: its number),
    and cards are indexed by letter version, state and redemption, so a version's printed and
    redeemed counts read the index alone."""
    run_script(db, """
ALTER TABLE letter_versions ADD COLUMN restored_from INTEGER;
CREATE INDEX IF NOT EXISTS idx_cards_version_redeemed ON cards(letter_version_id, state, redeemed_at)
""")


# follow-ups area: reminder reasons worded when shown; indexes for reminders and due dates ------


@migrations()
def m0012_followups_reminder_reasons(db: Database) -> None:
    """Generated reminders keep their reason as values (a card code, a date, days) in
    ``reason_args`` and are worded when shown, so they read in the language the owner chose;
    ``note`` keeps only what a person typed. Existing reminders get their values from their
    ``source_key`` (``rule:…:date:days``) and their card or complaint. Indexes: reminders by
    customer, planned contact dates, and attachments by follow-up and by feedback (the lists
    count each row's files)."""
    import json

    run_script(db, M0012_SCHEMA)
    rows = db.execute("SELECT id, rule, source_key FROM reminders WHERE source_key IS NOT NULL "
                      "AND rule IN ('card_not_added', 'no_chat_after_add', 'rebuy_window', "
                      "'complaint_open', 'next_contact')").fetchall()
    for reminder_id, rule, key in rows:
        parts = key.split(":")
        args = None
        if rule == "card_not_added" and len(parts) == 2 and parts[1].isdigit():
            card = db.execute("SELECT code, substr(printed_at, 1, 10) FROM cards WHERE id = ?",
                              [int(parts[1])]).fetchone()
            args = {"code": card[0], "date": card[1]} if card else None
        elif rule == "no_chat_after_add" and len(parts) == 3:
            args = {"date": parts[2]}
        elif rule == "rebuy_window" and len(parts) == 4 and parts[3].isdigit():
            args = {"date": parts[2], "days": int(parts[3])}
        elif rule == "complaint_open" and len(parts) == 2 and parts[1].isdigit():
            opened = db.execute("SELECT substr(created_at, 1, 10) FROM feedback WHERE id = ?",
                                [int(parts[1])]).fetchone()
            args = {"date": opened[0], "feedback_id": int(parts[1])} if opened else None
        elif rule == "next_contact":
            args = {}
        if args is not None:
            db.execute("UPDATE reminders SET reason_args = ?, note = '' WHERE id = ?",
                       [json.dumps(args, ensure_ascii=False), reminder_id])


# privacy: what was erased, kept as keyed hashes so an erased person never comes back ----------
@migrations()
def m0013_erased_keys(db: Database) -> None:
    """``erased_keys``: one keyed hash (HMAC-SHA256 under the shop's own random key, kept in
    ``settings`` as ``privacy.erase_key``) per identity key of an erased person (buyer id,
    mobile, WeChat id, name + address), with the erased customer row their orders go to. The
    table holds no personal data: imports and hand entry recognise an erased person by it."""
    run_script(db, """
CREATE TABLE IF NOT EXISTS erased_keys (
    digest TEXT PRIMARY KEY,
    customer_id INTEGER,
    erased_at TEXT NOT NULL DEFAULT (datetime('now','localtime'))
)
""")


# customers area: no clock read inside SQL ------------------------------------------------------
@migrations()
def m0014_customers_stage_trigger_without_clock(db: Database) -> None:
    """The trigger that re-applies the stage rules when ``wechat_status`` changes no longer reads
    the time in SQL: it leaves a dormant customer dormant (whether the last order is old enough
    is for the app's one clock to say, when the stage rules run with the time passed in) and
    otherwise applies the rules that need no time (loyal, repeat, added, new)."""
    db.execute("DROP TRIGGER IF EXISTS customers_stage_wechat")
    db.execute("""CREATE TRIGGER customers_stage_wechat AFTER UPDATE OF wechat_status ON customers
WHEN NEW.stage_manual = 0 AND NEW.stage <> 'dormant' BEGIN
    UPDATE customers SET stage = (CASE WHEN order_count >= 4 THEN 'loyal'
        WHEN order_count >= 2 THEN 'repeat' WHEN wechat_status = 'added' THEN 'added'
        ELSE 'new' END) WHERE id = NEW.id;
END""")


# products (商品): one list built from the order items, merged by SKU or by cleaned title ------


@migrations()
def m0015_products_from_order_items(db: Database) -> None:
    """Products are built from the order items: ``merge_key`` (``sku:…`` when the item has a SKU
    / 商家编码, else ``title:…`` and its cleaned title, :mod:`shopowner.vocab.product_titles`)
    names one product; ``cost_fen`` is its cost, ``price_fen`` its private price (私域价) and
    ``private_only`` (私域特供) marks what is sold only over WeChat. Every stored item is linked
    to its product (the newest item's title names it); an item without a SKU goes to the product
    with a SKU of its cleaned title when there is one (one platform's export gives 商家编码,
    another's not). ``idx_items_product`` counts a product's sales."""
    from shopowner.clock import stamp
    from shopowner.vocab.product_titles import product_key, title_key

    run_script(db, M0015_SCHEMA)
    db.conn.create_function("product_key", 2, product_key, deterministic=True)
    db.conn.create_function("product_title_key", 1, title_key, deterministic=True)
    for statement in M0015_BACKFILL.split(";\n"):
        db.execute(statement, {"now": stamp()} if ":now" in statement else {})


# private orders (私域订单): orders sold over WeChat, in the same ledger (platform 'private') --------


@migrations()
def m0016_orders_paid_via(db: Database) -> None:
    """``orders.paid_via``: how a private order (platform ``private``, entered by the owner) was
    paid — ``wechat``, ``alipay``, ``bank`` or ``cash`` (:mod:`shopowner.vocab.paid_via`); '' for
    the platforms' own orders, paid on the platform."""
    run_script(db, M0016_SCHEMA)


# channels (渠道): a cost per period and a channel code each (the same code family as the cards) --


@migrations()
def m0017_channel_costs_and_codes(db: Database) -> None:
    """A channel (渠道) costs what ``channel_costs`` says per period (``from_date`` to ``to_date``,
    days inclusive, ``YYYY-MM-DD``); a cost kept on the channel itself before becomes a period of
    the day the channel was made (``channels.cost_fen`` stays 0 from now on). ``channels.code``
    is the channel's code (暗号, the cards' code family, never one a card carries; none for the
    parcel-card kind), ``wechat_adds.channel_id`` the channel whose code came back with an add.
    The kinds become 直播 live, 小红书 xiaohongshu, 抖音 douyin, CPS 分销 cps, 包裹卡 card,
    线下 offline and other (affiliates become cps, the rest other)."""
    run_script(db, M0017_SCHEMA)


# 朋友圈: planned Moments posts, their images and reactions, WeChat accounts' friend counts, and
# new-product opinions (新品意见) ----------------------------------------------------------------
@migrations()
def m0018_moments(db: Database) -> None:
    """``wechat_accounts``: each WeChat account the shop posts from, with its friend count and
    when it was counted (WeChat stops at 5,000 friends). ``moments_posts``: a planned Moments
    post (day, account, text, a linked private-only product), marked posted by hand;
    ``moments_images``: its images, copied into the data folder's ``moments/``;
    ``moments_reactions``: replies, opinions and orders logged against a post.
    ``product_opinions``: a customer's opinion of a (new, private-only) product, with the
    segment or tag they were asked in. Frozen DDL: :mod:`shopowner.store.schema_m0018`."""
    run_script(db, MOMENTS_SCHEMA)


# team mode: no silent overwrites -----------------------------------------------------------------
@migrations()
def m0019_row_versions(db: Database) -> None:
    """``version`` on the rows people edit — ``customers`` (the detail pane and the edit dialog:
    names, address, WeChat details, notes, own fields, the stage set by hand) and ``feedback`` (a
    complaint's resolution): 1 for every row, one more at each save. A save made against the
    version the editor read finds out whether someone else (another PC on the hub, a second
    window) saved the row meanwhile, instead of writing over it (:mod:`shopowner.store.versions`).
    Hub twin: p0002_row_versions."""
    run_script(db, ROW_VERSIONS)


# team mode: who did what --------------------------------------------------------------------------
@migrations()
def m0020_staff(db: Database) -> None:
    """``staff``: the people who sign in (a founder, and staff with what each may do besides the
    everyday work), and ``staff_id`` — who did it — on follow-ups, feedback, WeChat adds, card
    print runs and imports, ``customers.edited_by`` on a customer. Empty for what was written
    before, and always in a shop without staff. Frozen DDL: :mod:`shopowner.store.schema_m0020`.
    Hub twin: p0003_staff."""
    run_script(db, STAFF_SCHEMA)


@migrations()
def m0021_more_row_versions(db: Database) -> None:
    """``version`` on the other rows people edit — ``products`` (the product dialog: name, print
    name, price, private-only…), ``channels`` (the channel dialog) and ``moments_posts`` (the post
    dialog) — as m0019 put one on customers and feedback: a save against the version the editor
    read is refused when someone saved the row meanwhile. Hub twin: p0005_more_row_versions."""
    run_script(db, MORE_ROW_VERSIONS)
