"""The sheet around the cards: crop marks outside used cells, and numbered blanks for the cells of a
part-used sheet that are skipped (preview only)."""

from __future__ import annotations

from shopowner.cards.layouts import MM, Layout
from shopowner.i18n import translate

MARK_LENGTH = 4.0  # mm


def mark_offset(layout: Layout) -> float:
    """How far (mm) crop marks stay from the trim: clear of the bleed."""
    return max(1.0, layout.usable_bleed() + 0.5)


def crop_marks(c, layout: Layout, used: list[int]) -> None:
    """Short cut marks outside the corners of used cells, never over a used card."""
    bleed = layout.usable_bleed()
    off, length = mark_offset(layout), MARK_LENGTH
    boxes = []
    for i in used:
        x, y = layout.cell_origin(i)
        boxes.append((x - bleed, y - bleed, x + layout.card_w + bleed, y + layout.card_h + bleed))

    def clear(x1, y1, x2, y2) -> bool:
        if min(x1, x2) < 0 or min(y1, y2) < 0 or max(x1, x2) > layout.page_w or max(y1, y2) > layout.page_h:
            return False
        lx, hx, ly, hy = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        return not any(lx < b[2] and hx > b[0] and ly < b[3] and hy > b[1] for b in boxes)

    c.saveState()
    c.setLineWidth(0.25)
    c.setStrokeColorRGB(0, 0, 0)
    ph = layout.page_h
    for i in used:
        x, y = layout.cell_origin(i)
        for cx, dx in ((x, -1), (x + layout.card_w, 1)):
            for cy, dy in ((y, -1), (y + layout.card_h, 1)):
                for seg in ((cx + dx * off, cy, cx + dx * (off + length), cy),
                            (cx, cy + dy * off, cx, cy + dy * (off + length))):
                    if clear(*seg):
                        c.line(seg[0] * MM, (ph - seg[1]) * MM, seg[2] * MM, (ph - seg[3]) * MM)
    c.restoreState()


def skipped_cells(c, layout: Layout, count: int, font: str) -> None:
    """Grey numbered boxes for the cells already used on a part-used sheet (preview only)."""
    c.saveState()
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.setDash(3, 3)
    for i in range(count):
        x, y = layout.cell_origin(i)
        bottom = layout.page_h - y - layout.card_h
        c.rect(x * MM, bottom * MM, layout.card_w * MM, layout.card_h * MM, stroke=1, fill=0)
        c.setFont(font, 14)
        c.drawCentredString((x + layout.card_w / 2) * MM, (bottom + layout.card_h / 2) * MM,
                            translate("Cards", "{n} · used").format(n=i + 1))
    c.restoreState()
