"""The review-material library (好评素材): praise the customer agreed to have quoted, searchable, and
exported anonymised (no names, no phone numbers) as text plus images for product pages.
"""

from __future__ import annotations

import re
from pathlib import Path

from shopowner.followups import attachments as att
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store import Database
from shopowner.store.followups import attachments_of, customer_names, customer_phones, feedback_rows

PHONE = re.compile(r"(?<!\d)1\d{2}[ -]?(?:\d{4}|\*{4})[ -]?\d{4}(?!\d)")


def review_material(db: Database, search: str = "") -> list[dict]:
    """Praise with consent to quote, newest first, optionally filtered by text or product."""
    return feedback_rows(db, kind="review", consent_only=True, search=search)


def anonymise(text: str, names=(), phones=()) -> str:
    """Remove 11-digit phones (also masked 138****1234) and the customer's names from ``text``."""
    placeholder = translate("Material", "a customer")
    for phone in sorted({p for p in phones if p}, key=len, reverse=True):
        text = text.replace(phone, "***")
    text = PHONE.sub("***", text)
    for name in sorted({n.strip() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True):
        text = text.replace(name, placeholder)
        if "*" not in name:  # the platforms' masked form of it: 张**, 张*
            text = re.sub(re.escape(name[0]) + r"\*+", placeholder, text)
    return text


def export_material(db: Database, data_dir: Path, text_path: Path, search: str = "",
                    feedback_ids: list[int] | None = None, progress: Progress | None = None) -> dict:
    """Write the material as a text file and copy its images into ``<name>_images/`` beside it.

    Returns ``{"items": n, "images": m, "text": path, "folder": path}``.
    """
    rows = review_material(db, search)
    if feedback_ids is not None:
        wanted = set(feedback_ids)
        rows = [r for r in rows if r["id"] in wanted]
    if not rows:
        raise ValueError(translate("Material", "There is no review material with consent to quote "
                                               "to export. Mark praise as “may be quoted” first."))
    text_path = Path(text_path)
    folder = text_path.with_name(text_path.stem + "_images")
    lines = [translate("Material", "Review material (%n item(s)). Names and phone numbers were "
                                   "removed; check screenshots before publishing them.", "", len(rows)), ""]
    images = 0
    progress = maybe(progress)
    for n, row in enumerate(rows, start=1):
        progress.update(n - 1, len(rows))
        names = customer_names(db, row["customer_id"]) if row["customer_id"] else []
        phones = customer_phones(db, row["customer_id"]) if row["customer_id"] else []
        stars = "★" * (row["rating"] or 0)
        product = anonymise(row["product_text"] or "", names, phones)
        head = " ".join(x for x in (f"{n}.", product, stars, (row["created_at"] or "")[:10]) if x)
        lines += [head, anonymise(row["text"], names, phones)]
        for k, item in enumerate(attachments_of(db, feedback_id=row["id"]), start=1):
            if not att.is_image(item["stored_name"]):
                continue
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{n:03d}-{k}{Path(item['stored_name']).suffix}"
            att.export_copy(data_dir, item["stored_name"], target)
            lines.append(translate("Material", "Image: {file}").format(file=f"{folder.name}/{target.name}"))
            images += 1
        lines.append("")
    text_path.parent.mkdir(parents=True, exist_ok=True)
    text_path.write_text("\n".join(lines), encoding="utf-8")
    return {"items": len(rows), "images": images, "text": str(text_path),
            "folder": str(folder) if images else ""}
