"""The account / staff combo boxes: the founder soon, the names already used in the shop added
when a second background read brings them (reading them scans every add, follow-up and
customer). Both reads run off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from shopowner import tasks
from shopowner.followups.redeem import account_choices, founder_account
from shopowner.ui import background


def fill_account_choices(combo: QComboBox, window) -> None:
    """Offer the founder first and every known account soon after; what staff typed stays."""
    background.read(combo, founder_account, data_dir=window.data_dir,
                    on_result=lambda founder: _add_missing(combo, [founder] if founder else []))
    task = tasks.start_with_db(window.data_dir, account_choices, owner=combo)
    task.signals.succeeded.connect(lambda names: _add_missing(combo, names))


def _add_missing(combo: QComboBox, names: list[str]) -> None:
    text, had_items = combo.currentText(), combo.count() > 0
    known = {combo.itemText(i) for i in range(combo.count())}
    missing = [n for n in names if n not in known]
    if not missing:
        return
    combo.addItems(missing)
    if had_items or text:
        combo.setEditText(text)  # keep the founder, or what staff typed meanwhile
