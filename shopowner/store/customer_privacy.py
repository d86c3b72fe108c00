"""Deleting a customer, and erasing a customer's personal data (PIPL's right to deletion).

Erasing keeps the customer row and every order's money, dates and items (the shop's accounts)
but wipes names, phones, addresses, WeChat details and free text everywhere they are stored:
the customer row, identities, order receiver fields, follow-ups, feedback, WeChat adds,
reminders, merge snapshots and the search index. ``PRAGMA secure_delete`` is on while erasing and
the full-text index is rewritten (``optimize``), so the old text is overwritten with zeros in the
file's free pages too, and the file is rebuilt (``VACUUM``) so no old copy of a row stays in a
page's unused space. The person's identity keys are remembered as keyed hashes
(:mod:`shopowner.store.erased`) so no import brings them back.

The old text can still sit in the write-ahead log (``shopowner.db-wal``), and in the main file
until the log is copied back into it (a checkpoint). A checkpoint cannot finish while another
connection is reading (it still needs the old pages), so the erase waits — saying so — until
every reader has let go and ``wal_checkpoint(TRUNCATE)`` empties the log; ``clean`` in the
result says whether it got there before ``wait_seconds`` ran out (if not, SQLite finishes the
checkpoint when the last connection closes).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.i18n import translate
from shopowner.progress import Cancelled, Progress, maybe
from shopowner.store.db import StoreError, is_hub, wait_for_writers
from shopowner.store.erased import identity_keys, record_erased
from shopowner.store.versions import customer_bump

READER_WAIT_SECONDS = 120.0

# tables whose free text is wiped outright (table, key column, columns)
_WIPES = (
    ("orders", "customer_id", ("receiver_name", "receiver_phone", "district", "address", "zip",
                               "buyer_id", "buyer_message", "seller_note")),
    ("followups", "customer_id", ("summary", "chat_text")),
    ("feedback", "customer_id", ("text", "resolution")),
    ("wechat_adds", "customer_id", ("wechat_name", "remark", "account")),
    ("reminders", "customer_id", ("note",)),
    ("moments_reactions", "customer_id", ("text",)),
    ("product_opinions", "customer_id", ("note",)),
)
_HANDLED = {"customers", "customer_identities", "merges", "duplicate_candidates",
            "customer_bigrams", "customer_phones", "search_seq", "erased_keys", *(t for t, _, _ in _WIPES)}
# on the hub: the tables the erase rewrites, and the search's own
_HUB_VACUUMED = ("customers", "customer_identities", "attachments", "merges", "duplicate_candidates",
                 *dict.fromkeys(t for t, _, _ in _WIPES), "hub_customer_docs", "hub_order_docs",
                 "hub_phones")
# the shop's own content (products, letters, tags…): never swept, so a nickname that happens to
# be part of a product title cannot damage it
_SHOP_CONTENT = {"settings", "channels", "products", "order_items", "letters", "letter_versions",
                 "card_batches", "cards", "tags", "customer_tags", "saved_views", "reminder_rules",
                 "review_reads", "attachments", "wechat_accounts", "moments_posts", "moments_images",
                 "_sqlite_migrations"}



def _secure_delete(db: Database, on: bool) -> None:
    """SQLite overwrites what it deletes meanwhile (a hub's server reclaims deleted rows by its
    own vacuum: see the README's team mode)."""
    if not is_hub(db):
        db.execute(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")

def same_person_ids(db: Database, customer_id: int) -> list[int]:
    """The customer and every record merged into it (directly or through another merge)."""
    return [r[0] for r in db.execute(
        "WITH RECURSIVE p(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT c.id FROM customers c JOIN p "
        "ON c.merged_into = p.id) SELECT id FROM p", [customer_id])]


def _personal_values(db: Database, ids: list[int]) -> list[str]:
    """Long personal strings (phones, addresses, ids, names of 4+ characters) to sweep elsewhere."""
    marks = ", ".join("?" for _ in ids)
    values: set[str] = set()
    for sql in ((f"SELECT name, nickname, address, wechat_name, wechat_account FROM customers "
                 f"WHERE id IN ({marks})"),
                f"SELECT value, '', '', '', '' FROM customer_identities WHERE customer_id IN ({marks})",
                (f"SELECT receiver_name, receiver_phone, address, buyer_id, '' FROM orders "
                 f"WHERE customer_id IN ({marks})")):
        for row in db.execute(sql, ids):
            values.update(v for v in row if v and len(v) >= 4 and "*" not in v)
    return sorted(values, key=len, reverse=True)


def _sweep_other_tables(db: Database, values: list[str]) -> None:
    """Replace the personal strings in text columns of tables this module does not know
    (for example an import report another area stores), so 'every table' stays true."""
    if not values:
        return
    from shopowner.store.schema_info import book_tables, text_columns

    for table in book_tables(db):
        if table in _HANDLED or table in _SHOP_CONTENT:
            continue
        for column in text_columns(db, table):
            expr = f"[{column}]"
            for _ in values:
                expr = f"replace({expr}, ?, '')"
            cond = " OR ".join(f"instr([{column}], ?) > 0" for _ in values)
            db.execute(f"UPDATE [{table}] SET [{column}] = {expr} WHERE {cond}",
                       [*values, *values])


def erase_customer(db: Database, customer_id: int, *, progress: Progress | None = None,
                   wait_seconds: float = READER_WAIT_SECONDS, now: datetime | None = None) -> dict:
    """Erase one customer's personal data (and that of records merged into it). Returns counts,
    ``clean`` (no plain text left in the shop file or its log) and ``people`` (the customer rows
    erased, with when each was created: what :func:`purge_backups` looks for)."""
    progress = maybe(progress)
    _secure_delete(db, True)
    try:
        with db.atomic():
            ids = same_person_ids(db, customer_id)
            marks = ", ".join("?" for _ in ids)
            progress.update(0, 4)
            values = _personal_values(db, ids)
            keys = identity_keys(db, ids)
            people = [list(r) for r in db.execute(
                f"SELECT id, created_at FROM customers WHERE id IN ({marks})", ids)]
            record_erased(db, customer_id, keys, now=now)
            counts = {"customers": len(ids), "people": people, "digests": [r[0] for r in db.execute(
                f"SELECT digest FROM erased_keys WHERE customer_id IN ({marks})", ids)]}
            db.execute(
                f"""UPDATE customers SET name = '', nickname = '', gender = '', district = '',
                    address = '', wechat_name = '', wechat_remark = '', wechat_account = '',
                    notes = '', custom_fields = '{{}}', next_contact_date = NULL, is_anonymous = 1,
                    erased_at = ?, updated_at = ?, {customer_bump()} WHERE id IN ({marks})""",
                [stamp(now), stamp(now), *ids])
            counts["identities"] = db.execute(
                f"DELETE FROM customer_identities WHERE customer_id IN ({marks})", ids).rowcount
            for table, key, columns in _WIPES:
                sets = ", ".join([*(f"{c} = ''" for c in columns), *(["version = version + 1"]
                                                                      if table == "feedback" else [])])
                counts[table] = db.execute(f"UPDATE {table} SET {sets} WHERE {key} IN ({marks})",
                                           ids).rowcount
            db.execute(f"DELETE FROM attachments WHERE followup_id IN (SELECT id FROM followups "
                       f"WHERE customer_id IN ({marks})) OR feedback_id IN (SELECT id FROM feedback "
                       f"WHERE customer_id IN ({marks}))", [*ids, *ids])
            db.execute(f"DELETE FROM merges WHERE kept_id IN ({marks}) OR merged_id IN ({marks})",
                       [*ids, *ids])
            db.execute(f"DELETE FROM duplicate_candidates WHERE customer_a IN ({marks}) OR "
                       f"customer_b IN ({marks})", [*ids, *ids])
            progress.update(1, 4)
            _sweep_other_tables(db, values)
            progress.update(2, 4)
        if is_hub(db):
            # the old row versions are reclaimed now rather than by the server's autovacuum:
            # no query, backup or move can reach the erased text afterwards (README: team mode)
            db.execute(f"VACUUM {', '.join(_HUB_VACUUMED)}")
            counts["clean"] = True
            return counts
        # rewrite the trigram index so no old segment keeps the erased terms
        for table in ("customer_search", "order_search", "customer_bigrams"):
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        # an import's earlier writes can leave old copies of a row in a page's unused space
        # (written before secure_delete was on): rebuilding the file leaves none anywhere
        progress.update(3, 4, translate("Customers", "Rewriting the shop file without the erased "
                                                     "data…"))
        db.execute("VACUUM")
        counts["clean"] = checkpoint_waiting(db, progress, wait_seconds)
        progress.update(4, 4)
    finally:
        _secure_delete(db, False)
    return counts


def checkpoint_waiting(db: Database, progress: Progress, wait_seconds: float) -> bool:
    """Copy the log into the shop file and empty it, waiting (with progress, cancellable) while
    another connection reads. True when the log is empty and the file holds only current pages.
    On the hub there is no log of ours to empty: the erase is committed, and the server reclaims
    the old row versions by its own vacuum (the README's team mode says so)."""
    if is_hub(db):
        return True
    deadline = time.monotonic() + wait_seconds
    pause = 0.05
    wait_for_writers(db, 100)  # each try waits briefly, so the progress keeps moving
    try:
        while True:
            busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy == 0:
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            try:
                _waiting(progress, left)
            except Cancelled:  # the erase is saved; only the wait for the reader stops
                return False
            time.sleep(min(pause, left))
            pause = min(pause * 2, 1.0)
    finally:
        wait_for_writers(db, 10000)


def _waiting(progress: Progress, left: float) -> None:
    progress.update(3, 4, translate(
        "Customers", "Waiting for another window or program reading the shop file to "
                         "finish, so the erased data can be overwritten… ({seconds} s left)").format(
            seconds=int(left)))


def delete_customer(db: Database, customer_id: int) -> dict:
    """Delete the customer with their orders, follow-ups, tags and records merged into them.

    Feedback and cards stay (their customer link is cleared) because they belong to the shop's
    history. Returns how many customers and orders went.
    """
    _secure_delete(db, True)
    try:
        with db.atomic():
            ids = same_person_ids(db, customer_id)
            payload = json.dumps(ids)
            orders = db.execute("DELETE FROM orders WHERE customer_id IN "
                                "(SELECT CAST(value AS INTEGER) FROM json_each(?))", [payload]).rowcount
            db.execute("DELETE FROM merges WHERE kept_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?)) OR "
                       "merged_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))", [payload, payload])
            # children first so merged_into never points at a deleted row
            for cid in reversed(ids):
                db.execute("DELETE FROM customers WHERE id = ?", [cid])
    finally:
        _secure_delete(db, False)
    return {"customers": len(ids), "orders": orders}


# backups ----------------------------------------------------------------------------------------
def backup_files(data_dir) -> list[Path]:
    """The shop's backups (``backups/`` in the data folder, and folders inside it)."""
    from shopowner.store.backups import backups_dir

    folder = backups_dir(Path(data_dir))
    return sorted(p for p in folder.rglob("*.db") if p.is_file()) if folder.is_dir() else []


def purge_backups(db: Database, data_dir, erased: dict, *,
                  progress: Progress | None = None) -> dict:
    """Erase the person of ``erased`` (what :func:`erase_customer` returned) from every backup
    that still holds them. Each such backup is copied to a temporary name, erased there the same
    way, compacted (``VACUUM``), checked (``integrity_check``) and only then renamed over the
    old one, so a crash leaves the old backup whole. Returns ``files`` (rewritten), ``people``
    (customer rows erased in them), ``failed`` (backups that could not be read or written,
    left as they were) and ``cancelled`` (stopped between two backups)."""
    from shopowner.store.erased import _shop_key

    progress = maybe(progress)
    key = _shop_key(db, create=True)
    digests = set(erased.get("digests", ()))
    people = {int(i): created for i, created in erased.get("people", ())}
    files = backup_files(data_dir)
    result: dict = {"files": 0, "people": 0, "failed": [], "cancelled": False}
    for n, path in enumerate(files):
        try:
            progress.update(n, len(files), translate(
                "Customers", "Removing the erased person from backup {name}…").format(
                name=path.name))
        except Cancelled:  # the backups done so far stay done; the others are untouched
            result["cancelled"] = True
            return result
        try:
            found = _purge_one(path, key, digests, people)
        except (sqlite3.DatabaseError, OSError, StoreError) as exc:
            result["failed"].append(f"{path.name}: {exc}")
            continue
        if found:
            result["files"] += 1
            result["people"] += found
    progress.update(len(files), len(files))
    return result


def _people_in(backup: Database, key: bytes, digests: set[str], people: dict) -> list[int]:
    from shopowner.store.erased import KINDS, digest

    tables = set(backup.table_names())
    if "customers" not in tables or "customer_identities" not in tables:
        return []
    found = set()
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    for cid, kind, platform, value in backup.execute(
            f"SELECT customer_id, kind, platform, value FROM customer_identities "
            f"WHERE masked = 0 AND kind IN ({kinds})"):
        if digest(key, kind, platform, value) in digests:
            found.add(cid)
    for cid, account in backup.execute("SELECT id, wechat_account FROM customers "
                                       "WHERE wechat_account != ''"):
        if digest(key, "wechat", "", account) in digests:
            found.add(cid)
    for cid, created in backup.execute("SELECT id, created_at FROM customers WHERE erased_at IS NULL"):
        if people.get(cid) == created:  # the same customer row, copied before the erase
            found.add(cid)
    return sorted(found)


def _purge_one(path: Path, key: bytes, digests: set[str], people: dict) -> int:
    from shopowner.store.db import connect

    source = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    try:
        ids = _people_in(source, key, digests, people)
    finally:
        source.close()
    if not ids:
        return 0
    from shopowner.store.backup import discard, fsync_file, fsync_folder, temp_path

    temp = temp_path(path)  # a killed purge leaves what the next backup cleans away
    discard(temp)
    shutil.copyfile(path, temp)
    try:
        copy = connect(temp)
        try:
            from shopowner.store.migrations import check_not_newer, migrate

            check_not_newer(copy, path)
            migrate(copy)  # the erase remembers what it erased (a table older backups lack)
            for cid in ids:
                if copy.execute("SELECT erased_at IS NULL FROM customers WHERE id = ?",
                                [cid]).fetchone() in ((1,),):
                    erase_customer(copy, cid, wait_seconds=0)
            copy.execute("PRAGMA journal_mode = DELETE").fetchall()  # one file, as before
            copy.execute("VACUUM")
            check = copy.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            copy.close()
        if check != "ok":
            raise sqlite3.DatabaseError(check)
        fsync_file(temp)  # on disk before it takes the backup's name
        os.replace(temp, path)
        fsync_folder(path.parent)
    finally:
        discard(temp)
    return len(ids)
