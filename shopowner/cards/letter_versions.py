"""Letters as the founder manages them, for the window and the CLI alike: each version's figures
(cards printed with it, WeChat adds through their codes, the add-rate), reading an old version,
restoring it, and setting a letter's text from a file.

An add-rate is shown only from :data:`MIN_PRINTED_FOR_RATE` printed cards on, and always beside its
counts: 1 add from 3 cards is not "33 %".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from shopowner.cards.checker import LetterWarning, check_for_shop
from shopowner.cards.layouts import Layout
from shopowner.i18n import translate
from shopowner.store import letters as store
from shopowner.vocab.platforms import PLATFORM_KEYS, platform_name

MIN_PRINTED_FOR_RATE = 20
AUDIENCES = ("any", "first", "returning")
LETTER_PLATFORMS = tuple(k for k in PLATFORM_KEYS if k not in ("generic", "manual"))


class LetterError(ValueError):
    """The letter or version asked for cannot be used; ``str()`` says what to do. Nothing changed."""


def add_rate(redeemed: int, printed: int) -> float | None:
    """WeChat adds ÷ cards printed, or None when too few cards were printed to mean anything."""
    return redeemed / printed if printed >= MIN_PRINTED_FOR_RATE else None


def rate_text(redeemed: int, printed: int) -> str:
    """The add-rate with its counts (``10.3% (3 of 29)``), or the counts alone when too few."""
    if printed == 0:
        return translate("Cards", "no cards printed yet")
    rate = add_rate(redeemed, printed)
    if rate is None:
        return translate("Cards", "{adds} of {printed} (too few cards for a rate)").format(
            adds=redeemed, printed=printed)
    return translate("Cards", "{rate} ({adds} of {printed})").format(
        rate=f"{rate:.1%}", adds=redeemed, printed=printed)


def audience_label(key: str) -> str:
    return {"any": translate("Cards", "Every buyer"), "first": translate("Cards", "First order"),
            "returning": translate("Cards", "Returning buyer")}.get(key, key)


def platform_label(key: str) -> str:
    return platform_name(key) if key else translate("Cards", "Every platform")


def find_letter(db, name: str) -> dict:
    letter = store.letter_by_name(db, (name or "").strip())
    if letter is None:
        names = "、".join(letter["name"] for letter in store.list_letters(db)) or translate("Cards", "(none yet)")
        raise LetterError(translate("Cards", "There is no letter called “{name}”. The letters are: "
                                             "{names}.").format(name=name, names=names))
    return letter


def find_version(db, letter: dict, version_no: int | None = None) -> dict:
    """The letter's version ``version_no`` (its current one when None), with its figures."""
    if version_no is None:
        version: dict | None = store.ensure_current_version(db, letter["id"])
    else:
        version = store.version_by_no(db, letter["id"], version_no)
    if version is None:
        count = store.version_count(db, letter["id"])
        raise LetterError(translate("Cards", "The letter “{name}” has no version {n}; it has versions "
                                             "1 to {last}.").format(name=letter["name"], n=version_no,
                                                                    last=count))
    return store.with_counts(db, version)


def restore(db, letter: dict, version_no: int) -> dict:
    """Make an old version's words current (see :func:`store.restore_version`)."""
    if store.version_by_no(db, letter["id"], version_no) is None:
        find_version(db, letter, version_no)  # says which versions there are
    return store.restore_version(db, letter["id"], version_no)


def restore_message(letter: dict, version_no: int, result: dict) -> str:
    current = result["version"]["version_no"]
    if not result["created"]:
        return translate("Cards", "Version {current} of “{name}” already has the words of version {n}; "
                                  "nothing was changed.").format(current=current, name=letter["name"],
                                                                 n=version_no)
    return translate("Cards", "The words of version {n} are the letter “{name}” again, as version "
                              "{current}. Version {previous} is kept and can be restored the same "
                              "way.").format(n=version_no, name=letter["name"], current=current,
                                             previous=result["previous"]["version_no"])


def read_text_file(path: str | Path) -> str:
    """A letter written in a text file (see :func:`letter_text`)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise LetterError(translate("Cards", "Cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from exc
    return letter_text(raw, str(path))


def letter_text(raw: bytes, source: str) -> str:
    """Text bytes as a letter: UTF-8 (with or without BOM) or else GB18030 (Windows Notepad's
    Chinese "ANSI"); line ends made plain, blank space at line ends and around the letter removed."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    if "\x00" in text or "\ufffd" in text:
        raise LetterError(translate("Cards", "{source} is not a text file. Save the letter as plain "
                                             "text (.txt) and try again.").format(source=source))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


@dataclass
class SetResult:
    letter: dict
    version: dict
    created: bool          # the letter did not exist before
    new_version: bool      # its words changed: a new version holds them
    warnings: list[LetterWarning] = field(default_factory=list)


def set_letter(db, name: str, body: str, signature: str | None = None, *, audience: str | None = None,
               platform: str | None = None, priority: int | None = None, active: bool | None = None,
               layout: Layout | None = None) -> SetResult:
    """Give the letter ``name`` these words (and rules), creating it when needed.

    A new version is made exactly when the text or the signature differs from the current
    version's; the same words again change nothing. The checker's warnings come back with the
    result (they never stop the save: the founder decides)."""
    name = (name or "").strip()
    if not name:
        raise LetterError(translate("Cards", "The letter needs a name."))
    if not (body or "").strip():
        raise LetterError(translate("Cards", "The letter's text is empty; nothing was saved."))
    if audience is not None and audience not in AUDIENCES:
        raise LetterError(translate("Cards", "Unknown audience {value}.").format(value=audience))
    rules: dict = {k: v for k, v in (("audience", audience), ("platform", platform), ("priority", priority),
                               ("active", None if active is None else int(active))) if v is not None}
    with db.atomic():
        letter = store.letter_by_name(db, name)
        if letter is None:
            letter_id = store.add_letter(db, name, body, signature or "", **rules)
            created, new_version = True, True
            version = store.latest_version(db, letter_id)
        else:
            letter_id, created = letter["id"], False
            before = store.ensure_current_version(db, letter_id)
            version = store.save_letter(db, letter_id, body=body, signature=signature, keep_versions=True,
                                        **rules)
            new_version = version["id"] != before["id"]
    letter = store.get_letter(db, letter_id)
    assert letter is not None and version is not None  # saved just now
    warnings = check_for_shop(db, letter["body"], layout, letter["signature"])
    return SetResult(letter, store.with_counts(db, version), created, new_version, warnings)
