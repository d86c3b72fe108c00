"""What a card prints (:class:`CardContent`), what every card of a batch shares (:class:`CardArt`)
and what went wrong on one card (:class:`CardIssue`): plain data, no drawing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ASK_LINE = "加我微信时，请发这个暗号"
DEFAULT_DESIGN = "letter_paper"


@dataclass
class CardContent:
    """One card's printed text; ``letter`` is already merged."""

    code: str
    letter: str
    signature: str = ""
    order_ref: str = ""         # what the packer reads: "淘宝 3700…"
    reprint: bool = False
    order_number: str = ""      # the platform's order number alone, for the optional barcode


@dataclass
class CardArt:
    """What every card of a batch shares: the QR, the design and its pictures, shop choices."""

    qr_matrix: list | None = None      # a decoded QR, redrawn as vector
    qr_image: Path | None = None       # an undecodable QR image, placed at full resolution
    signature_image: Path | None = None  # a scanned signature (PNG transparency is kept)
    ask_line: str = ASK_LINE
    design: str = DEFAULT_DESIGN       # a key of shopowner.cards.designs.DESIGNS
    design_image: Path | None = None   # the shop's logo or the founder's photo (the "portrait" design)
    shop_name: str = ""                # printed in the portrait design's header when it has no picture
    order_barcode: bool = False        # the order number also as a Code 128 barcode for packers


@dataclass
class CardIssue:
    index: int  # position in the card list
    kind: str   # "too_long" | "missing_glyph"
    message: str
