"""The order number as a Code 128 barcode a packer can scan (a shop setting, off by default).

Bars are whole printer dots at 203 dpi (a thermal head's resolution; laser and inkjet printers
divide it evenly enough): 3 dots a module when the strip is wide enough, else 2. Below 2 dots a
scanner misreads, so an order number too long for the strip is printed as text only.
"""

from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128Auto

DOT = 72 / 203          # one dot of a 203 dpi printer, in points
QUIET_MODULES = 10      # the quiet zone Code 128 needs on either side


def order_barcode(value: str, max_width: float, height: float) -> Code128Auto | None:
    """A barcode of ``value`` no wider than ``max_width`` points (quiet zones included), or None
    when it cannot be printed scannably (not ASCII, or too long for the room)."""
    value = (value or "").strip()
    if not value or not value.isascii() or not value.isprintable():
        return None
    for dots in (3, 2):
        module = dots * DOT
        code = Code128Auto(value, barWidth=module, barHeight=height, humanReadable=False,
                           quiet=True, lquiet=QUIET_MODULES * module, rquiet=QUIET_MODULES * module)
        if code.width <= max_width:
            return code
    return None
