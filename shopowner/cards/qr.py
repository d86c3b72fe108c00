"""QR codes drawn as vector paths from ``qrcode``'s module matrix: crisp at any size or dpi."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M


def qr_matrix(text: str, error_correction=ERROR_CORRECT_M) -> list[list[bool]]:
    """The module matrix of ``text`` including the 4-module quiet zone."""
    qr = qrcode.QRCode(error_correction=error_correction, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    return qr.get_matrix()


def draw_qr(canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draw ``matrix`` as one filled path in the square (x, y, size) in points, white behind."""
    n = len(matrix)
    cell = size / n
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                path.rect(x + start * cell, y + size - (r + 1) * cell, (c - start) * cell, cell)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
