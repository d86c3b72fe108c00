"""Letters and their versions: SQL only.

A letter's text may be edited freely until it has been printed; the first edit after a print
makes a new version, so every card keeps pointing at the exact words it carried. Restoring an old
version never overwrites one: the old words become a new version (``restored_from`` its number),
and an undo right after removes that version again while no card carries it.

How many cards were printed with a version, and how many of them were redeemed, is counted in
one place only: :func:`card_counts`.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.db import inserted_id

LETTER_COLUMNS = "id, name, audience, platform, body, signature, active, priority, created_at, updated_at"
VERSION_COLUMNS = "id, letter_id, version_no, body, signature, created_at, restored_from"
CHUNK = 500


def list_letters(db: Database, *, active_only: bool = False) -> list[dict]:
    where = "WHERE active = 1" if active_only else ""
    return list(db.query(f"SELECT {LETTER_COLUMNS} FROM letters {where} ORDER BY priority DESC, id"))


def get_letter(db: Database, letter_id: int) -> dict | None:
    return next(iter(db.query(f"SELECT {LETTER_COLUMNS} FROM letters WHERE id = ?", [letter_id])), None)


def letter_by_name(db: Database, name: str) -> dict | None:
    return next(iter(db.query(f"SELECT {LETTER_COLUMNS} FROM letters WHERE name = ?", [name])), None)


def add_letter(db: Database, name: str, body: str, signature: str = "", *, audience: str = "any",
               platform: str = "", priority: int = 0, active: bool = True,
               now: datetime | None = None) -> int:
    with db.atomic():
        letter_id = inserted_id(db.execute(
            "INSERT INTO letters (name, audience, platform, body, signature, active, priority, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [name, audience, platform, body, signature, int(active), priority, stamp(now),
             stamp(now)]))
        db.execute("INSERT INTO letter_versions (letter_id, version_no, body, signature, created_at) "
                   "VALUES (?, 1, ?, ?, ?)", [letter_id, body, signature, stamp(now)])
    return letter_id


def latest_version(db: Database, letter_id: int) -> dict | None:
    return next(iter(db.query(
        f"SELECT {VERSION_COLUMNS} FROM letter_versions "
        "WHERE letter_id = ? ORDER BY version_no DESC LIMIT 1", [letter_id])), None)


def _current_version(db: Database, letter_id: int) -> dict:
    """The latest version of a letter that exists (every letter has one from when it is made)."""
    version = latest_version(db, letter_id)
    assert version is not None, letter_id
    return version


def version_printed(db: Database, version_id: int) -> bool:
    return db.execute("SELECT 1 FROM printed_cards WHERE letter_version_id = ? LIMIT 1",
                      [version_id]).fetchone() is not None


def card_counts(db: Database, version_ids: list[int] | None = None) -> dict[int, dict]:
    """``{version_id: {"printed": n, "redeemed": m}}``: the cards printed with each letter version,
    and how many of them brought a WeChat add through their code. Versions without cards are left
    out; ``None`` counts every version.

    THE one place that counts "cards printed with this version": the versions window, the letter
    editor's version line and the ``letters`` commands all read their figures from here. A card
    that was only reserved for a print run was never printed and does not count: this reads the
    ``printed_cards`` view (cards in the ``printed`` state).
    """
    sql = ("SELECT letter_version_id, count(*), count(redeemed_at) FROM printed_cards "
           "WHERE letter_version_id {where} GROUP BY letter_version_id")
    if version_ids is None:
        rows = db.execute(sql.format(where="IS NOT NULL")).fetchall()
    else:
        ids, rows = list(dict.fromkeys(version_ids)), []
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            rows += db.execute(sql.format(where=f"IN ({', '.join('?' for _ in chunk)})"), chunk).fetchall()
    return {vid: {"printed": printed, "redeemed": redeemed} for vid, printed, redeemed in rows}


def _with_counts(db: Database, rows: list[dict]) -> list[dict]:
    counts = card_counts(db, [r["id"] for r in rows])
    for row in rows:
        row.update(counts.get(row["id"], {"printed": 0, "redeemed": 0}))
        row["cards"] = row["printed"]
    return rows


def save_letter(db: Database, letter_id: int, *, body: str | None = None, signature: str | None = None,
                keep_versions: bool = False, now: datetime | None = None, **rules) -> dict:
    """Update a letter (text and/or rules); returns the version that now holds its text.

    ``keep_versions``: changed words always make a new version, even when no card carried the
    latest one (the CLI's ``letters set``); otherwise an unprinted latest version is edited in
    place (the editor saves often)."""
    allowed = {"name", "audience", "platform", "priority", "active"}
    unknown = set(rules) - allowed
    if unknown:
        raise ValueError(f"unknown letter fields: {sorted(unknown)}")
    with db.atomic():
        letter = get_letter(db, letter_id)
        if letter is None:
            raise KeyError(letter_id)
        body = letter["body"] if body is None else body
        signature = letter["signature"] if signature is None else signature
        sets = {**rules, "body": body, "signature": signature}
        db.execute(f"UPDATE letters SET {', '.join(f'{k} = ?' for k in sets)}, "
                   "updated_at = ? WHERE id = ?", [*sets.values(), stamp(now), letter_id])
        return ensure_current_version(db, letter_id, in_place=not keep_versions, now=now)


def ensure_current_version(db: Database, letter_id: int, *, in_place: bool = True,
                           now: datetime | None = None) -> dict:
    """The version matching the letter's text: the latest if equal, edited in place while never
    printed (unless ``in_place`` is False), otherwise a new version."""
    letter = get_letter(db, letter_id)
    assert letter is not None, letter_id  # callers pass a letter that exists
    latest = latest_version(db, letter_id)
    if latest and latest["body"] == letter["body"] and latest["signature"] == letter["signature"]:
        return latest
    if latest and in_place and not version_printed(db, latest["id"]):
        db.execute("UPDATE letter_versions SET body = ?, signature = ?, restored_from = NULL, "
                   "created_at = ? WHERE id = ?",
                   [letter["body"], letter["signature"], stamp(now), latest["id"]])
    else:
        db.execute("INSERT INTO letter_versions (letter_id, version_no, body, signature, created_at) "
                   "VALUES (?, ?, ?, ?, ?)", [letter_id, (latest["version_no"] if latest else 0) + 1,
                                              letter["body"], letter["signature"], stamp(now)])
    return _current_version(db, letter_id)


def versions(db: Database, letter_id: int) -> list[dict]:
    """Every version, oldest first, with its figures from :func:`card_counts` (``printed``,
    ``redeemed``; ``cards`` is ``printed``)."""
    return _with_counts(db, list(db.query(
        f"SELECT {VERSION_COLUMNS} FROM letter_versions WHERE letter_id = ? ORDER BY version_no",
        [letter_id])))


def version_page(db: Database, letter_id: int, *, before_no: int | None = None,
                 limit: int = 50) -> list[dict]:
    """Up to ``limit`` versions, newest first, older than version ``before_no`` when given, each
    with its figures: one page of a long history."""
    where, params = "letter_id = ?", [letter_id]
    if before_no is not None:
        where, params = where + " AND version_no < ?", [*params, before_no]
    return _with_counts(db, list(db.query(
        f"SELECT {VERSION_COLUMNS} FROM letter_versions WHERE {where} ORDER BY version_no DESC LIMIT ?",
        [*params, limit])))


def version_count(db: Database, letter_id: int) -> int:
    return db.execute("SELECT count(*) FROM letter_versions WHERE letter_id = ?", [letter_id]).fetchone()[0]


def get_version(db: Database, version_id: int) -> dict | None:
    return next(iter(db.query(f"SELECT {VERSION_COLUMNS} FROM letter_versions WHERE id = ?", [version_id])), None)


def version_by_no(db: Database, letter_id: int, version_no: int) -> dict | None:
    return next(iter(db.query(f"SELECT {VERSION_COLUMNS} FROM letter_versions "
                              "WHERE letter_id = ? AND version_no = ?", [letter_id, version_no])), None)


def with_counts(db: Database, version: dict) -> dict:
    """``version`` with its figures from :func:`card_counts`."""
    return _with_counts(db, [dict(version)])[0]


def letter_summaries(db: Database) -> list[dict]:
    """Every letter with its current version's number, how many versions it has, and its cards
    printed and redeemed over all versions (from :func:`card_counts`)."""
    letters = list_letters(db)
    counts = card_counts(db)
    per_letter: dict[int, dict] = {}
    for letter_id, version_id, version_no in db.execute(
            "SELECT letter_id, id, version_no FROM letter_versions ORDER BY letter_id, version_no"):
        entry = per_letter.setdefault(letter_id, {"version_no": 0, "versions": 0, "printed": 0, "redeemed": 0})
        entry["version_no"] = max(entry["version_no"], version_no)
        entry["versions"] += 1
        for key, value in counts.get(version_id, {}).items():
            entry[key] += value
    empty = {"version_no": 0, "versions": 0, "printed": 0, "redeemed": 0}
    return [{**letter, **per_letter.get(letter["id"], empty)} for letter in letters]


def restore_version(db: Database, letter_id: int, version_no: int, *,
                    now: datetime | None = None) -> dict:
    """Make version ``version_no``'s text and signature the letter's current ones.

    Returns ``{"version": the current version, "created": bool, "previous": the version that was
    current before}``. When the old words differ from the current ones they become a new version
    (``restored_from`` = ``version_no``); the current words are never overwritten, even when no
    card carried them, so the founder can always go back. Raises ``KeyError`` for an unknown
    letter or version.
    """
    with db.atomic():
        if get_letter(db, letter_id) is None:
            raise KeyError(letter_id)
        old = version_by_no(db, letter_id, version_no)
        if old is None:
            raise KeyError(version_no)
        current = ensure_current_version(db, letter_id, now=now)
        if (old["body"], old["signature"]) == (current["body"], current["signature"]):
            return {"version": current, "created": False, "previous": current}
        _set_text(db, letter_id, old["body"], old["signature"], now)
        db.execute("INSERT INTO letter_versions (letter_id, version_no, body, signature, restored_from, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?)", [letter_id, current["version_no"] + 1,
                                                            old["body"], old["signature"], version_no,
                                                            stamp(now)])
        return {"version": latest_version(db, letter_id), "created": True, "previous": current}


def undo_restore(db: Database, letter_id: int, restored: dict, *,
                 now: datetime | None = None) -> dict:
    """Take back :func:`restore_version`'s ``restored`` result; returns the current version.

    While the restored version is still the latest and no card carries it, it is removed and the
    words before it are current again, as if nothing happened. Once cards were printed with it,
    the words before it are restored as a new version instead (the printed words stay).
    """
    with db.atomic():
        made, before = restored["version"], restored["previous"]
        if not restored["created"]:
            return _current_version(db, letter_id)
        latest = latest_version(db, letter_id)
        if latest and latest["id"] == made["id"] and not version_printed(db, made["id"]):
            db.execute("DELETE FROM letter_versions WHERE id = ?", [made["id"]])
            _set_text(db, letter_id, before["body"], before["signature"], now)
            return ensure_current_version(db, letter_id, now=now)
        return restore_version(db, letter_id, before["version_no"], now=now)["version"]


def _set_text(db: Database, letter_id: int, body: str, signature: str,
              now: datetime | None) -> None:
    db.execute("UPDATE letters SET body = ?, signature = ?, updated_at = ? WHERE id = ?",
               [body, signature, stamp(now), letter_id])


def delete_letter(db: Database, letter_id: int) -> None:
    """Delete a letter never printed; a printed one is only switched off (cards keep their version)."""
    with db.atomic():
        printed = db.execute("SELECT 1 FROM printed_cards c JOIN letter_versions v ON v.id = c.letter_version_id "
                             "WHERE v.letter_id = ? LIMIT 1", [letter_id]).fetchone()
        if printed:
            db.execute("UPDATE letters SET active = 0 WHERE id = ?", [letter_id])
        else:
            db.execute("DELETE FROM letters WHERE id = ?", [letter_id])


def seed_letters(db: Database, folder: Path) -> int:
    """Add the starter letters from ``folder`` when the shop has none; returns how many."""
    if db.execute("SELECT count(*) FROM letters").fetchone()[0]:
        return 0
    added = 0
    with db.atomic():
        for path in sorted(Path(folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            add_letter(db, data["name"], data["body"], data.get("signature", ""),
                       audience=data.get("audience", "any"), platform=data.get("platform", ""),
                       priority=int(data.get("priority", 0)))
            added += 1
    return added
