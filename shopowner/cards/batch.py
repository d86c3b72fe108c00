"""A print run: choose the parcels and letters, give each card a code, draw the PDF, record it.

:func:`plan_batch` reads only (plus keeping letter versions current); :func:`render_plan` draws;
:func:`record_plan` stores every card (code, order, customer, batch, letter version, layout,
printed time) in one transaction. The GUI records after the print job is sent; the CLI after the
PDF is written. A reprint keeps the card's code and letter version and counts as a reprint.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from shopowner.cards.codes import new_code
from shopowner.cards.layouts import Layout, PrintOptions
from shopowner.cards.card_settings import data_file, design_settings
from shopowner.cards.letter import MergeSource, fill, product_text
from shopowner.cards.print_names import names_for_titles
from shopowner.cards.qr_source import source_from_setting
from shopowner.cards.render import ASK_LINE, CardArt, CardContent, RenderResult, render_cards
from shopowner.cards.selection import Selection, choose_letter, select_orders
from shopowner.i18n import translate
from shopowner.paths import resource_path
from shopowner.platform_names import platform_name
from shopowner.progress import Progress, maybe
from shopowner.store import cards as store
from shopowner.store import letters as letter_store
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, WECHAT_QR, get_setting

SIGNATURE_IMAGE_KEY = "cards_signature_image"
ASK_LINE_KEY = "cards_ask_line"
PLATFORM_LABELS = {"taobao": "淘宝", "tmall": "天猫", "jd": "京东", "pdd": "拼多多", "douyin": "抖音",
                   "kuaishou": "快手", "youzan": "有赞", "xiaohongshu": "小红书", "weidian": "微店"}


class CardsError(ValueError):
    """Nothing can be printed as asked; ``str()`` says what to do. Nothing was written."""


@dataclass
class PlannedCard:
    order_id: int | None
    customer_id: int | None
    letter_version_id: int
    letter_version: int
    letter_name: str
    content: CardContent


@dataclass
class BatchPlan:
    selection: str
    cards: list[PlannedCard]
    art: CardArt
    warnings: list[str] = field(default_factory=list)
    card_id: int | None = None  # the card a reprint plan reprints


def letters_folder() -> Path:
    return resource_path("letters")


def ensure_starter_letters(db) -> int:
    return letter_store.seed_letters(db, letters_folder())


def card_art(db, data_dir: Path | None, *, require_qr: bool = True) -> CardArt:
    qr = source_from_setting(get_setting(db, WECHAT_QR), data_dir)
    if require_qr and not qr.is_set:
        raise CardsError(translate(
            "Cards", "The founder's WeChat QR code is not set, so the cards would have no way to add "
                     "you. Set it first (card settings, or: settings set wechat-qr IMAGE_OR_LINK)."))
    return CardArt(qr_matrix=qr.matrix(), qr_image=qr.image,
                   signature_image=data_file(data_dir, get_setting(db, SIGNATURE_IMAGE_KEY)),
                   ask_line=get_setting(db, ASK_LINE_KEY) or ASK_LINE, **design_settings(db, data_dir))


def order_ref(platform: str, number: str) -> str:
    number = number if len(number) <= 14 else "…" + number[-10:]
    return f"{platform_name(platform) if platform else ''} {number}".strip()


def content_for(source: dict, version: dict, code: str, shop: str, founder: str,
                reprint: bool = False, names: dict[str, str] | None = None) -> CardContent:
    merge = MergeSource(name=source["name"], nickname=source["nickname"],
                        products=tuple(source["products"]), order_date=source["created_at"], shop=shop,
                        purchase_no=source["purchase_no"], city=source["city"] or "", code=code,
                        founder=founder)
    values = merge.values() | {"商品": product_text(list(source["products"]), names)}  # print names
    return CardContent(code=code, letter=fill(version["body"], values),
                       signature=fill(version["signature"], values),
                       order_ref=order_ref(source["platform"], source["platform_order_id"]), reprint=reprint,
                       order_number=source["platform_order_id"] or "")


def plan_batch(db, data_dir: Path | None, selection: Selection | str, *, letter_name: str | None = None,
               progress: Progress | None = None) -> BatchPlan:
    progress = maybe(progress)
    selection = Selection.parse(selection) if isinstance(selection, str) else selection
    order_ids = select_orders(db, selection)
    if not order_ids:
        raise CardsError(translate(
            "Cards", "There are no parcels in “{selection}” that need a card. Import today's orders, "
                     "or choose another selection.").format(selection=selection))
    ensure_starter_letters(db)
    if letter_name:
        forced = letter_store.letter_by_name(db, letter_name)
        if forced is None:
            names = "、".join(l["name"] for l in letter_store.list_letters(db))
            raise CardsError(translate("Cards", "There is no letter called “{name}”. The letters are: "
                                                "{names}.").format(name=letter_name, names=names))
    letters = letter_store.list_letters(db, active_only=True)
    if not letter_name and not letters:
        raise CardsError(translate("Cards", "Every letter is switched off. Switch one on in the "
                                            "letters list, or name one with --letter."))
    art = card_art(db, data_dir)
    shop, founder = get_setting(db, SHOP_NAME, "") or "", get_setting(db, FOUNDER_NAME, "") or ""
    versions: dict[int, dict] = {}
    taken: set[str] = set()
    plan = BatchPlan(selection=str(selection), cards=[], art=art)
    sources = store.card_sources(db, order_ids)
    names = names_for_titles(db, [t for s in sources for t in s["products"]])
    for n, source in enumerate(sources):
        if n % 100 == 0:
            progress.update(n, len(sources), translate("Cards", "Preparing card {n} of {total}").format(
                n=n + 1, total=len(sources)))
        letter = forced if letter_name else choose_letter(letters, source["platform"], source["purchase_no"])
        if letter is None:
            raise CardsError(translate(
                "Cards", "No letter fits order {order} ({platform}). Add a letter for any buyer, or "
                         "change the letters' rules.").format(order=source["platform_order_id"],
                                                               platform=source["platform"]))
        if letter["id"] not in versions:
            versions[letter["id"]] = letter_store.ensure_current_version(db, letter["id"])
        version = versions[letter["id"]]
        code = new_code(lambda c: c in taken or store.code_exists(db, c))
        taken.add(code)
        plan.cards.append(PlannedCard(source["order_id"], source["customer_id"], version["id"],
                                      version["version_no"], letter["name"],
                                      content_for(source, version, code, shop, founder, names=names)))
    return plan


def render_plan(plan: BatchPlan, layout: Layout, out: Path, options: PrintOptions | None = None,
                progress: Progress | None = None) -> RenderResult:
    return render_cards([c.content for c in plan.cards], layout, out, plan.art, options, progress,
                        title=translate("Cards", "Insert cards: {selection}").format(selection=plan.selection))


def record_plan(db, plan: BatchPlan, layout: Layout, pdf_path: Path | str = "") -> int:
    return store.record_batch(db, selection=plan.selection, layout=layout.name, pdf_path=str(pdf_path),
                              cards=[dict(code=c.content.code, order_id=c.order_id, customer_id=c.customer_id,
                                          letter_version_id=c.letter_version_id) for c in plan.cards])


def summary(plan: BatchPlan, result: RenderResult, seconds: float, batch_id: int | None) -> dict:
    return {
        "pages": result.pages,
        "cards": [{"order_id": c.order_id, "code": c.content.code, "letter_version": c.letter_version,
                   "letter_version_id": c.letter_version_id, "letter": c.letter_name} for c in plan.cards],
        "seconds": round(seconds, 3),
        "batch_id": batch_id,
        "warnings": plan.warnings + [i.message for i in result.issues],
    }


def make_cards(db, data_dir: Path | None, selection: Selection | str, layout: Layout, out: Path, *,
               letter_name: str | None = None, options: PrintOptions | None = None,
               progress: Progress | None = None) -> dict:
    """Plan, draw and record one batch; the CLI's ``cards`` command."""
    started = time.perf_counter()
    plan = plan_batch(db, data_dir, selection, letter_name=letter_name, progress=progress)
    result = render_plan(plan, layout, out, options, progress)
    batch_id = record_plan(db, plan, layout, Path(out).resolve())
    return summary(plan, result, time.perf_counter() - started, batch_id)


def plan_reprint(db, data_dir: Path | None, ref: str | int) -> BatchPlan:
    """A one-card plan for an already printed card: same code, same letter version."""
    card = store.card_by_code_or_id(db, ref)
    if card is None:
        raise CardsError(translate("Cards", "No printed card has the code or id “{ref}”. Check it "
                                            "and try again.").format(ref=ref))
    version = letter_store.get_version(db, card["letter_version_id"]) if card["letter_version_id"] else None
    sources = store.card_sources(db, [card["order_id"]]) if card["order_id"] else []
    if version is None or not sources:
        raise CardsError(translate("Cards", "Card {code} cannot be reprinted: its order or letter "
                                            "was deleted.").format(code=card["code"]))
    shop, founder = get_setting(db, SHOP_NAME, "") or "", get_setting(db, FOUNDER_NAME, "") or ""
    content = content_for(sources[0], version, card["code"], shop, founder, reprint=True,
                          names=names_for_titles(db, sources[0]["products"]))
    letter = letter_store.get_letter(db, version["letter_id"])
    planned = PlannedCard(card["order_id"], card["customer_id"], version["id"], version["version_no"],
                          letter["name"] if letter else "", content)
    plan = BatchPlan(selection=f"reprint:{card['code']}", cards=[planned], art=card_art(db, data_dir))
    plan.card_id = card["id"]
    return plan


def record_reprint(db, plan: BatchPlan) -> None:
    store.mark_reprinted(db, plan.card_id)


def reprint_card(db, data_dir: Path | None, ref: str | int, layout: Layout, out: Path,
                 options: PrintOptions | None = None, progress: Progress | None = None) -> dict:
    started = time.perf_counter()
    plan = plan_reprint(db, data_dir, ref)
    result = render_plan(plan, layout, out, options, progress)
    record_reprint(db, plan)
    return summary(plan, result, time.perf_counter() - started, None)
