"""What was erased, remembered without remembering anyone: keyed hashes of identity keys.

When a customer's personal data is erased (PIPL), each of their identity keys — a platform's
buyer id, a mobile, a WeChat id, a name + address — is kept in ``erased_keys`` only as
HMAC-SHA256 under a random key of this shop file's own (``settings``: ``privacy.erase_key``).
An import or a hand entry hashes the keys it meets the same way; a match means "this person
asked to be erased": the order still counts, nothing that names them is stored again.

A hash cannot be read back into a name or a phone number, and a list of hashes says nothing
about who they were. It can confirm a guess: whoever holds the shop file (with its key) and a
candidate phone number can check whether that number was erased — which is exactly what the
import needs to do. The README's privacy section says so.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime
from typing import Literal, overload

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.settings import get_setting, set_setting

KEY_SETTING = "privacy.erase_key"
KINDS = ("buyer_id", "phone", "wechat", "name_address")  # strong keys; nicknames are not keys
# an order's fields that can name a person (cleared on an erased person's order)
PERSONAL_ORDER_FIELDS = ("receiver_name", "receiver_phone", "receiver_masked", "district",
                         "address", "zip", "buyer_id", "buyer_message", "seller_note")


@overload
def _shop_key(db: Database, *, create: Literal[True]) -> bytes: ...
@overload
def _shop_key(db: Database, *, create: bool) -> bytes | None: ...
def _shop_key(db: Database, *, create: bool) -> bytes | None:
    value = get_setting(db, KEY_SETTING)
    if value is None and create:
        value = secrets.token_hex(32)
        set_setting(db, KEY_SETTING, value)
    return bytes.fromhex(value) if value else None


def digest(key: bytes, kind: str, platform: str, value: str) -> str:
    """The keyed hash of one identity key. A buyer id is one platform's; a mobile, a WeChat id
    and a name + address are the same person on every platform (and in a generic list)."""
    scope = platform if kind == "buyer_id" else ""
    return hmac.new(key, "\x1f".join((kind, scope, value)).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def identity_keys(db: Database, ids: list[int]) -> list[tuple[str, str, str]]:
    """The customers' strong identity keys (kind, platform, value), read before they go."""
    marks = ", ".join("?" for _ in ids)
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    keys = {tuple(r) for r in db.execute(
        f"SELECT kind, platform, value FROM customer_identities WHERE customer_id IN ({marks}) "
        f"AND masked = 0 AND kind IN ({kinds}) AND value != ''", ids)}
    keys.update(("wechat", "", r[0]) for r in db.execute(
        f"SELECT wechat_account FROM customers WHERE id IN ({marks}) AND wechat_account != ''",
        ids))
    return sorted(keys)


def person_digests(db: Database, keys: list[tuple[str, str, str]], key: bytes | None = None
                   ) -> set[str]:
    key = key or _shop_key(db, create=True)
    return {digest(key, *k) for k in keys}


def record_erased(db: Database, customer_id: int, keys: list[tuple[str, str, str]], *,
                  now: datetime | None = None) -> list[str]:
    """Remember the erased person's keys (call inside the erase's transaction); returns their
    hashes."""
    digests = sorted(person_digests(db, keys))
    rows = [(d, customer_id, stamp(now)) for d in digests]
    db.conn.executemany("INSERT INTO erased_keys (digest, customer_id, erased_at) VALUES (?, ?, ?) "
                        "ON CONFLICT(digest) DO UPDATE SET customer_id = excluded.customer_id",
                        rows)
    return digests


def erased_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM erased_keys").fetchone()[0]


class ErasedKeys:
    """The erased people's hashes, read once per import (a shop that never erased anyone pays
    nothing: no hashing at all)."""

    def __init__(self, db: Database):
        self.owners: dict[str, int] = {
            d: (c or 0) for d, c in db.execute(
                "SELECT e.digest, c.id FROM erased_keys e LEFT JOIN customers c "
                "ON c.id = e.customer_id AND c.erased_at IS NOT NULL")}
        self.key = _shop_key(db, create=False) if self.owners else None
        self.met = 0  # rows of erased people met so far

    def owner(self, keys) -> int | None:
        """For a row's identity keys (kind, platform, value): None when nobody erased is among
        them, else the erased customer's id (0 when that row is gone). Counts the row."""
        if not self.owners or self.key is None:
            return None
        for key in keys:
            if key[0] in KINDS:
                found = self.owners.get(digest(self.key, *key))
                if found is not None:
                    self.met += 1
                    return found
        return None

    @staticmethod
    def blank(fields: dict) -> None:
        """Clear what names a person in one order's fields (status, money and dates stay)."""
        for name in PERSONAL_ORDER_FIELDS:
            if name in fields:
                fields[name] = 0 if name == "receiver_masked" else ""


def was_erased(db: Database, keys) -> bool:
    """Whether any of these identity keys belongs to a person who asked to be erased."""
    return ErasedKeys(db).owner(keys) is not None
