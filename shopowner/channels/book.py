"""The shop's channels (渠道): add, edit and list them, and give each a cost per period, for the
channels page in 经营数据 and the ``channels`` command alike.

Every channel but the parcel-card one gets a channel code (暗号) when it is made: the cards' code
family (:mod:`shopowner.cards.codes`: same alphabet, same check character, so a mistyped code is
caught) and never a code a card carries. A customer who sends it when adding WeChat is attributed
to the channel (:mod:`shopowner.followups.channel_redeem`). Money is stored in fen, typed in yuan.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass, field
from datetime import date

from shopowner import clock
from shopowner.cards.codes import new_code
from shopowner.i18n import translate
from shopowner.products.catalogue import parse_yuan
from shopowner.store import Database
from shopowner.store import channels as store
from shopowner.vocab.channel_kinds import CARD, CHANNEL_KINDS, channel_kind_name, has_channel_code

MAX_NAME = 40


@dataclass(frozen=True)
class CostPeriod:
    id: int
    from_date: str
    to_date: str
    cost_fen: int
    note: str


@dataclass(frozen=True)
class Channel:
    id: int
    name: str
    kind: str
    code: str  # "" for the parcel-card channel
    notes: str
    created_at: str
    costs: list[CostPeriod] = field(default_factory=list)
    version: int = 1  # one more at each save (m0021): an edit saves only over the one it read

    @property
    def kind_name(self) -> str:
        return channel_kind_name(self.kind)

    def as_json(self) -> dict:
        return {**asdict(self), "kind_name": self.kind_name}


def list_channels(db: Database) -> list[Channel]:
    """Every channel with its cost periods, in the order they were made."""
    rows = store.channel_rows(db)
    costs: dict[int, list[CostPeriod]] = {}
    for c in store.cost_rows(db):
        costs.setdefault(c["channel_id"], []).append(
            CostPeriod(c["id"], c["from_date"], c["to_date"], c["cost_fen"], c["note"]))
    return [Channel(r["id"], r["name"], r["kind"], r["code"], r["notes"], r["created_at"], costs.get(r["id"], []),
                    r["version"])
            for r in rows]


def get_channel(db: Database, channel_id: int) -> Channel | None:
    return next((c for c in list_channels(db) if c.id == channel_id), None)


def find_channel(db: Database, name_or_id: str) -> Channel:
    """The channel called ``name_or_id`` (or with that number, or that code); LookupError else."""
    text = (name_or_id or "").strip()
    channels = list_channels(db)
    for match in (lambda c: c.name == text, lambda c: str(c.id) == text, lambda c: c.code and c.code == text.upper()):
        found = [c for c in channels if match(c)]
        if found:
            return found[0]
    raise LookupError(translate("Channels", "There is no channel “{name}”. “channels list” shows them all.")
                      .format(name=text))


def _check_name(db: Database, name: str, channel_id: int | None = None) -> str:
    name = re.sub(r"\s+", " ", name or "").strip()
    if not name:
        raise ValueError(translate("Channels", "Give the channel a name, such as 小红书投放 or 抖音直播."))
    if len(name) > MAX_NAME:
        raise ValueError(translate("Channels", "A channel's name has at most {n} characters.").format(n=MAX_NAME))
    other = store.channel_named(db, name)
    if other is not None and other["id"] != channel_id:
        raise ValueError(translate("Channels", "There is already a channel called “{name}”.").format(name=name))
    return name


def _check_kind(db: Database, kind: str, channel_id: int | None = None) -> str:
    if kind not in CHANNEL_KINDS:
        raise ValueError(translate("Channels", "“{kind}” is not a kind of channel. Choose one of: {kinds}.")
                         .format(kind=kind, kinds=", ".join(CHANNEL_KINDS)))
    if kind == CARD and any(c["kind"] == CARD and c["id"] != channel_id for c in store.channel_rows(db)):
        raise ValueError(translate("Channels", "The shop has a parcel-card channel already: the cards' adds "
                                               "are counted once, there."))
    return kind


def parse_day(text: str, *, end: bool = False) -> date:
    """A day typed as ``2026-11-05`` (also ``2026/11/05``, ``2026.11.05``) or a month ``2026-11``
    (its first day, or with ``end`` its last). ValueError with a message for the owner."""
    cleaned = re.sub(r"[/.年月]", "-", (text or "").strip()).rstrip("-日")
    try:
        parts = [int(p) for p in cleaned.split("-")]
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], last if end else 1)
        if len(parts) == 3:
            return date(*parts)
    except ValueError:
        pass
    raise ValueError(translate("Channels", "“{text}” is not a day. Type it as 2026-11-05, or a month as "
                                           "2026-11.").format(text=text))


def this_month(today: date | None = None) -> tuple[date, date]:
    today = today or clock.today()
    return today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1])


def _cost_period(cost: str, from_text: str | None, to_text: str | None) -> tuple[int, date, date]:
    fen = parse_yuan(cost, translate("Channels", "The cost"))
    if fen is None:
        raise ValueError(translate("Channels", "Type the cost in yuan, such as 3000."))
    if not from_text and not to_text:
        first, last = this_month()
    elif not from_text or not to_text:
        raise ValueError(translate("Channels", "Give both the first and the last day of the period (or neither, "
                                               "for this month)."))
    else:
        first, last = parse_day(from_text), parse_day(to_text, end=True)
    if first > last:
        raise ValueError(translate("Channels", "The period ends ({to}) before it starts ({first}).")
                         .format(to=last.isoformat(), first=first.isoformat()))
    return fen, first, last


def add_channel(db: Database, name: str, kind: str, *, notes: str = "", cost: str | None = None,
                from_date: str | None = None, to_date: str | None = None) -> Channel:
    """A new channel, with its code (not for the parcel-card kind) and, when ``cost`` is given,
    its first cost period (``from_date``–``to_date``, this month when neither is given). All is
    checked first, then written in one transaction."""
    with db.atomic():
        name = _check_name(db, name)
        kind = _check_kind(db, kind)
        period = _cost_period(cost, from_date, to_date) if cost not in (None, "") else None
        code = new_code(lambda c: store.code_taken(db, c)) if has_channel_code(kind) else None
        channel_id = store.add_channel(db, name=name, kind=kind, code=code, notes=(notes or "").strip(),
                                       now=clock.current())
        if period is not None:
            fen, first, last = period
            store.add_cost(db, channel_id, from_date=first.isoformat(), to_date=last.isoformat(), cost_fen=fen,
                           now=clock.current())
    made = get_channel(db, channel_id)
    assert made is not None
    return made


def edit_channel(db: Database, channel_id: int, *, name: str | None = None, kind: str | None = None,
                 notes: str | None = None, expected_version: int | None = None) -> Channel:
    """Change what is given (None: left as it is). A channel that becomes one with a code gets
    one; its code stays when it has one (posters already printed carry it). ``expected_version``:
    the version the change was made on; someone else's save since raises
    :class:`~shopowner.store.errors.RowChanged` and nothing is written."""
    channel = get_channel(db, channel_id)
    if channel is None:
        raise LookupError(translate("Channels", "There is no channel {id}.").format(id=channel_id))
    fields: dict = {}
    with db.atomic():
        if name is not None:
            fields["name"] = _check_name(db, name, channel_id)
        if kind is not None:
            fields["kind"] = _check_kind(db, kind, channel_id)
            if has_channel_code(kind) and not channel.code:
                fields["code"] = new_code(lambda c: store.code_taken(db, c))
        if notes is not None:
            fields["notes"] = notes.strip()
        store.update_channel(db, channel_id, fields, expected_version=expected_version)
    changed = get_channel(db, channel_id)
    assert changed is not None
    return changed


def add_cost(db: Database, channel_id: int, cost: str, from_date: str | None = None, to_date: str | None = None,
             note: str = "") -> CostPeriod:
    """What the channel cost from ``from_date`` to ``to_date`` (days included; this month when
    neither is given), typed in yuan. Periods may overlap: each is a cost of its own (a live
    stream's fee and its ads in the same month)."""
    fen, first, last = _cost_period(cost, from_date, to_date)
    with db.atomic():
        if get_channel(db, channel_id) is None:
            raise LookupError(translate("Channels", "There is no channel {id}.").format(id=channel_id))
        cost_id = store.add_cost(db, channel_id, from_date=first.isoformat(), to_date=last.isoformat(),
                                 cost_fen=fen, note=(note or "").strip(), now=clock.current())
    return CostPeriod(cost_id, first.isoformat(), last.isoformat(), fen, (note or "").strip())
