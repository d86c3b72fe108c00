"""The founder's WeChat QR: from the image saved in WeChat (我的二维码 → 保存图片), or a link/text.

An image is decoded with zxing-cpp and its text kept, so the card redraws the QR as crisp vector
paths at any size. An image that cannot be decoded is copied into the data folder and placed on
the card at full resolution. The ``wechat_qr`` setting then holds the text, or
``{"image": "<file in the data folder>"}``.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from shopowner.cards.qr import qr_matrix
from shopowner.i18n import translate

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp"}
QR_DIR = "cards"


class QrSourceError(ValueError):
    """The QR cannot be used; ``str()`` says what to do."""


@dataclass(frozen=True)
class QrSource:
    text: str = ""           # decoded or typed text: drawn as vector
    image: Path | None = None  # undecodable image: placed as is

    @property
    def is_set(self) -> bool:
        return bool(self.text or self.image)

    def matrix(self):
        return qr_matrix(self.text) if self.text else None


def decode_qr_image(path: Path) -> str | None:
    """The text of the first QR code in the image, or None."""
    import zxingcpp
    from PIL import Image

    with Image.open(path) as img:
        img.load()
        results = zxingcpp.read_barcodes(img.convert("L"),
                                         formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return results[0].text if results else None


def looks_like_image_path(value: str) -> bool:
    return Path(value).suffix.lower() in IMAGE_SUFFIXES


@dataclass(frozen=True)
class QrInput:
    """What the owner gave, read but not yet stored: the text to draw, or an image whose QR code
    could not be read (placed on the card as it is). ``note`` says which, for the owner."""

    text: str = ""
    image: Path | None = None
    note: str = ""
    from_image: bool = False  # the text was decoded from an image

    @property
    def readable(self) -> bool:
        return bool(self.text)


def read_qr_input(value: str) -> QrInput:
    """Read ``value`` (an image path or a link/text) without storing anything; may take a moment
    on a big photo (decoding). Raises :class:`QrSourceError` saying what to do."""
    value = (value or "").strip()
    if not value:
        raise QrSourceError(translate("Cards", "The QR value is empty. Give the image saved from "
                                               "WeChat, or the link in your QR code."))
    if "://" not in value and (looks_like_image_path(value) or Path(value).is_file()):
        path = Path(value).expanduser()
        if not path.is_file():
            raise QrSourceError(translate(
                "Cards", "The image {path} does not exist. Save your QR code from WeChat (我的二维码 → "
                         "保存图片) and give that file.").format(path=path))
        try:
            text = decode_qr_image(path)
        except Exception as exc:  # any unreadable image gets the same advice
            raise QrSourceError(translate(
                "Cards", "The file {path} is not a readable image ({reason}). Save your QR code from "
                         "WeChat again as PNG or JPG.").format(path=path, reason=exc)) from exc
        if text:
            return QrInput(text=text, from_image=True, note=translate(
                "Cards", "QR code read: it will be redrawn sharp on every card."))
        return QrInput(image=path, note=translate(
            "Cards", "The QR code in this image could not be read, so the image is printed as it is. "
                     "For the sharpest cards, save the QR again from WeChat at full size."))
    return QrInput(text=value, note=translate("Cards", "The QR code will hold this text."))


def setting_for(qr: QrInput, data_dir: Path) -> object:
    """The ``wechat_qr`` setting value for ``qr``; an unreadable image is copied into the data
    folder first (so the card never depends on the original file)."""
    if qr.text:
        return qr.text
    assert qr.image is not None  # no text: an image whose QR code could not be read
    target_dir = Path(data_dir) / QR_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / ("wechat_qr" + qr.image.suffix.lower())
    if qr.image.resolve() != target.resolve():
        shutil.copyfile(qr.image, target)
    return {"image": f"{QR_DIR}/{target.name}"}


def setting_from_input(value: str, data_dir: Path) -> tuple[object, str]:
    """What to store for ``value`` (an image path or a link/text) and a note for the owner."""
    qr = read_qr_input(value)
    return setting_for(qr, data_dir), qr.note


def source_from_setting(value, data_dir: Path | None) -> QrSource:
    if isinstance(value, dict) and value.get("image") and data_dir is not None:
        path = Path(data_dir) / value["image"]
        return QrSource(image=path) if path.is_file() else QrSource()
    if isinstance(value, str) and value.strip():
        return QrSource(text=value.strip())
    return QrSource()
