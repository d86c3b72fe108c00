"""The shop's own settings as the owner changes them, from the window (first start, 文件 → 设置)
or from the CLI (``settings set``): one set of rules for what is accepted and how it is stored.

- ``shop-name`` and ``founder-name``: trimmed, spaces inside collapsed, not empty, not longer than
  fits on a card's signature line and a window title.
- ``wechat-qr``: an image saved from WeChat (decoded, or kept as it is when its code cannot be
  read) or the link/text itself, through :mod:`shopowner.cards.qr_source`.
- the printed card's ``card-design``, ``card-image``, ``signature-image`` and ``order-barcode``,
  through :func:`shopowner.cards.card_settings.card_setting_value` (pictures are copied into the
  data folder).
- what the letter checker and the card need to know: ``qr-owner`` (whose WeChat the QR adds:
  founder, staff or shop), ``founder-wechat-id``, ``ask-line`` (the line that asks for the card
  code; empty: the standard one) and ``banned-phrases`` (one per line, or separated by ``;``).

The window's settings dialog and ``settings set`` store through :func:`change_settings`: every
value is checked first, then all are stored in one transaction.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.settings import (
    ASK_LINE_KEY, BAIT_COST_KEY, BANNED_PHRASES_KEY, CARD_COSTS_KEY, DESIGN_IMAGE_KEY, DESIGN_KEY, FOUNDER_NAME,
    FOUNDER_WECHAT_ID_KEY, ORDER_BARCODE_KEY, QR_OWNER_KEY, SHOP_NAME, SIGNATURE_IMAGE_KEY, WECHAT_QR, set_setting,
)

if TYPE_CHECKING:  # the QR code reader loads only when a QR is read (the CLI starts lean)
    from shopowner.cards.qr_source import QrInput

# CLI key → stored key. Later features add theirs here.
SETTING_KEYS = {
    "shop-name": SHOP_NAME,
    "founder-name": FOUNDER_NAME,
    "wechat-qr": WECHAT_QR,  # an image saved from WeChat (decoded) or the link/text itself
    # the printed card (see shopowner/cards/card_settings.py)
    "card-design": DESIGN_KEY,               # letter_paper | simple | portrait
    "card-image": DESIGN_IMAGE_KEY,          # the logo or founder's photo: an image file, or "none"
    "signature-image": SIGNATURE_IMAGE_KEY,  # a scanned signature image, or "none" (typed)
    "order-barcode": ORDER_BARCODE_KEY,      # on | off
    # what the letter checker and the card need to know
    "qr-owner": QR_OWNER_KEY,                # founder | staff | shop
    "founder-wechat-id": FOUNDER_WECHAT_ID_KEY,
    "ask-line": ASK_LINE_KEY,                # empty: the standard line
    "banned-phrases": BANNED_PHRASES_KEY,    # one per line or separated by ";"; "none" clears
    # what a card costs, for the parcel-card channel's cost per added friend
    "card-costs": CARD_COSTS_KEY,            # LAYOUT=YUAN;LAYOUT=YUAN… (every layout; "none" clears)
    "bait-cost": BAIT_COST_KEY,              # yuan per card for the gift it promises (0: none)
}
CARD_KEYS = ("card-design", "card-image", "signature-image", "order-barcode")
QR_OWNERS = ("founder", "staff", "shop")
# characters: what fits on a card (the ask line beside the QR on the smallest card)
MAX_LENGTH = {"shop-name": 40, "founder-name": 20, "founder-wechat-id": 40, "ask-line": 24}


class SettingError(ValueError):
    """A value that cannot be stored; ``str()`` says what to do, in the owner's language;
    ``key`` is the setting's CLI name when :func:`change_settings` knows it."""

    key = ""


def _what(key: str) -> str:
    return {"shop-name": translate("ShopSettings", "The shop name"),
            "founder-name": translate("ShopSettings", "The founder's name")}[key]


def clean_name(key: str, value: str | None) -> str:
    """``value`` as it will be stored for ``shop-name`` or ``founder-name``, or SettingError."""
    text = re.sub(r"\s+", " ", value or "").strip()
    if not text:
        raise SettingError(translate("ShopSettings", "{what} is empty. Type it in, then try again.")
                           .format(what=_what(key)))
    if len(text) > MAX_LENGTH[key]:
        raise SettingError(translate(
            "ShopSettings", "{what} is {n} characters long; at most {limit} fit on the card. "
                            "Shorten it, then try again.").format(what=_what(key), n=len(text),
                                                                  limit=MAX_LENGTH[key]))
    return text


def save_names(db: Database, shop_name: str, founder_name: str) -> tuple[str, str]:
    """Check both names, then store them together; returns what was stored."""
    shop, founder = clean_name("shop-name", shop_name), clean_name("founder-name", founder_name)
    with db.atomic():
        set_setting(db, SHOP_NAME, shop)
        set_setting(db, FOUNDER_NAME, founder)
    return shop, founder


def read_qr(value: str) -> QrInput:
    """Read a QR image or link without storing anything (the window shows the result first)."""
    from shopowner.cards.qr_source import QrSourceError, read_qr_input

    try:
        return read_qr_input(value)
    except QrSourceError as exc:
        raise SettingError(str(exc)) from exc


def save_qr(db: Database, data_dir: Path, qr: QrInput) -> object:
    """Store ``qr`` as the founder's WeChat QR (an unreadable image is copied into the data
    folder); returns the stored value."""
    from shopowner.cards.qr_source import setting_for

    stored = setting_for(qr, data_dir)
    set_setting(db, WECHAT_QR, stored)
    return stored


def change_setting(db: Database, data_dir: Path, key: str, value: str) -> tuple[object, str]:
    """``settings set KEY VALUE``: check and store one setting; returns (stored value, note)."""
    return change_settings(db, data_dir, {key: value})[key]


def change_settings(db: Database, data_dir: Path, values: dict[str, str]) -> dict[str, tuple[object, str]]:
    """Check every ``{cli key: value}`` first (SettingError names the first that cannot be
    stored, and nothing is written), then store them all in one transaction. Returns each key's
    stored value and a note for the owner (what was read from a QR image)."""
    checked = {}
    for key, value in values.items():
        try:
            checked[key] = _checked(data_dir, key, value)
        except SettingError as exc:
            exc.key = key
            raise
    with db.atomic():
        for key, (stored, _note) in checked.items():
            set_setting(db, SETTING_KEYS[key], stored)
    return checked


def _costs(data_dir: Path, key: str, value: str) -> object:
    """``bait-cost`` in fen; ``card-costs`` as {layout: fen} from ``LAYOUT=YUAN;LAYOUT=YUAN``."""
    from shopowner.cards.layouts import all_layouts
    from shopowner.products.catalogue import parse_yuan

    try:
        if key == "bait-cost":
            return parse_yuan(value, translate("ShopSettings", "The gift's cost")) or 0
        if value.strip().lower() in ("", "none"):
            return {}
        layouts, costs = all_layouts(data_dir), {}
        for part in re.split(r"[\n;；,，]", value):
            if not part.strip():
                continue
            layout, _, amount = part.partition("=")
            if layout.strip() not in layouts or not amount.strip():
                raise SettingError(translate(
                    "ShopSettings", "“{part}” is not LAYOUT=YUAN with one of these layouts: {layouts}.")
                    .format(part=part.strip(), layouts=", ".join(layouts)))
            costs[layout.strip()] = parse_yuan(amount, translate("ShopSettings", "A card's cost")) or 0
        return costs
    except ValueError as exc:
        if isinstance(exc, SettingError):
            raise
        raise SettingError(str(exc)) from exc


def _checked(data_dir: Path, key: str, value: str) -> tuple[object, str]:
    if key not in SETTING_KEYS:
        raise SettingError(translate("ShopSettings", "There is no setting called {key}.").format(key=key))
    value = value or ""
    if key == "wechat-qr":
        qr = read_qr(value)
        from shopowner.cards.qr_source import setting_for

        return setting_for(qr, data_dir), qr.note
    if key in CARD_KEYS:
        from shopowner.cards.card_settings import CardImageError, card_setting_value

        try:
            return card_setting_value(key, value.strip(), data_dir), ""
        except (CardImageError, ValueError) as exc:
            raise SettingError(str(exc)) from exc
    if key == "qr-owner":
        if value.strip() not in QR_OWNERS:
            raise SettingError(translate("ShopSettings", "Use one of: founder, staff, shop."))
        return value.strip(), ""
    if key == "banned-phrases":
        if value.strip().lower() == "none":
            return [], ""
        return [p.strip() for p in re.split(r"[\n;；]", value) if p.strip()], ""
    if key in ("card-costs", "bait-cost"):
        return _costs(data_dir, key, value), ""
    if key in ("founder-wechat-id", "ask-line"):
        text = re.sub(r"\s+", " ", value).strip()
        if len(text) > MAX_LENGTH[key]:
            raise SettingError(translate(
                "ShopSettings", "{key} is {n} characters long; at most {limit} fit. Shorten it, then "
                                "try again.").format(key=key, n=len(text), limit=MAX_LENGTH[key]))
        if key == "ask-line" and not text:
            from shopowner.cards.content import ASK_LINE

            text = ASK_LINE
        return text, ""
    return clean_name(key, value), ""
