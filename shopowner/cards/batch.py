"""A print run: choose the parcels and letters, reserve each card's code, draw the PDF, record it.

:func:`plan_batch` checks that every letter fits its card, then stores each card as *reserved*
(code, order, letter version, layout) in one transaction: the preview shows exactly these cards,
and an order keeps its reserved code however often the batch is planned again. :func:`render_plan`
draws; :func:`record_plan` marks the batch's cards *printed* in one transaction, once the job went
to the printer or the PDF is complete. A failed or cancelled print leaves the cards reserved, to
print later with the same codes. A reprint keeps the card's code and letter version.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from shopowner.cards.batch_files import copy_writer, recover_pdf_writes, write_recorded_pdf
from shopowner.cards.codes import new_code
from shopowner.cards.layouts import Layout, PrintOptions
from shopowner.cards.letter import MergeSource, fill, product_text
from shopowner.cards.print_names import names_for_titles
from shopowner.cards.selection import Selection, choose_letter, select_orders, selection_label
from shopowner.i18n import translate
from shopowner.paths import resource_path
from shopowner.progress import Progress, maybe
from shopowner.store import cards as store
from shopowner.store import letters as letter_store
from shopowner.store.settings import (  # the two card keys are used from here by other modules too
    ASK_LINE_KEY, FOUNDER_NAME, SHOP_NAME, SIGNATURE_IMAGE_KEY, WECHAT_QR, get_setting,
)
from shopowner.vocab.names import name_of
from shopowner.vocab.platforms import platform_name, printed_platform_name

if TYPE_CHECKING:
    from shopowner.cards.render import CardArt, CardContent, CardIssue, RenderResult

# reportlab (render) and qrcode (qr_source) are imported where they are used: the window imports
# this module when the cards area opens, and those imports took ~0.3 s on the GUI thread.
RESERVE_ATTEMPTS = 5


class CardsError(ValueError):
    """Nothing can be printed as asked; ``str()`` says what to do. Nothing was written."""


class NoParcels(CardsError):
    """The selection holds no parcel that needs a card."""


class CardsDoNotFit(CardsError):
    """Some letters do not fit their card even at the smallest readable size; nothing was reserved,
    drawn or recorded. ``plan`` is the batch as it would be (codes not reserved), ``cards`` the
    planned cards that do not fit."""

    def __init__(self, plan: BatchPlan, layout: Layout):
        self.plan, self.layout = plan, layout
        self.cards = [plan.cards[i.index] for i in plan.overflow]
        names = translate("Cards", "; ").join(c.who() for c in self.cards[:8]) + ("…" if len(self.cards) > 8 else "")
        super().__init__(translate(
            "Cards", "The letter does not fit the card on {layout} for %n parcel(s), even at the "
                     "smallest readable size: {cards}. Nothing was printed. Shorten the letter, or "
                     "print these cards with another letter.", "", len(self.cards)).format(
            layout=layout.display_name(), cards=names))

    def __reduce__(self):  # sent from the drawing process to the window
        return CardsDoNotFit, (self.plan, self.layout)


@dataclass
class PlannedCard:
    order_id: int | None
    customer_id: int | None
    letter_version_id: int
    letter_version: int
    letter_name: str
    content: CardContent
    letter_id: int | None = None
    card_id: int | None = None      # the reserved (or, for a reprint, printed) card
    buyer: str = ""
    order_no: str = ""
    source: dict | None = field(default=None, repr=False)

    def who(self) -> str:
        """The parcel in plain words: buyer and order."""
        return translate("Cards", "{buyer} (order {order})").format(
            buyer=self.buyer or translate("Cards", "a buyer without a name"), order=self.order_no)


@dataclass
class BatchPlan:
    selection: str
    cards: list[PlannedCard]
    art: CardArt
    warnings: list[str] = field(default_factory=list)
    card_id: int | None = None  # the card a reprint plan reprints
    layout_name: str = ""
    reserved: bool = False      # the codes are stored as reserved (else only proposed)
    overflow: list[CardIssue] = field(default_factory=list)
    shop: str = ""
    founder: str = ""
    names: dict[str, str] = field(default_factory=dict, repr=False)  # product print names by title

    @property
    def card_ids(self) -> list[int]:
        return [c.card_id for c in self.cards if c.card_id is not None]

    def key(self) -> tuple:
        """What the printed cards depend on: equal keys draw identical cards."""
        art = (repr(self.art.qr_matrix), str(self.art.qr_image), str(self.art.signature_image),
               self.art.ask_line, self.art.design, str(self.art.design_image), self.art.shop_name,
               self.art.order_barcode)
        return (self.layout_name, art, tuple((c.order_id, c.content.code, c.content.letter, c.content.signature,
                                              c.content.order_ref, c.content.reprint) for c in self.cards))


def letters_folder() -> Path:
    return resource_path("letters")


def ensure_starter_letters(db) -> int:
    return letter_store.seed_letters(db, letters_folder())


def card_art(db, data_dir: Path | None, *, require_qr: bool = True) -> CardArt:
    from shopowner.cards.card_settings import data_file, design_settings
    from shopowner.cards.qr_source import source_from_setting
    from shopowner.cards.render import ASK_LINE, CardArt

    qr = source_from_setting(get_setting(db, WECHAT_QR), data_dir)
    if require_qr and not qr.is_set:
        raise CardsError(translate(
            "Cards", "The founder's WeChat QR code is not set, so the cards would have no way to add "
                     "you. Set it first (card settings, or: settings set wechat-qr IMAGE_OR_LINK)."))
    return CardArt(qr_matrix=qr.matrix(), qr_image=qr.image,
                   signature_image=data_file(data_dir, get_setting(db, SIGNATURE_IMAGE_KEY)),
                   ask_line=get_setting(db, ASK_LINE_KEY) or ASK_LINE, **design_settings(db, data_dir))


def order_ref(platform: str, number: str) -> str:
    """The order reference printed on a card for packers: the platform's Chinese name and number."""
    number = number if len(number) <= 14 else "…" + number[-10:]
    return f"{printed_platform_name(platform) if platform else ''} {number}".strip()


def content_for(source: dict, version: dict, code: str, shop: str, founder: str,
                reprint: bool = False, names: dict[str, str] | None = None) -> CardContent:
    from shopowner.cards.render import CardContent

    merge = MergeSource(name=source["name"], nickname=source["nickname"],
                        products=tuple(source["products"]), order_date=source["created_at"], shop=shop,
                        purchase_no=source["purchase_no"], city=source["city"] or "", code=code,
                        founder=founder)
    values = merge.values() | {"商品": product_text(list(source["products"]), names)}  # print names
    return CardContent(code=code, letter=fill(version["body"], values),
                       signature=fill(version["signature"], values),
                       order_ref=order_ref(source["platform"], source["platform_order_id"]), reprint=reprint,
                       order_number=source["platform_order_id"] or "")


def _buyer(source: dict) -> str:
    return name_of(source.get("name"), source.get("nickname"))


def plan_batch(db, data_dir: Path | None, selection: Selection | str, *, layout: Layout | None = None,
               letter_name: str | None = None, letter_for: dict[int, int] | None = None,
               allow_overflow: bool = False, reserve: bool = True, require_qr: bool = True,
               progress: Progress | None = None) -> BatchPlan:
    """Plan a batch and reserve its codes.

    Each order gets a letter (``letter_for`` maps order ids to a chosen letter id; ``letter_name``
    forces one letter for all; otherwise the letter rules choose) and keeps its reserved code if it
    has one. An order whose card was printed already (chosen again by number, date or "all") gets
    that card again: its code and letter version, marked as a reprint — one parcel, one code. With
    ``layout``, every letter is measured first: when one does not fit, :class:`CardsDoNotFit` is
    raised and nothing is reserved (unless ``allow_overflow``).
    """
    from shopowner.cards.render import overflowing_cards

    progress = maybe(progress)
    selection = Selection.parse(selection) if isinstance(selection, str) else selection
    ensure_starter_letters(db)
    forced = None
    if letter_name:
        forced = letter_store.letter_by_name(db, letter_name)
        if forced is None:
            names = "、".join(letter["name"] for letter in letter_store.list_letters(db))
            raise CardsError(translate("Cards", "There is no letter called “{name}”. The letters are: "
                                                "{names}.").format(name=letter_name, names=names))
    letters = letter_store.list_letters(db, active_only=True)
    if not letter_name and not letters:
        raise CardsError(translate("Cards", "Every letter is switched off. Switch one on in the "
                                            "letters list, or name one with --letter."))
    art = card_art(db, data_dir, require_qr=require_qr)
    shop, founder = get_setting(db, SHOP_NAME, "") or "", get_setting(db, FOUNDER_NAME, "") or ""
    chosen = {letter["id"]: letter for letter in letter_store.list_letters(db)} if letter_for else {}
    for attempt in range(RESERVE_ATTEMPTS):
        last_batch = store.latest_batch_id(db)  # a batch printed after this changes the selection
        order_ids = select_orders(db, selection)
        if not order_ids:
            raise NoParcels(translate(
                "Cards", "There are no parcels in {selection} that need a card. Import today's orders, "
                         "or choose other orders.").format(selection=selection_label(selection)))
        sources = store.card_sources(db, order_ids)
        plan = BatchPlan(selection=str(selection), cards=[], art=art,
                         layout_name=layout.name if layout else "", shop=shop, founder=founder)
        _plan_cards(db, plan, sources, letters, forced, letter_for or {}, chosen, progress)
        if layout is not None:
            progress.update(len(sources), len(sources), translate("Cards", "Checking that every letter fits"))
            plan.overflow = overflowing_cards([c.content for c in plan.cards], layout, art)
            if plan.overflow and not allow_overflow:
                raise CardsDoNotFit(plan, layout)
            plan.warnings += [translate("Cards", "{parcel}: the letter does not fit and is cut off.").format(
                parcel=plan.cards[i.index].who()) for i in plan.overflow]
        if not reserve:
            return plan
        new = [c for c in plan.cards if not c.content.reprint]
        try:
            ids = store.reserve_cards(db, [dict(order_id=c.order_id, customer_id=c.customer_id,
                                                letter_version_id=c.letter_version_id, code=c.content.code,
                                                card_id=c.card_id) for c in new],
                                      layout.name if layout else "", printed_after=last_batch)
        except store.ReservationChanged as exc:
            if attempt == RESERVE_ATTEMPTS - 1:
                raise CardsError(translate("Cards", "Another print run is planning the same parcels right "
                                                    "now. Wait for it to finish, then try again.")) from exc
            continue
        for card, card_id in zip(new, ids, strict=True):
            card.card_id = card_id
        plan.reserved = True
        return plan
    raise AssertionError("unreachable")


def _plan_cards(db, plan: BatchPlan, sources: list[dict], letters: list[dict], forced: dict | None,
                letter_for: dict[int, int], chosen: dict[int, dict], progress) -> None:
    reserved = store.reserved_cards(db, [s["order_id"] for s in sources])
    printed = store.printed_cards_of(db, [s["order_id"] for s in sources if s["order_id"] not in reserved])
    versions: dict[int, dict] = {}
    taken = {r["code"] for r in reserved.values()}
    names = plan.names = names_for_titles(db, [t for s in sources for t in s["products"]])
    for n, source in enumerate(sources):
        if n % 100 == 0:
            progress.update(n, len(sources), translate("Cards", "Preparing card {n} of {total}").format(
                n=n + 1, total=len(sources)))
        # 0: no letter chosen for this order (no letter has id 0)
        letter = chosen.get(letter_for.get(source["order_id"], 0)) or forced or choose_letter(
            letters, source["platform"], source["purchase_no"])
        if letter is None:
            raise CardsError(translate(
                "Cards", "No letter fits order {order} ({platform}). Add a letter for any buyer, or "
                         "change the letters' rules.").format(order=source["platform_order_id"],
                                                               platform=platform_name(source["platform"])))
        again = printed.get(source["order_id"])
        old = letter_store.get_version(db, again["letter_version_id"]) if again and again["letter_version_id"] else None
        if again is not None and old is not None:  # printed before: the same card again
            old_letter = letter_store.get_letter(db, old["letter_id"]) or letter
            plan.cards.append(PlannedCard(
                source["order_id"], source["customer_id"], old["id"], old["version_no"], old_letter["name"],
                content_for(source, old, again["code"], plan.shop, plan.founder, reprint=True, names=names),
                letter_id=old["letter_id"], card_id=again["id"], buyer=_buyer(source),
                order_no=f"{platform_name(source['platform'])} {source['platform_order_id']}", source=source))
            continue
        if letter["id"] not in versions:
            versions[letter["id"]] = letter_store.ensure_current_version(db, letter["id"])
        version = versions[letter["id"]]
        held = reserved.get(source["order_id"])
        if held is not None:
            code = held["code"]
        else:
            code = new_code(lambda c: c in taken or store.code_exists(db, c))
            taken.add(code)
        plan.cards.append(PlannedCard(
            source["order_id"], source["customer_id"], version["id"], version["version_no"], letter["name"],
            content_for(source, version, code, plan.shop, plan.founder, names=names), letter_id=letter["id"],
            card_id=held["id"] if held else None, buyer=_buyer(source),
            order_no=f"{platform_name(source['platform'])} {source['platform_order_id']}", source=source))


def batch_title(plan: BatchPlan) -> str:
    if plan.selection.startswith("reprint:"):
        return translate("Cards", "Insert card (reprint)")
    return translate("Cards", "Insert cards: {selection}").format(selection=selection_label(plan.selection))


def render_plan(plan: BatchPlan, layout: Layout, out: Path, options: PrintOptions | None = None,
                progress: Progress | None = None, *, contents: list[CardContent] | None = None,
                preview: bool = False) -> RenderResult:
    """Draw the plan (or ``contents`` in its place: a draft letter on the same parcels)."""
    from shopowner.cards.render import render_cards

    return render_cards(contents if contents is not None else [c.content for c in plan.cards], layout, out,
                        plan.art, options, progress, title=batch_title(plan), number_cells=preview,
                        allow_overflow=preview or bool(plan.overflow))


def record_plan(db, plan: BatchPlan, layout: Layout, where: Path | str = "",
                pdf_write_id: int | None = None) -> int:
    """The batch went out: mark its cards printed (one transaction); returns the batch id (0 for a
    reprint, which counts one more print of its card). The one place a print is recorded: the
    CLI's :func:`make_cards` and :func:`reprint_card`, the window's print and save jobs
    (``ui/cards/jobs.py``) all end here. ``where``: the PDF file or the printer."""
    if plan.card_id is not None:  # a reprint: the card keeps its batch
        store.mark_reprinted(db, plan.card_id)
        return 0
    if not plan.reserved:
        raise CardsError(translate("Cards", "These cards were never reserved; plan the batch again."))
    again = [c.card_id for c in plan.cards if c.content.reprint and c.card_id is not None]
    return store.record_printed(db, selection=plan.selection, layout=layout.name, pdf_path=str(where),
                                card_ids=[c.card_id for c in plan.cards if not c.content.reprint
                                          and c.card_id is not None],
                                pdf_write_id=pdf_write_id, reprinted_ids=again)


def summary(plan: BatchPlan, result: RenderResult, seconds: float, batch_id: int | None,
            recovered: list[str] | None = None) -> dict:
    return {
        "pages": result.pages,
        "cards": [{"order_id": c.order_id, "code": c.content.code, "letter_version": c.letter_version,
                   "letter_version_id": c.letter_version_id, "letter": c.letter_name} for c in plan.cards],
        "seconds": round(seconds, 3),
        "batch_id": batch_id,
        "warnings": plan.warnings + [i.message for i in result.issues if i.kind != "too_long"],
        "recovered": recovered or [],
    }


def save_plan_pdf(db, plan: BatchPlan, layout: Layout, out: Path, options: PrintOptions | None = None,
                  progress: Progress | None = None, *, drawn: Path | None = None) -> tuple[RenderResult | None, int]:
    """Write the plan's PDF to ``out`` safely and record the batch; returns (render result, batch id).

    ``drawn``: a PDF of this plan already drawn (copied instead of drawing again)."""
    progress = maybe(progress)
    batch: list[int] = []

    def draw(part: Path):
        result = render_plan(plan, layout, part, options, progress)
        progress.check()  # a cancel while drawing: nothing recorded, the cards stay reserved
        return result

    write = copy_writer(drawn) if drawn is not None else draw
    result = write_recorded_pdf(db, out, write,
                                lambda write_id: batch.append(record_plan(db, plan, layout, Path(out).resolve(),
                                                                          pdf_write_id=write_id)))
    return result, batch[0]


def make_cards(db, data_dir: Path | None, selection: Selection | str, layout: Layout, out: Path, *,
               letter_name: str | None = None, options: PrintOptions | None = None,
               allow_overflow: bool = False, progress: Progress | None = None) -> dict:
    """Plan (reserve), draw and record one batch; the CLI's ``cards`` command."""
    started = time.perf_counter()
    recovered = recover_pdf_writes(db)
    plan = plan_batch(db, data_dir, selection, layout=layout, letter_name=letter_name,
                      allow_overflow=allow_overflow, progress=progress)
    result, batch_id = save_plan_pdf(db, plan, layout, out, options, progress)
    assert result is not None  # drawn here, not copied
    return summary(plan, result, time.perf_counter() - started, batch_id, recovered)


def plan_reprint(db, data_dir: Path | None, ref: str | int, layout: Layout | None = None,
                 allow_overflow: bool = False) -> BatchPlan:
    """A one-card plan for an already printed card: same code, same letter version."""
    from shopowner.cards.render import overflowing_cards

    card = store.card_by_code_or_id(db, ref)
    if card is None:
        raise CardsError(translate("Cards", "No printed card has the code or id “{ref}”. Check it "
                                            "and try again.").format(ref=ref))
    if card["state"] != "printed":
        raise CardsError(translate("Cards", "Card {code} has not been printed yet: it prints with its "
                                            "parcels' batch.").format(code=card["code"]))
    version = letter_store.get_version(db, card["letter_version_id"]) if card["letter_version_id"] else None
    sources = store.card_sources(db, [card["order_id"]]) if card["order_id"] else []
    if version is None or not sources:
        raise CardsError(translate("Cards", "Card {code} cannot be reprinted: its order or letter "
                                            "was deleted.").format(code=card["code"]))
    shop, founder = get_setting(db, SHOP_NAME, "") or "", get_setting(db, FOUNDER_NAME, "") or ""
    source = sources[0]
    names = names_for_titles(db, source["products"])
    content = content_for(source, version, card["code"], shop, founder, reprint=True, names=names)
    letter = letter_store.get_letter(db, version["letter_id"])
    planned = PlannedCard(card["order_id"], card["customer_id"], version["id"], version["version_no"],
                          letter["name"] if letter else "", content, letter_id=version["letter_id"],
                          card_id=card["id"], buyer=_buyer(source),
                          order_no=f"{platform_name(source['platform'])} {source['platform_order_id']}",
                          source=source)
    plan = BatchPlan(selection=f"reprint:{card['code']}", cards=[planned], art=card_art(db, data_dir),
                     layout_name=layout.name if layout else "", shop=shop, founder=founder)
    plan.card_id = card["id"]
    if layout is not None:
        plan.overflow = overflowing_cards([content], layout, plan.art)
        if plan.overflow and not allow_overflow:
            raise CardsDoNotFit(plan, layout)
    return plan


def reprint_card(db, data_dir: Path | None, ref: str | int, layout: Layout, out: Path,
                 options: PrintOptions | None = None, progress: Progress | None = None,
                 allow_overflow: bool = False) -> dict:
    started = time.perf_counter()
    recovered = recover_pdf_writes(db)
    plan = plan_reprint(db, data_dir, ref, layout, allow_overflow)
    result, _ = save_plan_pdf(db, plan, layout, out, options, progress)
    assert result is not None  # drawn here, not copied
    return summary(plan, result, time.perf_counter() - started, None, recovered)
