"""The filter bar's values as the dict saved views store, checked before any query runs."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from shopowner.i18n import translate
from shopowner.vocab.rfm_segments import SEGMENTS
from shopowner.vocab.stages import STAGES

FILTER_KEYS = ("platform", "tag_id", "stage", "wechat", "spend_min_fen", "spend_max_fen",
               "within_days", "over_days", "open_complaint", "segment")


class FilterError(ValueError):
    """Bad filter input; ``str()`` is the translated message for the owner."""


def yuan_to_fen(text: str) -> int | None:
    """'12.5' → 1250; '' → None; anything else is a :class:`FilterError`."""
    text = (text or "").strip().replace(",", "").replace("¥", "").replace("￥", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise FilterError(translate("Customers", "“{text}” is not an amount. Type yuan as a number, "
                                                 "for example 199 or 88.5.").format(text=text)) from None
    if value < 0:
        raise FilterError(translate("Customers", "An amount cannot be negative. Type 0 or more."))
    return int((value * 100).to_integral_value())


def clean_filters(filters: dict) -> dict:
    """Drop empty values, check the rest; raises :class:`FilterError` with what to fix."""
    unknown = set(filters) - set(FILTER_KEYS)
    if unknown:
        raise ValueError(f"unknown filter keys: {sorted(unknown)}")
    out = {k: v for k, v in filters.items() if v not in (None, "", False, 0) or k.endswith("_fen")}
    out = {k: v for k, v in out.items() if v is not None}
    if "stage" in out and out["stage"] not in STAGES:
        raise ValueError(f"unknown stage {out['stage']!r}")
    if "segment" in out and out["segment"] not in SEGMENTS:
        raise ValueError(f"unknown segment {out['segment']!r}")
    if "wechat" in out and out["wechat"] not in ("none", "added"):
        raise ValueError(f"unknown WeChat status {out['wechat']!r}")
    for key in ("within_days", "over_days"):
        if key in out and (not isinstance(out[key], int) or out[key] < 1):
            raise FilterError(translate("Customers", "The number of days must be a whole number of "
                                                     "1 or more."))
    lo, hi = out.get("spend_min_fen"), out.get("spend_max_fen")
    if lo is not None and hi is not None and lo > hi:
        raise FilterError(translate("Customers", "The lowest spend is above the highest spend. "
                                                 "Swap the two amounts."))
    return out
