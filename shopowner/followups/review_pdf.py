"""The daily review as one A4 page (for printing or sending to a partner), drawn with reportlab in
the bundled Chinese font. Long sections are shortened to fit, ending with “… N more”.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from sqlite_utils import Database

from shopowner.cards.fonts import register_card_font
from shopowner.followups.review import daily_review
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store.settings import SHOP_NAME, get_setting

MARGIN = 14 * mm
LINE = 4.6 * mm
BODY_SIZE = 9
HEAD_SIZE = 11


def _money(fen: int) -> str:
    return f"¥{fen / 100:,.0f}"


def _percent(rate) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


def section_lines(review: dict) -> list[tuple[str, list[str]]]:
    """The page's sections as (heading, lines), shared by the PDF and its tests."""
    fb = [f"{'✓ ' if x['read'] else ''}[{x['kind_label']}] {x['customer_name'] or '—'} "
          f"{'★' * (x['rating'] or 0)} {x['text']} ({x['created_at'][5:16]})" for x in review["feedback"]]
    complaints = [translate("Review", "{days} d open: {name} {text}").format(
        days=x["age_days"], name=x["customer_name"] or "—", text=x["text"]) for x in review["open_complaints"]]
    due = [f"{x['due_date'][:10]} {x['customer_name'] or '—'} · {x['note']}"
           for x in review["followups_due"]]
    rate = review["card_add_rate"]
    adds = [translate("Review", "Cards printed {day}: {printed}, added {added} ({rate})").format(
        day=rate["printed_day"], printed=rate["printed"], added=rate["added"],
        rate=_percent(rate["rate"]))]
    adds += ["    " + translate("Review", "{version}: {added}/{printed} ({rate})").format(
        version=v["letter_version"], added=v["added"], printed=v["printed"], rate=_percent(v["rate"]))
        for v in rate["by_letter_version"]]
    no_code = translate("Review", "no code")
    adds += [f"{x['added_at'][11:16]} {x['customer_name'] or '—'} ({x['wechat_name'] or '—'}) "
             f"{x['code'] or no_code} {x['letter_version']} {x['account']}"
             for x in review["wechat_adds"]]
    vips = [translate("Review", "{name}: spent {spent}, quiet {days} d").format(
        name=x["customer_name"] or "—", spent=_money(x["total_spent_fen"]),
        days=x["quiet_days"] if x["quiet_days"] is not None else "—") for x in review["quiet_vips"]]
    return [
        (translate("Review", "Feedback today and yesterday ({n})").format(n=len(fb)), fb),
        (translate("Review", "Open complaints ({n})").format(n=len(complaints)), complaints),
        (translate("Review", "Follow-ups due ({n})").format(n=len(due)), due),
        (translate("Review", "New WeChat adds ({n})").format(n=len(review["wechat_adds"])), adds),
        (translate("Review", "VIPs gone quiet ({n})").format(n=len(vips)), vips),
    ]


def _fit(sections: list[tuple[str, list[str]]], capacity: int) -> list[tuple[str, list[str], int]]:
    """Shorten the longest sections until headings + lines (+ “more” lines) fit ``capacity``."""
    shown = [len(lines) for _, lines in sections]

    def used():
        return sum(1 + max(s, 1) + (s < len(lines)) for s, (_, lines) in zip(shown, sections))

    while used() > capacity and max(shown) > 1:
        shown[shown.index(max(shown))] -= 1
    return [(head, lines[:s], len(lines) - s) for s, (head, lines) in zip(shown, sections)]


def _clip(text: str, font: str, size: float, width: float) -> str:
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def export_review_pdf(db: Database, day: date, path: Path, review: dict | None = None,
                      progress: Progress | None = None) -> Path:
    """Write the day's review to ``path`` as exactly one A4 page."""
    progress = maybe(progress)
    progress.update(0, 2)
    review = review or daily_review(db, day)
    font = register_card_font()
    width, height = A4
    c = pdfcanvas.Canvas(str(path), pagesize=A4)
    c.setTitle(translate("Review", "Daily review {day}").format(day=review["day"]))
    y = height - MARGIN
    c.setFont(font, 16)
    shop = get_setting(db, SHOP_NAME) or ""
    c.drawString(MARGIN, y - 12, translate("Review", "{shop} daily review {day}").format(
        shop=shop, day=review["day"]).strip())
    y -= 12 + 4 * mm
    counts = review["counts"]
    c.setFont(font, BODY_SIZE)
    c.drawString(MARGIN, y, translate("Review", "{items} items, {unread} not yet read.").format(**counts))
    y -= LINE * 1.5
    capacity = int((y - MARGIN) / LINE) - 5
    text_width = width - 2 * MARGIN - 4 * mm
    for head, lines, more in _fit(section_lines(review), capacity):
        y -= LINE * 0.4
        c.setFont(font, HEAD_SIZE)
        c.drawString(MARGIN, y, head)
        y -= LINE
        c.setFont(font, BODY_SIZE)
        for line in lines or [translate("Review", "Nothing.")]:
            c.drawString(MARGIN + 4 * mm, y, _clip(line, font, BODY_SIZE, text_width))
            y -= LINE
        if more:
            c.drawString(MARGIN + 4 * mm, y, translate("Review", "… {n} more in the app").format(n=more))
            y -= LINE
    c.showPage()
    progress.update(1, 2)  # a cancel up to here leaves no file behind
    c.save()
    return Path(path)
