"""Card layouts in the gLabels model: a page, a card size, rows × columns, margins and gaps.

A layout is plain data (millimetres) that can be saved and shared as a small JSON file. Options
that belong to one print run rather than to the sheet (start position on a part-used sheet,
copies per card, crop marks) live in :class:`PrintOptions`. Bleed is drawn past the trim by the
renderer, never made by scaling the card, so it may use at most half of the gap between cards.

A layout also states the smallest type it accepts (``min_letter_pt`` for the letter,
``min_text_pt`` for the small lines such as the order reference): the letter is fitted down to
that size and no further, and nothing on any card is ever smaller than :data:`SMALLEST_PT`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from shopowner.i18n import translate

MM = 72 / 25.4  # points per millimetre
SMALLEST_PT = 7.0  # nothing smaller prints readably, least of all at 203 dpi on a thermal head
LAYOUT_SUFFIX = ".json"


class LayoutError(ValueError):
    """A layout that cannot be used; ``str()`` says what is wrong and what to do."""


@dataclass(frozen=True)
class Layout:
    name: str
    page_w: float  # mm
    page_h: float
    card_w: float
    card_h: float
    rows: int = 1
    cols: int = 1
    margin_left: float = 0.0
    margin_top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    bleed: float = 0.0
    thermal: bool = False  # a label/roll printer: one card per page, usually 203 dpi
    title: str = field(default="", compare=False)
    min_letter_pt: float = 0.0  # the smallest letter size; 0: by the card's size (letter_minimum)
    min_text_pt: float = 0.0    # the smallest size of the other lines; 0: by the printer (text_minimum)

    @property
    def per_page(self) -> int:
        return self.rows * self.cols

    def cell_origin(self, index: int) -> tuple[float, float]:
        """Top-left corner (mm, from the page's top-left) of cell ``index`` (row by row)."""
        row, col = divmod(index, self.cols)
        return (self.margin_left + col * (self.card_w + self.gap_x),
                self.margin_top + row * (self.card_h + self.gap_y))

    def letter_minimum(self) -> float:
        """The smallest size (pt) the letter may be set in on this card."""
        if self.min_letter_pt:
            return max(SMALLEST_PT, self.min_letter_pt)
        short = min(self.card_w, self.card_h)
        return SMALLEST_PT if short < 70 else 8.0 if short < 100 else 8.5

    def text_minimum(self) -> float:
        """The smallest size (pt) of the small lines (the line above the code, the order reference):
        a thermal head at 203 dpi needs a little more than paper."""
        if self.min_text_pt:
            return max(SMALLEST_PT, self.min_text_pt)
        return 8.0 if self.thermal else SMALLEST_PT

    def usable_bleed(self) -> float:
        """Bleed that stays inside the page and out of the neighbouring cards."""
        limits = [self.bleed, self.margin_left, self.margin_top,
                  self.page_w - self.margin_left - self.cols * self.card_w - (self.cols - 1) * self.gap_x,
                  self.page_h - self.margin_top - self.rows * self.card_h - (self.rows - 1) * self.gap_y]
        if self.cols > 1:
            limits.append(self.gap_x / 2)
        if self.rows > 1:
            limits.append(self.gap_y / 2)
        return max(0.0, min(limits))

    def validate(self) -> Layout:
        problems = []
        if min(self.page_w, self.page_h, self.card_w, self.card_h) <= 0 or self.rows < 1 or self.cols < 1:
            problems.append(translate("Cards", "sizes, rows and columns must be positive"))
        elif min(self.margin_left, self.margin_top, self.gap_x, self.gap_y, self.bleed) < 0:
            problems.append(translate("Cards", "margins, gaps and bleed cannot be negative"))
        else:
            right = self.margin_left + self.cols * self.card_w + (self.cols - 1) * self.gap_x
            bottom = self.margin_top + self.rows * self.card_h + (self.rows - 1) * self.gap_y
            if right > self.page_w + 0.01 or bottom > self.page_h + 0.01:
                problems.append(translate(
                    "Cards", "the cards ({w:.1f} × {h:.1f} mm with margins) do not fit on the "
                    "{pw:.0f} × {ph:.0f} mm page").format(w=right, h=bottom, pw=self.page_w, ph=self.page_h))
        for value in (self.min_letter_pt, self.min_text_pt):
            if value and not SMALLEST_PT <= value <= 14:
                problems.append(translate("Cards", "the smallest type sizes must be between {low:g} and "
                                                   "14 pt").format(low=SMALLEST_PT))
                break
        if min(self.card_w, self.card_h) > 0 and min(self.card_w, self.card_h) < 40:
            problems.append(translate("Cards", "a card smaller than 40 mm on a side has no room for "
                                               "a readable QR code and letter"))
        if problems:
            raise LayoutError(translate(
                "Cards", "The layout “{name}” cannot be used: {problems}. Change the sizes and try "
                         "again.").format(name=self.name, problems="; ".join(problems)))
        return self

    def display_name(self) -> str:
        return builtin_title(self.name) or self.title or self.name

    def to_dict(self) -> dict:
        data = asdict(self)
        data["format"] = "shopowner-card-layout/1"
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Layout:
        known = {f.name for f in fields(cls)}
        try:
            values = {k: v for k, v in data.items() if k in known}
            for key in ("rows", "cols"):
                values[key] = int(values.get(key, 1))
            for f in fields(cls):
                if f.type in ("float",) and f.name in values:
                    values[f.name] = float(values[f.name])
            values["thermal"] = bool(values.get("thermal", False))
            return cls(**values).validate()
        except (TypeError, ValueError) as exc:
            if isinstance(exc, LayoutError):
                raise
            raise LayoutError(translate(
                "Cards", "This layout file is not readable ({reason}). Save the layout again from "
                         "ShopOwner and share the new file.").format(reason=exc)) from exc


@dataclass(frozen=True)
class PrintOptions:
    """Choices for one print run."""

    start_position: int = 1  # 1-based cell on the first, part-used sheet
    copies: int = 1          # copies of each card, side by side
    crop_marks: bool = True  # on used cells only

    def validate(self, layout: Layout) -> PrintOptions:
        if not 1 <= self.start_position <= layout.per_page:
            raise LayoutError(translate(
                "Cards", "The start position must be between 1 and {n} on this layout.").format(
                n=layout.per_page))
        if not 1 <= self.copies <= 50:
            raise LayoutError(translate("Cards", "Copies per card must be between 1 and 50."))
        return self


# name: page (w, h), card (w, h), rows, cols, margin left, margin top, gap x, gap y, bleed, thermal,
# and the smallest letter / other text (pt) each card accepts
BUILTIN_LAYOUTS: dict[str, Layout] = {
    layout.name: layout for layout in (
        Layout("a4-4up-a6", 210, 297, 105, 148, rows=2, cols=2, margin_top=0.5,
               min_letter_pt=9, min_text_pt=7.5),
        Layout("a4-2up-a5", 210, 297, 210, 148, rows=2, cols=1, margin_top=0.5,
               min_letter_pt=10, min_text_pt=8),
        Layout("a4-10up-90x54", 210, 297, 90, 54, rows=5, cols=2, margin_left=12, margin_top=7.5,
               gap_x=6, gap_y=3, bleed=1.5, min_letter_pt=7, min_text_pt=7),
        Layout("thermal-100x150", 100, 150, 100, 150, thermal=True, min_letter_pt=9, min_text_pt=8),
        Layout("roll-76", 76, 110, 76, 110, thermal=True, min_letter_pt=8, min_text_pt=8),
        Layout("roll-80", 80, 120, 80, 120, thermal=True, min_letter_pt=8, min_text_pt=8),
        Layout("custom", 210, 297, 95, 135, rows=2, cols=2, margin_left=7, margin_top=9, gap_x=6,
               gap_y=9, bleed=2, min_letter_pt=8.5, min_text_pt=7.5),
    )
}
DEFAULT_LAYOUT = "a4-4up-a6"


def builtin_title(name: str) -> str:
    return {
        "a4-4up-a6": translate("Cards", "A4, 4 × A6 cards"),
        "a4-2up-a5": translate("Cards", "A4, 2 × A5 cards"),
        "a4-10up-90x54": translate("Cards", "A4, 10 × 90 × 54 mm cards"),
        "thermal-100x150": translate("Cards", "Thermal label 100 × 150 mm"),
        "roll-76": translate("Cards", "76 mm roll"),
        "roll-80": translate("Cards", "80 mm roll"),
        "custom": translate("Cards", "Custom"),
    }.get(name, "")


def layouts_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "layouts"


def safe_file_name(name: str) -> str:
    return re.sub(r"[^\w\-. ]", "_", name).strip() or "layout"


def save_layout(layout: Layout, path: Path) -> Path:
    """Write ``layout`` as a small JSON file anyone can load (:func:`load_layout_file`)."""
    layout.validate()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(layout.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def save_custom_layout(data_dir: Path, layout: Layout) -> Path:
    if layout.name in BUILTIN_LAYOUTS:
        raise LayoutError(translate("Cards", "“{name}” is a built-in layout name. Give your layout "
                                             "another name.").format(name=layout.name))
    return save_layout(layout, layouts_dir(data_dir) / (safe_file_name(layout.name) + LAYOUT_SUFFIX))


def load_layout_file(path: Path) -> Layout:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LayoutError(translate(
            "Cards", "The layout file {path} cannot be read ({reason}). Choose another file.").format(
            path=path, reason=exc)) from exc
    if not isinstance(data, dict):
        raise LayoutError(translate("Cards", "The layout file {path} is not a ShopOwner layout. "
                                             "Choose another file.").format(path=path))
    return Layout.from_dict(data)


def saved_layouts(data_dir: Path | None) -> dict[str, Layout]:
    """Layouts saved in the data folder; unreadable files are skipped (listing must not fail)."""
    found: dict[str, Layout] = {}
    if data_dir is None or not layouts_dir(data_dir).is_dir():
        return found
    for path in sorted(layouts_dir(data_dir).glob("*" + LAYOUT_SUFFIX)):
        try:
            layout = load_layout_file(path)
        except LayoutError:
            continue
        found.setdefault(layout.name, layout)
    return found


def all_layouts(data_dir: Path | None = None) -> dict[str, Layout]:
    return {**BUILTIN_LAYOUTS, **saved_layouts(data_dir)}


def get_layout(name: str | None, data_dir: Path | None = None) -> Layout:
    """A built-in or saved layout by name, or a layout file by path."""
    name = name or DEFAULT_LAYOUT
    layouts = all_layouts(data_dir)
    if name in layouts:
        return layouts[name]
    path = Path(name)
    if path.suffix == LAYOUT_SUFFIX and path.is_file():
        return load_layout_file(path)
    raise LayoutError(translate(
        "Cards", "There is no layout called “{name}”. Use one of: {names}, or the path of a saved "
                 "layout file.").format(name=name, names=", ".join(layouts)))


def with_changes(layout: Layout, **changes) -> Layout:
    return replace(layout, **changes).validate()
