"""The letter checker: what to fix before printing, in the spirit of the brief.

- cash-for-review wording (好评返现, 晒图返现, 返现 …) breaks the platforms' rules: the phrases come
  from an editable list kept in the shop's settings, and are found however they are written
  (traditional characters, full-width forms, spaced out: see :mod:`shopowner.cards.wording`);
- a small coupon as the headline (the "add us for 2–5 yuan" trap) makes the card an advert;
- a QR or WeChat that is not the founder's breaks the card's promise;
- a letter too long for the chosen card, unknown merge fields, characters the font lacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shopowner.cards.fonts import missing_glyphs
from shopowner.cards.layouts import Layout
from shopowner.cards.letter import SAMPLE_SOURCE, fill, unknown_fields
from shopowner.cards.wording import PhraseHit, find_phrases, line_of
from shopowner.i18n import translate
from shopowner.store.settings import (  # the checker's settings, used from here by other modules too
    BANNED_PHRASES_KEY, FOUNDER_WECHAT_ID_KEY, QR_OWNER_KEY,
)

DEFAULT_BANNED = ["好评返现", "晒图返现", "返现", "好评有礼", "五星好评", "好评送", "晒单有礼",
                  "好评截图", "追评返", "返红包", "给个好评"]
COUPON_RE = re.compile(
    r"(?:(\d+(?:\.\d+)?)\s*(?:元|块|¥)|[¥￥]\s*(\d+(?:\.\d+)?))[^。！!\n]{0,6}?(?:券|红包|优惠|立减|返|无门槛)|"
    r"(?:券|红包|立减|无门槛)[^。！!\n]{0,6}?(?:(\d+(?:\.\d+)?)\s*(?:元|块)|[¥￥]\s*(\d+(?:\.\d+)?))")
WECHAT_ID_RE = re.compile(r"(?:微信号?|VX|vx|WX|wx|V信|威信)\s*[:：]?\s*([A-Za-z][-_A-Za-z0-9]{5,19})")
GROUP_LINK_RE = re.compile(r"weixin\.qq\.com/g/|work\.weixin\.qq\.com/(?:gm|ca)/|u\.wechat\.com/g", re.I)
HEADLINE_CHARS = 40


@dataclass(frozen=True)
class LetterWarning:
    kind: str  # cash_for_review | coupon_headline | not_founder | too_long | unknown_field | missing_glyph
    message: str
    spans: tuple[tuple[int, int], ...] = ()  # where in the letter's text (start, end), to mark it


def banned_phrases(db) -> list[str]:
    from shopowner.store.settings import get_setting

    value = get_setting(db, BANNED_PHRASES_KEY)
    return list(value) if isinstance(value, list) else list(DEFAULT_BANNED)


def check_letter(body: str, *, banned: list[str] | None = None, qr_owner: str = "founder",
                 qr_text: str = "", founder_wechat_id: str = "", layout: Layout | None = None,
                 signature: str = "", fit_values: dict | None = None, fit_art=None) -> list[LetterWarning]:
    """Every warning for ``body`` (the letter as written, merge fields unfilled)."""
    body = body or ""
    found: list[LetterWarning] = []
    hits = find_phrases(body, banned if banned is not None else DEFAULT_BANNED)
    if hits:
        found.append(LetterWarning("cash_for_review", translate(
            "Cards", "The letter offers something for a review: {places}. Platforms punish "
                     "cash-for-review; ask for honest feedback instead.").format(
                places=translate("Cards", ", ").join(_place(body, hit) for hit in hits[:5])),
            spans=tuple((hit.start, hit.end) for hit in hits)))
    coupon = _coupon_headline(body)
    if coupon:
        found.append(LetterWarning("coupon_headline", translate(
            "Cards", "The letter opens with a small coupon (“{text}”). A card that leads with 2–5 "
                     "yuan reads like an advert; lead with your thanks and keep any offer for the "
                     "chat.").format(text=coupon), spans=_spans_of(body, [coupon])))
    if qr_owner and qr_owner != "founder":
        found.append(LetterWarning("not_founder", translate(
            "Cards", "The QR code on the card is not the founder's own WeChat. Buyers are promised "
                     "the founder: set the founder's QR code in the card settings.")))
    if qr_text and GROUP_LINK_RE.search(qr_text):
        found.append(LetterWarning("not_founder", translate(
            "Cards", "The QR code is a group or customer-service link, not the founder's personal "
                     "WeChat. Save the founder's own QR code (我的二维码) and use that.")))
    for match in WECHAT_ID_RE.finditer(body):
        wid = match[1]
        if not founder_wechat_id or wid.lower() != founder_wechat_id.lower():
            found.append(LetterWarning("not_founder", translate(
                "Cards", "The letter names the WeChat ID {wid}, which is not the founder's saved ID. "
                         "Use the founder's own WeChat, or save it as the founder's ID in the card "
                         "settings.").format(wid=wid), spans=(match.span(1),)))
    unknown = unknown_fields(body)
    if unknown:
        found.append(LetterWarning("unknown_field", translate(
            "Cards", "Unknown merge fields {fields} would print as they are. Use the field buttons "
                     "above the editor.").format(fields=" ".join("{" + f + "}" for f in unknown)),
            spans=_spans_of(body, ["{" + f + "}" for f in unknown])))
    missing = missing_glyphs(body + signature)
    if missing:
        found.append(LetterWarning("missing_glyph", translate(
            "Cards", "The characters {chars} have no glyph in the card font and would be left out. "
                     "Replace them.").format(chars=" ".join(missing)), spans=_spans_of(body, missing)))
    if layout is not None and not letter_fits(body, layout, signature, fit_values, fit_art):
        found.append(LetterWarning("too_long", translate(
            "Cards", "The letter is too long for the {layout} card even at the smallest readable "
                     "size. Shorten it or choose a larger card.").format(layout=layout.display_name())))
    return found


def _place(body: str, hit: PhraseHit) -> str:
    """Where a phrase was found, with the founder's own wording (and how it reads, when that
    differs): “好 評 返 現” in line 3 (read as 好评返现)."""
    shown = re.sub(r"\s+", " ", hit.text)
    line = line_of(body, hit.start)
    if hit.as_listed:
        return translate("Cards", "“{text}” in line {line}").format(text=shown, line=line)
    return translate("Cards", "“{text}” in line {line} (read as {phrase})").format(
        text=shown, line=line, phrase=hit.phrase)


def _spans_of(body: str, texts: list[str]) -> tuple[tuple[int, int], ...]:
    """Every place each of ``texts`` occurs in ``body``."""
    return tuple(sorted((m.start(), m.end()) for t in dict.fromkeys(texts) if t
                        for m in re.finditer(re.escape(t), body)))


def _coupon_headline(body: str) -> str:
    """The coupon wording if a small (≤ 10 yuan) coupon sits in the letter's opening."""
    head = body.strip()[:HEADLINE_CHARS]
    first_line = body.strip().split("\n", 1)[0]
    for text in (first_line, head):
        for match in COUPON_RE.finditer(text):
            amount = next((float(g) for g in match.groups() if g), None)
            if amount is not None and amount <= 10:
                return match.group(0)
    return ""


def letter_fits(body: str, layout: Layout, signature: str = "", values: dict | None = None,
                art=None) -> bool:
    """Whether the letter fits the card at a readable size when merged with ``values`` (the
    batch's longest merge values, see :func:`shopowner.cards.fit_values.longest_merge_values`;
    a sample parcel with a longish name when not given), measured exactly as the card is drawn
    with ``art``'s design."""
    from shopowner.cards.content import CardContent
    from shopowner.cards.fit_values import FALLBACK
    from shopowner.cards.painter import CardSetter

    values = values or (SAMPLE_SOURCE.values() | FALLBACK)
    block, _ = CardSetter(layout, art).letter(CardContent(values.get("暗号", ""), fill(body, values),
                                                          fill(signature, values)))
    return block.fits


def check_for_shop(db, body: str, layout: Layout | None = None, signature: str = "") -> list[LetterWarning]:
    """:func:`check_letter` with the shop's own settings (phrase list, QR owner, founder's ID)."""
    from shopowner.store.settings import WECHAT_QR, get_setting

    qr = get_setting(db, WECHAT_QR)
    fit_values = fit_art = None
    if layout is not None:  # fit with the longest values of the parcels going out, in the shop's design
        from shopowner.cards.card_settings import measuring_art
        from shopowner.cards.fit_values import longest_merge_values

        fit_values, fit_art = longest_merge_values(db), measuring_art(db)
    return check_letter(body, banned=banned_phrases(db), qr_owner=get_setting(db, QR_OWNER_KEY, "founder"),
                        qr_text=qr if isinstance(qr, str) else "",
                        founder_wechat_id=get_setting(db, FOUNDER_WECHAT_ID_KEY, "") or "",
                        layout=layout, signature=signature, fit_values=fit_values, fit_art=fit_art)
