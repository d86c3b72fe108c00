"""Redeeming a card code (加微登记): find the card from a pasted friend request, then mark its buyer
as added on WeChat with the card, letter version and batch that brought them in.

Every error is a :class:`RedeemError` whose text tells staff what is wrong and what to do; nothing
is written when one is raised.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime

from shopowner.cards.codes import codes_in_text, normalise
from shopowner.clock import stamp
from shopowner.followups.paste import Typo, typos_in, with_code
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.customers import refresh_customer_totals
from shopowner.store.redemptions import (
    add_wechat_add, cards_by_codes, customer_row, mark_card_redeemed, set_customer_added,
)
from shopowner.vocab.names import shown_name
from shopowner.vocab.platforms import platform_name


class RedeemError(ValueError):
    """A paste or a redemption that cannot go ahead; ``str()`` is the message for staff.

    ``suggestions`` lists the printed, unredeemed cards one typing mistake away from a token of
    the paste (nearest first), when the paste holds no code the shop printed.
    """

    def __init__(self, message: str, suggestions: list[Suggestion] | None = None):
        super().__init__(message)
        self.suggestions = suggestions or []


@dataclass
class Suggestion:
    """A printed card whose code is one mistake away from what was typed."""

    code: str
    typo: Typo
    platform_order_id: str | None
    platform_name: str
    customer_name: str

    def fixed_text(self, text: str) -> str:
        """The paste with the mistyped code replaced by this one (the one-click fix)."""
        return with_code(text, self.typo, self.code)

    def as_dict(self) -> dict:
        return {"code": self.code, "typed": self.typo.typed, "order": self.platform_order_id,
                "platform": self.platform_name, "customer_name": self.customer_name}


@dataclass
class CardMatch:
    code: str
    card_id: int
    order_id: int | None
    platform: str | None
    platform_order_id: str | None
    customer_id: int | None
    customer_name: str
    letter_version_id: int | None
    letter_name: str | None
    version_no: int | None
    batch_id: int | None
    batch_created_at: str | None
    printed_at: str
    redeemed_at: str | None
    redeemed_customer_id: int | None
    redeemed_customer_name: str | None

    @property
    def platform_name(self) -> str:
        return platform_name(self.platform) if self.platform else ""

    @property
    def letter_version(self) -> str:
        if self.letter_name is None:
            return translate("Redeem", "(no letter recorded)")
        return translate("Redeem", "{letter} v{version}").format(letter=self.letter_name,
                                                                   version=self.version_no)

    def as_dict(self) -> dict:
        return {**asdict(self), "letter_version": self.letter_version,
                "platform_name": self.platform_name}


def _match(row: dict) -> CardMatch:
    return CardMatch(
        code=row["code"], card_id=row["card_id"], order_id=row["order_id"], platform=row["platform"],
        platform_order_id=row["platform_order_id"], customer_id=row["customer_id"],
        customer_name=row["customer_name"] or "", letter_version_id=row["letter_version_id"],
        letter_name=row["letter_name"], version_no=row["version_no"], batch_id=row["batch_id"],
        batch_created_at=row["batch_created_at"], printed_at=row["printed_at"],
        redeemed_at=row["redeemed_at"], redeemed_customer_id=row["redeemed_customer_id"],
        redeemed_customer_name=row["redeemed_customer_name"] or None)


def _who(name: str | None, customer_id: int | None) -> str:
    if customer_id is None:
        return name or translate("Redeem", "an unknown customer")
    return shown_name(name, customer_id)


def suggestions_for(db: Database, text: str, limit: int = 3) -> list[Suggestion]:
    """Printed, unredeemed cards one typing mistake (a wrong character, two neighbours swapped)
    away from a code-like token of ``text``, nearest first."""
    found: list[Suggestion] = []
    for typo in typos_in(text):
        for row in cards_by_codes(db, list(typo.candidates), open_only=True):
            if all(s.code != row["code"] for s in found):
                found.append(Suggestion(
                    code=row["code"], typo=typo, platform_order_id=row["platform_order_id"],
                    platform_name=platform_name(row["platform"]) if row["platform"] else "",
                    customer_name=row["customer_name"] or ""))
    return found[:limit]


def _did_you_mean(suggestions: list[Suggestion]) -> str:
    described = []
    for s in suggestions:
        if s.platform_order_id and s.customer_name:
            text = translate("Redeem", "{code} (order {order}, {name})")
        elif s.platform_order_id:
            text = translate("Redeem", "{code} (order {order})")
        elif s.customer_name:
            text = translate("Redeem", "{code} ({name})")
        else:
            text = "{code}"
        described.append(text.format(code=s.code, order=s.platform_order_id, name=s.customer_name))
    return translate("Redeem", "Did you mean {codes}?").format(
        codes=translate("Redeem", " or ").join(described))


def _typo_error(db: Database, text: str, message: str) -> RedeemError:
    """``message``, or the nearest printed codes when a token of the paste is one mistake away."""
    suggestions = suggestions_for(db, text)
    if not suggestions:
        return RedeemError(message)
    typed = " / ".join(dict.fromkeys(s.typo.typed for s in suggestions))
    return RedeemError(translate(
        "Redeem", "No card has the code {typed}: one character is wrong or two are swapped. "
                  "{did_you_mean}").format(typed=typed, did_you_mean=_did_you_mean(suggestions)),
        suggestions)


def find_card(db: Database, text: str) -> CardMatch:
    """The one unredeemed card whose code is in ``text`` (case and look-alikes tolerated).

    When ``text`` holds no code the shop printed but a token one typing mistake away from
    printed, unredeemed cards, the error names them (``RedeemError.suggestions``).
    """
    if not (text or "").strip():
        raise RedeemError(translate(
            "Redeem", "Nothing was pasted. Paste the friend request or the code the buyer sent "
                      "(for example K7F2X)."))
    codes = codes_in_text(text)
    if not codes:
        shown = normalise(text.strip())[:40]
        raise _typo_error(db, text, translate(
            "Redeem", "No card code found in “{text}”. A code has 5 letters and digits, as printed "
                      "on the card; ask the buyer to send it again, or add them without a code.")
            .format(text=shown))
    matches = [_match(row) for row in cards_by_codes(db, codes)]
    if not matches:
        raise _typo_error(db, text, translate(
            "Redeem", "The code {codes} is not on any card printed by this shop. Check it against "
                      "the buyer's photo of the card, or add them without a code.")
            .format(codes=" / ".join(codes[:3])))
    open_matches = [m for m in matches if m.redeemed_at is None]
    if not open_matches:
        first = matches[0]
        raise RedeemError(translate(
            "Redeem", "Card {code} was already redeemed on {when} by {who}. Nothing was changed; "
                      "if this is someone else, add them without a code.")
            .format(code=first.code, when=(first.redeemed_at or "")[:16],
                    who=_who(first.redeemed_customer_name, first.redeemed_customer_id)))
    if len(open_matches) > 1:  # a code typed exactly wins over look-alike readings of it
        typed = re.sub(r"[\s\-]", "", normalise(text))
        literal = [m for m in open_matches if m.code in typed]
        open_matches = literal if len(literal) == 1 else open_matches
    if len(open_matches) > 1:
        raise RedeemError(translate(
            "Redeem", "The paste could mean several cards ({codes}). Ask the buyer for the exact "
                      "code, or paste only the code.")
            .format(codes=", ".join(m.code for m in open_matches)))
    match = open_matches[0]
    if match.customer_id is None or customer_row(db, match.customer_id) is None:
        raise RedeemError(translate(
            "Redeem", "Card {code} is no longer linked to a customer (its order was removed). Add "
                      "the buyer without a code.").format(code=match.code))
    return match


def _clean(value: str | None) -> str:
    return (value or "").strip()


def redeem(db: Database, text: str, *, wechat_name: str = "", remark: str = "", account: str = "",
           now: datetime | None = None) -> CardMatch:
    """Find the card in ``text`` and mark its customer added on WeChat, all or nothing."""
    when = stamp(now)
    with db.atomic():
        match = find_card(db, text)
        assert match.customer_id is not None  # find_card returns only a card linked to a customer
        if not mark_card_redeemed(db, match.card_id, match.customer_id, when):
            raise RedeemError(translate(
                "Redeem", "Card {code} was redeemed a moment ago by someone else. Nothing was "
                          "changed.").format(code=match.code))
        set_customer_added(db, match.customer_id, wechat_name=_clean(wechat_name),
                           remark=_clean(remark), account=_clean(account), when=when)
        add_wechat_add(db, match.customer_id, card_id=match.card_id, via="code",
                       wechat_name=_clean(wechat_name), remark=_clean(remark),
                       account=_clean(account), when=when)
        refresh_customer_totals(db, [match.customer_id])
    match.redeemed_at, match.redeemed_customer_id = when, match.customer_id
    return match


def add_without_code(db: Database, customer_id: int, *, wechat_name: str = "", remark: str = "",
                     account: str = "", now: datetime | None = None) -> int:
    """Record a WeChat add found by name, phone tail or order id (``via='no_code'``)."""
    when = stamp(now)
    with db.atomic():
        if customer_row(db, customer_id) is None:
            raise RedeemError(translate(
                "Redeem", "Customer #{id} does not exist (it may have been merged or erased). "
                          "Search again and pick the customer from the list.").format(id=customer_id))
        set_customer_added(db, customer_id, wechat_name=_clean(wechat_name), remark=_clean(remark),
                           account=_clean(account), when=when)
        add_id = add_wechat_add(db, customer_id, card_id=None, via="no_code",
                                wechat_name=_clean(wechat_name), remark=_clean(remark),
                                account=_clean(account), when=when)
        refresh_customer_totals(db, [customer_id])
    return add_id


def founder_account(db: Database) -> str:
    """The founder's name (the first account offered; one setting, cheap to read)."""
    from shopowner.store.settings import FOUNDER_NAME, get_setting

    return (get_setting(db, FOUNDER_NAME) or "").strip()


def account_choices(db: Database, progress=None) -> list[str]:
    """Accounts/staff to offer: the founder first, then the names already used in the shop.

    It reads every WeChat add, follow-up and customer: on a big shop, call it off the GUI thread.
    """
    from shopowner.store.redemptions import known_accounts

    return list(dict.fromkeys([n for n in [founder_account(db), *known_accounts(db)] if n]))
