"""Card codes (暗号): short, typo-evident codes printed on each card and sent back when adding WeChat.

A code is 4 characters from an alphabet with no look-alikes (no 0/O, 1/I/L) plus a weighted mod-31
check character, e.g. ``K7F2R``: every single mistyped character and every swap of two
neighbouring data characters is detected. 31⁴ ≈ 920,000 codes per shop before a fifth data character
would be needed (:func:`new_code` grows the length when the space gets crowded).

Reading a code back tolerates case, full-width characters, separators and the look-alikes a
person or a chat app produces (0↔O↔D, 1↔I↔L↔7, 5↔S, 2↔Z, 8↔B, U↔V, 6↔G): every plausible
reading is tried and only those whose check character fits are kept.
"""

from __future__ import annotations

import itertools
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
N = len(ALPHABET)  # 31
INDEX = {ch: i for i, ch in enumerate(ALPHABET)}
DATA_LENGTH = 4

# What a character may have been meant as. Characters outside the alphabet map only to others.
LOOKALIKES: dict[str, str] = {
    "0": "DQ", "O": "DQ", "D": "D0Q", "Q": "QD",
    "1": "7JT", "I": "7JT", "L": "7JT", "7": "7T", "J": "J7", "T": "T7",
    "5": "5S", "S": "S5", "2": "2Z", "Z": "Z2", "8": "8B", "B": "B8",
    "U": "UV", "V": "VU", "6": "6G", "G": "G6",
}


def check_char(data: str) -> str:
    """Check character: the position-weighted sum of ``data`` modulo 31 (a prime).

    Weights 1, 2, 3… are non-zero and distinct modulo 31, so any single wrong character and any
    swap of two neighbours changes the sum.
    """
    return ALPHABET[sum(i * INDEX[ch] for i, ch in enumerate(data, start=1)) % N]


def is_valid(code: str) -> bool:
    return (len(code) >= 2 and all(c in INDEX for c in code)
            and check_char(code[:-1]) == code[-1])


def new_code(exists: Callable[[str], bool], length: int = DATA_LENGTH) -> str:
    """A random valid code for which ``exists(code)`` is False (grows after many collisions)."""
    for attempt in itertools.count():
        size = length + attempt // 50
        data = "".join(secrets.choice(ALPHABET) for _ in range(size))
        code = data + check_char(data)
        if not exists(code):
            return code
    raise AssertionError("unreachable")


def normalise(text: str) -> str:
    """Upper-case ASCII, full-width folded (Ｋ７ → K7)."""
    return unicodedata.normalize("NFKC", text).upper()


def readings(token: str, limit: int = 256) -> list[str]:
    """Valid codes ``token`` may stand for, the literal reading first."""
    token = normalise(token)
    options = []
    for ch in token:
        if ch in LOOKALIKES:
            literal = [ch] if ch in INDEX else []
            options.append(literal + [c for c in LOOKALIKES[ch] if c != ch and c in INDEX])
        elif ch in INDEX:
            options.append([ch])
        else:
            return []
    found: list[str] = []
    for combo in itertools.islice(itertools.product(*options), limit):
        code = "".join(combo)
        if is_valid(code) and code not in found:
            found.append(code)
    return found


def codes_in_text(text: str, code_lengths: Iterable[int] = (5, 6, 7)) -> list[str]:
    """Every valid code reading found in pasted text such as ``K7F2X 张三 买的龙井``.

    Tokens are runs of letters and digits (Chinese text and punctuation separate them), also
    with a single space or dash inside a code (``K7F 2X``, ``K7F2-X``).
    """
    text = normalise(text or "")
    lengths = set(code_lengths)
    candidates: list[str] = []
    runs = re.findall(r"[0-9A-Z]+(?:[ \-][0-9A-Z]+)*", text)
    for run in runs:
        parts = re.split(r"[ \-]", run)
        joined = "".join(parts)
        pieces = [joined, *parts] if len(parts) > 1 else [joined]
        for piece in pieces:
            if len(piece) in lengths:
                candidates.append(piece)
    found: list[str] = []
    for token in candidates:
        for code in readings(token):
            if code not in found:
                found.append(code)
    return found


def nearest_codes(token: str) -> list[str]:
    """Valid codes one typo away from ``token``: one character changed, or two neighbours swapped.

    These are exactly the mistakes the check character catches, so a token that fails the check
    has few such neighbours (at most one per position and one per neighbouring pair). Look-alike
    readings count as no mistake (``K7F2Z`` may stand for ``K7F22``); the token's own valid
    readings are never returned (``7KF26`` reads as ``TKF26``, and is one swap from ``K7F26``).
    Nearest first: swaps, then single changes, in position order.
    """
    token = normalise(token)
    own = set(readings(token))
    options = []
    for ch in token:
        if ch in LOOKALIKES:
            options.append(list(dict.fromkeys(([ch] if ch in INDEX else [])
                                              + [c for c in LOOKALIKES[ch] if c in INDEX])))
        elif ch in INDEX:
            options.append([ch])
        else:
            return []
    found: list[str] = []
    for combo in itertools.islice(itertools.product(*options), 64):
        base = "".join(combo)
        swaps = [base[:i] + base[i + 1] + base[i] + base[i + 2:] for i in range(len(base) - 1)]
        changes = [base[:i] + c + base[i + 1:] for i in range(len(base)) for c in ALPHABET
                   if c != base[i]]
        for code in swaps + changes:
            if code != base and code not in own and is_valid(code) and code not in found:
                found.append(code)
    return found
