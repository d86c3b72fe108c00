"""What the window needs to know before its first frame, read in one go on a worker while the
shop opens (``ui/app.py``): the shop's name for the title bar, whether the first-start set-up is
done (else the welcome page shows), and who may sign in and do what (team mode's staff). The
window then draws at once, with no read on its GUI thread and no title changing after it shows.
No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from shopowner.staff.permissions import SessionFacts, session_facts
from shopowner.store import Database
from shopowner.store.settings import SHOP_NAME, get_setting, shop_is_set_up


@dataclass(frozen=True)
class StartFacts:
    shop_name: str | None
    set_up: bool
    session: SessionFacts


def start_facts(db: Database) -> StartFacts:
    return StartFacts(shop_name=get_setting(db, SHOP_NAME), set_up=shop_is_set_up(db),
                      session=session_facts(db))
