"""Letters and their versions: SQL only.

A letter's text may be edited freely until it has been printed; the first edit after a print
makes a new version, so every card keeps pointing at the exact words it carried.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

LETTER_COLUMNS = "id, name, audience, platform, body, signature, active, priority, created_at, updated_at"


def list_letters(db: Database, *, active_only: bool = False) -> list[dict]:
    where = "WHERE active = 1" if active_only else ""
    return list(db.query(f"SELECT {LETTER_COLUMNS} FROM letters {where} ORDER BY priority DESC, id"))


def get_letter(db: Database, letter_id: int) -> dict | None:
    return next(iter(db.query(f"SELECT {LETTER_COLUMNS} FROM letters WHERE id = ?", [letter_id])), None)


def letter_by_name(db: Database, name: str) -> dict | None:
    return next(iter(db.query(f"SELECT {LETTER_COLUMNS} FROM letters WHERE name = ?", [name])), None)


def add_letter(db: Database, name: str, body: str, signature: str = "", *, audience: str = "any",
               platform: str = "", priority: int = 0, active: bool = True) -> int:
    with db.atomic():
        letter_id = db.execute(
            "INSERT INTO letters (name, audience, platform, body, signature, active, priority) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [name, audience, platform, body, signature, int(active), priority]).lastrowid
        db.execute("INSERT INTO letter_versions (letter_id, version_no, body, signature) VALUES (?, 1, ?, ?)",
                   [letter_id, body, signature])
    return letter_id


def latest_version(db: Database, letter_id: int) -> dict | None:
    return next(iter(db.query(
        "SELECT id, letter_id, version_no, body, signature, created_at FROM letter_versions "
        "WHERE letter_id = ? ORDER BY version_no DESC LIMIT 1", [letter_id])), None)


def version_printed(db: Database, version_id: int) -> bool:
    return db.execute("SELECT 1 FROM printed_cards WHERE letter_version_id = ? LIMIT 1",
                      [version_id]).fetchone() is not None


def save_letter(db: Database, letter_id: int, *, body: str | None = None, signature: str | None = None,
                **rules) -> dict:
    """Update a letter (text and/or rules); returns the version that now holds its text."""
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
                   "updated_at = datetime('now','localtime') WHERE id = ?", [*sets.values(), letter_id])
        return ensure_current_version(db, letter_id)


def ensure_current_version(db: Database, letter_id: int) -> dict:
    """The version matching the letter's text: the latest if equal, edited in place while never
    printed, otherwise a new version."""
    letter = get_letter(db, letter_id)
    latest = latest_version(db, letter_id)
    if latest and latest["body"] == letter["body"] and latest["signature"] == letter["signature"]:
        return latest
    if latest and not version_printed(db, latest["id"]):
        db.execute("UPDATE letter_versions SET body = ?, signature = ?, "
                   "created_at = datetime('now','localtime') WHERE id = ?",
                   [letter["body"], letter["signature"], latest["id"]])
    else:
        db.execute("INSERT INTO letter_versions (letter_id, version_no, body, signature) VALUES (?, ?, ?, ?)",
                   [letter_id, (latest["version_no"] if latest else 0) + 1, letter["body"], letter["signature"]])
    return latest_version(db, letter_id)


def versions(db: Database, letter_id: int) -> list[dict]:
    """Every version with how many cards carried it (for comparing versions later)."""
    return list(db.query(
        "SELECT v.id, v.version_no, v.body, v.signature, v.created_at, "
        "(SELECT count(*) FROM printed_cards WHERE letter_version_id = v.id) AS cards "
        "FROM letter_versions v WHERE letter_id = ? ORDER BY version_no", [letter_id]))


def get_version(db: Database, version_id: int) -> dict | None:
    return next(iter(db.query(
        "SELECT id, letter_id, version_no, body, signature FROM letter_versions WHERE id = ?", [version_id])), None)


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
