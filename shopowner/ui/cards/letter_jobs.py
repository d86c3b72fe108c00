"""The letter editor's database work, run off the GUI thread (``ui/background.py``): each job gets
its own connection as ``db`` and returns plain data for the editor to show."""

from __future__ import annotations

from shopowner.cards.batch import ensure_starter_letters
from shopowner.store import letters as store


def read_letters(db, progress=None) -> list[dict]:
    """The letters for the list (the starter letters are added to a shop that has none)."""
    ensure_starter_letters(db)
    return store.list_letters(db)


def version_info(db, letter_id: int) -> dict:
    """The letter's current version, how many versions it has, and whether cards carry it."""
    version = store.latest_version(db, letter_id)
    if version is None:
        return {"version": None, "count": 0, "locked": False}
    return {"version": version, "count": store.version_count(db, letter_id),
            "locked": store.version_printed(db, version["id"])}


def read_letter(db, letter_id: int, progress=None) -> dict | None:
    """The stored letter with its version (None when it is gone)."""
    letter = store.get_letter(db, letter_id)
    return None if letter is None else {"letter": letter, **version_info(db, letter_id)}


def count_version_cards(db, version_id: int, progress=None) -> dict:
    """The version's figures (counting reads every card printed with it)."""
    return store.card_counts(db, [version_id]).get(version_id, {"printed": 0, "redeemed": 0})


def save_letter(db, letter_id: int, name: str, fields: dict, progress=None) -> dict | None:
    """Store the editor's edits; None (nothing stored) when another letter has the name."""
    other = store.letter_by_name(db, name)
    if other and other["id"] != letter_id:
        return None
    store.save_letter(db, letter_id, name=name, **fields)
    return version_info(db, letter_id)


def add_letter(db, name_pattern: str, body: str, signature: str, progress=None) -> int:
    """A new letter named ``name_pattern`` with the first free ``{n}``; its id."""
    names = {letter["name"] for letter in store.list_letters(db)}
    n = 1
    while name_pattern.format(n=n) in names:
        n += 1
    return store.add_letter(db, name_pattern.format(n=n), body, signature)


def delete_letter(db, letter_id: int, progress=None) -> None:
    store.delete_letter(db, letter_id)


def undo_restore(db, letter_id: int, restored: dict, progress=None) -> dict:
    """Take back a restore; the version now current."""
    return store.undo_restore(db, letter_id, restored)
