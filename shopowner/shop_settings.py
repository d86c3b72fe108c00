"""The shop's own settings as the owner changes them, from the window (first start, 文件 → 设置)
or from the CLI (``settings set``): one set of rules for what is accepted and how it is stored.

- ``shop-name`` and ``founder-name``: trimmed, spaces inside collapsed, not empty, not longer than
  fits on a card's signature line and a window title.
- ``wechat-qr``: an image saved from WeChat (decoded, or kept as it is when its code cannot be
  read) or the link/text itself, through :mod:`shopowner.cards.qr_source`.
- the printed card's ``card-design``, ``card-image``, ``signature-image`` and ``order-barcode``,
  through :func:`shopowner.cards.card_settings.card_setting_value` (pictures are copied into the
  data folder).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from shopowner.i18n import translate
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, WECHAT_QR, set_setting

if TYPE_CHECKING:  # the QR code reader loads only when a QR is read (the CLI starts lean)
    from shopowner.cards.qr_source import QrInput

# CLI key → stored key. Later features add theirs here.
SETTING_KEYS = {
    "shop-name": SHOP_NAME,
    "founder-name": FOUNDER_NAME,
    "wechat-qr": WECHAT_QR,  # an image saved from WeChat (decoded) or the link/text itself
    # the printed card (see shopowner/cards/card_settings.py)
    "card-design": "cards_design",          # letter_paper | simple | portrait
    "card-image": "cards_design_image",     # the logo or founder's photo: an image file, or "none"
    "signature-image": "cards_signature_image",  # a scanned signature image, or "none" (typed)
    "order-barcode": "cards_order_barcode",  # on | off
}
CARD_KEYS = ("card-design", "card-image", "signature-image", "order-barcode")
MAX_LENGTH = {"shop-name": 40, "founder-name": 20}


class SettingError(ValueError):
    """A value that cannot be stored; ``str()`` says what to do, in the owner's language."""


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
    if key not in SETTING_KEYS:
        raise SettingError(translate("ShopSettings", "There is no setting called {key}.").format(key=key))
    if key == "wechat-qr":
        qr = read_qr(value)
        return save_qr(db, data_dir, qr), qr.note
    if key in CARD_KEYS:
        from shopowner.cards.card_settings import CardImageError, card_setting_value

        try:
            stored = card_setting_value(key, value.strip(), data_dir)
        except (CardImageError, ValueError) as exc:
            raise SettingError(str(exc)) from exc
        set_setting(db, SETTING_KEYS[key], stored)
        return stored, ""
    text = clean_name(key, value)
    set_setting(db, SETTING_KEYS[key], text)
    return text, ""
