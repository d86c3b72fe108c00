"""Reading a pasted friend request (加好友申请): the WeChat name it carries, and the tokens that look
like a card code typed with one mistake.

The name is taken only where the text says it plainly (``我是张三``, ``张三 申请添加你为朋友``,
``备注：张三``, ``昵称：张三``); anything that reads like a sentence rather than a name is left
alone, so staff never get an invented name prefilled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shopowner.cards.codes import is_valid, nearest_codes, normalise

CODE_LENGTHS = (5, 6, 7)
_STOP = r"\s，,。.!！?？;；:：、()（）\[\]【】<>《》\"“”'‘’~～/|"
_NAME = rf"[^{_STOP}]{{1,20}}"

# (pattern, strict): strict patterns are introductions inside a sentence (我是…), where the words
# after them are often not a name at all
_PATTERNS = [
    (re.compile(rf"备注名?\s*[:：]\s*(?P<name>{_NAME})"), False),
    (re.compile(rf"(?:微信名|微信昵称|昵称)\s*[:：]\s*(?P<name>{_NAME})"), False),
    (re.compile(rf"(?P<name>{_NAME})\s*(?:申请|请求)添加你(?:为(?:朋友|好友))?"), False),
    (re.compile(rf"(?:我是|我叫)\s*(?P<name>{_NAME})"), True),
]
# characters that make "我是…" a sentence (我是在淘宝买的, 我是老客户, 我是你们的粉丝), not a name
_SENTENCE = set("的了在从买你您们是要想这那个客店号码单")
_ALNUM_RUN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+")


def _without_codes(name: str) -> str:
    """``name`` with any run that is a valid card code as written taken out (``张三K7F26`` → 张三)."""
    return _ALNUM_RUN.sub(lambda m: "" if is_valid(normalise(m.group(0))) else m.group(0), name).strip()


def wechat_name_in(text: str) -> str:
    """The WeChat name a pasted friend request states, or ``""`` when it does not say one plainly."""
    for pattern, strict in _PATTERNS:
        for match in pattern.finditer(text or ""):
            name = _without_codes(match.group("name"))
            if not name or name.isdigit():
                continue
            if strict and (len(name) > 8 or set(name) & _SENTENCE):
                continue
            return name
    return ""


@dataclass(frozen=True)
class Typo:
    """A token of the paste that fails the code check, where it is, and the valid codes one
    mistake away (not yet checked against the shop's cards)."""

    typed: str  # as it reads, normalised (upper case, half-width)
    start: int  # its span in the pasted text
    end: int
    candidates: tuple[str, ...]


def _normalised_with_map(text: str) -> tuple[str, list[int]]:
    chars, where = [], []
    for i, ch in enumerate(text):
        for out in normalise(ch):
            chars.append(out)
            where.append(i)
    return "".join(chars), where


def typos_in(text: str) -> list[Typo]:
    """Code-length tokens of ``text`` (letters and digits, also with one space or dash inside)
    with their one-mistake neighbours (a token that reads as a valid code may still be a typo
    of a printed one: the caller asks only when no printed card matched)."""
    norm, where = _normalised_with_map(text or "")
    found: list[Typo] = []
    for run in re.finditer(r"[0-9A-Z]+(?:[ \-][0-9A-Z]+)*", norm):
        token = re.sub(r"[ \-]", "", run.group(0))
        if len(token) not in CODE_LENGTHS:
            continue
        candidates = tuple(nearest_codes(token))
        if candidates:
            found.append(Typo(token, where[run.start()], where[run.end() - 1] + 1, candidates))
    return found


def with_code(text: str, typo: Typo, code: str) -> str:
    """``text`` with the mistyped token replaced by ``code`` (the one-click fix)."""
    return text[:typo.start] + code + text[typo.end:]
