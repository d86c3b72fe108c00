"""Value cleaners for cells as the seller centers write them. None of these ever raises.

Exports wrap ids as ``="2043…"`` (so Excel keeps the digits), prefix text with ``'`` or a tab,
write ``-``/``——`` for nothing, money as ``¥1,278.00``, and dates the way Excel re-saved them
(``2016/5/23 22:02``). Each cleaner turns one such cell into the plain value we store, or an
empty result when the cell holds nothing usable.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP

EMPTY_MARKERS = frozenset({"-", "--", "—", "——", "null", "NULL", "None", "无"})
_WRAPPED = re.compile(r'^="([^"]*)"$')
ODD_START = frozenset("= \t\r\n\u3000\ufeff'")
ODD_END = frozenset(" \t\r\n\u3000\ufeff")


def text(value) -> str:
    """A cell as clean text: unwrap ``="…"``, drop a leading ``'`` or tab, trim, blank markers → ''.

    Formulas such as ``=HYPERLINK(…)`` are data and come back verbatim (trimmed only).
    """
    if value is None:
        return ""
    s = value if isinstance(value, str) else str(value)
    if not s:
        return s
    if s[0] not in ODD_START and s[-1] not in ODD_END and s not in EMPTY_MARKERS:
        return s  # the common case, without regex or copies
    s = s.strip(" \t\r\n\u3000\ufeff")
    m = _WRAPPED.match(s)
    if m:
        s = m.group(1).strip(" \t")
    if s.startswith("'"):
        s = s[1:].strip(" \t")
    return "" if s in EMPTY_MARKERS else s


_MONEY_JUNK = str.maketrans("", "", "¥￥,，元 \t")
_MONEY = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_PLAIN_MONEY = re.compile(r"^\d{1,15}\.\d\d$")
_EXPONENT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)[eE][+-]?\d{1,6}$")  # Excel's 1.23457E+19

# The largest amount one order can carry: ¥100,000,000 (in fen). A small shop's order is
# thousands of yuan; platforms cap a single payment far lower (Alipay/WeChat at ¥50,000 to a few
# million). A bigger figure is a typo, a pasted id or an Excel overflow — and beyond ~¥92
# trillion it no longer fits SQLite's 64-bit integers — so its row is skipped, not stored.
MAX_FEN = 100_000_000 * 100
OUT_OF_RANGE_FEN = MAX_FEN * 1000  # what money_fen gives for an amount too large to compute with
MAX_QUANTITY = 100_000  # of one item on one order line; more is a mistake in the cell


def money_fen(value) -> int | None:
    """``¥1,278.00`` → 127800; ``0元`` → 0; empty → None; anything else unreadable → None."""
    if not value and value != 0:
        return None
    if type(value) is str and len(value) > 3 and value[-3] == ".":
        head, tail = value[:-3], value[-2:]
        if head.isascii() and head.isdigit() and tail.isascii() and tail.isdigit():
            return int(head) * 100 + int(tail)  # the common "298.00", without regex or Decimal
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        value = repr(value)
    s = text(value)
    if _PLAIN_MONEY.match(s):
        return int(s[:-3]) * 100 + int(s[-2:])
    s = s.translate(_MONEY_JUNK)
    if s.upper().startswith("RMB"):
        s = s[3:]
    if _EXPONENT.match(s):
        return _exponent_fen(s)
    if not s or not _MONEY.match(s):
        return None
    if len(s) > 24:  # digits enough to be read, too many to be an amount
        return -OUT_OF_RANGE_FEN if s.startswith("-") else OUT_OF_RANGE_FEN
    try:
        return int((Decimal(s) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError, OverflowError):
        return None


def _exponent_fen(s: str) -> int | None:
    try:
        d = Decimal(s)
    except (InvalidOperation, ValueError):
        return None
    if d.adjusted() > 18:  # never build a thousand-digit integer from "1e999"
        return -OUT_OF_RANGE_FEN if d < 0 else OUT_OF_RANGE_FEN
    return int((d * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def amount_in_range(fen: int | None) -> bool:
    """False for an amount no order can have (beyond ¥100,000,000 either way)."""
    return fen is None or -MAX_FEN <= fen <= MAX_FEN


def quantity(value, default: int = 1) -> int:
    """A positive whole count (``2``, ``2.0``, ``2件``); the default when unreadable."""
    if type(value) is str and value.isascii() and value.isdigit() and len(value) < 10:
        return int(value)
    m = re.match(r"^\s*(\d{1,9})(\.0*)?", text(value))
    return int(m.group(1)) if m else default


_SIGNED_COUNT = re.compile(r"^\s*([+-]?)\s*(\d+)")


def quantity_in_range(value) -> bool:
    """False for a count no order line has: a negative one or more than MAX_QUANTITY. An empty
    or wordy cell is in range (:func:`quantity` gives the default)."""
    if type(value) is str and value.isascii() and value.isdigit() and len(value) < 6:
        return True  # the common "1"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return not math.isnan(value) and 0 <= value <= MAX_QUANTITY
    m = _SIGNED_COUNT.match(text(value))
    if not m:
        return True
    if len(m.group(2)) > 6:
        return False
    n = int(m.group(2))
    return n == 0 or (m.group(1) != "-" and n <= MAX_QUANTITY)


_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]*(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:\.\d+)?)?秒?)?"
)
MIN_YEAR, MAX_YEAR = 1990, 2100  # earlier years are "no date" placeholders (0000, 1970…)
_EXCEL_EPOCH = datetime(1899, 12, 30)
_CANONICAL = re.compile(r"^\d{4}-\d\d-\d\d [01]\d:[0-5]\d:[0-5]\d$|^\d{4}-\d\d-\d\d 2[0-3]:[0-5]\d:[0-5]\d$")


def date_time(value) -> str:
    """Any date the exports or Excel produce → ``YYYY-MM-DD HH:MM:SS``; '' when not a date.

    Accepts ``2016/5/23 22:02``, ``2023年9月9日``, ISO ``T`` times, a range (first half used),
    Excel serial numbers and ``datetime`` objects from openpyxl.
    """
    if type(value) is str:
        if not value:
            return ""
        if len(value) == 19 and _CANONICAL.match(value) and "01" <= value[5:7] <= "12" \
                and "01" <= value[8:10] <= "28" and "1990" <= value[:4] <= "2100":
            return value  # already YYYY-MM-DD HH:MM:SS with a day every month has
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if MIN_YEAR <= value.year <= MAX_YEAR else ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _excel_serial(float(value))
    s = text(value)
    if not s:
        return ""
    if _CANONICAL.match(s) and "01" <= s[5:7] <= "12" and "01" <= s[8:10] <= "28" \
            and "1990" <= s[:4] <= "2100":
        return s  # already YYYY-MM-DD HH:MM:SS with a day every month has
    m = _DATE.match(s)
    if not m:
        if re.fullmatch(r"\d{5}(\.\d+)?", s):
            return _excel_serial(float(s))
        return ""
    y, mo, d, h, mi, sec = (int(g) if g else 0 for g in m.groups())
    if not MIN_YEAR <= y <= MAX_YEAR:
        return ""
    try:
        return datetime(y, mo, d, h, mi, sec).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return ""


def impossible_date(value) -> bool:
    """True for a cell written as a date no calendar has (``2024-02-30``, ``2024-13-01 25:61``)
    or one after MAX_YEAR. Words (``未发货``), numbers and placeholders for "no date" before
    MIN_YEAR (``0000-00-00``, ``1970-01-01 08:00:00``) are not dates at all: they read as empty."""
    if date_time(value):
        return False
    m = _DATE.match(text(value))
    return m is not None and int(m.group(1)) >= MIN_YEAR


def _excel_serial(days: float) -> str:
    if not 32874 <= days < 73416:  # 1990-01-01 … 2100-12-31, as MIN_YEAR and MAX_YEAR
        return ""
    moment = _EXCEL_EPOCH + timedelta(days=days)
    return moment.replace(microsecond=0).strftime("%Y-%m-%d %H:%M:%S")


# --- phones ----------------------------------------------------------------------------------
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_CIPHER = re.compile(r"[A-Za-z0-9+/=]{32,}")
_PHONE_JUNK = re.compile(r"[\s\-–—()（）.+]")


def is_masked(value) -> bool:
    """True for a value the platform hid: ``138****1234``, ``张**``, or a ciphertext placeholder."""
    s = value if type(value) is str and not (
        value and (value[0] in ODD_START or value[-1] in ODD_END)) else text(value)
    if not s:
        return False
    if "*" in s or "＊" in s:
        return True
    # Encrypted placeholders (e.g. ``#Ab3…#``, ``$…$``, long base64 runs) are never real values.
    if s[0] in "#$~" and len(s) >= 12:
        return True
    return len(s) >= 32 and bool(_CIPHER.fullmatch(s))


def phone(value) -> tuple[str, bool]:
    """(digits, masked). A real mainland mobile comes back as its 11 digits; ``+86``/spaces/dashes
    are removed. A masked number comes back as written with masked=True; a landline as digits."""
    if type(value) is str and len(value) == 11 and value.isdigit():
        return value, False  # the common case, already clean
    s = text(value)
    if not s:
        return "", False
    if len(s) == 11 and s.isdigit():
        return s, False
    if is_masked(s):
        return s, True
    digits = _PHONE_JUNK.sub("", s)
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.isdigit():
        return s, False
    return digits, False


def is_mobile(digits: str) -> bool:
    return len(digits) == 11 and bool(_MOBILE.match(digits))


def mobile(value) -> str:
    """The 11-digit mobile in ``value`` when it is a real, unmasked one; '' otherwise."""
    digits, masked = phone(value)
    return digits if not masked and _MOBILE.match(digits) else ""


# --- addresses -------------------------------------------------------------------------------
MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
_ZIP = re.compile(r"[(（]\s*(\d{6})\s*[)）]\s*$")
PROVINCES = ("河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
             "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
             "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")
_PROVINCE = re.compile(r"^(.{2,7}?(?:省|自治区|特别行政区)|北京市?|上海市?|天津市?|重庆市?|"
                       + "|".join(PROVINCES) + ")")
_CITY = re.compile(r"^(.{1,10}?(?:市|自治州|地区|盟))")
_DISTRICT = re.compile(r"^(.{1,10}?(?:区|县|旗|市))")


def address(value) -> dict:
    """Split ``省 市 区 详细(邮编)`` (spaced or run together) into its parts.

    Returns ``province, city, district, detail, zip`` (each possibly ''). Municipalities written
    ``上海 上海市 浦东新区`` or ``上海浦东新区…`` get city ``上海市``.
    """
    out = {"province": "", "city": "", "district": "", "detail": "", "zip": ""}
    s = text(value)
    if not s:
        return out
    m = _ZIP.search(s)
    if m:
        out["zip"] = m.group(1)
        s = s[: m.start()].rstrip()
    parts = s.split()
    if len(parts) >= 4:
        out["province"], out["city"], out["district"] = parts[0], parts[1], parts[2]
        out["detail"] = "".join(parts[3:])
        return out
    s = "".join(parts)
    m = _PROVINCE.match(s)
    if not m:
        out["detail"] = s
        return out
    out["province"], s = m.group(1), s[m.end():]
    base = out["province"].rstrip("市")
    if base in MUNICIPALITIES:
        out["city"] = base + "市"
        if s.startswith(out["city"]):
            s = s[len(out["city"]):]
    else:
        m = _CITY.match(s)
        if m:
            out["city"], s = m.group(1), s[m.end():]
    m = _DISTRICT.match(s)
    if m and len(s) > m.end():
        out["district"], s = m.group(1), s[m.end():]
    out["detail"] = s
    return out


def strip_region(full: str, *regions: str) -> str:
    """A full address minus the province/city/district it starts with (kept once in their columns)."""
    s = re.sub(r"\s+", "", text(full))
    for region in regions:
        if region and s.startswith(region):
            s = s[len(region):]
    return s


_SQUASH = re.compile(r"[\s,，。.·()（）\-—_#＃]+")


def address_key(name: str, district: str, detail: str) -> str:
    """The name + full-address identity key, insensitive to spacing, brackets and punctuation."""
    return f"{_SQUASH.sub('', name)}|{_SQUASH.sub('', district + detail)}"
