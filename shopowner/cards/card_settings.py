"""The shop's card design settings and pictures: which design, the logo or founder's photo, the
scanned signature, the order barcode.

Pictures are copied into the data folder (``cards/…``) so the shop's folder holds everything its
cards need; the setting stores the path relative to the folder. A scanned signature on white paper
is made transparent (white → clear) so it sits on the letter paper's lines like ink.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from shopowner.cards.designs import DEFAULT_DESIGN, DESIGN_IMAGE_KEY, DESIGN_KEY, DESIGNS, ORDER_BARCODE_KEY
from shopowner.i18n import translate
from shopowner.store.settings import SHOP_NAME, get_setting, set_setting

SIGNATURE_FILE = "signature"
DESIGN_IMAGE_FILE = "design-image"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp")
MAX_PIXELS = 2400  # longest side kept: sharp at 600 dpi on the largest card area a picture gets


class CardImageError(ValueError):
    """The picture cannot be used; ``str()`` says why and what to do."""


def data_file(data_dir: Path | None, relative: str | None) -> Path | None:
    """The file ``relative`` in the data folder, or None when unset or missing."""
    if not relative or data_dir is None:
        return None
    path = Path(data_dir) / relative
    return path if path.is_file() else None


def design_settings(db, data_dir: Path | None) -> dict:
    """The :class:`~shopowner.cards.content.CardArt` fields the shop's design settings give."""
    key = get_setting(db, DESIGN_KEY) or DEFAULT_DESIGN
    return {
        "design": key if key in DESIGNS else DEFAULT_DESIGN,
        "design_image": data_file(data_dir, get_setting(db, DESIGN_IMAGE_KEY)),
        "shop_name": get_setting(db, SHOP_NAME, "") or "",
        "order_barcode": bool(get_setting(db, ORDER_BARCODE_KEY, False)),
    }


def set_design(db, key: str) -> None:
    if key not in DESIGNS:
        raise ValueError(translate("Cards", "There is no card design called “{key}”. The designs are: "
                                            "{keys}.").format(key=key, keys=", ".join(DESIGNS)))
    set_setting(db, DESIGN_KEY, key)


def import_card_image(source: Path | str, data_dir: Path, name: str, *, clear_white: bool = False) -> str:
    """Copy the picture ``source`` into ``<data_dir>/cards/<name>.png`` (scaled down when huge,
    white made transparent when ``clear_white``); returns the path relative to the data folder."""
    from PIL import Image, UnidentifiedImageError

    source = Path(source)
    if not source.is_file():
        raise CardImageError(translate("Cards", "The file {path} does not exist. Choose the picture "
                                                "again.").format(path=source))
    try:
        with Image.open(source) as image:
            image.load()
            picture = image.convert("RGBA")
    except (OSError, UnidentifiedImageError) as exc:
        raise CardImageError(translate("Cards", "{path} is not a picture ShopOwner can read ({reason}). "
                                                "Save it as PNG or JPEG and try again.").format(
            path=source.name, reason=exc)) from exc
    picture.thumbnail((MAX_PIXELS, MAX_PIXELS))
    if clear_white and not _has_transparency(picture):
        picture = _white_to_clear(picture)
    target = Path(data_dir) / "cards" / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_suffix(".part.png")
    picture.save(part, "PNG")
    shutil.move(str(part), str(target))
    return f"cards/{target.name}"


def _has_transparency(picture) -> bool:
    return picture.getchannel("A").getextrema()[0] < 255


def _white_to_clear(picture):
    """Paper white becomes transparent and light greys fade out, so only the ink is left."""
    from PIL import ImageOps

    grey = ImageOps.grayscale(picture)
    # ink (dark) opaque, paper (above ~85 % white) clear, a soft edge between
    alpha = grey.point(lambda v: 0 if v >= 218 else 255 if v <= 150 else int((218 - v) * 255 / 68))
    picture = picture.copy()
    picture.putalpha(alpha)
    return picture


def measuring_art(db):
    """A :class:`~shopowner.cards.content.CardArt` with the shop's design choices, for measuring
    letters (the checker) where the data folder is not at hand: a picture's presence is what
    changes the room, not its pixels."""
    from shopowner.cards.batch import ASK_LINE_KEY, SIGNATURE_IMAGE_KEY
    from shopowner.cards.content import ASK_LINE, CardArt

    signature = get_setting(db, SIGNATURE_IMAGE_KEY)
    return CardArt(signature_image=Path(signature) if signature else None,
                   ask_line=get_setting(db, ASK_LINE_KEY) or ASK_LINE, **design_settings(db, None))


def card_setting_value(key: str, value: str, data_dir: Path):
    """The value to store for the card setting ``key`` (``settings set``): a design name, on/off
    for the order barcode, or a picture copied into the data folder ("none" clears it)."""
    from shopowner.cards.designs import design_title

    if key == "card-design":
        if value not in DESIGNS:
            names = ", ".join(f"{k} ({design_title(k)})" for k in DESIGNS)
            raise ValueError(translate("Cards", "There is no card design called “{value}”. Use one of: "
                                              "{names}.").format(value=value, names=names))
        return value
    if key == "order-barcode":
        if value.lower() not in ("on", "off"):
            raise ValueError(translate("Cards", "Use on or off."))
        return value.lower() == "on"
    if value.lower() == "none":
        return ""
    return import_card_image(value, data_dir, SIGNATURE_FILE if key == "signature-image" else DESIGN_IMAGE_FILE,
                             clear_white=key == "signature-image")


def dialog_values(db) -> dict:
    """Everything the card settings dialog shows, as stored (read before it opens)."""
    from shopowner.cards.batch import ASK_LINE_KEY, SIGNATURE_IMAGE_KEY
    from shopowner.cards.checker import FOUNDER_WECHAT_ID_KEY, QR_OWNER_KEY, banned_phrases
    from shopowner.store.settings import WECHAT_QR

    return {"design": get_setting(db, DESIGN_KEY) or DEFAULT_DESIGN,
            "design_image": get_setting(db, DESIGN_IMAGE_KEY, "") or "",
            "signature_image": get_setting(db, SIGNATURE_IMAGE_KEY, "") or "",
            "ask_line": get_setting(db, ASK_LINE_KEY, "") or "",
            "order_barcode": bool(get_setting(db, ORDER_BARCODE_KEY, False)),
            "qr": get_setting(db, WECHAT_QR), "qr_owner": get_setting(db, QR_OWNER_KEY, "founder"),
            "founder_wechat_id": get_setting(db, FOUNDER_WECHAT_ID_KEY, "") or "",
            "banned_phrases": banned_phrases(db)}
