"""The words a person reads: what a widget's text looks like once drawn (shortcut marks), and
what must never be read (an ``&`` that renders, an internal key, English in the Chinese window,
English plurals done by hand). Pure text rules, no widgets: used by :mod:`tests.realwindow.fit`.
"""

from __future__ import annotations

import re


# what the text looks like on screen ------------------------------------------------------------
def rendered(text: str, mnemonic: bool) -> str:
    """The text as drawn: with shortcut letters (buttons, menus, tabs, buddied labels) ``&x``
    draws ``x`` underlined and ``&&`` draws ``&``; elsewhere every ``&`` is drawn as it is."""
    if not mnemonic:
        return text
    out, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        elif text[i] == "&":
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def ampersand_shows(text: str, mnemonic: bool) -> bool:
    """True when an ``&`` reaches the screen: drawn literally, or as a shortcut underline on a
    space or a sign (``Letters & insert cards`` in a menu reads ``Letters _insert cards``)."""
    if "&" not in text:
        return False
    if not mnemonic:
        return True
    i = 0
    while i < len(text):
        if text[i] == "&":
            following = text[i + 1] if i + 1 < len(text) else ""
            if following == "&" or not following.isalnum():
                return True
            i += 2
        else:
            i += 1
    return False


# internal keys and untranslated text -----------------------------------------------------------
PLATFORM_KEYS = ("taobao", "tmall", "jd", "pdd", "douyin", "kuaishou", "youzan", "wechat_shop",
                 "xiaohongshu", "qianniu")
OTHER_KEYS = ("to-ship", "a4-4up-a6", "a4-2up-a5", "a4-10up-90x54", "thermal-100x150", "roll-76",
              "roll-80", "alipay", "wechat", "cps")  # the last: ways of paying, a channel kind
_KEY_RE = re.compile(
    r"(?<![\w./\\-])(?:" + "|".join(re.escape(k) for k in PLATFORM_KEYS + OTHER_KEYS) + r")(?![\w-])"
    r"|(?<![\w./\\-])[a-z][a-z0-9]*_[a-z0-9_]+(?![\w.])"      # snake_case keys (settings, kinds)
    r"|[^\s|()（）]+\|[^\s|()（）]+")                            # name|address identity keys
_PATH_RE = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s，。；：]+|\S+\.(?:db|csv|xlsx|xls|pdf|png|json|txt)\b"
                      r"|https?://\S+")


_KNOWN_KEY_RE = re.compile(
    r"(?<![\w./\\-])(?:" + "|".join(re.escape(k) for k in PLATFORM_KEYS + OTHER_KEYS) + r")(?![\w-])")


def internal_key(text: str, data: bool = False) -> str | None:
    """The internal key shown in ``text`` (paths, file names and links aside), or None. In the
    shop's own data (``data``: a nickname ``tea_lover_88``) only our known keys count."""
    match = (_KNOWN_KEY_RE if data else _KEY_RE).search(_PATH_RE.sub(" ", text))
    return match.group(0) if match else None


CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
_WORD = re.compile(r"[A-Za-z]{3,}")
# words a Chinese window shows as they are: formats, units, brands, keys, the product's name
_KEEP = {"PDF", "CSV", "XLSX", "XLS", "TXT", "JSON", "VIP", "ShopOwner", "WeChat", "Ctrl", "Alt",
         "Shift", "Enter", "Esc", "Tab", "Del", "CUPS", "ANSI", "Arch", "JIS", "ISO", "SQLite",
         "Excel", "ID", "Qt", "DPI", "dpi", "URL", "Code", "Windows", "macOS", "Linux",
         "English"}  # a language is named in its own language


_LAZY_PLURAL = re.compile(r"(?<![\d.,])1 [A-Za-z]+s\b(?<!ss)|\w\(s\)")


def lazy_plural(text: str) -> bool:
    """``1 copies``, ``1 orders``, ``page(s)``: English that Qt's %n plural forms would say right."""
    return bool(_LAZY_PLURAL.search(text))


_WHOLE_WORD = re.compile(r"(?<![\w])[A-Za-z]{3,}(?![\w])")


def english_words(text: str) -> list[str]:
    """The whole English words of ``text`` (not the parts of ``chenjing_tea`` or ``Annie13``) a
    Chinese window would not show as they are."""
    return [w for w in _WHOLE_WORD.findall(_PATH_RE.sub(" ", text.replace("&", ""))) if w not in _KEEP]


def english_in_chinese(text: str) -> bool:
    """A text with English words and no Chinese at all (paths, links, codes aside)."""
    plain = _PATH_RE.sub(" ", text.replace("&", ""))
    if CJK.search(plain):
        return False
    return any(w not in _KEEP for w in _WORD.findall(plain))
