"""The daily review as one A4 page (for printing or sending to a partner), drawn with reportlab in
the bundled Chinese font from the page's own lines (``review_page``). Long sections are shortened
to fit, ending with “… N more”.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

from shopowner.cards.fonts import register_card_font
from shopowner.followups.review import daily_review
from shopowner.followups.review_page import review_page, section_rows
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store import Database
from shopowner.store.settings import SHOP_NAME, get_setting

MARGIN = 14 * mm
LINE = 4.6 * mm
BODY_SIZE = 9
HEAD_SIZE = 11


def _fit(sections: list[list[tuple[int, str]]], capacity: int) -> list[tuple[list, int]]:
    """Shorten the longest sections (never their heading) until every row, plus a “… N more”
    row per shortened section, fits ``capacity``; returns (rows shown, rows left out)."""
    shown = [len(rows) for rows in sections]

    def used():
        return sum(s + (s < len(rows)) for s, rows in zip(shown, sections, strict=True))

    while used() > capacity and max(shown) > 2:
        shown[shown.index(max(shown))] -= 1
    return [(rows[:s], len(rows) - s) for s, rows in zip(shown, sections, strict=True)]


def _clip(text: str, font: str, size: float, width: float) -> str:
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def export_review_pdf(db: Database, day: date, path: Path, review: dict | None = None,
                      progress: Progress | None = None) -> Path:
    """Write the day's review to ``path`` as exactly one A4 page, with the page's own lines."""
    progress = maybe(progress)
    progress.update(0, 2)
    page = review_page(review or daily_review(db, day))
    font = register_card_font()
    width, height = A4
    c = pdfcanvas.Canvas(str(path), pagesize=A4)
    c.setTitle(page["title"])
    y = height - MARGIN
    c.setFont(font, 16)
    shop = get_setting(db, SHOP_NAME) or ""
    c.drawString(MARGIN, y - 12, f"{shop}  {page['title']}".strip())
    y -= 12 + 4 * mm
    text_width = width - 2 * MARGIN - 8 * mm
    c.setFont(font, BODY_SIZE)
    c.drawString(MARGIN, y, page["summary"])
    y -= LINE * 1.3
    c.setFont(font, HEAD_SIZE - 1)
    for line in page["headline"]:
        c.drawString(MARGIN, y, _clip("• " + line, font, HEAD_SIZE - 1, text_width))
        y -= LINE * 1.1
    y -= LINE * 0.4
    sections = [section_rows(section) for section in page["sections"]]
    capacity = int((y - MARGIN) / LINE) - len(sections)
    for rows, more in _fit(sections, capacity):
        y -= LINE * 0.4
        for depth, text in rows:
            size = HEAD_SIZE if depth == 0 else BODY_SIZE
            c.setFont(font, size)
            x = MARGIN + depth * 4 * mm
            c.drawString(x, y, _clip(text, font, size, width - MARGIN - x))
            y -= LINE
        if more:
            c.setFont(font, BODY_SIZE)
            c.drawString(MARGIN + 4 * mm, y, translate("Review", "… {n} more lines in the app")
                         .format(n=more))
            y -= LINE
    c.showPage()
    progress.update(1, 2)  # a cancel up to here leaves no file behind
    c.save()
    return Path(path)
